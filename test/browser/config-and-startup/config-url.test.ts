/**
 * `data-config` URLs that fail or are slow: cookiegate names the URL in one `cookiegate:` error, runs with the
 * built-in default, and nothing optional runs while the config loads or after it failed.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, fixtureLog, gatedElements, settle, startServer, useBrowserHarness } from '../harness';
import {
  ANY_FIXTURE,
  SPREAD_GATED,
  bannerButtons,
  cookieGate,
  serveHtml,
  serveJson,
  spreadPage,
  visibleBanners,
  waitForBanner,
} from '../harness/script-tag-pages';

const h = useBrowserHarness(['dist/cookiegate.js']);

const CONFIG = { revision: 1, controller: { name: 'Slow Ltd', policyUrl: '/privacy' } };

function pageWith(configUrl: string): string {
  return serveHtml(h.server, '/st/config-url.html', spreadPage({ placement: 'head sync', attrs: { 'data-config': configUrl } }));
}

const FAILURES: Array<[string, (path: string) => void, RegExp]> = [
  ['a 404', (path) => serveJson(h.server, path, 'not found', { status: 404, type: 'text/plain' }), /HTTP 404/],
  ['invalid JSON', (path) => serveJson(h.server, path, '{ "revision": 1, "controller": '), /.+/],
  [
    'an HTML page (a login or error page answered with 200)',
    (path) => serveJson(h.server, path, '<!doctype html><title>Sign in</title><p>Sign in', { type: 'text/html' }),
    /.+/,
  ],
  ['a server error', (path) => serveJson(h.server, path, 'oops', { status: 500, type: 'text/plain' }), /HTTP 500/],
];

describe('a failing data-config URL', () => {
  it.each(FAILURES)('%s: logs a cookiegate: error naming the URL, applies the defaults and runs nothing optional', async (_name, serve, reason) => {
    const url = '/st/broken/cookiegate.json';
    serve(url);
    const s = await h.open({ path: pageWith(url) });
    await waitForBanner(s.page);
    await settle(h.server, 300);

    expect(s.cookiegateErrors).toHaveLength(1);
    const [error] = s.cookiegateErrors;
    expect(error).toContain(url);
    expect(error).toMatch(/defaults/);
    expect(error!.slice(error!.indexOf(url))).toMatch(reason);
    expect(s.pageErrors).toEqual([]);

    // The built-in default: English, five categories, no controller from the lost config.
    expect(await bannerButtons(s.page)).toEqual(['Accept all', 'Reject all', 'Manage preferences']);
    expect(await s.page.locator('.cg-banner').textContent()).not.toContain('Slow Ltd');
    const ids = await evaluate<string[]>(s.page, 'window.CookieGate.$config.get().categories.map(function (c) { return c.id })');
    expect(ids).toEqual(['necessary', 'performance', 'functionality', 'targeting', 'social']);

    // Fails closed.
    expect(await cookieGate(s.page, 'getConsent()')).toBeNull();
    expect(h.server.requestsTo(ANY_FIXTURE)).toEqual([]);
    expect(await fixtureLog(s.page)).toEqual([]);
    expect((await gatedElements(s.page)).every((g) => g.state === 'blocked')).toBe(true);

    // …and the banner still works with the defaults.
    await s.page.getByRole('button', { name: 'Accept all' }).click();
    await s.page.waitForFunction('(window.__cgLog || []).length === 3');
    await settle(h.server, 300);
    for (const path of SPREAD_GATED) expect(h.server.requestsTo(path), path).toHaveLength(1);
  });

  it('an unreachable config host fails closed the same way', async () => {
    // The harness aborts every request that leaves 127.0.0.1, so this is a network error, not an HTTP status.
    const url = 'http://config.example.invalid/cookiegate.json';
    const s = await h.open({ path: pageWith(url) });
    await waitForBanner(s.page);
    await settle(h.server, 300);
    expect(s.externalRequests).toEqual([url]);
    s.externalRequests.length = 0; // expected: the harness would fail the test otherwise
    expect(s.cookiegateErrors).toHaveLength(1);
    expect(s.cookiegateErrors[0]).toContain(url);
    expect(h.server.requestsTo(ANY_FIXTURE)).toEqual([]);
    expect(await cookieGate(s.page, 'getConsent()')).toBeNull();
  });
});

describe('a data-config URL on another origin', () => {
  /** A second test server: another port is another origin. */
  async function withConfigHost(cors: boolean, run: (url: string) => Promise<void>): Promise<void> {
    const other = await startServer();
    try {
      other.route('/cookiegate.json', (_req, res) => {
        if (cors) res.setHeader('Access-Control-Allow-Origin', h.server.origin);
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify(CONFIG));
      });
      await run(other.origin + '/cookiegate.json');
    } finally {
      await other.close();
    }
  }

  it('is fetched with CORS and applied', async () => {
    await withConfigHost(true, async (url) => {
      const s = await h.open({ path: pageWith(url) });
      await waitForBanner(s.page);
      expect(await s.page.locator('.cg-banner').textContent()).toContain('Slow Ltd');
      expect(s.cookiegateErrors).toEqual([]);
    });
  });

  it('without CORS headers fails closed with the defaults and names the URL', async () => {
    await withConfigHost(false, async (url) => {
      const s = await h.open({ path: pageWith(url) });
      await waitForBanner(s.page);
      await settle(h.server, 300);
      expect(await s.page.locator('.cg-banner').textContent()).not.toContain('Slow Ltd');
      expect(s.cookiegateErrors).toHaveLength(1);
      expect(s.cookiegateErrors[0]).toContain(url);
      expect(h.server.requestsTo(ANY_FIXTURE)).toEqual([]);
    });
  });
});

describe('a slow data-config URL', () => {
  it('runs nothing optional and shows no banner while the config loads, then applies it', async () => {
    const url = serveJson(h.server, '/st/slow/cookiegate.json', CONFIG, { delayMs: 1500 });
    const s = await h.open({ path: pageWith(url) });
    await h.server.waitForRequest(url);
    // The page is fully loaded and the config still on its way.
    await s.page.waitForTimeout(600);
    expect(await visibleBanners(s.page).count()).toBe(0);
    expect(h.server.requestsTo(ANY_FIXTURE)).toEqual([]);
    expect(await fixtureLog(s.page)).toEqual([]);
    const early = await gatedElements(s.page);
    expect(early.filter((g) => g.tag !== 'script').map((g) => g.src)).toEqual([null, null]);
    expect(early.filter((g) => g.tag === 'script').map((g) => g.type)).toEqual(['text/plain', 'text/plain', 'text/plain']);

    await waitForBanner(s.page);
    expect(await s.page.locator('.cg-banner').textContent()).toContain('Slow Ltd');
    await settle(h.server, 300);
    expect(h.server.requestsTo(ANY_FIXTURE)).toEqual([]);
    expect(s.cookiegateErrors).toEqual([]);
  });

  it('a choice the page makes while the config loads waits for it and is stored under that config', async () => {
    const config = { ...CONFIG, revision: 7 };
    const url = serveJson(h.server, '/st/slow-call/cookiegate.json', config, { delayMs: 800 });
    const call = '<script>CookieGate.acceptAll(); window.__afterCall = CookieGate.getConsent();</script>';
    const s = await h.open({
      path: serveHtml(
        h.server,
        '/st/slow-call.html',
        spreadPage({ placement: 'head sync', attrs: { 'data-config': url } }).replace('</head>', call + '</head>'),
      ),
    });
    await s.page.waitForFunction('(window.__cgLog || []).length === 3', undefined, { timeout: 5000 });
    // Asked before the config had arrived, the answer was "no choice yet", not a choice under the built-in default.
    expect(await evaluate(s.page, 'window.__afterCall')).toBeNull();
    expect(await cookieGate(s.page, 'getConsent().revision')).toBe(7);
    expect(await visibleBanners(s.page).count()).toBe(0);
    expect(s.cookiegateErrors).toEqual([]);
  });

  it('with a stored grant, runs the granted elements only once the config has arrived', async () => {
    const fast = serveJson(h.server, '/st/fast/cookiegate.json', CONFIG);
    const s = await h.open({ path: pageWith(fast) });
    await waitForBanner(s.page);
    await s.page.getByRole('button', { name: 'Accept all' }).click();
    await s.page.waitForFunction('(window.__cgLog || []).length === 3');

    h.server.reset();
    const url = serveJson(h.server, '/st/slow/cookiegate.json', CONFIG, { delayMs: 1500 });
    const path = pageWith(url);
    await s.goto(path);
    const asked = (await h.server.waitForRequest(url)).time;
    await s.page.waitForTimeout(600);
    // The stored choice allows everything, yet nothing ran before the config was known.
    expect(h.server.requestsTo(ANY_FIXTURE)).toEqual([]);
    expect(await fixtureLog(s.page)).toEqual([]);

    await s.page.waitForFunction('(window.__cgLog || []).length === 3', undefined, { timeout: 5000 });
    const first = h.server.requestsTo(ANY_FIXTURE)[0]!;
    expect(first.time - asked).toBeGreaterThanOrEqual(1400);
    expect(await visibleBanners(s.page).count()).toBe(0);
  });
});
