/**
 * Withdrawal acts now (GDPR Art. 7(3)): cookies the activated trackers set are deleted when they are declared in
 * config, embeds go back to blocked, nothing loads on later pages, and the page is told through `change`.
 */
import { describe, expect, it } from 'vitest';
import {
  ANY_FIXTURE,
  CLASSIC_SCRIPT_ORDER,
  CORE_PAGE,
  cg,
  gatedElements,
  settle,
  useBrowserHarness,
  waitForCore,
  windowEvents,
  type PageSession,
} from '../harness';
import { TEST_CONFIG } from '../../shared/fixtures';

const h = useBrowserHarness();

async function acceptedPage(): Promise<PageSession> {
  const s = await h.open({ config: TEST_CONFIG, path: CORE_PAGE });
  await waitForCore(s.page);
  await s.page.waitForFunction('window.__cgLateAdded === true');
  // a first-party cookie of the site itself, declared nowhere: withdrawal must leave it alone
  await s.page.evaluate("document.cookie = 'site_pref=dark; path=/'");
  await cg(s.page, 'acceptAll()');
  await s.page.waitForFunction(JSON.stringify(CLASSIC_SCRIPT_ORDER) + '.every(function (n) { return window.__cgLog.indexOf(n) >= 0; })');
  await settle(h.server);
  expect(await s.cookieNames()).toEqual(['_ga', '_ga_XYZ', '_hjSession_1', 'cookiegate', 'site_pref']);
  return s;
}

describe('withdrawal', () => {
  for (const call of ['rejectAll()', 'accept([])']) {
    it(`${call} after acceptAll() deletes the declared cookies that an activated script set`, async () => {
      const s = await acceptedPage();
      await cg(s.page, call);
      await s.page.waitForTimeout(200);
      expect(await s.cookieNames()).toEqual(['cookiegate', 'site_pref']);
      expect((await cg<any>(s.page, 'getConsent()')).categories).toEqual(['necessary']);
    });
  }

  it('deletes only the withdrawn service’s cookies when one service is refused', async () => {
    const s = await acceptedPage();
    await cg(s.page, "accept(['performance', 'functionality', 'targeting', 'social'], { hj: false })");
    await s.page.waitForTimeout(200);
    expect(await s.cookieNames()).toEqual(['_ga', '_ga_XYZ', 'cookiegate', 'site_pref']);
  });

  it('puts a withdrawn iframe back to blocked', async () => {
    const s = await acceptedPage();
    expect(await s.page.getAttribute('#social-embed', 'src')).toBe('/fixtures/embed.html');
    await cg(s.page, "accept(['performance'])");
    await s.page.waitForTimeout(200);
    const iframe = (await gatedElements(s.page)).find((el) => el.tag === 'iframe')!;
    expect(iframe.state).toBe('blocked');
    expect(iframe.src === null || iframe.src === 'about:blank').toBe(true);
    expect(await s.page.frameLocator('#social-embed').locator('#fixture').count()).toBe(0);
  });

  it('fires cookiegate:change naming the withdrawn categories', async () => {
    const s = await acceptedPage();
    await cg(s.page, "accept(['performance'])");
    const events = await windowEvents(s.page);
    expect(events.map((e) => e.type)).toEqual(['consent', 'change']);
    const change = events[1]!.detail;
    expect([...change.changed.categories].sort()).toEqual(['functionality', 'social', 'targeting']);
    expect(change.consent.categories.sort()).toEqual(['necessary', 'performance']);
    expect(change.previous.categories.length).toBe(5);
  });

  it('loads nothing on the next page after a withdrawal', async () => {
    const s = await acceptedPage();
    await cg(s.page, 'rejectAll()');
    h.server.reset();
    await s.reload();
    await waitForCore(s.page);
    await settle(h.server, 800);
    expect(h.server.requestsTo(ANY_FIXTURE).map((r) => r.url)).toEqual([]);
  });

  it('clears declared cookies of refused categories again on each page load (trackers set them back)', async () => {
    const s = await h.open({ config: TEST_CONFIG, path: CORE_PAGE });
    await waitForCore(s.page);
    await cg(s.page, 'rejectAll()');
    await s.context.addCookies([
      { name: '_ga', value: 'GA1.1.2', url: h.server.origin },
      { name: '_ga_ABC', value: 'GS1.1', url: h.server.origin },
      { name: 'other', value: '1', url: h.server.origin },
    ]);
    await s.reload();
    await waitForCore(s.page);
    await s.page.waitForTimeout(200);
    expect(await s.cookieNames()).toEqual(['cookiegate', 'other']);
  });
});
