/**
 * Refusal is stored like consent: after rejectAll() nothing optional loads, now or on later page loads, and the
 * visitor is not asked again.
 */
import { describe, expect, it } from 'vitest';
import { ANY_FIXTURE, CORE_PAGE, cg, fixtureLog, gatedElements, settle, useBrowserHarness, waitForCore, windowEvents } from '../harness';
import { TEST_CONFIG } from '../../shared/fixtures';

const h = useBrowserHarness();

describe('rejectAll()', () => {
  it('loads nothing, stores only necessary, and sets only the consent cookie', async () => {
    const s = await h.open({ config: TEST_CONFIG, path: CORE_PAGE });
    await waitForCore(s.page);
    await cg(s.page, 'rejectAll()');
    await settle(h.server, 800);

    expect(h.server.requestsTo(ANY_FIXTURE).map((r) => r.url)).toEqual([]);
    expect(await fixtureLog(s.page)).toEqual([]);
    expect(await s.cookieNames()).toEqual(['cookiegate']);
    const consent = await cg<any>(s.page, 'getConsent()');
    expect(consent.categories).toEqual(['necessary']);
    expect(consent.services).toEqual([]);
  });

  it('still loads nothing after a reload, and the stored refusal is read back', async () => {
    const s = await h.open({ config: TEST_CONFIG, path: CORE_PAGE });
    await waitForCore(s.page);
    await cg(s.page, 'rejectAll()');
    const stored = await cg<any>(s.page, 'getConsent()');

    await s.reload();
    await waitForCore(s.page);
    await s.page.waitForFunction('window.__cgLateAdded === true');
    await settle(h.server, 800);

    expect(h.server.requestsTo(ANY_FIXTURE).map((r) => r.url)).toEqual([]);
    expect(await fixtureLog(s.page)).toEqual([]);
    const consent = await cg<any>(s.page, 'getConsent()');
    expect(consent).not.toBeNull();
    expect(consent.categories).toEqual(['necessary']);
    expect(consent.consentId).toBe(stored.consentId);
    for (const el of await gatedElements(s.page)) expect(el.state).toBe('blocked');
    // the refusal is a choice: nothing asks for the banner again
    expect(await cg(s.page, '$ui.get()')).toEqual({ banner: false, preferences: false });
    // a stored choice read back on load is not a new choice
    expect(await windowEvents(s.page)).toEqual([]);
    expect(await s.cookieNames()).toEqual(['cookiegate']);
  });

  it('keeps the refusal in a new page of the same site', async () => {
    const s = await h.open({ config: TEST_CONFIG, path: CORE_PAGE });
    await waitForCore(s.page);
    await cg(s.page, 'rejectAll()');
    const second = await s.context.newPage();
    await second.goto(h.server.origin + CORE_PAGE);
    await waitForCore(second);
    await settle(h.server, 600);
    expect((await cg<any>(second, 'getConsent()')).categories).toEqual(['necessary']);
    expect(h.server.requestsTo(ANY_FIXTURE)).toHaveLength(0);
  });
});
