/**
 * `consent` (first choice) and `change` (a later change) reach the page both through `on()` and as
 * `cookiegate:consent` / `cookiegate:change` CustomEvents on window.
 */
import { describe, expect, it } from 'vitest';
import { CORE_PAGE, cg, evaluate, useBrowserHarness, waitForCore, windowEvents } from '../harness';
import { TEST_CONFIG } from '../../shared/fixtures';

const h = useBrowserHarness();

describe('events', () => {
  it('fires cookiegate:consent once for the first choice, then cookiegate:change for a later one', async () => {
    const s = await h.open({ config: TEST_CONFIG, path: CORE_PAGE });
    await waitForCore(s.page);
    await cg(s.page, 'acceptAll()');
    let events = await windowEvents(s.page);
    expect(events.map((e) => e.type)).toEqual(['consent']);
    expect(events[0]!.detail.consent.categories.length).toBe(5);
    expect(events[0]!.detail.previous).toBeNull();
    expect(events[0]!.detail.action).toBe('accept-all');
    expect(events[0]!.detail.source).toBe('api');

    await cg(s.page, 'rejectAll()');
    events = await windowEvents(s.page);
    expect(events.map((e) => e.type)).toEqual(['consent', 'change']);
    const change = events[1]!.detail;
    expect(change.consent.categories).toEqual(['necessary']);
    expect([...change.changed.categories].sort()).toEqual(['functionality', 'performance', 'social', 'targeting']);
    expect([...change.changed.services].sort()).toEqual(['ga', 'hj']);
    expect(change.action).toBe('reject-all');
    expect(change.remote).toBe(false);
  });

  it('calls on() listeners with the same detail, and stops after unsubscribing', async () => {
    const s = await h.open({ config: TEST_CONFIG, path: CORE_PAGE });
    await waitForCore(s.page);
    await evaluate(
      s.page,
      "window.__onCalls = []; window.__off = CG.on('change', function (d) { window.__onCalls.push(d.action) });" +
        "CG.on('consent', function (d) { window.__onCalls.push('consent:' + d.action) }); 0",
    );
    await cg(s.page, "accept(['performance'])");
    await cg(s.page, 'acceptAll()');
    await evaluate(s.page, 'window.__off()');
    await cg(s.page, 'rejectAll()');
    expect(await evaluate(s.page, 'window.__onCalls')).toEqual(['consent:custom', 'accept-all']);
    expect((await windowEvents(s.page)).map((e) => e.type)).toEqual(['consent', 'change', 'change']);
  });

  it('keeps calling other listeners when one throws, and the page sees no error', async () => {
    const s = await h.open({ config: TEST_CONFIG, path: CORE_PAGE });
    await waitForCore(s.page);
    await evaluate(s.page, "CG.on('consent', function () { throw new Error('listener bug') }); CG.on('consent', function () { window.__second = true }); 0");
    await cg(s.page, 'acceptAll()');
    expect(await evaluate(s.page, 'window.__second')).toBe(true);
    expect(s.pageErrors).toEqual([]);
    expect((await cg<any>(s.page, 'getConsent()')).categories.length).toBe(5);
  });

  it('does not fire consent or change when a stored choice is read on page load', async () => {
    const s = await h.open({ config: TEST_CONFIG, path: CORE_PAGE });
    await waitForCore(s.page);
    await cg(s.page, 'acceptAll()');
    await s.reload();
    await waitForCore(s.page);
    await s.page.waitForTimeout(200);
    expect(await windowEvents(s.page)).toEqual([]);
  });

  it('reset() forgets the choice: getConsent() is null and the next choice is a first choice again', async () => {
    const s = await h.open({ config: TEST_CONFIG, path: CORE_PAGE });
    await waitForCore(s.page);
    await cg(s.page, 'rejectAll()');
    await cg(s.page, 'reset()');
    expect(await cg(s.page, 'getConsent()')).toBeNull();
    expect((await s.cookies()).find((c) => c.name === 'cookiegate')).toBeUndefined();
    await cg(s.page, 'acceptAll()');
    expect((await windowEvents(s.page)).map((e) => e.type)).toEqual(['consent', 'consent']);
  });
});
