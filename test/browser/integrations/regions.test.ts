/**
 * Regions and regimes through the built dist/cookiegate.js: the region comes from the page (`data-region` on the tag,
 * or `CookieGate.init(config, { region })`), the regime from the config's `regions`.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { evaluate, settle, useBrowserHarness, type PageSession } from '../harness';
import { BASE_CONFIG } from '../../shared/fixtures';
import { bundleTag, htmlDocument, serveHtml } from '../harness/script-tag-pages';
import { formatViolations, runAxe } from '../harness/axe';

const h = useBrowserHarness(['dist/cookiegate.js', 'dist/cookiegate-ui.js']);

const CONFIG = {
  ...BASE_CONFIG,
  categories: {
    performance: { services: { stats: { provider: 'Test Ltd', cookies: [{ name: 'stats_id', duration: '1 year' }] } } },
  },
  regions: { US: 'opt-out', 'US-CA': 'opt-out', default: 'opt-in' },
  records: { endpoint: '/consent-records' },
};
const PERF = '/fixtures/region-perf.js';
const FUNC = '/fixtures/region-func.js';
const AD = '/fixtures/region-ad.gif';
const SOCIAL = '/fixtures/region-social.html';

const BODY =
  '<main><h1>Regions</h1>' +
  '<script type="text/plain" data-category="performance" src="' +
  PERF +
  '?cookie=stats_id%3D1"></script>' +
  '<script type="text/plain" data-category="functionality" src="' +
  FUNC +
  '"></script>' +
  '<img data-category="targeting" data-src="' +
  AD +
  '" alt="" width="1" height="1">' +
  '<iframe data-category="social" data-src="' +
  SOCIAL +
  '" title="Social post" width="300" height="150"></iframe></main>';

/** A page whose tag carries `data-region` (none when `region` is undefined), with the config inline. */
function regionPage(name: string, region?: string, config: unknown = CONFIG): string {
  const head =
    '<script type="application/json" id="cookiegate-config">' + JSON.stringify(config) + '</script>' + bundleTag(region ? 'data-region="' + region + '"' : '');
  return serveHtml(h.server, '/regions/' + name + '.html', htmlDocument(head, BODY));
}

const GPC = "Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });";
const notice = (page: Page) => page.locator('.cg-banner');
const choicesControl = (page: Page) => page.locator('.cg-reopen');
const asked = (path: string) => h.server.requestsTo(path).length;
const records = () => h.server.records.map((r) => r.json as Record<string, unknown>);

async function open(path: string, gpc = false): Promise<PageSession> {
  const s = await h.open(gpc ? { initScript: GPC } : {});
  await s.goto(path);
  return s;
}

describe('regions (dist/cookiegate.js)', () => {
  it('opt-out region: optional categories load without a click, a notice tells, the cookie and the record name the regime', async () => {
    const s = await open(regionPage('opt-out', 'US-CA'));
    await h.server.waitForRequest(PERF);
    await settle(h.server);
    for (const path of [PERF, FUNC, AD, SOCIAL]) expect(asked(path), path).toBe(1);
    await expect.poll(() => notice(s.page).isVisible()).toBe(true);
    expect(await notice(s.page).locator('h2').textContent()).toBe('Cookies on this site');
    expect(await notice(s.page).textContent()).toMatch(/opt out/);
    // A notice, not a question: nothing on it says accept or reject.
    expect(await notice(s.page).getByRole('button').allTextContents()).toEqual(['OK', 'Your Privacy Choices']);
    expect(await evaluate(s.page, 'CookieGate.getConsent().regime')).toBe('opt-out');
    const cookie = (await s.cookies()).find((c) => c.name === 'cookiegate')!;
    expect(cookie.value.split('~')[8]).toBe('op');
    expect(cookie.value.length).toBeLessThanOrEqual(200);
    await expect.poll(() => records().length).toBe(1);
    expect(records()[0]).toMatchObject({ regime: 'opt-out', gpc: false, source: 'api', categories: { performance: true, targeting: true, social: true } });
    expect(s.cookiegateErrors).toEqual([]);
  });

  it('opt-out region under GPC: sale/share categories stay off, the signal is honoured and recorded', async () => {
    const s = await open(regionPage('opt-out-gpc', 'US-NY'), true);
    await h.server.waitForRequest(PERF);
    await settle(h.server);
    expect(asked(PERF)).toBe(1);
    expect(asked(FUNC)).toBe(1);
    expect(asked(AD)).toBe(0);
    expect(asked(SOCIAL)).toBe(0);
    expect(await evaluate(s.page, "CookieGate.hasConsent('targeting') || CookieGate.hasConsent('social')")).toBe(false);
    await expect.poll(() => notice(s.page).isVisible()).toBe(true);
    expect(await notice(s.page).locator('.cg-gpc').textContent()).toMatch(/Global Privacy Control/);
    await expect.poll(() => records().length).toBe(1);
    expect(records()[0]).toMatchObject({ regime: 'opt-out', gpc: true, source: 'gpc', categories: { targeting: false, social: false, performance: true } });
  });

  it('opt-out region: "Your Privacy Choices" opens the preferences, where a refusal deletes cookies and stops loading', async () => {
    const path = regionPage('choices', 'US-CA');
    const s = await open(path);
    await h.server.waitForRequest(PERF);
    await expect.poll(async () => (await s.cookieNames()).includes('stats_id')).toBe(true);
    // The notice goes for good; the persistent control, drawn by the gate, takes over.
    await notice(s.page).getByRole('button', { name: 'OK', exact: true }).click();
    await expect.poll(() => notice(s.page).count()).toBe(0);
    const control = choicesControl(s.page);
    expect(await control.textContent()).toBe('Your Privacy Choices');
    expect(await control.locator('svg[aria-hidden="true"] path').count()).toBe(4);
    // The icon is drawn, at text size, under our style reset: the outline white and blue, the half blue, the cross white.
    const icon = await control.locator('svg').evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      const paths = Array.from(svg.querySelectorAll('path')).map((p) => ({
        fill: getComputedStyle(p).fill,
        stroke: getComputedStyle(p).stroke,
        width: Math.round(p.getBoundingClientRect().width),
      }));
      return { width: Math.round(box.width), height: Math.round(box.height), paths, position: getComputedStyle(svg.closest('button')!).position };
    });
    expect(icon.position).toBe('fixed');
    expect(icon.width).toBeGreaterThan(25);
    expect(icon.width).toBeLessThan(45);
    expect(icon.paths.map((p) => [p.fill, p.stroke])).toEqual([
      ['rgb(255, 255, 255)', 'rgb(0, 102, 255)'],
      ['rgb(0, 102, 255)', 'none'],
      ['none', 'rgb(0, 102, 255)'],
      ['none', 'rgb(255, 255, 255)'],
    ]);
    expect(icon.paths[0]!.width).toBeGreaterThan(icon.width * 0.8);

    await control.click();
    const dialog = s.page.getByRole('dialog');
    await dialog.waitFor();
    expect(await s.page.isChecked('#cg-c-performance')).toBe(true);
    await s.page.locator('label[for="cg-c-performance"], #cg-c-performance').first().click();
    await dialog.getByRole('button', { name: 'Save preferences' }).click();
    await expect.poll(async () => (await s.cookieNames()).includes('stats_id')).toBe(false);
    expect(await evaluate(s.page, "CookieGate.hasConsent('performance')")).toBe(false);
    expect(await evaluate(s.page, "CookieGate.hasConsent('targeting')")).toBe(true);
    await expect.poll(() => records().at(-1)?.action).toBe('withdraw');
    expect(records().at(-1)).toMatchObject({ regime: 'opt-out', source: 'modal', categories: { performance: false } });

    const before = asked(PERF);
    await s.reload();
    await h.server.waitForRequest(FUNC);
    await settle(h.server);
    expect(asked(PERF)).toBe(before);
    // The choice stands: no notice again, the control is there at once.
    expect(await notice(s.page).count()).toBe(0);
    expect(await choicesControl(s.page).textContent()).toBe('Your Privacy Choices');
  });

  it('no region given: the strictest regime in the map applies (opt-in): the banner asks, nothing loads', async () => {
    const s = await open(regionPage('no-region'));
    await expect.poll(() => notice(s.page).isVisible()).toBe(true);
    expect(await notice(s.page).getByRole('button').allTextContents()).toEqual(['Accept all', 'Reject all', 'Manage preferences']);
    await settle(h.server);
    for (const path of [PERF, FUNC, AD, SOCIAL]) expect(asked(path), path).toBe(0);
    expect(await evaluate(s.page, 'CookieGate.getConsent()')).toBeNull();
  });

  it('a stored opt-out choice, then an opt-in region: the banner asks again and nothing optional runs', async () => {
    const s = await open(regionPage('moving-us', 'US-CA'));
    await h.server.waitForRequest(PERF);
    await notice(s.page).getByRole('button', { name: 'OK', exact: true }).click();
    await expect.poll(() => evaluate(s.page, 'document.cookie.indexOf("cookiegate=") >= 0')).toBe(true);
    h.server.reset();
    await s.goto(regionPage('moving-de', 'DE'));
    await expect.poll(() => notice(s.page).isVisible()).toBe(true);
    expect(await notice(s.page).getByRole('button').allTextContents()).toEqual(['Accept all', 'Reject all', 'Manage preferences']);
    await settle(h.server);
    for (const path of [PERF, FUNC, AD, SOCIAL]) expect(asked(path), path).toBe(0);
    expect(await evaluate(s.page, 'CookieGate.getConsent()')).toBeNull();
    expect(await choicesControl(s.page).count()).toBe(0);
  });

  it('init(config, { region }) picks the regime; "none" shows nothing and grants everything; a bad region fails closed', async () => {
    const config = { ...CONFIG, regions: { BR: 'none', 'US-CA': 'opt-out' } };
    const page = (name: string, region: string) =>
      serveHtml(
        h.server,
        '/regions/' + name + '.html',
        htmlDocument(bundleTag() + '<script>CookieGate.init(' + JSON.stringify(config) + ', { region: ' + JSON.stringify(region) + ' })</script>', BODY),
      );
    const s = await open(page('none', 'br'));
    await h.server.waitForRequest(SOCIAL);
    await settle(h.server);
    for (const path of [PERF, FUNC, AD, SOCIAL]) expect(asked(path), path).toBe(1);
    expect(await notice(s.page).count()).toBe(0);
    expect(await choicesControl(s.page).count()).toBe(0);
    expect(await evaluate(s.page, 'CookieGate.getConsent().regime')).toBe('none');

    const bad = await open(page('bad-region', 'California'));
    await expect.poll(() => notice(bad.page).isVisible()).toBe(true);
    expect(await notice(bad.page).getByRole('button').allTextContents()).toEqual(['Accept all', 'Reject all', 'Manage preferences']);
    expect(bad.cookiegateErrors.join('\n')).toMatch(/region.*"California" is not a region code/);
  });

  it('axe finds nothing on the notice and on the "Your Privacy Choices" control', async () => {
    const s = await open(regionPage('axe', 'US-CA'));
    await expect.poll(() => notice(s.page).isVisible()).toBe(true);
    const withNotice = await runAxe(s.page);
    expect(withNotice.checkedUi).toBe(true);
    expect(withNotice.violations, formatViolations(withNotice.violations)).toEqual([]);
    await notice(s.page).getByRole('button', { name: 'OK', exact: true }).click();
    await choicesControl(s.page).waitFor();
    const withControl = await runAxe(s.page);
    expect(withControl.checkedUi).toBe(true);
    expect(withControl.violations, formatViolations(withControl.violations)).toEqual([]);
  });
});
