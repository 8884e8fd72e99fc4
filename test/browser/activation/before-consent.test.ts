/**
 * Nothing optional before a choice (ePrivacy Art. 5(3)): a fresh profile, gated elements of every category,
 * no input. Checked from the server's request log and the browser's cookie jar.
 */
import { describe, expect, it } from 'vitest';
import { ANY_FIXTURE, CORE_PAGE, cg, fixtureLog, gatedElements, settle, useBrowserHarness, waitForCore, windowEvents } from '../harness';
import { TEST_CONFIG } from '../../shared/fixtures';

const h = useBrowserHarness();

describe('before a choice', () => {
  it('makes zero requests to blocked scripts, iframes and images and sets no cookie', async () => {
    const s = await h.open({ config: TEST_CONFIG, path: CORE_PAGE });
    await waitForCore(s.page);
    await settle(h.server, 800);

    expect(h.server.requestsTo('/dist/core.mjs')).toHaveLength(1); // the page did load the core
    expect(h.server.requestsTo(ANY_FIXTURE).map((r) => r.url)).toEqual([]);
    expect(await fixtureLog(s.page)).toEqual([]);
    expect(await s.cookies()).toEqual([]);
    expect(await cg(s.page, 'getConsent()')).toBeNull();
    expect(await cg(s.page, '$ui.get().banner')).toBe(true);
    expect(s.pageErrors).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });

  it('marks every gated element blocked and leaves it inert', async () => {
    const s = await h.open({ config: TEST_CONFIG, path: CORE_PAGE });
    await waitForCore(s.page);
    await s.page.waitForFunction('window.__cgLateAdded === true');
    await settle(h.server);

    const elements = await gatedElements(s.page);
    expect(elements).toHaveLength(12);
    for (const el of elements) {
      expect(el.state, el.tag + ' ' + (el.src ?? el.dataSrc)).toBe('blocked');
      if (el.tag === 'script') expect(el.type).toBe('text/plain');
      if (el.tag === 'iframe' || el.tag === 'img') expect(el.src).toBeNull();
      if (el.tag === 'img') expect(el.srcset).toBeNull();
    }
    expect(h.server.requestsTo(ANY_FIXTURE)).toHaveLength(0);
  });

  it('answers hasConsent() with false for every optional category and true for necessary', async () => {
    const s = await h.open({ config: TEST_CONFIG, path: CORE_PAGE });
    await waitForCore(s.page);
    for (const category of ['performance', 'functionality', 'targeting', 'social']) {
      expect(await cg(s.page, `hasConsent(${JSON.stringify(category)})`), category).toBe(false);
    }
    expect(await cg(s.page, "hasConsent('performance', 'ga')")).toBe(false);
    expect(await cg(s.page, "hasConsent('necessary')")).toBe(true);
    expect(await windowEvents(s.page)).toEqual([]);
  });

  it('grants nothing on scrolling, clicking the page, pressing Escape or waiting', async () => {
    const s = await h.open({ config: TEST_CONFIG, path: CORE_PAGE });
    await waitForCore(s.page);
    await s.page.mouse.wheel(0, 2000);
    await s.page.mouse.click(200, 20);
    await s.page.keyboard.press('Escape');
    await s.page.keyboard.press('Tab');
    await s.page.waitForTimeout(1500);
    await settle(h.server);
    expect(h.server.requestsTo(ANY_FIXTURE)).toHaveLength(0);
    expect(await cg(s.page, 'getConsent()')).toBeNull();
    expect(await s.cookies()).toEqual([]);
  });
});
