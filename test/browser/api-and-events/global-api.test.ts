/**
 * `window.CookieGate` and the `cookiegate:consent` / `cookiegate:change` window events from the BUILT
 * dist/cookiegate.js: what a site owner calls from an inline script or the console.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, fixtureLog, settle, useBrowserHarness, windowEvents } from '../harness';
import { ANY_FIXTURE, cookieGate, serveHtml, spreadPage, visibleBanners, waitForBanner } from '../harness/script-tag-pages';

const h = useBrowserHarness(['dist/cookiegate.js']);

const CONFIG = {
  revision: 3,
  controller: { name: 'Api Ltd', policyUrl: '/privacy' },
  categories: { performance: { services: { stats: { label: 'Stats', cookies: ['_stats'] } } } },
};

async function openApiPage() {
  const headStart = '<script type="application/json" id="cookiegate-config">' + JSON.stringify(CONFIG) + '</script>';
  const path = serveHtml(h.server, '/st/api.html', spreadPage({ placement: 'head sync', headStart }));
  const s = await h.open({ path });
  await waitForBanner(s.page);
  return s;
}

type Consent = { categories: string[]; services: string[]; consentId: string; consentTime: string; updateTime: string; revision: number };

describe('window.CookieGate from the script tag', () => {
  it('exposes the documented API and the version', async () => {
    const s = await openApiPage();
    const types = await evaluate<Record<string, string>>(
      s.page,
      "(function () { var o = {}; ['init', 'show', 'hide', 'showPreferences', 'acceptAll', 'rejectAll', 'accept', 'getConsent', 'hasConsent', 'reset', 'on'].forEach(function (k) { o[k] = typeof window.CookieGate[k]; }); return o; })()",
    );
    expect(Object.values(types)).toEqual(Array(11).fill('function'));
    expect(await evaluate(s.page, 'window.CookieGate.version')).toMatch(/^\d+\.\d+\.\d+/);
    expect(await cookieGate(s.page, 'getConsent()')).toBeNull();
    expect(await cookieGate(s.page, "hasConsent('performance')")).toBe(false);
    expect(await cookieGate(s.page, "hasConsent('necessary')")).toBe(true);
  });

  it('acceptAll() grants and runs everything, fires cookiegate:consent once, and getConsent() describes it', async () => {
    const s = await openApiPage();
    await cookieGate(s.page, 'acceptAll()');
    await s.page.waitForFunction('(window.__cgLog || []).length === 3');
    const consent = await cookieGate<Consent>(s.page, 'getConsent()');
    expect(consent.categories).toEqual(['necessary', 'performance', 'functionality', 'targeting', 'social']);
    expect(consent.services).toEqual(['stats']);
    expect(consent.revision).toBe(3);
    expect(consent.consentId).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Date(consent.consentTime).toISOString()).toBe(consent.consentTime);
    expect(await cookieGate(s.page, "hasConsent('performance', 'stats')")).toBe(true);
    expect(await visibleBanners(s.page).count()).toBe(0);
    const events = await windowEvents(s.page);
    expect(events.map((e) => e.type)).toEqual(['consent']);
    expect(events[0]!.detail.consent.consentId).toBe(consent.consentId);
    expect(events[0]!.detail.source).toBe('api');
    expect(await s.cookieNames()).toEqual(['cookiegate']);
  });

  it('rejectAll() keeps only necessary; accept() grants exactly what it names; each later choice fires cookiegate:change', async () => {
    const s = await openApiPage();
    await cookieGate(s.page, 'rejectAll()');
    let consent = await cookieGate<Consent>(s.page, 'getConsent()');
    expect(consent.categories).toEqual(['necessary']);
    await settle(h.server, 300);
    expect(h.server.requestsTo(ANY_FIXTURE)).toEqual([]);

    await cookieGate(s.page, "accept(['functionality', 'targeting'])");
    await s.page.waitForFunction('(window.__cgLog || []).length === 2');
    consent = await cookieGate<Consent>(s.page, 'getConsent()');
    expect(consent.categories).toEqual(['necessary', 'functionality', 'targeting']);
    expect(await cookieGate(s.page, "hasConsent('performance')")).toBe(false);
    expect(await fixtureLog(s.page)).toEqual(['inline-func', 'end-target']);
    expect(h.server.requestsTo('/fixtures/head-perf.js')).toEqual([]);

    // A service on its own, without its category.
    await cookieGate(s.page, "accept(['functionality', 'targeting'], ['stats'])");
    expect(await cookieGate(s.page, "hasConsent('performance', 'stats')")).toBe(true);
    expect(await cookieGate(s.page, "hasConsent('performance')")).toBe(false);

    const events = await windowEvents(s.page);
    expect(events.map((e) => e.type)).toEqual(['consent', 'change', 'change']);
    expect(events[1]!.detail.changed.categories.sort()).toEqual(['functionality', 'targeting']);
    expect(events[2]!.detail.changed).toEqual({ categories: [], services: ['stats'] });
  });

  it('on() subscribes and its return value unsubscribes', async () => {
    const s = await openApiPage();
    await evaluate(
      s.page,
      "window.__seen = []; window.__off = window.CookieGate.on('change', function (d) { window.__seen.push(d.action); }); window.CookieGate.on('consent', function (d) { window.__seen.push('first:' + d.action); }); 0",
    );
    await cookieGate(s.page, 'rejectAll()');
    await cookieGate(s.page, 'acceptAll()');
    await evaluate(s.page, 'window.__off()');
    await cookieGate(s.page, 'rejectAll()');
    expect(await evaluate(s.page, 'window.__seen')).toEqual(['first:reject-all', 'accept-all']);
    // The window event still fires for the last change.
    expect((await windowEvents(s.page)).map((e) => e.type)).toEqual(['consent', 'change', 'change']);
  });

  it('show()/hide() toggle the banner and showPreferences() opens the dialog, none of them granting anything', async () => {
    const s = await openApiPage();
    await cookieGate(s.page, 'hide()');
    expect(await visibleBanners(s.page).count()).toBe(0);
    await cookieGate(s.page, 'show()');
    expect(await visibleBanners(s.page).count()).toBe(1);
    await cookieGate(s.page, 'showPreferences()');
    await s.page.getByRole('dialog').waitFor();
    await s.page.keyboard.press('Escape');
    await s.page.getByRole('dialog').waitFor({ state: 'detached' });
    await settle(h.server, 300);
    expect(await cookieGate(s.page, 'getConsent()')).toBeNull();
    expect(h.server.requestsTo(ANY_FIXTURE)).toEqual([]);
    expect(await windowEvents(s.page)).toEqual([]);
  });

  it('reset() forgets the choice and shows the banner again; a reload then runs nothing', async () => {
    const s = await openApiPage();
    await cookieGate(s.page, 'acceptAll()');
    await s.page.waitForFunction('(window.__cgLog || []).length === 3');
    await cookieGate(s.page, 'reset()');
    expect(await cookieGate(s.page, 'getConsent()')).toBeNull();
    await waitForBanner(s.page);
    expect(await s.cookieNames()).not.toContain('cookiegate');

    const mark = h.server.requests.length;
    await s.reload();
    await waitForBanner(s.page);
    await settle(h.server, 300);
    expect(h.server.requests.slice(mark).filter((r) => ANY_FIXTURE.test(r.path))).toEqual([]);
    expect(await fixtureLog(s.page)).toEqual([]);
  });

  it('CookieGate.init() from the page is ignored with an error after auto-init, keeping the first config', async () => {
    const s = await openApiPage();
    await evaluate(s.page, "window.CookieGate.init({ controller: { name: 'Second Ltd' } }); 0");
    expect(s.cookiegateErrors).toHaveLength(1);
    expect(s.cookiegateErrors[0]).toMatch(/^cookiegate: init:/);
    expect(await s.page.locator('.cg-banner').textContent()).toContain('Api Ltd');
    expect(await s.page.locator('.cg-banner').count()).toBe(1);
  });
});
