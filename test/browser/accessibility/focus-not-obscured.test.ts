/**
 * The room the bottom banner adds below the page so that focus is never hidden behind it (WCAG 2.4.11) must not move
 * the page: a page that fits the viewport gets no scrollbar from us (a centred page would shift sideways by its
 * width), a long page gets room at its end, and a page that fits but has content under the banner can still scroll
 * that content into view, with no visible shift either. The room follows a later resize of the window and a page
 * that grows.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROME_PATH, CHROMIUM_ARGS, openPage, REPO_ROOT, startServer, type OpenOptions, type PageSession, type TestServer } from '../harness';
import { UI_CONFIG } from '../../shared/fixtures';
import { BANNER } from '../harness/ui-page';

/**
 * Not the shared harness: its Chromium runs with playwright's default `--hide-scrollbars`, which gives scrollbars no
 * width, so a scrollbar appearing could never shift anything there. Here they take room as on a desktop.
 */
let server: TestServer;
let browser: Browser;
let sessions: PageSession[] = [];
beforeAll(async () => {
  if (!existsSync(join(REPO_ROOT, 'dist/cookiegate.js'))) throw new Error('dist/cookiegate.js missing: run `npm run build` first');
  server = await startServer();
  browser = await chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROMIUM_ARGS, ignoreDefaultArgs: ['--hide-scrollbars'] });
});
afterEach(async () => {
  const external = sessions.flatMap((s) => s.externalRequests);
  const errors = sessions.flatMap((s) => [...s.pageErrors, ...s.consoleErrors]);
  await Promise.all(sessions.map((s) => s.close().catch(() => undefined)));
  sessions = [];
  server.reset();
  expect(external, 'requests that left 127.0.0.1').toEqual([]);
  expect(errors, 'errors in the page').toEqual([]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
const h = {
  get server() {
    return server;
  },
  async open(options: OpenOptions) {
    const s = await openPage(browser, server, options);
    sessions.push(s);
    return s;
  },
};

let served = 0;

/**
 * A centred page (`max-width: 40rem; margin: auto`) with `body` markup, loading the built script-tag bundle after the
 * page has recorded its boxes and started counting layout shifts.
 */
function servePage(body: string, head = ''): string {
  const html = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Short page</title>
  <style>
    body { margin: 0; font: 16px/1.5 Georgia, serif; }
    main { max-width: 40rem; margin: auto; padding: 0 1rem; }
  </style>
  ${head}
  <script>
    window.__shift = { total: 0, entries: 0 };
    window.addEventListener('error', function (e) { console.error('window error: ' + e.message); });
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) { window.__shift.total += e.value; window.__shift.entries++; });
    }).observe({ type: 'layout-shift', buffered: true });
  </script>
</head>
<body>
  <main id="main">${body}</main>
  <script>
    window.__boxes = function () {
      return Array.from(document.querySelectorAll('main, main *')).map(function (el) {
        var r = el.getBoundingClientRect();
        return (el.id || el.tagName) + ' ' + [r.x, r.y, r.width, r.height].join(',');
      });
    };
    window.__before = { boxes: window.__boxes(), clientWidth: document.documentElement.clientWidth,
      scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight };
  </script>
  <script type="application/json" id="cookiegate-config">${JSON.stringify(UI_CONFIG)}</script>
  <script src="/dist/cookiegate.js"></script>
</body>
</html>`;
  const path = '/focus-not-obscured-' + ++served + '.html';
  h.server.route(path, (_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(html);
  });
  return path;
}

async function open(path: string, viewport = { width: 1280, height: 720 }): Promise<PageSession> {
  const s = await h.open({ path, viewport });
  await s.page.waitForSelector(BANNER, { timeout: 10_000 });
  await frames(s.page, 3);
  return s;
}

function frames(page: Page, n: number): Promise<unknown> {
  return page.evaluate(`new Promise(function (r) { var n = ${n}; (function next() { if (n-- <= 0) return r(); requestAnimationFrame(next); })(); })`);
}

interface Shift {
  total: number;
  entries: number;
}

/** Layout shifts since the page started, after a pause long enough for late ones to be reported. */
async function shifts(page: Page): Promise<Shift> {
  await page.waitForTimeout(300);
  return page.evaluate('window.__shift') as Promise<Shift>;
}

/** Presses Tab until `#id` has focus (at most 30 times). */
async function tabTo(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`document.activeElement && document.activeElement.id == ${JSON.stringify(id)}`)) return;
  }
  throw new Error('#' + id + ' never got focus');
}

/** Where the focused element is against the viewport and the banner. */
function focusState(page: Page): Promise<{ id: string; covered: number; inView: boolean }> {
  return page.evaluate(`(function () {
    var el = document.activeElement, r = el.getBoundingClientRect();
    var b = document.querySelector('.cg-banner').getBoundingClientRect();
    var w = Math.max(0, Math.min(r.right, b.right) - Math.max(r.left, b.left));
    var hgt = Math.max(0, Math.min(r.bottom, b.bottom) - Math.max(r.top, b.top));
    return { id: el.id, covered: w * hgt / (r.width * r.height), inView: r.top >= 0 && r.bottom <= innerHeight };
  })()`) as Promise<{ id: string; covered: number; inView: boolean }>;
}

/** Whether any part of `#id` is under the banner. */
function underBanner(page: Page, id: string): Promise<boolean> {
  return page.evaluate(`(function () {
    var r = document.getElementById(${JSON.stringify(id)}).getBoundingClientRect();
    var b = document.querySelector('.cg-banner').getBoundingClientRect();
    return r.bottom > b.top && r.top < b.bottom && r.right > b.left && r.left < b.right;
  })()`) as Promise<boolean>;
}

const SHORT = '<h1 id="title">A short page</h1><p id="text">It fits the window, far above the banner. <a id="link" href="#x">A link</a></p>';

/** Fits the window, but the last paragraph ends in the bottom 3rem of it: under the banner. */
const FITS_UNDER_BANNER =
  '<h1 id="title" style="margin:0;height:3rem">Fits, ends under the banner</h1>' +
  '<div id="filler" style="height:calc(100vh - 7rem)"></div>' +
  '<p id="text" style="margin:0;height:3rem"><a id="last" href="#x">The last link</a></p>';

const LONG =
  '<h1 id="title">A long page</h1>' +
  Array.from({ length: 40 }, (_, i) => `<p id="p${i}">Paragraph ${i} of a page much taller than the window.</p>`).join('') +
  '<p id="end"><a id="last" href="#x">The last link</a></p>';

describe('the room below the page for the bottom banner (WCAG 2.4.11) moves nothing', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 375, height: 667 },
  ]) {
    it(`a short centred page that fits the window: CLS exactly 0, no box moves, no scrollbar (${viewport.width}×${viewport.height})`, async () => {
      const s = await open(servePage(SHORT), viewport);
      const before = (await s.page.evaluate('window.__before')) as { boxes: string[]; clientWidth: number; scrolls: boolean };
      expect(before.scrolls).toBe(false);
      expect(await underBanner(s.page, 'link')).toBe(false);
      expect(await s.page.evaluate('window.__boxes()')).toEqual(before.boxes);
      expect(await s.page.evaluate('document.documentElement.clientWidth')).toBe(before.clientWidth);
      expect(await s.page.evaluate('document.documentElement.scrollHeight > document.documentElement.clientHeight')).toBe(false);
      expect(await shifts(s.page)).toEqual({ total: 0, entries: 0 });
    });
  }

  it('the layout-shift count sees a scrollbar appearing on this page (so 0 means something)', async () => {
    const s = await open(servePage(SHORT));
    await s.page.evaluate("document.getElementById('main').style.paddingBottom = '200vh'");
    expect((await shifts(s.page)).total).toBeGreaterThan(0);
  });

  it('a long page: Tab to the last link scrolls it clear of the banner', async () => {
    const s = await open(servePage(LONG));
    expect(await s.page.evaluate('window.__before.scrolls')).toBe(true);
    await tabTo(s.page, 'last');
    const state = await focusState(s.page);
    expect(state.covered).toBe(0);
    expect(state.inView).toBe(true);
    expect(await shifts(s.page)).toEqual({ total: 0, entries: 0 });
  });

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 375, height: 667 },
  ]) {
    it(`a page that fits but ends under the banner: no shift on load, and Tab brings the last link out from under it (${viewport.width}×${viewport.height})`, async () => {
      const s = await open(servePage(FITS_UNDER_BANNER), viewport);
      const before = (await s.page.evaluate('window.__before')) as { boxes: string[]; clientWidth: number; scrolls: boolean };
      expect(before.scrolls).toBe(false);
      expect(await underBanner(s.page, 'last')).toBe(true);
      expect(await s.page.evaluate('window.__boxes()')).toEqual(before.boxes);
      expect(await s.page.evaluate('document.documentElement.clientWidth')).toBe(before.clientWidth);
      expect(await shifts(s.page)).toEqual({ total: 0, entries: 0 });
      await tabTo(s.page, 'last');
      const state = await focusState(s.page);
      expect(state.covered).toBe(0);
      expect(state.inView).toBe(true);
      // scrolled, not moved: the page keeps its width
      expect(await s.page.evaluate('document.documentElement.clientWidth')).toBe(before.clientWidth);
    });
  }

  it('a page that always shows its scrollbar (overflow-y: scroll) keeps it: the room comes without hiding it', async () => {
    const s = await open(servePage(FITS_UNDER_BANNER, '<style>html { overflow-y: scroll; }</style>'));
    const before = (await s.page.evaluate('window.__before')) as { boxes: string[]; clientWidth: number };
    expect(await s.page.evaluate('innerWidth - document.documentElement.clientWidth')).toBeGreaterThan(0);
    expect(await s.page.evaluate('window.__boxes()')).toEqual(before.boxes);
    expect(await shifts(s.page)).toEqual({ total: 0, entries: 0 });
    await tabTo(s.page, 'last');
    expect((await focusState(s.page)).covered).toBe(0);
  });

  it('a choice on the banner takes the room and the hidden scrollbar away again, and nothing moves', async () => {
    const s = await open(servePage(FITS_UNDER_BANNER));
    const before = (await s.page.evaluate('window.__before')) as { boxes: string[] };
    expect(await s.page.evaluate('document.documentElement.scrollHeight > document.documentElement.clientHeight')).toBe(true);
    await s.page.locator(BANNER).getByRole('button', { name: 'Reject all' }).click();
    await s.page.waitForSelector(BANNER, { state: 'detached' });
    await frames(s.page, 2);
    expect(await s.page.evaluate('document.documentElement.getAttribute("style")')).toBe('');
    expect(await s.page.evaluate('document.documentElement.scrollHeight > document.documentElement.clientHeight')).toBe(false);
    expect(await s.page.evaluate('document.body.lastElementChild.tagName')).toBe('SCRIPT');
    expect(await s.page.evaluate('window.__boxes()')).toEqual(before.boxes);
    expect(await shifts(s.page)).toEqual({ total: 0, entries: 0 });
  });

  it('a page that fits above the banner until the window gets lower: Tab still brings the last link into view', async () => {
    const s = await open(servePage(SHORT + '<p><a id="last" href="#y">The last link</a></p>'), { width: 1280, height: 720 });
    expect(await s.page.evaluate('document.documentElement.scrollHeight > document.documentElement.clientHeight')).toBe(false);
    await s.page.setViewportSize({ width: 1280, height: 500 });
    await frames(s.page, 3);
    expect(await underBanner(s.page, 'last')).toBe(true);
    await tabTo(s.page, 'last');
    const state = await focusState(s.page);
    expect(state.covered).toBe(0);
    expect(state.inView).toBe(true);
  });

  it('a short page that grows later: Tab to its new last link scrolls it clear of the banner', async () => {
    const s = await open(servePage(SHORT));
    expect(await s.page.evaluate('document.documentElement.scrollHeight > document.documentElement.clientHeight')).toBe(false);
    await s.page.evaluate(`(function () {
      var main = document.getElementById('main');
      for (var i = 0; i < 40; i++) { var p = document.createElement('p'); p.textContent = 'Loaded later ' + i; main.append(p); }
      var end = document.createElement('p'); end.innerHTML = '<a id="late" href="#z">The late last link</a>'; main.append(end);
    })()`);
    await frames(s.page, 3);
    await tabTo(s.page, 'late');
    const state = await focusState(s.page);
    expect(state.covered).toBe(0);
    expect(state.inView).toBe(true);
  });

  it('a page that fits but ends under the banner, grown later past the window: the scrollbar it brings is its own, and the end stays reachable', async () => {
    const s = await open(servePage(FITS_UNDER_BANNER));
    await s.page.evaluate("document.getElementById('filler').style.height = '200vh'");
    await frames(s.page, 3);
    // the page scrolls by itself now: its scrollbar shows
    expect(await s.page.evaluate('innerWidth - document.documentElement.clientWidth')).toBeGreaterThan(0);
    await tabTo(s.page, 'last');
    const state = await focusState(s.page);
    expect(state.covered).toBe(0);
    expect(state.inView).toBe(true);
  });
});
