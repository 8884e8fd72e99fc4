/**
 * Auto-init of the BUILT dist/cookiegate.js from a script tag: every load position and timing, every way of
 * giving the config, and the built-in default. Pages come from test/browser/harness/script-tag-pages.ts; the
 * server's request log says what loaded.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, settle, useBrowserHarness, fixtureLog, runCounts, gatedElements } from '../harness';
import {
  ANY_FIXTURE,
  PLACEMENTS,
  SPREAD_GATED,
  bannerButtons,
  bundleTag,
  cookieGate,
  htmlDocument,
  serveHtml,
  serveJson,
  spreadPage,
  visibleBanners,
  waitForBanner,
  type ScriptPlacement,
} from '../harness/script-tag-pages';

const h = useBrowserHarness(['dist/cookiegate.js']);

const CONFIG = { revision: 1, controller: { name: 'Matrix Ltd', policyUrl: '/privacy' } };
const inlineConfig = (id: string, config: unknown = CONFIG) => '<script type="application/json" id="' + id + '">' + JSON.stringify(config) + '</script>';

type Source = 'no config' | 'data-config URL' | 'data-config id' | '#cookiegate-config';
const SOURCES: Source[] = ['no config', 'data-config URL', 'data-config id', '#cookiegate-config'];

function setupSpread(placement: ScriptPlacement, source: Source): string {
  const attrs: Record<string, string> = {};
  let headStart = '';
  if (source === 'data-config URL') attrs['data-config'] = serveJson(h.server, '/st/site-config.json', CONFIG);
  if (source === 'data-config id') {
    attrs['data-config'] = 'site-config';
    headStart = inlineConfig('site-config');
  }
  if (source === '#cookiegate-config') headStart = inlineConfig('cookiegate-config');
  return serveHtml(h.server, '/st/spread.html', spreadPage({ placement, attrs, headStart }));
}

/** Blocked elements before a choice, everything loaded exactly once after Accept all. */
async function expectGatedThenAccepted(path: string, placement: ScriptPlacement, source: Source): Promise<void> {
  const s = await h.open({ path });
  await waitForBanner(s.page);
  await settle(h.server, 300);
  expect(await visibleBanners(s.page).count()).toBe(1);
  expect(await bannerButtons(s.page)).toEqual(['Accept all', 'Reject all', 'Manage preferences']);
  const text = await s.page.locator('.cg-banner').textContent();
  if (source === 'no config') expect(text).not.toContain('Matrix Ltd');
  else expect(text).toContain('Matrix Ltd');
  if (placement === 'injected after load') expect(await evaluate(s.page, 'window.__injectedAt')).toBe('complete');

  // Nothing optional before a choice, wherever the element sits.
  expect(h.server.requestsTo(ANY_FIXTURE)).toEqual([]);
  expect(await fixtureLog(s.page)).toEqual([]);
  const gated = await gatedElements(s.page);
  expect(gated).toHaveLength(5);
  expect(gated.map((g) => g.state)).toEqual(['blocked', 'blocked', 'blocked', 'blocked', 'blocked']);
  expect(gated.filter((g) => g.tag !== 'script').map((g) => g.src)).toEqual([null, null]);

  await s.page.locator('.cg-banner').getByRole('button', { name: 'Accept all', exact: true }).click();
  await s.page.waitForFunction('(window.__cgLog || []).length === 3');
  await settle(h.server, 300);
  for (const path of SPREAD_GATED) expect(h.server.requestsTo(path), path).toHaveLength(1);
  // Scripts run once each, in document order.
  expect(await fixtureLog(s.page)).toEqual(['head-perf', 'inline-func', 'end-target']);
  expect(await runCounts(s.page)).toEqual({ 'head-perf': 1, 'end-target': 1 });
  expect(await evaluate(s.page, 'window.__inlineFunc')).toBe(1);
  expect(await s.page.getAttribute('#top-pixel', 'src')).toBe('/fixtures/top-pixel.gif');
  expect(await s.page.frameLocator('#social-frame').locator('#fixture').textContent()).toBe('social-embed');
  expect(await visibleBanners(s.page).count()).toBe(0);
  expect(s.cookiegateErrors).toEqual([]);
  expect(s.pageErrors).toEqual([]);
}

describe('auto-init from the script tag', () => {
  for (const source of SOURCES) {
    describe(source, () => {
      it.each(PLACEMENTS)('%s: shows the banner, keeps elements anywhere in the page inert, runs them after Accept all', async (placement) => {
        const path = setupSpread(placement, source);
        await expectGatedThenAccepted(path, placement, source);
      });
    });
  }

  // A returning visitor: the stored choice activates everything during page load, wherever the script sits.
  // Regression (0b89d3d): with a sync tag, an iframe parsed after it never loaded (Chromium ignores a src set in the
  // microtask checkpoint in which the parser inserted the iframe).
  it.each(PLACEMENTS)('%s: with a stored Accept all, every gated element loads on the next page load', async (placement) => {
    const path = setupSpread(placement, '#cookiegate-config');
    const s = await h.open({ path });
    await waitForBanner(s.page);
    await s.page.getByRole('button', { name: 'Accept all' }).click();
    await s.page.waitForFunction('(window.__cgLog || []).length === 3');

    const mark = h.server.requests.length;
    await s.reload();
    await s.page.waitForFunction('(window.__cgLog || []).length === 3');
    await settle(h.server, 300);
    const since = h.server.requests.slice(mark).map((r) => r.path);
    for (const path of SPREAD_GATED)
      expect(
        since.filter((p) => p === path),
        path,
      ).toHaveLength(1);
    expect(await fixtureLog(s.page)).toEqual(['head-perf', 'inline-func', 'end-target']);
    expect(await s.page.getAttribute('#top-pixel', 'src')).toBe('/fixtures/top-pixel.gif');
    const frame = await s.page
      .locator('#social-frame')
      .evaluate((el) => (el as HTMLIFrameElement).contentDocument?.getElementById('fixture')?.textContent ?? null);
    expect(frame).toBe('social-embed');
    expect(await visibleBanners(s.page).count()).toBe(0);
  });

  it('with no config runs the built-in default: five categories, English texts, every optional one off', async () => {
    const path = serveHtml(h.server, '/st/default.html', htmlDocument(bundleTag(), '<h1>No config</h1>'));
    const s = await h.open({ path });
    await waitForBanner(s.page);
    expect(await s.page.locator('.cg-banner h2').textContent()).toBe('Your choice about cookies');
    expect(await bannerButtons(s.page)).toEqual(['Accept all', 'Reject all', 'Manage preferences']);
    const config = await evaluate<{ categories: Array<{ id: string; readOnly: boolean }> }>(s.page, 'window.CookieGate.$config.get()');
    expect(config.categories.map((c) => [c.id, c.readOnly])).toEqual([
      ['necessary', true],
      ['performance', false],
      ['functionality', false],
      ['targeting', false],
      ['social', false],
    ]);

    await s.page.getByRole('button', { name: 'Manage preferences' }).click();
    const dialog = s.page.getByRole('dialog');
    await dialog.waitFor();
    for (const title of ['Strictly necessary', 'Performance', 'Functionality', 'Targeting and advertising', 'Social media']) {
      await expect(dialog.getByText(title, { exact: true }).count()).resolves.toBeGreaterThan(0);
    }
    // Each category has a plain-language description of ours.
    expect(await dialog.textContent()).toContain('Count visits and see how pages are used');
    const boxes = dialog.locator('input[type="checkbox"]');
    const states = await boxes.evaluateAll((els) => els.map((el) => [(el as HTMLInputElement).checked, (el as HTMLInputElement).disabled]));
    expect(states).toEqual([
      [true, true],
      [false, false],
      [false, false],
      [false, false],
      [false, false],
    ]);
    expect(await dialog.getByRole('button', { name: 'Save preferences' }).count()).toBe(1);
    expect(await cookieGate(s.page, 'getConsent()')).toBeNull();
    expect(s.cookiegateErrors).toEqual([]);
  });

  it('uses the texts of the inline #cookiegate-config (controller name and policy link on the first layer)', async () => {
    const config = { ...CONFIG, translations: { en: { banner: { title: 'Cookies at Matrix' } } } };
    const path = serveHtml(h.server, '/st/inline.html', htmlDocument(inlineConfig('cookiegate-config', config) + bundleTag(), '<h1>Inline</h1>'));
    const s = await h.open({ path });
    await waitForBanner(s.page);
    expect(await s.page.locator('.cg-banner h2').textContent()).toBe('Cookies at Matrix');
    expect(await s.page.locator('.cg-banner a').getAttribute('href')).toBe('/privacy');
  });

  it('data-config as an id reads that inline script, not a URL, and ignores a #cookiegate-config beside it', async () => {
    const other = { ...CONFIG, controller: { name: 'Wrong Ltd' } };
    const path = serveHtml(
      h.server,
      '/st/by-id.html',
      htmlDocument(inlineConfig('cookiegate-config', other) + inlineConfig('my-config') + bundleTag('data-config="my-config"'), '<h1>By id</h1>'),
    );
    const s = await h.open({ path });
    await waitForBanner(s.page);
    expect(await s.page.locator('.cg-banner').textContent()).toContain('Matrix Ltd');
    expect(h.server.requestsTo(/my-config/)).toEqual([]);
  });

  it('data-config as a URL is fetched once, same-origin, and wins over an inline #cookiegate-config', async () => {
    const url = serveJson(h.server, '/st/config/site.json', CONFIG);
    const other = { ...CONFIG, controller: { name: 'Wrong Ltd' } };
    const path = serveHtml(
      h.server,
      '/st/by-url.html',
      htmlDocument(inlineConfig('cookiegate-config', other) + bundleTag('data-config="' + url + '"'), '<h1>By URL</h1>'),
    );
    const s = await h.open({ path });
    await waitForBanner(s.page);
    expect(await s.page.locator('.cg-banner').textContent()).toContain('Matrix Ltd');
    expect(h.server.requestsTo(url)).toHaveLength(1);
  });

  // An inline config placed after the tag (say at the end of <body>) is still the page's config: the tag in <head>
  // runs before it is parsed, so cookiegate must wait for the document before deciding there is none.
  // Fails today: src/auto.ts looks the element up once, when the tag runs (then defaults / fetches the id as a URL).
  it.each([
    ['#cookiegate-config', '', 'cookiegate-config'],
    ['data-config id', 'data-config="late-config"', 'late-config'],
  ])('finds an inline config (%s) that comes after the tag in the document', async (_name, attrs, id) => {
    const path = serveHtml(h.server, '/st/late-inline.html', htmlDocument(bundleTag(attrs), '<h1>Config at the end</h1>' + inlineConfig(id)));
    const s = await h.open({ path });
    await waitForBanner(s.page);
    expect(await s.page.locator('.cg-banner').textContent()).toContain('Matrix Ltd');
    expect(h.server.requestsTo(/late-config/)).toEqual([]);
    expect(s.cookiegateErrors).toEqual([]);
  });

  it('a second include of the script makes no second banner and runs nothing twice', async () => {
    const path = serveHtml(
      h.server,
      '/st/twice.html',
      spreadPage({ placement: 'head sync', headStart: inlineConfig('cookiegate-config') }).replace('</body>', bundleTag() + bundleTag('defer') + '</body>'),
    );
    const s = await h.open({ path });
    await waitForBanner(s.page);
    await settle(h.server, 300);
    expect(h.server.requestsTo('/dist/cookiegate.js').length).toBe(3);
    expect(await s.page.locator('.cg-banner').count()).toBe(1);
    expect(await s.page.locator('body > .cg-root:not(.cg-ph)').count()).toBe(1);
    // One of each of our stylesheets: the gate's and the UI's.
    expect(await s.page.locator('style[data-cg-style]').evaluateAll((els) => els.map((el) => el.getAttribute('data-cg-style')).sort())).toEqual(['base', 'ui']);
    await s.page.getByRole('button', { name: 'Accept all' }).click();
    await s.page.waitForFunction('(window.__cgLog || []).length === 3');
    await settle(h.server, 300);
    expect(await runCounts(s.page)).toEqual({ 'head-perf': 1, 'end-target': 1 });
    expect(await evaluate(s.page, 'window.__inlineFunc')).toBe(1);
    for (const path of SPREAD_GATED) expect(h.server.requestsTo(path), path).toHaveLength(1);
    // One consent event, not one per include.
    expect(await evaluate(s.page, 'window.__cgEvents.length')).toBe(1);
    expect(s.cookiegateErrors).toEqual([]);
  });

  it('after Reject all nothing optional runs, on this page or after a reload', async () => {
    const path = setupSpread('head sync', '#cookiegate-config');
    const s = await h.open({ path });
    await waitForBanner(s.page);
    await s.page.getByRole('button', { name: 'Reject all' }).click();
    await s.reload();
    await s.page.locator('.cg-reopen').waitFor();
    await settle(h.server, 300);
    expect(await visibleBanners(s.page).count()).toBe(0);
    expect(h.server.requestsTo(ANY_FIXTURE)).toEqual([]);
    expect(await fixtureLog(s.page)).toEqual([]);
  });
});
