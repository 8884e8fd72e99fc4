/**
 * Pages and checks for the hardening tests (test/browser/hardening/): one gated element of each kind around the
 * BUILT dist/cookiegate.js, served from memory so each test shows its markup, and the fail-closed check every
 * case ends with (no request to a gated URL, no gated inline script run, no uncaught error in the page).
 */
import { expect } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROME_PATH, CHROMIUM_ARGS, settle, type PageSession } from './browser';
import type { TestServer } from './server';
import { ANY_FIXTURE, bundleTag, htmlDocument, serveHtml } from './script-tag-pages';

/** One gated element per kind: an external and an inline script, a pixel and an embed. */
export const GATED_MARKUP =
  '<script type="text/plain" data-category="performance" src="/fixtures/hd-perf.js"></script>' +
  '<script type="text/plain" data-category="targeting">window.__inlineRan = (window.__inlineRan || 0) + 1;</script>' +
  '<img id="hd-pixel" data-category="performance" data-src="/fixtures/hd-pixel.gif" alt="" width="1" height="1">' +
  '<iframe id="hd-frame" data-category="social" data-src="/fixtures/hd-embed.html" title="Embed" width="200" height="100"></iframe>';

/** What {@link GATED_MARKUP} loads once everything is granted. */
export const GATED_PATHS = ['/fixtures/hd-perf.js', '/fixtures/hd-pixel.gif', '/fixtures/hd-embed.html'];

/** A marker the page's own (ungated) script sets at the end of the body: the host page kept working. */
export const PAGE_ALIVE = '<script>window.__pageAlive = true;</script>';

export interface HardeningPage {
  /** Markup in `<head>` before the bundle (an inline config, a hostile prelude). */
  before?: string;
  /** Attributes of the bundle's tag (`data-config="…"`, `nonce="…"`). */
  attrs?: string;
  /** Markup in `<head>` after the bundle. */
  after?: string;
  /** Body markup; {@link GATED_MARKUP} and {@link PAGE_ALIVE} by default. */
  body?: string;
  /** Response headers (a CSP). */
  headers?: Record<string, string>;
}

/** Serves a page with the bundle and gated elements at `path`; returns the path. */
export function hardeningPage(server: TestServer, path: string, page: HardeningPage = {}): string {
  const head = (page.before ?? '') + bundleTag(page.attrs ?? '') + (page.after ?? '');
  return serveHtml(server, path, htmlDocument(head, page.body ?? GATED_MARKUP + PAGE_ALIVE), page.headers);
}

/** An inline `#cookiegate-config` (or another id) holding `text` as written. */
export const inlineConfigText = (text: string, id = 'cookiegate-config') => '<script type="application/json" id="' + id + '">' + text + '</script>';

/**
 * Fails unless nothing optional happened: no request to a fixture, no gated inline script ran, no uncaught error,
 * and the page's own script ran.
 */
export async function expectFailedClosed(s: PageSession, server: TestServer, quietMs = 400): Promise<void> {
  await settle(server, quietMs);
  expect(
    server.requestsTo(ANY_FIXTURE).map((r) => r.url),
    'requests to gated URLs',
  ).toEqual([]);
  expect(await s.page.evaluate('window.__inlineRan === undefined'), 'a gated inline script ran').toBe(true);
  expect(await s.page.evaluate('(window.__cgLog || []).length'), 'gated scripts ran').toBe(0);
  expect(await s.page.evaluate('window.__pageAlive === true'), "the page's own script ran").toBe(true);
  expect(s.pageErrors, 'uncaught errors in the page').toEqual([]);
}

/** After a choice that grants everything: each gated URL loaded once, the inline script ran once. */
export async function expectAllActivatedOnce(s: PageSession, server: TestServer): Promise<void> {
  // Polls with evaluate, not waitForFunction: a string predicate is eval'd in the page, which a strict CSP refuses.
  await expect.poll(() => s.page.evaluate('window.__inlineRan === 1 && (window.__cgLog || []).length === 1'), { timeout: 10_000 }).toBe(true);
  await settle(server, 300);
  for (const path of GATED_PATHS) expect(server.requestsTo(path), path).toHaveLength(1);
  expect(await s.page.evaluate('window.__cgRan')).toEqual({ 'hd-perf': 1 });
  expect(s.pageErrors).toEqual([]);
}

/** Clicks the first layer's Accept all. */
export async function clickAcceptAll(page: Page): Promise<void> {
  await page.locator('.cg-banner').getByRole('button', { name: 'Accept all', exact: true }).click();
}

/** Hosts under this suffix resolve to the test server (parent-domain cookie tests). */
export const TEST_HOST_SUFFIX = 'test.localhost';

/** A Chromium that resolves `*.test.localhost` to 127.0.0.1, for pages on subdomains. */
export function launchWithTestHosts(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP *.' + TEST_HOST_SUFFIX + ' 127.0.0.1'],
  });
}

/** A page on `host` (a `*.test.localhost` name) with cookies set before it loads; errors collected like openPage. */
export async function openOnHost(
  browser: Browser,
  _server: TestServer,
  _host: string,
  cookies: Array<{ name: string; value: string; domain: string }>,
): Promise<{ page: Page; pageErrors: string[]; cookiegateErrors: string[]; external: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  const external: string[] = [];
  await context.route('**/*', (route) => {
    const h = new URL(route.request().url()).hostname;
    if (h === '127.0.0.1' || h.endsWith('.' + TEST_HOST_SUFFIX)) return route.continue();
    external.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  await context.addCookies(cookies.map((c) => ({ ...c, path: '/' })));
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const cookiegateErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && m.text().startsWith('cookiegate:') && cookiegateErrors.push(m.text()));
  return { page, pageErrors, cookiegateErrors, external, close: () => context.close() };
}

export { ANY_FIXTURE };
