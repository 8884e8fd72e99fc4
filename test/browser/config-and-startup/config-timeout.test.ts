/**
 * A `data-config` URL that never answers: nothing optional runs while waiting, and after 10 s the built-in default
 * runs, so visitors are never left without a way to choose.
 */
import { describe, expect, it } from 'vitest';
import { fixtureLog, useBrowserHarness } from '../harness';
import { ANY_FIXTURE, bannerButtons, cookieGate, serveHtml, spreadPage, waitForBanner } from '../harness/script-tag-pages';

const h = useBrowserHarness(['dist/cookiegate.js']);

describe('a data-config URL that never answers', () => {
  it('runs the defaults after 10 s with one error naming the URL, and nothing optional before or after', async () => {
    const url = '/st/hang/cookiegate.json';
    h.server.route(url, () => {
      /* never answers */
    });
    const path = serveHtml(h.server, '/st/config-hang.html', spreadPage({ placement: 'head sync', attrs: { 'data-config': url } }));
    const s = await h.open({ path });
    await h.server.waitForRequest(url);
    await s.page.waitForTimeout(5000);
    expect(await s.page.locator('.cg-banner').count()).toBe(0);
    await waitForBanner(s.page, 12_000);
    expect(await bannerButtons(s.page)).toEqual(['Accept all', 'Reject all', 'Manage preferences']);
    expect(s.cookiegateErrors).toHaveLength(1);
    expect(s.cookiegateErrors[0]).toContain(url);
    expect(s.cookiegateErrors[0]).toMatch(/no answer after 10 s/);
    expect(await cookieGate(s.page, 'getConsent()')).toBeNull();
    expect(h.server.requestsTo(ANY_FIXTURE)).toEqual([]);
    expect(await fixtureLog(s.page)).toEqual([]);
  }, 40_000);
});
