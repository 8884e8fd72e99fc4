/**
 * The consent cookie as the browser stores it: attributes, size, lifetime, and fail-closed reading of anything
 * that is not a valid current choice.
 */
import { describe, expect, it } from 'vitest';
import { ANY_FIXTURE, CORE_PAGE, cg, fixtureLog, settle, useBrowserHarness, waitForCore } from '../harness';
import { TEST_CONFIG } from '../../shared/fixtures';

const h = useBrowserHarness();

/** The cookie an Accept all writes under TEST_CONFIG, once everything it granted has loaded. */
async function acceptedCookie(): Promise<string> {
  const s = await h.open({ config: TEST_CONFIG, path: CORE_PAGE });
  await waitForCore(s.page);
  await cg(s.page, 'acceptAll()');
  await settle(h.server, 600); // what the grant loads must not land in the next page's request log
  const value = (await s.cookies()).find((c) => c.name === 'cookiegate')!.value;
  await s.close();
  return value;
}

/** Loads the core page in `next` and checks the stored cookie counted as no consent: nothing optional ran. */
async function expectAskedAgain(next: Awaited<ReturnType<typeof h.open>>): Promise<void> {
  h.server.reset();
  await next.goto(CORE_PAGE);
  await waitForCore(next.page);
  await settle(h.server, 600);
  expect(await cg(next.page, 'getConsent()')).toBeNull();
  expect(h.server.requestsTo(ANY_FIXTURE)).toHaveLength(0);
}
const DAY = 86_400;

describe('consent cookie', () => {
  it('is first-party, Path=/, SameSite=Lax, not Secure on http, readable by the page, kept 182 days', async () => {
    const s = await h.open({ config: TEST_CONFIG, path: CORE_PAGE });
    await waitForCore(s.page);
    await cg(s.page, 'acceptAll()');
    const cookie = (await s.cookies()).find((c) => c.name === 'cookiegate');
    expect(cookie).toBeDefined();
    expect(cookie!.domain).toBe('127.0.0.1');
    expect(cookie!.path).toBe('/');
    expect(cookie!.sameSite).toBe('Lax');
    expect(cookie!.secure).toBe(false);
    expect(cookie!.httpOnly).toBe(false);
    const days = (cookie!.expires - Date.now() / 1000) / DAY;
    expect(days).toBeGreaterThan(181);
    expect(days).toBeLessThanOrEqual(182.01);
  });

  it('takes its name and lifetime from config, capped at 395 days', async () => {
    const s = await h.open({ config: { cookie: { name: 'cg_test', expiresDays: 30 } }, path: CORE_PAGE });
    await waitForCore(s.page);
    await cg(s.page, 'acceptAll()');
    const cookies = await s.cookies();
    expect(cookies.map((c) => c.name)).toEqual(['cg_test']);
    const days = (cookies[0]!.expires - Date.now() / 1000) / DAY;
    expect(days).toBeGreaterThan(29);
    expect(days).toBeLessThanOrEqual(30.01);
  });

  it('never outlives 395 days, even when config asks for more', async () => {
    const s = await h.open({ config: { cookie: { expiresDays: 1000 } }, path: CORE_PAGE });
    await waitForCore(s.page);
    await cg(s.page, 'acceptAll()');
    const cookie = (await s.cookies()).find((c) => c.name === 'cookiegate')!;
    expect((cookie.expires - Date.now() / 1000) / DAY).toBeLessThanOrEqual(395.01);
    expect(s.cookiegateErrors.join('\n')).toContain('cookie.expiresDays');
  });

  it('is at most 200 bytes with the default config after acceptAll()', async () => {
    const s = await h.open({ config: {}, path: CORE_PAGE });
    await waitForCore(s.page);
    await cg(s.page, 'acceptAll()');
    const cookie = (await s.cookies()).find((c) => c.name === 'cookiegate')!;
    expect(Buffer.byteLength(cookie.value, 'utf8')).toBeLessThanOrEqual(200);
  });

  const corrupt = [
    'garbage',
    '',
    '%7B%22categories%22%3A%5B%22performance%22%5D%7D', // {"categories":["performance"]}
    '9.1.all.all',
    'x'.repeat(3000),
    '%E0%A4%A',
  ];
  for (const value of corrupt) {
    it(`treats a corrupt cookie (${JSON.stringify(value.slice(0, 24))}) as no consent: nothing runs`, async () => {
      const s = await h.open({ config: TEST_CONFIG, cookies: [{ name: 'cookiegate', value }], path: CORE_PAGE });
      await waitForCore(s.page);
      await settle(h.server, 600);
      expect(await cg(s.page, 'getConsent()')).toBeNull();
      expect(await cg(s.page, "hasConsent('performance')")).toBe(false);
      expect(await cg(s.page, '$ui.get().banner')).toBe(true); // asked again
      expect(h.server.requestsTo(ANY_FIXTURE).map((r) => r.url)).toEqual([]);
      expect(await fixtureLog(s.page)).toEqual([]);
      expect(s.pageErrors).toEqual([]);
    });
  }

  it('treats a cookie that was cut short as no consent', async () => {
    const s = await h.open({ config: TEST_CONFIG, path: CORE_PAGE });
    await waitForCore(s.page);
    await cg(s.page, 'acceptAll()');
    await settle(h.server, 600); // what the grant loads must not land in the next page's request log
    const value = (await s.cookies()).find((c) => c.name === 'cookiegate')!.value;
    await s.context.clearCookies();
    await s.context.addCookies([{ name: 'cookiegate', value: value.slice(0, Math.floor(value.length / 3)), url: h.server.origin }]);
    h.server.reset();
    await s.reload();
    await waitForCore(s.page);
    await settle(h.server, 600);
    expect(await cg(s.page, 'getConsent()')).toBeNull();
    expect(h.server.requestsTo(ANY_FIXTURE)).toHaveLength(0);
  });

  it('asks again when the config revision changed: a choice for revision 1 is no consent under revision 2', async () => {
    const value = await acceptedCookie();

    const next = await h.open({ config: { ...TEST_CONFIG, revision: 2 }, cookies: [{ name: 'cookiegate', value }] });
    await expectAskedAgain(next);
  });

  it('asks again when a service was added to a category the visitor had accepted', async () => {
    const value = await acceptedCookie();

    const grown = structuredClone(TEST_CONFIG) as any;
    grown.categories.performance.services.clarity = { label: 'Clarity', cookies: ['_clck'] };
    const next = await h.open({ config: grown, cookies: [{ name: 'cookiegate', value }] });
    await expectAskedAgain(next);
  });
});
