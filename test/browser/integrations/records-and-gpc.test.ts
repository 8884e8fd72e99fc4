/**
 * Proof of consent (one record POSTed per choice) and Global Privacy Control (refuses sale/share categories).
 */
import { describe, expect, it } from 'vitest';
import { CORE_PAGE, cg, evaluate, settle, useBrowserHarness, waitForCore } from '../harness';
import { TEST_CONFIG } from '../../shared/fixtures';

const h = useBrowserHarness();

describe('consent records', () => {
  it('POSTs one complete record per choice to records.endpoint', async () => {
    const s = await h.open({ config: { ...TEST_CONFIG, records: { endpoint: '/consent-records' } }, path: CORE_PAGE });
    await waitForCore(s.page);
    await settle(h.server, 300);
    expect(h.server.records).toHaveLength(0); // no choice, no record

    await cg(s.page, 'acceptAll()');
    await h.server.waitForRequest(/^\/consent-records/);
    await cg(s.page, "accept(['performance'], { hj: false })");
    await settle(h.server);

    expect(h.server.records).toHaveLength(2);
    const [first, second] = h.server.records.map((r) => r.json as any);
    expect(first).toMatchObject({
      action: 'accept-all',
      source: 'api',
      gpc: false,
      revision: 1,
      previousConsentId: null,
      categories: { necessary: true, performance: true, functionality: true, targeting: true, social: true },
      services: { ga: true, hj: true },
    });
    expect(Number.isNaN(Date.parse(first.time))).toBe(false);
    expect(typeof first.configHash).toBe('string');
    expect(typeof first.version).toBe('string');
    expect(second.categories).toEqual({ necessary: true, performance: true, functionality: false, targeting: false, social: false });
    expect(second.services).toEqual({ ga: true, hj: false });
    expect(second.previousConsentId).toBe(first.consentId);
    expect((await cg<any>(s.page, 'getConsent()')).consentId).toBe(second.consentId);
  });
});

describe('consent records when the endpoint fails', () => {
  it('keeps a record queued until a 2xx answer and sends it again on the next page load', async () => {
    const config = { ...TEST_CONFIG, records: { endpoint: '/consent-records' } };
    const s = await h.open({ config, path: CORE_PAGE });
    await waitForCore(s.page);
    h.server.recordStatus = 500;
    await cg(s.page, 'rejectAll()');
    await h.server.waitForRequest(/^\/consent-records/);
    await settle(h.server);
    const failed = h.server.records.map((r) => r.json as any);
    expect(failed.length).toBeGreaterThanOrEqual(1);

    h.server.recordStatus = 204;
    await s.reload();
    await waitForCore(s.page);
    await settle(h.server, 800);
    const all = h.server.records.map((r) => r.json as any);
    expect(all.length).toBeGreaterThan(failed.length);
    expect(all.at(-1).consentId).toBe(failed[0].consentId);
    expect(all.at(-1).action).toBe('reject-all');

    // delivered: the next load sends nothing
    const delivered = h.server.records.length;
    await s.reload();
    await waitForCore(s.page);
    await settle(h.server, 800);
    expect(h.server.records).toHaveLength(delivered);
  });
});

describe('Global Privacy Control', () => {
  it('leaves targeting and social refused after acceptAll() when Sec-GPC is on', async () => {
    const s = await h.open({ config: TEST_CONFIG, gpc: true, path: CORE_PAGE });
    await waitForCore(s.page);
    await cg(s.page, 'acceptAll()');
    await s.page.waitForFunction("window.__cgLog.indexOf('late-perf') >= 0");
    await settle(h.server);

    expect(h.server.requestsTo('/fixtures/tracker.js')).toHaveLength(0);
    expect(h.server.requestsTo('/fixtures/embed.html')).toHaveLength(0);
    expect(h.server.requestsTo('/fixtures/ad-pixel-1x.gif')).toHaveLength(0);
    expect(h.server.requestsTo('/fixtures/ga.js')).toHaveLength(1);
    expect(await evaluate(s.page, 'window.trackerLoaded')).toBeUndefined();
    const consent = await cg<any>(s.page, 'getConsent()');
    expect([...consent.categories].sort()).toEqual(['functionality', 'necessary', 'performance']);
    expect(consent.gpc).toBe(true);
  });
  // GPC overriding a stored grant is tested once, in integrations/gpc.test.ts (what loads, what is granted, the record).
});
