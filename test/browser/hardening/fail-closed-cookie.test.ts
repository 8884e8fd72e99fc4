/**
 * Fail closed on a bad consent cookie, through the BUILT dist/cookiegate.js: random bytes, a cut-off value, an
 * oversized one, another library's format, a future format version, an edited category list or exception, and a
 * second cookie of our name on the parent domain. Each means no consent: the banner shows, no gated URL is
 * requested, no gated inline script runs, the page sees no error. (test/browser/consent-storage/cookie.test.ts covers a few
 * corrupt strings through the headless core; these go through the script tag and the UI.)
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { settle, useBrowserHarness } from '../harness';
import { cookieGate, visibleBanners, waitForBanner } from '../harness/script-tag-pages';
import {
  ANY_FIXTURE,
  GATED_MARKUP,
  PAGE_ALIVE,
  clickAcceptAll,
  expectFailedClosed,
  hardeningPage,
  inlineConfigText,
  launchWithTestHosts,
  openOnHost,
} from '../harness/hardening';
import { parseConfig } from '../../../src/core/engine/config';
import { encodeConsent } from '../../../src/core/engine/cookie';

const h = useBrowserHarness(['dist/cookiegate.js']);

const CONFIG = { revision: 1, categories: { performance: { services: { ga: { cookies: ['_ga'] } } } } };
const PAGE = { before: inlineConfigText(JSON.stringify(CONFIG)) };

/** A real cookie value, written by the bundle itself for `call` (`acceptAll()`, `accept(['performance'], { ga: false })`). */
async function realCookie(call: string): Promise<string> {
  const path = hardeningPage(h.server, '/hd/cookie-source.html', { ...PAGE, body: PAGE_ALIVE });
  const s = await h.open({ path });
  await waitForBanner(s.page);
  await cookieGate(s.page, call);
  await settle(h.server, 600); // what the grant loads must not land in the next page's request log
  const cookie = (await s.cookies()).find((c) => c.name === 'cookiegate');
  await s.close();
  h.server.reset();
  expect(cookie, 'the bundle wrote its cookie').toBeDefined();
  return cookie!.value;
}

/** Opens the gated page with `value` as the consent cookie and checks that it counts as no consent. */
async function expectNoConsentWith(value: string): Promise<void> {
  const path = hardeningPage(h.server, '/hd/cookie.html', PAGE);
  const s = await h.open({ path, cookies: [{ name: 'cookiegate', value }] });
  await waitForBanner(s.page);
  // The case really ran: the browser kept the bad value and handed it to the page.
  expect(await s.page.evaluate('document.cookie.length')).toBeGreaterThanOrEqual(Math.min(value.length, 4000));
  expect(await visibleBanners(s.page).count()).toBe(1);
  expect(await cookieGate(s.page, 'getConsent()')).toBeNull();
  expect(await cookieGate(s.page, "hasConsent('performance')")).toBe(false);
  await expectFailedClosed(s, h.server);
  // A visitor's unreadable cookie is not a site owner's mistake: at most one note, never a stack of errors.
  expect(s.cookiegateErrors.length).toBeLessThanOrEqual(1);
  // The next choice replaces the bad value with a good one.
  await clickAcceptAll(s.page);
  await s.page.waitForFunction('window.__inlineRan === 1');
  const after = (await s.cookies()).filter((c) => c.name === 'cookiegate');
  expect(after).toHaveLength(1);
  expect(after[0]!.value).toMatch(/^1~1~/);
}

const COOKIE_SAFE = "!#$&'()*+-./0123456789:<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~";

describe('a bad consent cookie means no consent', () => {
  it('random bytes, percent-encoded (invalid UTF-8 and all)', async () => {
    await expectNoConsentWith(Array.from(randomBytes(96), (b) => '%' + b.toString(16).padStart(2, '0')).join(''));
  });

  it('random printable characters, tildes included', async () => {
    await expectNoConsentWith(Array.from(randomBytes(180), (b) => COOKIE_SAFE[b % COOKIE_SAFE.length]).join(''));
  });

  it('a real accept-all cookie cut short, at every field boundary and mid-field', async () => {
    const value = await realCookie('acceptAll()');
    const cuts = new Set([value.length - 1, Math.floor(value.length / 2), value.lastIndexOf('~'), value.indexOf('~', 4), 3]);
    for (const cut of cuts) {
      await expectNoConsentWith(value.slice(0, cut));
      h.server.reset();
    }
  });

  it('an oversized cookie: a real accept-all value padded to 4 kB', async () => {
    const value = await realCookie('acceptAll()');
    await expectNoConsentWith((value + '~' + 'x'.repeat(4090)).slice(0, 4080));
  });

  it("another library's format (vanilla-cookieconsent v3 JSON granting analytics)", async () => {
    const other = JSON.stringify({
      categories: ['necessary', 'performance', 'analytics', 'targeting'],
      revision: 1,
      data: null,
      consentTimestamp: new Date().toISOString(),
      consentId: '0f8fad5b-d9cb-469f-a165-70867728950e',
      services: { performance: ['ga'] },
      lastConsentTimestamp: new Date().toISOString(),
      expirationTime: Date.now() + 86400e3,
    });
    await expectNoConsentWith(encodeURIComponent(other));
  });

  it('a future format version with otherwise valid fields', async () => {
    const value = await realCookie('acceptAll()');
    await expectNoConsentWith('2' + value.slice(1));
  });

  it('a refusal whose category list was edited to grant everything', async () => {
    const value = await realCookie('rejectAll()');
    const fields = value.split('~');
    fields[3] = 'performance.functionality.targeting.social';
    await expectNoConsentWith(fields.join('~'));
  });

  it("a refused service's exception edited to a grant ('!ga' → 'ga')", async () => {
    const value = await realCookie("accept(['performance'], { ga: false })");
    expect(value).toContain('~!ga~');
    await expectNoConsentWith(value.replace('~!ga~', '~ga~'));
  });
});

describe('a second consent cookie on the parent domain', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchWithTestHosts();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const { config } = parseConfig(CONFIG);
  const value = (categories: string[], minutesAgo: number) => {
    const time = new Date(Math.floor((Date.now() - minutesAgo * 60e3) / 1000) * 1000).toISOString();
    const services = categories.includes('performance') ? ['ga'] : [];
    return encodeConsent(
      config,
      {
        categories: ['necessary', ...categories],
        services,
        consentId: '0f8fad5b-d9cb-469f-a165-70867728950e',
        consentTime: time,
        updateTime: time,
        revision: 1,
        gpc: false,
        regime: 'opt-in',
      },
      { gpcConflict: false },
    );
  };

  async function visit(cookies: Array<{ value: string; domain: string }>) {
    const path = hardeningPage(h.server, '/hd/sub.html', PAGE);
    const s = await openOnHost(
      browser,
      h.server,
      'a.test.localhost',
      cookies.map((c) => ({ name: 'cookiegate', ...c })),
    );
    await s.page.goto('http://a.test.localhost:' + h.server.port + path, { waitUntil: 'load' });
    await s.page.waitForFunction('window.CookieGate && window.CookieGate.$config.get().revision === 1');
    await settle(h.server, 400);
    return s;
  }

  it('a corrupt parent-domain cookie beside a valid host refusal: the refusal holds, nothing runs', async () => {
    const s = await visit([
      { value: value([], 5), domain: 'a.test.localhost' },
      { value: 'garbage~' + value(['performance', 'targeting', 'social'], 1), domain: '.test.localhost' },
    ]);
    expect(await s.page.evaluate('document.cookie.split("cookiegate=").length - 1')).toBe(2);
    expect(await s.page.evaluate('window.CookieGate.getConsent().categories')).toEqual(['necessary']);
    expect(await s.page.locator('.cg-banner:visible').count()).toBe(0);
    expect(h.server.requestsTo(ANY_FIXTURE)).toEqual([]);
    expect(await s.page.evaluate('window.__inlineRan === undefined && window.__pageAlive === true')).toBe(true);
    expect(s.pageErrors).toEqual([]);
    expect(s.external).toEqual([]);
    await s.close();
  });

  it('an older grant on the parent domain loses to a newer host refusal', async () => {
    const s = await visit([
      { value: value([], 1), domain: 'a.test.localhost' },
      { value: value(['performance', 'functionality', 'targeting', 'social'], 60), domain: '.test.localhost' },
    ]);
    expect(await s.page.evaluate('window.CookieGate.hasConsent("performance")')).toBe(false);
    expect(h.server.requestsTo(ANY_FIXTURE)).toEqual([]);
    expect(await s.page.evaluate('window.__inlineRan === undefined')).toBe(true);
    expect(s.pageErrors).toEqual([]);
    await s.close();
  });

  it('two corrupt cookies (host and parent domain): no consent, banner, nothing runs', async () => {
    const s = await visit([
      { value: value(['performance'], 1).replace(/^1/, '9'), domain: 'a.test.localhost' },
      { value: value(['performance', 'targeting'], 1).slice(0, 20), domain: '.test.localhost' },
    ]);
    await s.page.locator('.cg-banner').waitFor({ state: 'visible' });
    expect(await s.page.evaluate('window.CookieGate.getConsent()')).toBeNull();
    expect(h.server.requestsTo(ANY_FIXTURE)).toEqual([]);
    expect(await s.page.evaluate('window.__inlineRan === undefined')).toBe(true);
    expect(s.pageErrors).toEqual([]);
    await s.close();
  });
});

// GATED_MARKUP is what every page above carries; referenced so a reader finds it.
void GATED_MARKUP;
