/**
 * Vendor consent APIs through the built dist/cookiegate.js, configured by inline JSON only
 * (test/browser/pages/integrations/vendors.html): the vendors' own snippets run after cookiegate.js, their
 * scripts are stubs (stubs/matomo.js, stubs/fbevents.js) that log every call and only send hits the way the real
 * scripts do, so the server log shows whether anything was tracked before consent.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { evaluate, settle, useBrowserHarness } from '../harness';
import { BASE_CONFIG } from '../../shared/fixtures';
import { serveScript, servePage } from '../harness/integration-pages';

const h = useBrowserHarness(['dist/cookiegate.js']);

const BASE = BASE_CONFIG;
const MATOMO_HIT = '/vendor/matomo/matomo.php';
const META_HIT = '/vendor/tr';
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** Serves the page (with `config`, or the page's own), the vendor stubs and their hit endpoints. */
function setup(config?: unknown): string {
  serveScript(h.server, '/vendor/matomo/matomo.js', 'stubs/matomo.js');
  serveScript(h.server, '/vendor/fbevents.js', 'stubs/fbevents.js');
  for (const hit of [MATOMO_HIT, META_HIT]) {
    h.server.route(hit, (_req, res) => {
      res.setHeader('Content-Type', 'image/gif');
      res.end(PIXEL);
    });
  }
  return servePage(h.server, 'vendors.html', config);
}

async function loaded(page: Page): Promise<void> {
  await page.waitForFunction('window.__matomoLoaded && window.__fbLoaded');
  await settle(h.server, 300);
}

/** Matomo command names in the order matomo.js processed them. */
const matomo = (page: Page) => evaluate<string[]>(page, '(window.__matomoLog || []).map(function (c) { return c[0]; })');
/** Meta calls as `consent revoke`, `init`, `track PageView`. */
const meta = (page: Page) =>
  evaluate<string[]>(page, "(window.__fbLog || []).map(function (c) { return c[0] === 'init' ? 'init' : c.slice(0, 2).join(' '); })");
const hits = (path: string, start = 0) => h.server.requests.slice(start).filter((r) => r.path === path);

describe('vendor consent APIs (dist/cookiegate.js, JSON config)', () => {
  it('Matomo gets requireConsent before trackPageView and Meta a revoke before init; nothing is tracked before a choice', async () => {
    const s = await h.open({ path: setup() });
    await loaded(s.page);
    const m = await matomo(s.page);
    expect(m[0]).toBe('requireConsent');
    expect(m.indexOf('requireConsent')).toBeLessThan(m.indexOf('trackPageView'));
    expect(m).not.toContain('setConsentGiven');
    expect(await meta(s.page)).toEqual(['consent revoke', 'init', 'track PageView']);
    expect(hits(MATOMO_HIT)).toHaveLength(0);
    expect(hits(META_HIT)).toHaveLength(0);

    // Accept all: setConsentGiven and grant, after which the held hits go out.
    await s.page.locator('.cg-banner').getByRole('button', { name: 'Accept all', exact: true }).click();
    await h.server.waitForRequest(MATOMO_HIT);
    await h.server.waitForRequest(META_HIT);
    await settle(h.server, 300);
    const after = await matomo(s.page);
    expect(after.slice(m.length)).toEqual(['setConsentGiven']);
    expect(await meta(s.page)).toEqual(['consent revoke', 'init', 'track PageView', 'consent grant']);
    expect(hits(MATOMO_HIT)).toHaveLength(1);
    expect(hits(META_HIT).map((r) => r.url)).toEqual([META_HIT + '?ev=PageView']);

    // Withdrawal: forgetConsentGiven and revoke.
    await evaluate(s.page, 'CookieGate.rejectAll()');
    await settle(h.server, 300);
    expect((await matomo(s.page)).at(-1)).toBe('forgetConsentGiven');
    expect((await meta(s.page)).at(-1)).toBe('consent revoke');
  });

  it('grants per category: performance only gives Matomo consent, Meta stays revoked', async () => {
    const s = await h.open({ path: setup() });
    await loaded(s.page);
    await evaluate(s.page, "CookieGate.accept(['performance'])");
    await h.server.waitForRequest(MATOMO_HIT);
    await settle(h.server, 300);
    expect((await matomo(s.page)).at(-1)).toBe('setConsentGiven');
    expect(await meta(s.page)).toEqual(['consent revoke', 'init', 'track PageView', 'consent revoke']);
    expect(hits(META_HIT)).toHaveLength(0);
  });

  it('on a load with a stored choice sets each vendor state before its init', async () => {
    const path = setup();
    const s = await h.open({ path });
    await loaded(s.page);
    await evaluate(s.page, 'CookieGate.acceptAll()');
    await h.server.waitForRequest(META_HIT);
    await h.server.waitForRequest(MATOMO_HIT);
    await settle(h.server, 300);

    let start = h.server.requests.length;
    await s.reload();
    await loaded(s.page);
    const m = await matomo(s.page);
    expect(m.indexOf('requireConsent')).toBe(0);
    expect(m.indexOf('setConsentGiven')).toBeGreaterThan(0);
    expect(m.indexOf('setConsentGiven')).toBeLessThan(m.indexOf('trackPageView'));
    expect(await meta(s.page)).toEqual(['consent grant', 'init', 'track PageView']);
    expect(hits(MATOMO_HIT, start)).toHaveLength(1);
    expect(hits(META_HIT, start)).toHaveLength(1);

    // A stored refusal: revoke before init again, and nothing tracked.
    await evaluate(s.page, 'CookieGate.rejectAll()');
    start = h.server.requests.length;
    await s.reload();
    await loaded(s.page);
    const refused = await matomo(s.page);
    expect(refused[0]).toBe('requireConsent');
    expect(refused).toContain('forgetConsentGiven');
    expect(refused).not.toContain('setConsentGiven');
    expect(await meta(s.page)).toEqual(['consent revoke', 'init', 'track PageView']);
    expect(hits(MATOMO_HIT, start)).toHaveLength(0);
    expect(hits(META_HIT, start)).toHaveLength(0);
  });

  it('UET, Clarity, TikTok and a generic callback get their denied state first and follow the choice; unconfigured vendors are untouched', async () => {
    const config = {
      ...BASE,
      vendors: { uet: 'targeting', clarity: { ads: 'targeting', analytics: 'performance' }, tiktok: 'targeting' },
      callbacks: [{ category: 'performance', global: '_hsq', grant: ['setConsent', true], deny: ['setConsent', false] }],
    };
    const s = await h.open({ path: setup(config) });
    await loaded(s.page);
    expect(s.cookiegateErrors).toEqual([]);
    // Matomo and Meta are on the page but not configured: cookiegate never calls them.
    expect(await matomo(s.page)).not.toContain('requireConsent');
    expect(await meta(s.page)).toEqual(['init', 'track PageView']);
    const read = () =>
      evaluate<any>(
        s.page,
        'JSON.parse(JSON.stringify({ uet: window.uetq, clarity: (window.clarity && window.clarity.q || []).map(function (a) { return Array.prototype.slice.call(a); }), ttq: Array.prototype.slice.call(window.ttq || []), hsq: window._hsq }))',
      );
    const before = await read();
    expect(before.uet).toEqual(['consent', 'default', { ad_storage: 'denied' }]);
    expect(before.clarity).toEqual([['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }]]);
    expect(before.ttq).toEqual([['holdConsent']]);
    expect(before.hsq).toBeUndefined(); // nothing before a choice

    await evaluate(s.page, "CookieGate.accept(['performance'])");
    // The generic callback is a file of its own, loaded with the first choice: its push follows.
    await expect.poll(async () => (await read()).hsq).toEqual([['setConsent', true]]);
    const after = await read();
    expect(after.uet.slice(3)).toEqual(['consent', 'update', { ad_storage: 'denied' }]);
    expect(after.clarity.slice(1)).toEqual([['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }]]);
    expect(after.ttq.slice(1)).toEqual([['revokeConsent']]);
    expect(after.hsq).toEqual([['setConsent', true]]);

    await evaluate(s.page, 'CookieGate.acceptAll()');
    const all = await read();
    expect(all.uet.slice(6)).toEqual(['consent', 'update', { ad_storage: 'granted' }]);
    expect(all.clarity.slice(2)).toEqual([['consentv2', { ad_Storage: 'granted', analytics_Storage: 'granted' }]]);
    expect(all.ttq.slice(2)).toEqual([['grantConsent']]);
    expect(all.hsq).toEqual([['setConsent', true]]); // performance did not change: no second push
  });
});
