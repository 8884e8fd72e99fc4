/**
 * Ids from config that are also names of Object.prototype members (`__proto__`, `constructor`, `toString`) work like
 * any other, through the BUILT dist/cookiegate.js: the consent record lists a service named `__proto__`, the
 * preferences and an embed placeholder grant or refuse it on its own, and a category named `constructor` starts
 * collapsed and works with Google Consent Mode.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, settle, useBrowserHarness } from '../harness';
import { cookieGate, waitForBanner } from '../harness/script-tag-pages';
import { PAGE_ALIVE, clickAcceptAll, hardeningPage, inlineConfigText } from '../harness/hardening';

const h = useBrowserHarness(['dist/cookiegate.js']);

const CONFIG = {
  controller: { name: 'Keys Ltd' },
  records: { endpoint: '/consent-records' },
  categories: {
    performance: { services: { toString: { label: 'Stringer' } } },
    constructor: { title: 'Builders', services: { crane: {} } },
  },
  googleConsentMode: { mapping: { constructor: ['analytics_storage'] } },
};
/** JSON keeps `__proto__` as an own key; an object literal would not. */
const CONFIG_JSON = JSON.stringify(CONFIG).replace('"performance":{"services":{', '"performance":{"services":{"__proto__":{"label":"Proto"},');

const RECORDS = () => h.server.records.filter((r) => r.path === '/consent-records');

describe('ids named like Object.prototype members', () => {
  it('the consent record lists the service __proto__ (granted, then refused)', async () => {
    const path = hardeningPage(h.server, '/hd/keys.html', { before: inlineConfigText(CONFIG_JSON), body: PAGE_ALIVE });
    const s = await h.open({ path });
    await waitForBanner(s.page);
    await clickAcceptAll(s.page);
    await expect.poll(() => RECORDS().length).toBe(1);
    expect(RECORDS()[0]!.body).toContain('"services":{"__proto__":true,"toString":true,"crane":true}');
    expect(RECORDS()[0]!.body).toContain('"constructor":true');
    await cookieGate(s.page, 'rejectAll()');
    await expect.poll(() => RECORDS().length).toBe(2);
    expect(RECORDS()[1]!.body).toContain('"services":{"__proto__":false,"toString":false,"crane":false}');
    expect(s.pageErrors).toEqual([]);
  });

  it('the preferences refuse __proto__ alone while its category is on; Consent Mode follows the constructor category', async () => {
    const path = hardeningPage(h.server, '/hd/keys-modal.html', { before: inlineConfigText(CONFIG_JSON), body: PAGE_ALIVE });
    const s = await h.open({ path });
    await waitForBanner(s.page);
    await s.page.locator('.cg-banner').getByRole('button', { name: 'Manage preferences' }).click();
    const dialog = s.page.getByRole('dialog');
    // Builders is the constructor category: its title comes from config, and its services start collapsed.
    await expect.poll(() => dialog.getByRole('switch', { name: 'Builders' }).count()).toBe(1);
    expect(await dialog.getByRole('button', { name: 'Services: Builders' }).getAttribute('aria-expanded')).toBe('false');
    await dialog.getByRole('switch', { name: 'Performance', exact: true }).click();
    await dialog.getByRole('button', { name: 'Services: Performance' }).click();
    expect(await dialog.getByRole('switch', { name: 'Proto' }).isChecked()).toBe(true);
    await dialog.getByRole('switch', { name: 'Proto' }).click();
    expect(await dialog.getByRole('switch', { name: 'Proto' }).isChecked()).toBe(false);
    await dialog.getByRole('switch', { name: 'Builders' }).click();
    await dialog.getByRole('button', { name: 'Save preferences' }).click();
    expect(await cookieGate(s.page, "hasConsent('performance')")).toBe(true);
    expect(await cookieGate(s.page, "hasConsent('performance', 'toString')")).toBe(true);
    expect(await cookieGate(s.page, "hasConsent('performance', '__proto__')")).toBe(false);
    expect(await cookieGate(s.page, "hasConsent('constructor')")).toBe(true);
    await settle(h.server, 200);
    const updates = await evaluate<unknown[]>(
      s.page,
      'JSON.parse(JSON.stringify((window.dataLayer || []).filter(function (e) { return e[0] === "consent" && e[1] === "update"; }).map(function (e) { return e[2]; })))',
    );
    expect(updates[updates.length - 1]).toMatchObject({ analytics_storage: 'granted' });
    expect(s.pageErrors).toEqual([]);
  });

  it('an embed placeholder grants the service __proto__ alone', async () => {
    const body =
      '<iframe id="proto-frame" data-category="performance" data-service="__proto__" data-src="/fixtures/proto-embed.html" title="Embed" width="200" height="100"></iframe>' +
      PAGE_ALIVE;
    const path = hardeningPage(h.server, '/hd/keys-embed.html', { before: inlineConfigText(CONFIG_JSON), body });
    const s = await h.open({ path });
    await waitForBanner(s.page);
    await s.page.frameLocator('iframe[data-category]').first().locator('.cg-ph').getByRole('button', { name: 'Allow Proto' }).click();
    await h.server.waitForRequest('/fixtures/proto-embed.html');
    expect(await cookieGate(s.page, "hasConsent('performance', '__proto__')")).toBe(true);
    expect(await cookieGate(s.page, "hasConsent('performance', 'toString')")).toBe(false);
    expect(s.pageErrors).toEqual([]);
  });
});
