/**
 * Fail closed on a bad config, through the BUILT dist/cookiegate.js: text that is not JSON, JSON that is not an
 * object, wrong types at every level, unknown categories in markup, duplicate service names, regular expressions
 * that do not compile or would backtrack, and a data-config URL that 404s, returns HTML or never answers.
 * Each case: one `cookiegate:` error per problem naming its place, no request to a gated URL before a choice,
 * no uncaught error, and the banner still works with what was valid.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, settle, useBrowserHarness } from '../harness';
import { cookieGate, serveJson, visibleBanners, waitForBanner } from '../harness/script-tag-pages';
import {
  ANY_FIXTURE,
  GATED_MARKUP,
  GATED_PATHS,
  PAGE_ALIVE,
  clickAcceptAll,
  expectAllActivatedOnce,
  expectFailedClosed,
  hardeningPage,
  inlineConfigText,
} from '../harness/hardening';

const h = useBrowserHarness(['dist/cookiegate.js']);

/** Opens a page, waits for the banner, checks nothing optional ran; returns the session. */
async function openGated(path: string) {
  const s = await h.open({ path });
  await waitForBanner(s.page);
  await expectFailedClosed(s, h.server);
  return s;
}

describe('config that cannot be used', () => {
  for (const [name, text] of [
    ['not JSON', '{ revision: 1, "controller": '],
    ['empty', ''],
    ['a JavaScript object literal', "{ revision: 1, controller: { name: 'X' } }"],
  ] as const) {
    it(`${name}: one error naming the config script, defaults run, nothing optional loads, Accept all still works`, async () => {
      const s = await openGated(hardeningPage(h.server, '/hd/config-text.html', { before: inlineConfigText(text) }));
      expect(s.cookiegateErrors).toHaveLength(1);
      expect(s.cookiegateErrors[0]).toMatch(/^cookiegate: config <script id="cookiegate-config">: not valid JSON/);
      await clickAcceptAll(s.page);
      await expectAllActivatedOnce(s, h.server);
    });
  }

  for (const value of ['[1, 2]', '"performance"', '42', 'true']) {
    it(`JSON that is not an object (${value}): one error at "config", defaults run`, async () => {
      const s = await openGated(hardeningPage(h.server, '/hd/config-type.html', { before: inlineConfigText(value) }));
      expect(s.cookiegateErrors).toEqual([expect.stringMatching(/^cookiegate: config: expected an object, got /)]);
      expect(await evaluate(s.page, 'window.CookieGate.$config.get().categories.length')).toBe(5);
    });
  }

  it('wrong types at every level: one error per path, the valid rest is used, nothing optional loads', async () => {
    const config = {
      revision: '2',
      controller: { name: 'Typed Ltd', policyUrl: 7 },
      categories: {
        performance: { title: 5, readOnly: 'yes', services: { ga: { label: ['GA'], cookies: '_ga' } } },
        targeting: 'off',
        social: { services: [] },
      },
      googleConsentMode: 'yes',
      gpc: 'true',
      records: { endpoint: 5 },
      cookie: { name: 'bad name;', expiresDays: '182' },
      ui: { layout: 7 },
      translations: { nl: 7 },
      callbacks: {},
    };
    const s = await openGated(hardeningPage(h.server, '/hd/config-types.html', { before: inlineConfigText(JSON.stringify(config)) }));
    const paths = s.cookiegateErrors.map((e) => e.replace(/^cookiegate: /, '').split(': ')[0]);
    expect(paths.sort()).toEqual(
      [
        'revision',
        'controller.policyUrl',
        'categories.performance.title',
        'categories.performance.readOnly',
        'categories.performance.services.ga.label',
        'categories.performance.services.ga.cookies',
        'categories.targeting',
        'categories.social.services',
        'googleConsentMode',
        'gpc',
        'records.endpoint',
        'cookie.name',
        'cookie.expiresDays',
        'ui.layout',
        'translations.nl',
        'callbacks',
      ].sort(),
    );
    // What was valid is used: the controller name shows; readOnly "yes" did not make performance always on.
    expect(await s.page.locator('.cg-banner').textContent()).toContain('Typed Ltd');
    expect(await cookieGate(s.page, "hasConsent('performance')")).toBe(false);
    expect((await s.cookieNames()).filter((n) => n !== 'cookiegate')).toEqual([]);
  });

  it('an unknown category in markup: one error naming the element, never loaded, even after Accept all', async () => {
    const body =
      GATED_MARKUP +
      '<script type="text/plain" data-category="analytics" src="/fixtures/hd-unknown.js"></script>' +
      '<img data-category="Performance" data-src="/fixtures/hd-case.gif" alt="">' +
      PAGE_ALIVE;
    const s = await openGated(hardeningPage(h.server, '/hd/unknown.html', { body }));
    expect(s.cookiegateErrors).toEqual([
      'cookiegate: <script data-category="analytics" src="/fixtures/hd-unknown.js">: unknown category "analytics"; known: necessary, performance, functionality, targeting, social',
      'cookiegate: <img data-category="Performance" data-src="/fixtures/hd-case.gif">: unknown category "Performance"; known: necessary, performance, functionality, targeting, social',
    ]);
    await clickAcceptAll(s.page);
    await expectAllActivatedOnce(s, h.server);
    expect(h.server.requestsTo(/hd-unknown|hd-case/)).toEqual([]);
    expect(s.cookiegateErrors).toHaveLength(2);
  });

  it('a service name used twice: one error naming both places; the element of the dropped one never loads', async () => {
    const config = { categories: { performance: { services: { ga: {} } }, targeting: { services: { ga: {} } } } };
    const body = GATED_MARKUP + '<img data-category="targeting" data-service="ga" data-src="/fixtures/hd-dup.gif" alt="">' + PAGE_ALIVE;
    const s = await openGated(hardeningPage(h.server, '/hd/dup.html', { before: inlineConfigText(JSON.stringify(config)), body }));
    expect(s.cookiegateErrors[0]).toBe(
      'cookiegate: categories.targeting.services.ga: service "ga" is already declared in categories.performance; service names must be unique',
    );
    expect(s.cookiegateErrors[1]).toMatch(
      /^cookiegate: <img data-category="targeting" data-service="ga" data-src="\/fixtures\/hd-dup.gif">: unknown service "ga"/,
    );
    expect(s.cookiegateErrors).toHaveLength(2);
    await clickAcceptAll(s.page);
    await expectAllActivatedOnce(s, h.server);
    expect(h.server.requestsTo('/fixtures/hd-dup.gif')).toEqual([]);
  });

  it('cookie patterns that do not compile or would backtrack: each reported and dropped; a hostile cookie name cannot hang the page', async () => {
    const config = { categories: { performance: { services: { ga: { cookies: ['/(/', '/^(a+)+$/', '/(a|a)*b/', '_ga'] } } } } };
    // A cookie named to trigger catastrophic backtracking is present before cookiegate starts.
    const before =
      '<script>document.cookie = "' + 'a'.repeat(40) + '=1; path=/"; window.__t0 = performance.now();</script>' + inlineConfigText(JSON.stringify(config));
    const s = await openGated(hardeningPage(h.server, '/hd/regex.html', { before, after: '<script>window.__t1 = performance.now();</script>' }));
    expect(s.cookiegateErrors).toEqual([
      expect.stringMatching(/^cookiegate: categories\.performance\.services\.ga\.cookies\[0\]: not a valid regular expression/),
      'cookiegate: categories.performance.services.ga.cookies[1]: regular expression may backtrack catastrophically (nested or too many quantifiers); simplify it',
      'cookiegate: categories.performance.services.ga.cookies[2]: regular expression may backtrack catastrophically (nested or too many quantifiers); simplify it',
    ]);
    // Starting, erasing refused cookies included, took no noticeable time.
    expect(await evaluate<number>(s.page, 'window.__t1 - window.__t0')).toBeLessThan(1000);
    expect(await evaluate(s.page, 'window.CookieGate.$config.get().categories[1].services[0].cookies.map(function (c) { return c.name; })')).toEqual(['_ga']);
  });
  for (const [form, pattern] of [
    ['fixed-count repetition of an alternation', '/^(a|aa){31}$/'],
    ['bounded repetition of an optional', '/^(a?){25}a{25}$/'],
    ['adjacent quantifiers that overlap', '/a*a*a*a*!/'],
  ] as const) {
    it(`a cookie pattern with ${form} (${pattern}) is refused; a long cookie name cannot freeze the page`, async () => {
      const config = { categories: { performance: { services: { ga: { cookies: [pattern, '_ga'] } } } } };
      const before =
        '<script>document.cookie = "' + 'a'.repeat(200) + '=1; path=/"; window.__t0 = performance.now();</script>' + inlineConfigText(JSON.stringify(config));
      const s = await openGated(hardeningPage(h.server, '/hd/regex-count.html', { before, after: '<script>window.__t1 = performance.now();</script>' }));
      expect(s.cookiegateErrors).toEqual([
        expect.stringMatching(/^cookiegate: categories\.performance\.services\.ga\.cookies\[0\]: regular expression may backtrack catastrophically/),
      ]);
      expect(await evaluate<number>(s.page, 'window.__t1 - window.__t0')).toBeLessThan(1000);
    });
  }

  it('control characters in cookie.path, cookie.domain or cookie.name: each reported, the default used, the choice kept across loads', async () => {
    const config = { categories: { performance: { services: { ga: {} } } }, cookie: { path: '/\u0001', domain: 'example\u0000.com', name: 'cg\u0007' } };
    const s = await openGated(hardeningPage(h.server, '/hd/cookie-ctl.html', { before: inlineConfigText(JSON.stringify(config)) }));
    expect(s.cookiegateErrors.map((e) => e.replace(/^cookiegate: /, '').split(': ')[0]).sort()).toEqual(['cookie.domain', 'cookie.name', 'cookie.path']);
    await clickAcceptAll(s.page);
    await expectAllActivatedOnce(s, h.server);
    expect((await s.cookies()).find((c) => c.name === 'cookiegate')?.path).toBe('/');
    await s.reload();
    expect(await cookieGate(s.page, "hasConsent('performance')")).toBe(true);
    expect(await visibleBanners(s.page).count()).toBe(0);
  });
});

describe('data-config URL that fails', () => {
  it('404: one error naming data-config and the URL, defaults run, nothing optional loads', async () => {
    const s = await openGated(hardeningPage(h.server, '/hd/404.html', { attrs: 'data-config="/hd/missing.json"' }));
    expect(s.cookiegateErrors).toEqual(['cookiegate: data-config: could not load the config from /hd/missing.json (HTTP 404); running with the defaults']);
    await clickAcceptAll(s.page);
    await expectAllActivatedOnce(s, h.server);
  });

  it('returns HTML (a login page or soft 404 with status 200): one error, defaults run', async () => {
    serveJson(h.server, '/hd/config.json', '<!doctype html><title>Sign in</title><p>Please sign in', { type: 'text/html' });
    const s = await openGated(hardeningPage(h.server, '/hd/html.html', { attrs: 'data-config="/hd/config.json"' }));
    expect(s.cookiegateErrors).toHaveLength(1);
    expect(s.cookiegateErrors[0]).toMatch(
      /^cookiegate: data-config: could not load the config from \/hd\/config\.json \(.*JSON.*\); running with the defaults$/,
    );
    expect(await visibleBanners(s.page).count()).toBe(1);
  });

  it('never answers: nothing optional runs meanwhile, the page works, and no banner can be clicked into a grant', async () => {
    h.server.route('/hd/hang.json', () => {
      /* never answers */
    });
    const path = hardeningPage(h.server, '/hd/hang.html', { attrs: 'data-config="/hd/hang.json"' });
    const s = await h.open();
    await s.page.goto(h.server.origin + path, { waitUntil: 'load' });
    await h.server.waitForRequest('/hd/hang.json');
    await settle(h.server, 3000, 4000);
    expect(await s.page.evaluate('document.readyState')).toBe('complete');
    expect(await s.page.locator('.cg-banner').count()).toBe(0);
    await expectFailedClosed(s, h.server, 100);
    // Gated elements stay exactly as written.
    expect(await s.page.evaluate('Array.from(document.querySelectorAll("[data-category]")).map(function (e) { return e.getAttribute("src"); })')).toEqual([
      '/fixtures/hd-perf.js',
      null,
      null,
      null,
    ]);
    expect(h.server.requestsTo(ANY_FIXTURE)).toEqual([]);
    for (const p of GATED_PATHS) expect(h.server.requestsTo(p)).toEqual([]);
  });
});
