/**
 * Cross-tab sync and Google Consent Mode, seen from the page: what other tabs load, and what `window.dataLayer`
 * holds when a gated Google tag runs.
 */
import { describe, expect, it } from 'vitest';
import { CORE_PAGE, cg, evaluate, fixtureLog, settle, useBrowserHarness, waitForCore } from '../harness';
import { TEST_CONFIG } from '../../shared/fixtures';

const h = useBrowserHarness();

describe('cross-tab', () => {
  it('applies a choice made in one tab to another open tab without a reload', async () => {
    const s = await h.open({ config: TEST_CONFIG, path: CORE_PAGE });
    await waitForCore(s.page);
    const other = await s.context.newPage();
    await other.goto(h.server.origin + CORE_PAGE);
    await waitForCore(other);
    await evaluate(other, 'window.__notReloaded = true');

    await cg(s.page, "accept(['targeting'])");
    await other.waitForFunction("window.__cgLog.indexOf('tracker') >= 0", undefined, { timeout: 5000 });
    expect(await evaluate(other, 'window.__notReloaded')).toBe(true);
    expect((await cg<any>(other, 'getConsent()')).categories.sort()).toEqual(['necessary', 'targeting']);
    const events = (await evaluate<any[]>(other, 'window.__cgEvents')).map((e) => [e.type, e.detail.remote]);
    expect(events).toEqual([['consent', true]]);
    expect(await fixtureLog(other)).not.toContain('perf-slow');
  });
});

describe('Google Consent Mode', () => {
  const GTAG = `(function () {
    var tag = document.createElement('script');
    tag.type = 'text/plain';
    tag.setAttribute('data-category', 'performance');
    tag.textContent = "window.__cgLog.push('gtag:' + JSON.stringify((window.dataLayer || []).map(function (e) { return Array.prototype.slice.call(e) })))";
    document.body.appendChild(tag);
  })(); 0`;

  it('pushes consent default (all seven types, as an arguments object) at init, before any choice', async () => {
    const s = await h.open({ config: { ...TEST_CONFIG, googleConsentMode: true }, path: CORE_PAGE });
    await waitForCore(s.page);
    // In an app, Consent Mode is a chunk of its own, loaded because the config names it: its default goes out when it is
    // here (nothing activates before), which on a loaded machine can be after init has returned.
    await s.page.waitForFunction('(window.dataLayer || []).length > 0');
    const first = await evaluate<any>(
      s.page,
      '(function (e) { return { isArray: Array.isArray(e), args: Object.prototype.toString.call(e), items: Array.prototype.slice.call(e) } })(window.dataLayer[0])',
    );
    expect(first.isArray).toBe(false);
    expect(first.args).toBe('[object Arguments]');
    expect(first.items.slice(0, 2)).toEqual(['consent', 'default']);
    expect(first.items[2]).toMatchObject({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'denied',
      functionality_storage: 'denied',
      personalization_storage: 'denied',
      security_storage: 'granted',
    });
  });

  it('pushes consent update before a gated Google tag runs', async () => {
    const s = await h.open({ config: { ...TEST_CONFIG, googleConsentMode: true }, path: CORE_PAGE });
    await waitForCore(s.page);
    await evaluate(s.page, GTAG);
    await cg(s.page, "accept(['performance'])");
    await s.page.waitForFunction("window.__cgLog.some(function (e) { return e.indexOf('gtag:') === 0 })");
    await settle(h.server);
    const entry = (await fixtureLog(s.page)).find((e) => e.startsWith('gtag:'))!;
    const seen = JSON.parse(entry.slice(5)) as unknown[][];
    const consent = seen.filter((e) => e[0] === 'consent');
    expect(consent.map((e) => e[1])).toEqual(['default', 'update']);
    expect(consent[1]![2]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied', security_storage: 'granted' });
    expect(await evaluate(s.page, 'typeof window.__tcfapi')).toBe('undefined');
  });
});
