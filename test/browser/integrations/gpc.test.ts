/**
 * Global Privacy Control through the built dist/cookiegate.js, configured by inline JSON only
 * (test/browser/pages/integrations/gpc.html). The signal is an init script that defines
 * `navigator.globalPrivacyControl` plus the `Sec-GPC: 1` request header.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { evaluate, settle, useBrowserHarness, type PageSession } from '../harness';
import { BASE_CONFIG } from '../../shared/fixtures';
import { servePage } from '../harness/integration-pages';

const h = useBrowserHarness(['dist/cookiegate.js']);

const BASE = BASE_CONFIG;
const PERF = '/fixtures/gpc-perf.js';
const TARGETING = ['/fixtures/gpc-target.js', '/fixtures/gpc-ad-pixel.gif'];
const SOCIAL = '/fixtures/gpc-social.html';

/** The signal as a browser with GPC on sends it; only on URLs with `gpc=1`, so one context can go with and without. */
const GPC_BY_QUERY =
  "if (/[?&]gpc=1(&|$)/.test(location.search)) Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });";
const GPC_ALWAYS = "Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });";

/** A page with the GPC signal on for every load (script + header). */
async function openWithGpc(path: string): Promise<PageSession> {
  const s = await h.open({ initScript: GPC_ALWAYS });
  await s.context.setExtraHTTPHeaders({ 'Sec-GPC': '1' });
  await s.goto(path);
  return s;
}

const since = (start: number, path: string) => h.server.requests.slice(start).filter((r) => r.path === path);
const banner = (page: Page) => page.locator('.cg-banner');
const modal = (page: Page) => page.locator('[role="dialog"]');

async function consentCategories(page: Page): Promise<string[] | null> {
  const consent = await evaluate<{ categories: string[] } | null>(page, 'CookieGate.getConsent()');
  return consent && [...consent.categories].sort();
}

/** Nothing of targeting or social was requested since `start`. */
function expectNoSaleOrShare(start = 0): void {
  for (const path of [...TARGETING, SOCIAL]) expect(since(start, path), path).toHaveLength(0);
}

describe('Global Privacy Control (dist/cookiegate.js, JSON config)', () => {
  it('still shows the banner, with the GPC notice, and the signal reaches the page', async () => {
    const path = servePage(h.server, 'gpc.html', BASE);
    const s = await openWithGpc(path);
    expect(h.server.requestsTo(path)[0]!.headers['sec-gpc']).toBe('1');
    expect(await evaluate(s.page, 'navigator.globalPrivacyControl')).toBe(true);
    await expect.poll(() => banner(s.page).isVisible()).toBe(true);
    const notice = banner(s.page).locator('.cg-gpc');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toMatch(/Global Privacy Control/);
    expect(await notice.textContent()).toMatch(/Targeting/i);
    expect(await notice.textContent()).toMatch(/Social/i);
    expect(await consentCategories(s.page)).toBeNull();
  });

  it('Accept all (the button) leaves targeting and social refused; their elements never load', async () => {
    const path = servePage(h.server, 'gpc.html', BASE);
    const s = await openWithGpc(path);
    await banner(s.page).getByRole('button', { name: 'Accept all', exact: true }).click();
    await h.server.waitForRequest(PERF);
    await settle(h.server);
    expect(await consentCategories(s.page)).toEqual(['functionality', 'necessary', 'performance']);
    expect(await evaluate(s.page, "CookieGate.hasConsent('targeting') || CookieGate.hasConsent('social')")).toBe(false);
    expectNoSaleOrShare();
    expect(await evaluate(s.page, 'window.targetingLoaded')).toBeUndefined();
    expect(await s.page.getAttribute('#social-embed', 'src')).toBeNull();
    expect(await s.page.getAttribute('#ad-pixel', 'src')).toBeNull();

    // The preferences show the notice in a status line and both switches off.
    await evaluate(s.page, 'CookieGate.showPreferences()');
    const status = modal(s.page).locator('[role="status"].cg-gpc');
    expect(await status.isVisible()).toBe(true);
    expect(await status.textContent()).toMatch(/Global Privacy Control/);
    expect(await s.page.isChecked('#cg-c-targeting')).toBe(false);
    expect(await s.page.isChecked('#cg-c-social')).toBe(false);
    expect(await s.page.isChecked('#cg-c-performance')).toBe(true);

    // Accept all in the modal does not grant them either.
    await modal(s.page).getByRole('button', { name: 'Accept all', exact: true }).click();
    await settle(h.server);
    expect(await consentCategories(s.page)).toEqual(['functionality', 'necessary', 'performance']);
    expectNoSaleOrShare();

    // Nor does a reload.
    const start = h.server.requests.length;
    await s.reload();
    await settle(h.server);
    expect(since(start, PERF)).toHaveLength(1);
    expectNoSaleOrShare(start);
  });

  it('CookieGate.acceptAll() leaves targeting and social refused', async () => {
    const path = servePage(h.server, 'gpc.html', BASE);
    const s = await openWithGpc(path);
    await evaluate(s.page, 'CookieGate.acceptAll()');
    await h.server.waitForRequest(PERF);
    await settle(h.server);
    expect(await consentCategories(s.page)).toEqual(['functionality', 'necessary', 'performance']);
    expect(await evaluate(s.page, 'CookieGate.getConsent().gpc')).toBe(true);
    expectNoSaleOrShare();
    // accept('all') and an explicit API accept of targeting are not a modal switch either.
    await evaluate(s.page, "CookieGate.accept(['targeting', 'social'])");
    await settle(h.server);
    expect(await consentCategories(s.page)).toEqual(['necessary']);
    expectNoSaleOrShare();
  });

  it('overrides a stored grant of targeting, and a later load without GPC does not turn it back on', async () => {
    const config = { ...BASE, records: { endpoint: '/consent-records' } };
    const path = servePage(h.server, 'gpc.html', config);
    const s = await h.open({ initScript: GPC_BY_QUERY });
    // 1. Without GPC: grant everything; targeting loads.
    await s.goto(path);
    expect(await evaluate(s.page, 'navigator.globalPrivacyControl')).toBeUndefined();
    await banner(s.page).getByRole('button', { name: 'Accept all', exact: true }).click();
    await s.page.waitForFunction("window.targetingLoaded === 'gpc-target'");
    await settle(h.server);
    expect(await consentCategories(s.page)).toContain('targeting');
    expect(h.server.records.map((r) => (r.json as any).source)).toEqual(['banner']);

    // 2. Back with GPC: the stored grant is overridden, nothing of targeting or social loads.
    await s.context.setExtraHTTPHeaders({ 'Sec-GPC': '1' });
    let start = h.server.requests.length;
    await s.goto(path + '?gpc=1');
    await settle(h.server);
    expect(await evaluate(s.page, 'navigator.globalPrivacyControl')).toBe(true);
    expect(since(start, PERF)).toHaveLength(1);
    expectNoSaleOrShare(start);
    expect(await evaluate(s.page, 'window.targetingLoaded')).toBeUndefined();
    const categories = await consentCategories(s.page);
    expect(categories).not.toContain('targeting');
    expect(categories).not.toContain('social');
    expect(categories).toContain('performance');
    // The override is recorded as coming from the signal.
    const override = h.server.records.at(-1)!.json as any;
    expect(override).toMatchObject({ source: 'gpc', gpc: true, categories: { targeting: false, social: false, performance: true } });
    // The preferences say why.
    await evaluate(s.page, 'CookieGate.showPreferences()');
    expect(await modal(s.page).locator('[role="status"].cg-gpc').isVisible()).toBe(true);
    expect(await s.page.isChecked('#cg-c-targeting')).toBe(false);

    // 3. Later, without GPC: still refused (no opt-in by the signal going away).
    await s.context.setExtraHTTPHeaders({});
    start = h.server.requests.length;
    await s.goto(path);
    await settle(h.server);
    expect(await evaluate(s.page, 'navigator.globalPrivacyControl')).toBeUndefined();
    expect(since(start, PERF)).toHaveLength(1);
    expectNoSaleOrShare(start);
    expect(await consentCategories(s.page)).not.toContain('targeting');
    expect(await banner(s.page).count()).toBe(0);
  });

  it('an explicit switch in the preferences, then Save preferences, grants targeting under GPC', async () => {
    const config = { ...BASE, records: { endpoint: '/consent-records' } };
    const path = servePage(h.server, 'gpc.html', config);
    const s = await openWithGpc(path);
    await banner(s.page).getByRole('button', { name: 'Manage preferences', exact: true }).click();
    expect(await modal(s.page).locator('[role="status"].cg-gpc').isVisible()).toBe(true);
    await s.page.check('#cg-c-targeting');
    await modal(s.page).getByRole('button', { name: 'Save preferences', exact: true }).click();
    await s.page.waitForFunction("window.targetingLoaded === 'gpc-target'");
    await settle(h.server);
    expect(await consentCategories(s.page)).toEqual(['necessary', 'targeting']);
    expect(h.server.requestsTo(TARGETING[1]!)).toHaveLength(1);
    expect(h.server.requestsTo(SOCIAL)).toHaveLength(0);
    expect(h.server.records.map((r) => r.json as any)).toMatchObject([
      { source: 'modal', action: 'custom', gpc: true, categories: { targeting: true, social: false } },
    ]);

    // The explicit grant survives a reload with the signal still on.
    const start = h.server.requests.length;
    await s.reload();
    await settle(h.server);
    expect(since(start, TARGETING[0]!)).toHaveLength(1);
    expect(await consentCategories(s.page)).toEqual(['necessary', 'targeting']);
  });

  it('"gpc": false in the config ignores the signal: Accept all grants targeting and social, no notice', async () => {
    const path = servePage(h.server, 'gpc.html', { ...BASE, gpc: false });
    const s = await openWithGpc(path);
    expect(await evaluate(s.page, 'navigator.globalPrivacyControl')).toBe(true);
    await expect.poll(() => banner(s.page).isVisible()).toBe(true);
    expect(await banner(s.page).locator('.cg-gpc').count()).toBe(0);
    await banner(s.page).getByRole('button', { name: 'Accept all', exact: true }).click();
    await s.page.waitForFunction("window.targetingLoaded === 'gpc-target'");
    await h.server.waitForRequest(SOCIAL);
    expect(await consentCategories(s.page)).toEqual(['functionality', 'necessary', 'performance', 'social', 'targeting']);
    expect(await evaluate(s.page, 'CookieGate.getConsent().gpc')).toBe(false);
  });
});
