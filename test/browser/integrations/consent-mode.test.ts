/**
 * Google Consent Mode v2 through the built dist/cookiegate.js, configured by inline JSON only
 * (test/browser/pages/integrations/consent-mode.html). A fake gtag.js, gated as performance, pushes `js` and
 * `config` like Google's snippet; the test reads `window.dataLayer` in order and the server's request log.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, settle, useBrowserHarness } from '../harness';
import { BASE_CONFIG } from '../../shared/fixtures';
import { allTypes, commands, dataLayer, isGtagOrEvent, serveScript, servePage, type DataLayerEntry } from '../harness/integration-pages';

const h = useBrowserHarness(['dist/cookiegate.js']);

const BASE = BASE_CONFIG;
const GTAG = '/fixtures/gtag.js';

/** Serves the page with `config` and the fake gtag.js; returns the page path. */
function setup(config: unknown): string {
  serveScript(h.server, GTAG, 'stubs/gtag.js');
  return servePage(h.server, 'consent-mode.html', config);
}

const consentEntries = (entries: DataLayerEntry[]) => entries.filter((e) => e.items[0] === 'consent');

async function clickBanner(page: import('playwright-core').Page, name: string): Promise<void> {
  await page.locator('.cg-banner').getByRole('button', { name, exact: true }).click();
}

describe('Google Consent Mode v2 (dist/cookiegate.js, JSON config)', () => {
  it('pushes consent default (all seven types, wait_for_update) as an Arguments object before any Google tag, and no gtag request before consent', async () => {
    const path = setup({ ...BASE, googleConsentMode: true });
    const s = await h.open({ path });
    await settle(h.server, 300);

    const entries = await dataLayer(s.page);
    expect(entries.length).toBeGreaterThan(0);
    const first = consentEntries(entries)[0]!;
    expect(first.kind).toBe('[object Arguments]');
    expect(first.items[0]).toBe('consent');
    expect(first.items[1]).toBe('default');
    const { wait_for_update, ...types } = first.items[2];
    expect(types).toEqual(allTypes('denied'));
    expect(typeof wait_for_update).toBe('number');
    expect(wait_for_update).toBeGreaterThan(0);
    // No choice: only the default, no update, no set commands, and the tag has not been requested.
    expect(commands(entries)).toEqual(['consent default']);
    expect(h.server.requestsTo(GTAG)).toHaveLength(0);
    expect(await evaluate(s.page, 'window.__gtagRuns')).toBeUndefined();
    expect(await s.page.locator('.cg-banner').isVisible()).toBe(true);
  });

  it('after Accept all pushes one update with all seven types granted, before the activated gtag script pushes js/config', async () => {
    const path = setup({ ...BASE, googleConsentMode: true });
    const s = await h.open({ path });
    await settle(h.server, 300);
    expect(h.server.requestsTo(GTAG)).toHaveLength(0);

    await clickBanner(s.page, 'Accept all');
    await s.page.waitForFunction('window.__gtagRuns === 1');
    const entries = await dataLayer(s.page);
    expect(entries.every(isGtagOrEvent)).toBe(true);
    expect(commands(entries)).toEqual(['consent default', 'consent update', 'event cookiegate_consent', 'js', 'config G-TEST123']);
    expect(entries[1]!.items[2]).toEqual(allTypes('granted'));
    expect(h.server.requestsTo(GTAG)).toHaveLength(1);
  });

  it('on a reload with a stored choice pushes default, then update, before the activated Google tag', async () => {
    const path = setup({ ...BASE, googleConsentMode: true });
    const s = await h.open({ path });
    await clickBanner(s.page, 'Accept all');
    await s.page.waitForFunction('window.__gtagRuns === 1');

    await s.reload();
    await s.page.waitForFunction('window.__gtagRuns === 1');
    const entries = await dataLayer(s.page);
    expect(commands(entries)).toEqual(['consent default', 'consent update', 'event cookiegate_consent', 'js', 'config G-TEST123']);
    expect(entries[0]!.items[2]).toMatchObject(allTypes('denied'));
    expect(entries[1]!.items[2]).toEqual(allTypes('granted'));
    expect(entries.every(isGtagOrEvent)).toBe(true);
  });

  it('Reject all pushes an update with everything denied but security_storage, and the Google tag never loads', async () => {
    const path = setup({ ...BASE, googleConsentMode: true });
    const s = await h.open({ path });
    await clickBanner(s.page, 'Reject all');
    await settle(h.server, 400);
    const entries = await dataLayer(s.page);
    expect(commands(entries)).toEqual(['consent default', 'consent update', 'event cookiegate_consent']);
    expect(entries[1]!.items[2]).toEqual(allTypes('denied'));
    expect(h.server.requestsTo(GTAG)).toHaveLength(0);

    await s.reload();
    await settle(h.server, 400);
    const again = await dataLayer(s.page);
    expect(commands(again)).toEqual(['consent default', 'consent update', 'event cookiegate_consent']);
    expect(again[1]!.items[2]).toEqual(allTypes('denied'));
    expect(h.server.requestsTo(GTAG)).toHaveLength(0);
  });

  it('pushes an update with everything denied when the choice is forgotten (reset)', async () => {
    const path = setup({ ...BASE, googleConsentMode: true });
    const s = await h.open({ path });
    await clickBanner(s.page, 'Accept all');
    await s.page.waitForFunction('window.__gtagRuns === 1');
    await evaluate(s.page, 'CookieGate.reset()');
    const entries = await dataLayer(s.page);
    expect(commands(entries)).toEqual(['consent default', 'consent update', 'event cookiegate_consent', 'js', 'config G-TEST123', 'consent update']);
    expect(entries[5]!.items[2]).toEqual(allTypes('denied'));
    expect(await s.page.locator('.cg-banner').isVisible()).toBe(true);
  });

  it('maps categories: performance only grants analytics_storage, nothing else', async () => {
    const path = setup({ ...BASE, googleConsentMode: true });
    const s = await h.open({ path });
    await evaluate(s.page, "CookieGate.accept(['performance'])");
    await s.page.waitForFunction('window.__gtagRuns === 1');
    const entries = await dataLayer(s.page);
    expect(commands(entries)).toEqual(['consent default', 'consent update', 'event cookiegate_consent', 'js', 'config G-TEST123']);
    expect(entries[1]!.items[2]).toEqual({ ...allTypes('denied'), analytics_storage: 'granted' });
  });

  it('pushes url_passthrough / ads_data_redaction set commands only when configured, after default and before any tag', async () => {
    // Not configured: no set entries at all.
    let path = setup({ ...BASE, googleConsentMode: true });
    let s = await h.open({ path });
    await clickBanner(s.page, 'Accept all');
    await s.page.waitForFunction('window.__gtagRuns === 1');
    expect(commands(await dataLayer(s.page)).filter((c) => c.startsWith('set'))).toEqual([]);
    await s.close();
    h.server.reset();

    path = setup({ ...BASE, googleConsentMode: { urlPassthrough: true, adsDataRedaction: true } });
    s = await h.open({ path });
    await clickBanner(s.page, 'Accept all');
    await s.page.waitForFunction('window.__gtagRuns === 1');
    const entries = await dataLayer(s.page);
    const list = commands(entries);
    expect(list[0]).toBe('consent default');
    expect(list.slice(1, 3).sort()).toEqual(['set ads_data_redaction', 'set url_passthrough']);
    expect(list.slice(3)).toEqual(['consent update', 'event cookiegate_consent', 'js', 'config G-TEST123']);
    for (const e of entries.slice(1, 3)) {
      expect(e.kind).toBe('[object Arguments]');
      expect(e.items[2]).toBe(true);
    }
  });

  it('passes a valid region list and waitForUpdate through to default', async () => {
    const path = setup({ ...BASE, googleConsentMode: { region: ['ES', 'US-AK'], waitForUpdate: 1200 } });
    const s = await h.open({ path });
    const [first] = await dataLayer(s.page);
    expect(first!.items.slice(0, 2)).toEqual(['consent', 'default']);
    expect(first!.items[2].region).toEqual(['ES', 'US-AK']);
    expect(first!.items[2].wait_for_update).toBe(1200);
    expect(s.cookiegateErrors).toEqual([]);
  });

  it('rejects "EU" as a region with a cookiegate: error naming googleConsentMode.region[0], and still pushes a default', async () => {
    const path = setup({ ...BASE, googleConsentMode: { region: ['EU', 'DE'] } });
    const s = await h.open({ path });
    expect(s.cookiegateErrors).toHaveLength(1);
    expect(s.cookiegateErrors[0]).toContain('googleConsentMode.region[0]');
    const [first] = await dataLayer(s.page);
    expect(first!.items.slice(0, 2)).toEqual(['consent', 'default']);
    expect(first!.items[2].region ?? []).not.toContain('EU');
    const { wait_for_update: _w, region: _r, ...types } = first!.items[2];
    expect(types).toEqual(allTypes('denied'));
    expect(s.pageErrors).toEqual([]);
  });

  it('logs a warning for mode "advanced" and none for the basic default', async () => {
    const warnings = async (config: unknown) => {
      const path = setup(config);
      const s = await h.open();
      const seen: string[] = [];
      s.page.on('console', (m) => {
        if (m.type() === 'warning') seen.push(m.text());
      });
      await s.goto(path);
      await s.close();
      // Advice comes as `cookiegate advice:`; an error-prefixed warning would count too.
      return seen.filter((t) => /^cookiegate( advice)?:/.test(t));
    };
    expect(await warnings({ ...BASE, googleConsentMode: true })).toEqual([]);
    const advanced = await warnings({ ...BASE, googleConsentMode: { mode: 'advanced' } });
    expect(advanced).toHaveLength(1);
    expect(advanced[0]).toMatch(/advanced/);
  });

  it('never defines window.__tcfapi, and leaves an existing one untouched', async () => {
    const path = setup({ ...BASE, googleConsentMode: true });
    let s = await h.open({ path });
    await clickBanner(s.page, 'Accept all');
    expect(await evaluate(s.page, "typeof window.__tcfapi + ' ' + ('__tcfapi' in window)")).toBe('undefined false');
    await s.close();

    s = await h.open({
      initScript:
        'window.__realCmp = function __tcfapi(command, version, callback) { callback && callback({ cmpId: 999 }, true); };' +
        'window.__tcfapi = window.__realCmp;',
    });
    const warnings: string[] = [];
    s.page.on('console', (m) => {
      if (m.type() === 'warning' && m.text().startsWith('cookiegate')) warnings.push(m.text());
    });
    await s.goto(path);
    // the site owner is told that two consent tools are on the page
    expect(warnings).toEqual([expect.stringMatching(/^cookiegate advice: window\.__tcfapi: another consent tool/)]);
    await clickBanner(s.page, 'Accept all');
    await s.page.waitForFunction('window.__gtagRuns === 1');
    expect(await evaluate(s.page, 'window.__tcfapi === window.__realCmp')).toBe(true);
    expect(await evaluate(s.page, "new Promise(function (r) { window.__tcfapi('ping', 2, function (d) { r(d.cmpId); }); })")).toBe(999);
  });

  it('with a GPC signal, Accept all grants analytics but keeps the three ad types denied', async () => {
    const path = setup({ ...BASE, googleConsentMode: true });
    const s = await h.open({ gpc: true, path });
    await clickBanner(s.page, 'Accept all');
    await s.page.waitForFunction('window.__gtagRuns === 1');
    const entries = await dataLayer(s.page);
    expect(commands(entries)).toEqual(['consent default', 'consent update', 'event cookiegate_consent', 'js', 'config G-TEST123']);
    expect(entries[1]!.items[2]).toEqual({
      ...allTypes('granted'),
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
    });
  });

  it('a stored grant overridden by GPC on load pushes only an update with the ad types denied', async () => {
    const path = setup({ ...BASE, googleConsentMode: true });
    const s = await h.open({
      initScript: "if (/[?&]gpc=1/.test(location.search)) Object.defineProperty(navigator, 'globalPrivacyControl', { value: true });",
    });
    await s.goto(path);
    await clickBanner(s.page, 'Accept all');
    await s.page.waitForFunction('window.__gtagRuns === 1');
    expect((await dataLayer(s.page))[1]!.items[2]).toEqual(allTypes('granted'));

    await s.goto(path + '?gpc=1');
    await s.page.waitForFunction('window.__gtagRuns === 1');
    const entries = await dataLayer(s.page);
    expect(commands(entries)).toEqual(['consent default', 'consent update', 'event cookiegate_consent', 'js', 'config G-TEST123']);
    expect(entries[1]!.items[2]).toEqual({
      ...allTypes('granted'),
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
    });
  });
});
