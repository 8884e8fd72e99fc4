/**
 * Pages for the tests that load the script tag: HTML documents that load the BUILT
 * `dist/cookiegate.js` in a given position and way (sync, `defer`, `async`, in `<head>`, at the end of `<body>`,
 * injected at `DOMContentLoaded` or after `load`), with gated elements spread over the whole document.
 * Pages are served from memory at a path of the test server, so each test shows its markup.
 */
import type { Page } from 'playwright-core';
import type { TestServer } from './server';

/** Where and how the page loads `dist/cookiegate.js`. */
export type ScriptPlacement =
  | 'head sync'
  | 'head defer'
  | 'head async'
  | 'body-end sync'
  | 'body-end defer'
  | 'body-end async'
  | 'injected at DOMContentLoaded'
  | 'injected after load';

export const PLACEMENTS: ScriptPlacement[] = [
  'head sync',
  'head defer',
  'head async',
  'body-end sync',
  'body-end defer',
  'body-end async',
  'injected at DOMContentLoaded',
  'injected after load',
];

export const BUNDLE = '/dist/cookiegate.js';

/**
 * Gated elements of every optional category, placed at the top of `<head>`, the top, middle and very end of
 * `<body>` (after the script tag when it sits at the end of body). What each loads is in {@link SPREAD_GATED}.
 */
export const SPREAD_MARKUP = {
  head: '<script type="text/plain" data-category="performance" src="/fixtures/head-perf.js"></script>',
  top: '<img id="top-pixel" data-category="targeting" data-src="/fixtures/top-pixel.gif" alt="" width="1" height="1">',
  middle:
    '<p>Page text.</p><script type="text/plain" data-category="functionality">' +
    '(window.__cgLog = window.__cgLog || []).push("inline-func"); window.__inlineFunc = (window.__inlineFunc || 0) + 1;</script>',
  end:
    '<iframe id="social-frame" data-category="social" data-src="/fixtures/social-embed.html" title="Social post" width="320" height="180"></iframe>' +
    '<script type="text/plain" data-category="targeting" src="/fixtures/end-target.js"></script>',
};

/** Server paths the spread markup loads once everything is granted. */
export const SPREAD_GATED = ['/fixtures/head-perf.js', '/fixtures/top-pixel.gif', '/fixtures/social-embed.html', '/fixtures/end-target.js'];

/** Any request for a fixture: every fixture on these pages is gated, so one before consent is a leak. */
export const ANY_FIXTURE = /^\/(fixtures|slow)\//;

/** A `<script>` tag for the bundle with extra attributes (`defer`, `nonce="x"`, `data-config="…"`). */
export function bundleTag(attrs = ''): string {
  return '<script src="' + BUNDLE + '"' + (attrs ? ' ' + attrs : '') + '></script>';
}

/** An inline script that appends the bundle's tag, with `attrs` (`{ 'data-config': '/c.json' }`), at `when`. */
export function injectedBundleTag(when: 'DOMContentLoaded' | 'load', attrs: Record<string, string> = {}): string {
  const set = Object.entries(attrs)
    .map(([k, v]) => 's.setAttribute(' + JSON.stringify(k) + ',' + JSON.stringify(v) + ');')
    .join('');
  const target = when === 'load' ? 'window' : 'document';
  return (
    '<script>' +
    target +
    ".addEventListener('" +
    when +
    "', function () {" +
    // After `load`, prove the page really had finished before the bundle arrived.
    'window.__injectedAt = document.readyState;' +
    "var s = document.createElement('script'); s.src = '" +
    BUNDLE +
    "';" +
    set +
    'document.body.appendChild(s); });</script>'
  );
}

export interface SpreadPageOptions {
  placement: ScriptPlacement;
  /** Attributes of the bundle's tag (`data-config`), as a map so injected tags get them too. */
  attrs?: Record<string, string>;
  /** Markup at the top of `<head>` (an inline config goes here: before the tag, as documented). */
  headStart?: string;
  lang?: string;
}

/** A page with {@link SPREAD_MARKUP} and the bundle in `placement`. */
export function spreadPage({ placement, attrs = {}, headStart = '', lang = 'en' }: SpreadPageOptions): string {
  const attrText = Object.entries(attrs)
    .map(([k, v]) => (v === '' ? k : k + '="' + v.replace(/"/g, '&quot;') + '"'))
    .join(' ');
  const [where, how] = placement.split(' ') as [string, string];
  const tag = where === 'injected' ? '' : bundleTag([how === 'sync' ? '' : how, attrText].filter(Boolean).join(' '));
  const injected =
    placement === 'injected at DOMContentLoaded'
      ? injectedBundleTag('DOMContentLoaded', attrs)
      : placement === 'injected after load'
        ? injectedBundleTag('load', attrs)
        : '';
  return (
    '<!doctype html><html lang="' +
    lang +
    '"><head><meta charset="utf-8"><title>script tag: ' +
    placement +
    '</title>' +
    headStart +
    SPREAD_MARKUP.head +
    (where === 'head' ? tag : '') +
    injected +
    '</head><body>' +
    SPREAD_MARKUP.top +
    '<h1>Script tag</h1>' +
    SPREAD_MARKUP.middle +
    (where === 'body-end' ? tag : '') +
    SPREAD_MARKUP.end +
    '</body></html>'
  );
}

/** A whole document around `head` and `body` markup. */
export function htmlDocument(head: string, body: string, lang = 'en'): string {
  return '<!doctype html><html lang="' + lang + '"><head><meta charset="utf-8"><title>script tag</title>' + head + '</head><body>' + body + '</body></html>';
}

/** Serves `html` at `path` (no-store), with extra response headers (a CSP). Returns the path. */
export function serveHtml(server: TestServer, path: string, html: string, headers: Record<string, string> = {}): string {
  server.route(path, (_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    res.end(html);
  });
  return path;
}

/** Serves `body` at `path` as JSON (or another type), optionally after `delayMs`, with `status`. */
export function serveJson(
  server: TestServer,
  path: string,
  body: unknown,
  { status = 200, delayMs = 0, type = 'application/json' }: { status?: number; delayMs?: number; type?: string } = {},
): string {
  server.route(path, async (_req, res) => {
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
    res.statusCode = status;
    res.setHeader('Content-Type', type + '; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  });
  return path;
}

/** Visible cookiegate banners (`.cg-banner`) in the page. */
export function visibleBanners(page: Page) {
  return page.locator('.cg-banner:visible');
}

/** Texts of the banner's buttons, in order. */
export function bannerButtons(page: Page): Promise<string[]> {
  return page
    .locator('.cg-banner button')
    .allTextContents()
    .then((texts) => texts.map((t) => t.trim()));
}

/** Waits for the banner to be visible (cookiegate has started and rendered). */
export async function waitForBanner(page: Page, timeout = 10_000): Promise<void> {
  await page.locator('.cg-banner').first().waitFor({ state: 'visible', timeout });
}

/** Calls `window.CookieGate.<call>` and returns its JSON-cloned result (`null` for `undefined`). */
export function cookieGate<T = unknown>(page: Page, call: string): Promise<T> {
  return page.evaluate(
    'Promise.resolve(window.CookieGate.' + call + ').then(function (r) { return r === undefined ? null : JSON.parse(JSON.stringify(r)); })',
  ) as Promise<T>;
}

/**
 * Polls `expression` (evaluated through the DevTools protocol, which a page's CSP does not govern) until it is
 * truthy. Use it instead of `page.waitForFunction('…')` on CSP pages: playwright compiles string predicates with
 * `new Function` inside the page, which a policy without 'unsafe-eval' refuses.
 */
export async function pollUntil(page: Page, expression: string, timeout = 5000): Promise<void> {
  const start = Date.now();
  for (;;) {
    if (await page.evaluate(expression)) return;
    if (Date.now() - start > timeout) throw new Error('timed out after ' + timeout + ' ms waiting for ' + expression);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
