/**
 * What consent switches on: every gated element of the granted categories loads, scripts run in document order
 * (as the page would have run them), modules stay modules, and nothing of a refused category loads.
 */
import { describe, expect, it } from 'vitest';
import {
  ALL_GATED,
  ANY_FIXTURE,
  CLASSIC_SCRIPT_ORDER,
  CORE_PAGE,
  GATED,
  OPTIONAL_CATEGORIES,
  cg,
  evaluate,
  fixtureLog,
  gatedElements,
  runCounts,
  settle,
  useBrowserHarness,
  waitForCore,
  type PageSession,
} from '../harness';
import { TEST_CONFIG } from '../../shared/fixtures';

const h = useBrowserHarness();

async function openCore(): Promise<PageSession> {
  const s = await h.open({ config: TEST_CONFIG, path: CORE_PAGE });
  await waitForCore(s.page);
  await s.page.waitForFunction('window.__cgLateAdded === true');
  return s;
}

/** Waits until every script of the page has run (the slow one takes 400 ms). */
async function waitForScripts(s: PageSession, names: string[]): Promise<void> {
  await s.page
    .waitForFunction('var log = window.__cgLog || []; ' + JSON.stringify(names) + '.every(function (n) { return log.indexOf(n) >= 0; })', undefined, {
      timeout: 5000,
    })
    .catch(async () => {
      throw new Error('scripts did not all run; log: ' + JSON.stringify(await fixtureLog(s.page)));
    });
  await settle(h.server);
}

describe('acceptAll()', () => {
  it('loads every blocked script, iframe and image exactly once', async () => {
    const s = await openCore();
    await cg(s.page, 'acceptAll()');
    await waitForScripts(s, CLASSIC_SCRIPT_ORDER);

    for (const path of ALL_GATED) expect(h.server.requestsTo(path), path).toHaveLength(1);
    const elements = await gatedElements(s.page);
    for (const el of elements) expect(el.state, el.tag + ' ' + (el.src ?? el.dataSrc)).toBe('active');
    const iframe = elements.find((el) => el.tag === 'iframe')!;
    expect(iframe.src).toBe('/fixtures/embed.html');
    expect(await s.page.frameLocator('#social-embed').locator('#fixture').textContent()).toBe('embed');
    expect(s.pageErrors).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });

  it('runs blocked scripts in document order: an inline script after a slow external one sees its global', async () => {
    const s = await openCore();
    await cg(s.page, 'acceptAll()');
    await waitForScripts(s, CLASSIC_SCRIPT_ORDER);
    const log = await fixtureLog(s.page);
    expect(log.filter((entry) => CLASSIC_SCRIPT_ORDER.includes(entry))).toEqual(CLASSIC_SCRIPT_ORDER);
    // and each external script was requested only after the one before it had run
    const slow = h.server.requestsTo('/slow/perf-slow.js')[0]!;
    const ga = h.server.requestsTo('/fixtures/ga.js')[0]!;
    expect(ga.time - slow.time).toBeGreaterThanOrEqual(350);
  });

  it('runs data-type="module" scripts as modules, external and inline', async () => {
    const s = await openCore();
    await cg(s.page, 'acceptAll()');
    await waitForScripts(s, ['func-module', 'func-inline-module:string']);
    const modules = await evaluate<string[]>(s.page, 'window.__cgModules || []');
    expect(modules).toEqual(['func-module ' + h.server.origin + '/fixtures/func-module.js?module=1']);
    expect(await runCounts(s.page)).toMatchObject({ 'func-module': 1 });
    expect(s.pageErrors).toEqual([]);
  });

  it('gives an img[data-srcset] its srcset and it loads the matching candidate', async () => {
    const s = await openCore();
    await cg(s.page, 'acceptAll()');
    await s.page.waitForFunction("document.getElementById('ad-pixel').complete && document.getElementById('ad-pixel').currentSrc !== ''");
    expect(await s.page.getAttribute('#ad-pixel', 'srcset')).toBe('/fixtures/ad-pixel-1x.gif 1x, /fixtures/ad-pixel-2x.gif 2x');
    expect(await evaluate(s.page, "document.getElementById('ad-pixel').currentSrc")).toBe(h.server.origin + '/fixtures/ad-pixel-1x.gif');
    expect(h.server.requestsTo('/fixtures/ad-pixel-1x.gif')).toHaveLength(1);
  });

  it('stores every category and service and reports it through getConsent() and hasConsent()', async () => {
    const s = await openCore();
    await cg(s.page, 'acceptAll()');
    const consent = await cg<any>(s.page, 'getConsent()');
    expect([...consent.categories].sort()).toEqual(['functionality', 'necessary', 'performance', 'social', 'targeting']);
    expect([...consent.services].sort()).toEqual(['ga', 'hj']);
    expect(consent.consentId).toMatch(/^[0-9a-f-]{16,}$/i);
    expect(Number.isNaN(Date.parse(consent.consentTime))).toBe(false);
    expect(consent.revision).toBe(1);
    for (const category of OPTIONAL_CATEGORIES) expect(await cg(s.page, `hasConsent('${category}')`), category).toBe(true);
    expect(await cg(s.page, "hasConsent('performance', 'hj')")).toBe(true);
  });

  it('activates everything again on the next page load, without another call', async () => {
    const s = await openCore();
    await cg(s.page, 'acceptAll()');
    await waitForScripts(s, CLASSIC_SCRIPT_ORDER);
    h.server.reset();
    await s.reload();
    await waitForCore(s.page);
    await waitForScripts(s, CLASSIC_SCRIPT_ORDER);
    for (const path of ALL_GATED) expect(h.server.requestsTo(path), path).toHaveLength(1);
    expect((await fixtureLog(s.page)).filter((e) => CLASSIC_SCRIPT_ORDER.includes(e))).toEqual(CLASSIC_SCRIPT_ORDER);
  });
});

describe("accept(['performance'])", () => {
  it('loads only the performance elements', async () => {
    const s = await openCore();
    await cg(s.page, "accept(['performance'])");
    await waitForScripts(s, ['perf-slow', 'perf-inline:perf-slow', 'ga', 'hj', 'late-perf']);

    for (const path of GATED.performance) expect(h.server.requestsTo(path), path).toHaveLength(1);
    const others: string[] = [...GATED.functionality, ...GATED.targeting, ...GATED.social];
    expect(h.server.requestsTo(ANY_FIXTURE).filter((r) => others.includes(r.path))).toEqual([]);
    expect(await evaluate(s.page, 'window.trackerLoaded')).toBeUndefined();
    const consent = await cg<any>(s.page, 'getConsent()');
    expect([...consent.categories].sort()).toEqual(['necessary', 'performance']);
    expect(await cg(s.page, "hasConsent('targeting')")).toBe(false);
    for (const el of await gatedElements(s.page)) {
      expect(el.state, el.category + ' ' + (el.src ?? el.dataSrc)).toBe(el.category === 'performance' ? 'active' : 'blocked');
    }
  });

  it('loads a category granted later without running the earlier ones again', async () => {
    const s = await openCore();
    await cg(s.page, "accept(['performance'])");
    await waitForScripts(s, ['late-perf']);
    await cg(s.page, "accept(['performance', 'targeting'])");
    await waitForScripts(s, ['tracker']);
    expect(await runCounts(s.page)).toEqual({ 'perf-slow': 1, ga: 1, hj: 1, 'late-perf': 1, tracker: 1 });
    for (const path of [...GATED.performance, ...GATED.targeting]) expect(h.server.requestsTo(path), path).toHaveLength(1);
    expect(h.server.requestsTo('/fixtures/embed.html')).toHaveLength(0);
  });
});
