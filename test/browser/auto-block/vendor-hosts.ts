/**
 * Vendors' real host names for the auto-block tests: the page asks for `https://www.googletagmanager.com/gtm.js`, the
 * browser's routing hands the request to the test server as `/hosts/<host><path>`, so the server's log shows what
 * the page asked for and when, and nothing leaves 127.0.0.1.
 */
import type { Page } from 'playwright-core';
import type { Harness, PageSession } from '../harness';
import { evaluate } from '../harness';
import { serveHtml } from '../harness/script-tag-pages';

/** What one vendor URL (`host/path`, query ignored) answers; `delayMs` makes it slow. */
export interface HostFile {
  type: string;
  body: string;
  delayMs?: number;
}

/** A vendor script that counts its runs in `window.__ran[name]` and logs its order in `window.__order`, then runs `more`. */
export const counter = (name: string, more = '') =>
  `(function(w){w.__ran=w.__ran||{};w.__ran[${JSON.stringify(name)}]=(w.__ran[${JSON.stringify(name)}]||0)+1;` +
  `(w.__order=w.__order||[]).push(${JSON.stringify(name)});${more}})(window);`;

export const script = (name: string, more = '', delayMs?: number): HostFile => ({ type: 'text/javascript', body: counter(name, more), delayMs });
export const PIXEL: HostFile = { type: 'image/gif', body: 'GIF89a' };
export const FRAME: HostFile = { type: 'text/html', body: '<!doctype html><title>embed</title><p id="embed">embed</p>' };

/**
 * Serves `html` at `path` and the vendor files under `/hosts/`, opens a page whose requests to the files' hosts go to
 * the test server, and loads the page.
 */
export async function openVendorPage(h: Harness, path: string, html: string, files: Record<string, HostFile>): Promise<PageSession> {
  for (const [hostPath, { type, body, delayMs }] of Object.entries(files)) {
    h.server.route('/hosts/' + hostPath, (_req, res) => {
      res.setHeader('Content-Type', type);
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Cache-Control', 'no-store');
      setTimeout(() => res.end(body), delayMs ?? 0);
    });
  }
  serveHtml(h.server, path, html);
  const hosts = new Set(Object.keys(files).map((hostPath) => hostPath.split('/')[0]));
  const s = await h.open();
  await s.page.route(
    (url) => hosts.has(url.host) && url.protocol === 'https:',
    async (route) => {
      const url = new URL(route.request().url());
      await route.fulfill({ response: await route.fetch({ url: h.server.origin + '/hosts/' + url.host + url.pathname + url.search }) });
    },
  );
  await s.goto(path);
  return s;
}

/** Requests the server got for one vendor file (`host/path`). */
export const hits = (h: Harness, hostPath: string) => h.server.requests.filter((r) => r.path === '/hosts/' + hostPath);
/** How often each vendor script ran. */
export const ran = (p: Page) => evaluate<Record<string, number>>(p, 'window.__ran || {}');
/** The order the vendor scripts ran in. */
export const order = (p: Page) => evaluate<string[]>(p, 'window.__order || []');
