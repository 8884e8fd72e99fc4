/**
 * Chromium for the browser tests: Debian's `/usr/bin/chromium` (or `CHROME_PATH`) driven by playwright-core.
 * Every page gets a fresh context (no cookies, no storage, no cache), every request that does not go to
 * 127.0.0.1 is aborted and recorded, and console/page errors are collected for assertions.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Cookie, type Page } from 'playwright-core';
import { QUIET_BROWSER_FLAGS } from '../../../src/cli/browser-flags';
import type { TestServer } from './server';

/** Flags that keep Chromium quiet and offline in CI containers (see DEVELOPERS.md). */
export const CHROMIUM_ARGS = QUIET_BROWSER_FLAGS;

export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Launches headless Chromium with a fresh profile (playwright creates a temporary one per launch). */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROME_PATH)) {
    throw new Error('Chromium not found at ' + CHROME_PATH + ': `apt-get install -y chromium`, or set CHROME_PATH');
  }
  return chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROMIUM_ARGS });
}

export interface OpenOptions {
  /** Config the test page passes to `init()` (exposed as `window.__CG_CONFIG` before any page script runs). */
  config?: unknown;
  /** Send `Sec-GPC: 1` and set `navigator.globalPrivacyControl = true`. */
  gpc?: boolean;
  /** Cookies set on the server's origin before the first navigation. */
  cookies?: Array<{ name: string; value: string }>;
  /** Extra script run before any page script, on every navigation. */
  initScript?: string;
  /** Viewport; default 1280×720. */
  viewport?: { width: number; height: number };
  /** Navigate to this path (default: do not navigate). */
  path?: string;
  /** The origin `path`, `goto` and `cookies` use: a framework's own server (`next start`); default the test server's. */
  origin?: string;
  /** The browser's `User-Agent` (a crawler's, Lighthouse's); default Chromium's own. */
  userAgent?: string;
}

/** A page in its own browser context, with what it logged. */
export interface PageSession {
  context: BrowserContext;
  page: Page;
  /** Text of every `console.error`. */
  consoleErrors: string[];
  /** `console.error` lines that start with `cookiegate:`. */
  cookiegateErrors: string[];
  /** Uncaught exceptions and unhandled rejections in the page (`pageerror`). */
  pageErrors: string[];
  /** URLs of requests that tried to leave 127.0.0.1 (aborted). Must stay empty. */
  externalRequests: string[];
  /** Responses with status ≥ 400 from the test server (`404 /dist/core.mjs`). */
  httpErrors: string[];
  /** Navigates to a path on the test server and waits for `load`. */
  goto(path: string): Promise<void>;
  /** Reloads and waits for `load`. */
  reload(): Promise<void>;
  /** Cookies of the test origin, as the browser stores them (attributes included). */
  cookies(): Promise<Cookie[]>;
  /** Names of the cookies of the test origin, sorted. */
  cookieNames(): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * Opens a fresh context and page on `server`. Non-local requests are aborted and recorded in `externalRequests`;
 * the context's routing also bypasses the HTTP cache, so every load reaches the server's request log.
 */
export async function openPage(browser: Browser, server: TestServer, options: OpenOptions = {}): Promise<PageSession> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 720 },
    extraHTTPHeaders: options.gpc ? { 'Sec-GPC': '1' } : {},
    locale: 'en-US',
    serviceWorkers: 'block',
    ...(options.userAgent ? { userAgent: options.userAgent } : {}),
  });
  const externalRequests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    let host = '';
    try {
      host = new URL(url).hostname;
    } catch {
      /* not a URL: treated as external */
    }
    if (host === '127.0.0.1') return route.continue();
    externalRequests.push(url);
    return route.abort('blockedbyclient');
  });

  if (options.config !== undefined) {
    await context.addInitScript('window.__CG_CONFIG = ' + JSON.stringify(options.config) + ';');
  }
  if (options.gpc) {
    await context.addInitScript("Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true });");
  }
  // Records the window events before any page script, so a test sees events fired during init.
  await context.addInitScript(
    "window.__cgEvents = [];['consent','change'].forEach(function (type) {" +
      "window.addEventListener('cookiegate:' + type, function (e) {" +
      'var detail; try { detail = JSON.parse(JSON.stringify(e.detail)); } catch (err) { detail = null; }' +
      'window.__cgEvents.push({ type: type, detail: detail, time: Date.now() }); }); });',
  );
  if (options.initScript) await context.addInitScript(options.initScript);
  const origin = options.origin ?? server.origin;
  if (options.cookies?.length) {
    await context.addCookies(options.cookies.map((c) => ({ ...c, url: origin })));
  }

  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const cookiegateErrors: string[] = [];
  const pageErrors: string[] = [];
  const httpErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    consoleErrors.push(text);
    if (text.startsWith('cookiegate:')) cookiegateErrors.push(text);
  });
  page.on('pageerror', (error) => pageErrors.push(String(error?.stack ? error.stack : error)));
  page.on('response', (response) => {
    if (response.status() >= 400) httpErrors.push(response.status() + ' ' + response.url());
  });

  const session: PageSession = {
    context,
    page,
    consoleErrors,
    cookiegateErrors,
    pageErrors,
    externalRequests,
    httpErrors,
    async goto(path) {
      await page.goto(origin + path, { waitUntil: 'load' });
    },
    async reload() {
      await page.reload({ waitUntil: 'load' });
    },
    cookies: () => context.cookies(origin),
    async cookieNames() {
      return (await context.cookies(origin)).map((c) => c.name).sort();
    },
    close: () => context.close(),
  };
  if (options.path) await session.goto(options.path);
  return session;
}

/**
 * Waits until the test server has seen no new request for `quietMs` (nothing more is coming), at most `maxMs`.
 * Playwright's `networkidle` only fires once per navigation, so it cannot tell "after acceptAll() nothing loaded".
 */
export async function settle(server: TestServer, quietMs = 400, maxMs = 8000): Promise<void> {
  const start = Date.now();
  let count = server.requests.length;
  let since = Date.now();
  while (Date.now() - since < quietMs && Date.now() - start < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (server.requests.length !== count) {
      count = server.requests.length;
      since = Date.now();
    }
  }
}
