/**
 * Per-service consent: an element with `data-service` needs that service's consent, else its category's.
 */
import { describe, expect, it } from 'vitest';
import { CORE_PAGE, cg, fixtureLog, gatedElements, settle, useBrowserHarness, waitForCore } from '../harness';
import { TEST_CONFIG } from '../../shared/fixtures';

const h = useBrowserHarness();

describe('data-service', () => {
  it('keeps a refused service blocked while its category is granted', async () => {
    const s = await h.open({ config: TEST_CONFIG, path: CORE_PAGE });
    await waitForCore(s.page);
    await cg(s.page, "accept(['performance'], { hj: false })");
    await s.page.waitForFunction("window.__cgLog.indexOf('late-perf') >= 0");
    await settle(h.server);

    expect(h.server.requestsTo('/fixtures/hj.js')).toHaveLength(0);
    expect(h.server.requestsTo('/fixtures/ga.js')).toHaveLength(1);
    expect(h.server.requestsTo('/slow/perf-slow.js')).toHaveLength(1);
    expect(await fixtureLog(s.page)).toEqual(['perf-slow', 'perf-inline:perf-slow', 'ga', 'late-perf']);
    const hj = (await gatedElements(s.page)).find((el) => el.service === 'hj')!;
    expect(hj.state).toBe('blocked');
    expect(await cg(s.page, "hasConsent('performance', 'hj')")).toBe(false);
    expect(await cg(s.page, "hasConsent('performance', 'ga')")).toBe(true);
    const consent = await cg<any>(s.page, 'getConsent()');
    expect(consent.services).toEqual(['ga']);
  });

  it('loads a granted service while its category stays refused', async () => {
    const s = await h.open({ config: TEST_CONFIG, path: CORE_PAGE });
    await waitForCore(s.page);
    await cg(s.page, 'accept([], { ga: true })');
    await s.page.waitForFunction("window.__cgLog.indexOf('ga') >= 0");
    await settle(h.server);

    expect(h.server.requestsTo('/fixtures/ga.js')).toHaveLength(1);
    expect(h.server.requestsTo('/slow/perf-slow.js')).toHaveLength(0);
    expect(h.server.requestsTo('/fixtures/hj.js')).toHaveLength(0);
    expect(h.server.requestsTo('/fixtures/perf-pixel.gif')).toHaveLength(0);
    expect(await fixtureLog(s.page)).toEqual(['ga']);
    expect(await cg(s.page, "hasConsent('performance')")).toBe(false);
    expect(await cg(s.page, "hasConsent('performance', 'ga')")).toBe(true);
    expect((await cg<any>(s.page, 'getConsent()')).services).toEqual(['ga']);
  });

  it('keeps a per-service choice across a reload', async () => {
    const s = await h.open({ config: TEST_CONFIG, path: CORE_PAGE });
    await waitForCore(s.page);
    await cg(s.page, "accept(['performance'], { hj: false })");
    await settle(h.server, 600); // what the grant loads must not land in the next page's request log
    h.server.reset();
    await s.reload();
    await waitForCore(s.page);
    await s.page.waitForFunction("window.__cgLog.indexOf('late-perf') >= 0");
    await settle(h.server);
    expect(h.server.requestsTo('/fixtures/hj.js')).toHaveLength(0);
    expect(h.server.requestsTo('/fixtures/ga.js')).toHaveLength(1);
  });
});
