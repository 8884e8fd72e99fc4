/**
 * Cross-tab sync through the built dist/cookiegate.js, configured by inline JSON only
 * (test/browser/pages/integrations/cross-tab.html): two pages of one browser context on the same site.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { evaluate, settle, useBrowserHarness, windowEvents } from '../harness';
import { BASE_CONFIG } from '../../shared/fixtures';
import { allTypes, commands, dataLayer, serveScript, servePage } from '../harness/integration-pages';

const h = useBrowserHarness(['dist/cookiegate.js']);

const SOCIAL = '/fixtures/xtab-social.html';
const PERF = '/fixtures/xtab-perf.js';

const banner = (page: Page) => page.locator('.cg-banner');
const frameSrc = (page: Page) => page.getAttribute('#social-embed', 'src');

/** Page A and page B: two tabs of one profile on the page, both undecided, B marked so a reload would show. */
async function twoTabs(): Promise<{ a: Page; b: Page }> {
  const path = servePage(h.server, 'cross-tab.html');
  const s = await h.open({ path });
  const b = await s.context.newPage();
  await b.goto(h.server.origin + path, { waitUntil: 'load' });
  await evaluate(b, 'window.__noReload = true');
  await expect.poll(() => banner(s.page).isVisible()).toBe(true);
  await expect.poll(() => banner(b).isVisible()).toBe(true);
  await settle(h.server, 300);
  expect(h.server.requestsTo(PERF)).toHaveLength(0);
  return { a: s.page, b };
}

describe('cross-tab sync (dist/cookiegate.js, JSON config)', () => {
  it('Accept all in tab A closes tab B’s banner and activates B’s gated elements without a reload', async () => {
    const { a, b } = await twoTabs();
    await banner(a).getByRole('button', { name: 'Accept all', exact: true }).click();

    await expect.poll(() => banner(b).count()).toBe(0);
    await b.waitForFunction("window.perfLoaded === 'xtab-perf'");
    await expect.poll(() => frameSrc(b)).toBe(SOCIAL);
    expect(await b.getAttribute('#perf-pixel', 'src')).toBe('/fixtures/xtab-pixel.gif');
    expect(await evaluate(b, 'window.__noReload')).toBe(true);
    // Both tabs hold the same choice (the cookie is the truth), and B heard about it as a first choice.
    const idA = await evaluate(a, 'CookieGate.getConsent().consentId');
    expect(await evaluate(b, 'CookieGate.getConsent().consentId')).toBe(idA);
    const events = await windowEvents(b);
    expect(events.map((e) => e.type)).toEqual(['consent']);
    // Each tab loaded the performance script once: A and B.
    await settle(h.server, 300);
    expect(h.server.requestsTo(PERF)).toHaveLength(2);
  });

  it('a withdrawal in tab A resets tab B’s iframe and fires cookiegate:change in B', async () => {
    const { a, b } = await twoTabs();
    await evaluate(a, 'CookieGate.acceptAll()');
    // B is a background page: Chromium may run its work later than a visible page's, more so on a loaded machine.
    await expect.poll(() => frameSrc(b), { timeout: 15_000 }).toBe(SOCIAL);
    const before = (await windowEvents(b)).length;

    // A withdraws social (keeps the rest).
    await evaluate(a, "CookieGate.accept(['performance', 'functionality', 'targeting'])");
    await expect.poll(() => frameSrc(b)).toBeNull();
    expect(await b.getAttribute('#social-embed', 'data-src')).toBe(SOCIAL);
    expect(await evaluate(b, 'window.__noReload')).toBe(true);
    const events = (await windowEvents(b)).slice(before);
    expect(events.map((e) => e.type)).toEqual(['change']);
    expect(events[0]!.detail.changed.categories).toEqual(['social']);
    expect(events[0]!.detail.consent.categories).not.toContain('social');
    expect(await evaluate(b, "CookieGate.hasConsent('social')")).toBe(false);
    expect(await evaluate(b, "CookieGate.hasConsent('performance')")).toBe(true);

    // Forgetting the choice in A brings B's banner back.
    await evaluate(a, 'CookieGate.reset()');
    await expect.poll(() => banner(b).isVisible()).toBe(true);
    expect(await evaluate(b, 'CookieGate.getConsent()')).toBeNull();
    expect(await evaluate(b, 'window.__noReload')).toBe(true);
  });

  it('in tab B, a remote choice pushes its own Consent Mode update before B’s Google tag, and is recorded once (by A)', async () => {
    serveScript(h.server, '/fixtures/gtag.js', 'stubs/gtag.js');
    const config = {
      ...BASE_CONFIG,
      googleConsentMode: true,
      records: { endpoint: '/consent-records' },
    };
    const path = servePage(h.server, 'consent-mode.html', config);
    const s = await h.open({ path });
    const b = await s.context.newPage();
    await b.goto(h.server.origin + path, { waitUntil: 'load' });
    await expect.poll(() => banner(b).isVisible()).toBe(true);

    await banner(s.page).getByRole('button', { name: 'Accept all', exact: true }).click();
    await b.waitForFunction('window.__gtagRuns === 1');
    const entries = await dataLayer(b);
    expect(commands(entries)).toEqual(['consent default', 'consent update', 'event cookiegate_consent', 'js', 'config G-TEST123']);
    expect(entries[1]!.items[2]).toEqual(allTypes('granted'));
    await settle(h.server, 500);
    expect(h.server.records.map((r) => (r.json as any).source)).toEqual(['banner']);
  });
});
