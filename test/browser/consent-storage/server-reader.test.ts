/**
 * `cookiegate/server` against the cookie Chromium stores: the `Cookie` header the browser sends on its next request
 * reads, on the server, as the same choice the page holds; a forged or edited cookie reads as no choice on both.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORE_PAGE, REPO_ROOT, cg, settle, useBrowserHarness, waitForCore } from '../harness';
import { TEST_CONFIG } from '../../shared/fixtures';

type ServerEntry = typeof import('../../../src/server');

const h = useBrowserHarness(['dist/core.mjs', 'dist/server.mjs']);
let server: ServerEntry;
beforeAll(async () => {
  server = (await import(pathToFileURL(join(REPO_ROOT, 'dist/server.mjs')).href)) as ServerEntry;
});

/** The `Cookie` header of the browser's last request for the core page. */
function lastCookieHeader(): string {
  const requests = h.server.requestsTo(CORE_PAGE);
  return String(requests[requests.length - 1]!.headers.cookie ?? '');
}

/** The cookie value Chromium stores after `call` (an action) on a fresh page. */
async function cookieAfter(call: string): Promise<string> {
  const first = await h.open({ config: TEST_CONFIG, path: CORE_PAGE });
  await waitForCore(first.page);
  await cg(first.page, call);
  const value = (await first.cookies()).find((c) => c.name === 'cookiegate')!.value;
  await first.close();
  return value;
}

describe('readConsent (cookiegate/server) on cookies the browser wrote', () => {
  it('reads the choice the page made, from the Cookie header of the next request', async () => {
    const s = await h.open({ config: TEST_CONFIG, path: CORE_PAGE });
    await waitForCore(s.page);
    await cg(s.page, "accept(['performance'], { ga: true, hj: false })");
    await settle(h.server, 300);
    h.server.reset();
    await s.reload();
    await waitForCore(s.page);
    const inPage = await cg(s.page, 'getConsent()');
    const header = lastCookieHeader();
    expect(header).toContain('cookiegate=');
    const read = server.readConsent(TEST_CONFIG, header);
    expect(read).toEqual(inPage);
    expect(read!.services).toEqual(['ga']);
    expect(server.consentGrants(TEST_CONFIG, read, 'performance', 'ga')).toBe(true);
    expect(server.consentGrants(TEST_CONFIG, read, 'performance', 'hj')).toBe(false);
  });

  it('reads a forged cookie (grants edited, hash kept) as no choice, as the page does', async () => {
    const value = await cookieAfter('rejectAll()');
    const fields = value.split('~');
    fields[3] = 'performance.functionality.targeting.social';
    const forged = fields.join('~');

    h.server.reset();
    const s = await h.open({ config: TEST_CONFIG, cookies: [{ name: 'cookiegate', value: forged }], path: CORE_PAGE });
    await waitForCore(s.page);
    expect(await cg(s.page, 'getConsent()')).toBeNull();
    expect(lastCookieHeader()).toContain(forged);
    expect(server.readConsent(TEST_CONFIG, lastCookieHeader())).toBeNull();
    expect(server.consentGrants(TEST_CONFIG, null, 'targeting')).toBe(false);
  });

  it('applies the Sec-GPC header as the page applies navigator.globalPrivacyControl', async () => {
    const value = await cookieAfter('acceptAll()');

    h.server.reset();
    const s = await h.open({ config: TEST_CONFIG, gpc: true, cookies: [{ name: 'cookiegate', value }], path: CORE_PAGE });
    await waitForCore(s.page);
    const request = h.server.requestsTo(CORE_PAGE)[0]!;
    const read = server.readConsent(TEST_CONFIG, String(request.headers.cookie), { gpc: request.headers['sec-gpc'] === '1' });
    const inPage = await cg<{ categories: string[]; services: string[] }>(s.page, 'getConsent()');
    expect(read!.categories).toEqual(inPage.categories);
    expect(read!.services).toEqual(inPage.services);
    expect(read!.categories).not.toContain('targeting');
  });
});
