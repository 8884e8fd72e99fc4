import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/core/engine/config';
import { isSafeUrl } from '../../../src/core/engine/safe-url';

const codes = (input: unknown) => parseConfig(input).problems.map((p) => [p.code, p.path]);

describe('parseConfig', () => {
  it('gives the five default categories with every optional one off-by-default metadata', () => {
    const { config, problems } = parseConfig(undefined);
    expect(problems).toEqual([]);
    expect(config.categories.map((c) => c.id)).toEqual(['necessary', 'performance', 'functionality', 'targeting', 'social']);
    expect(config.categories.find((c) => c.id === 'necessary')!.readOnly).toBe(true);
    expect(config.categories.filter((c) => c.saleOrShare).map((c) => c.id)).toEqual(['targeting', 'social']);
    expect(config.cookie).toMatchObject({ name: 'cookiegate', path: '/', expiresDays: 182 });
    expect(config.gpc).toBe(true);
  });

  it('merges services over the defaults and defaults a service label to its key', () => {
    const { config, problems } = parseConfig({
      categories: {
        performance: { services: { ga: { label: 'Google Analytics', provider: 'Google', cookies: ['_ga', '/^_ga_/'] } } },
        social: { services: { yt: {} } },
      },
    });
    expect(problems).toEqual([]);
    const ga = config.categories[1]!.services[0]!;
    expect(ga).toMatchObject({ id: 'ga', label: 'Google Analytics', provider: 'Google', category: 'performance' });
    expect(ga.cookies[1]!.pattern!.test('_ga_ABC')).toBe(true);
    expect(config.categories[4]!.services[0]!.label).toBe('yt');
  });

  it('drops a category set to false, adds new ones, refuses to drop necessary', () => {
    const { config, problems } = parseConfig({ categories: { social: false, necessary: false, chat: { title: 'Chat' } } });
    expect(config.categories.map((c) => c.id)).toEqual(['necessary', 'performance', 'functionality', 'targeting', 'chat']);
    expect(problems.map((p) => [p.code, p.path])).toEqual([['necessary', 'categories.necessary']]);
  });

  it('names the path of an invalid regular expression and keeps the valid cookies', () => {
    const { config, problems } = parseConfig({ categories: { performance: { services: { ga: { cookies: ['_ga', '/[/'] } } } } });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.code).toBe('regex');
    expect(problems[0]!.message).toMatch(/^categories\.performance\.services\.ga\.cookies\[1\]: not a valid regular expression/);
    expect(config.categories[1]!.services[0]!.cookies.map((c) => c.name)).toEqual(['_ga']);
  });

  it('refuses a regular expression that could backtrack catastrophically', () => {
    expect(codes({ categories: { performance: { services: { x: { cookies: ['/^(a+)+$/'] } } } } })).toEqual([
      ['slowRegex', 'categories.performance.services.x.cookies[0]'],
    ]);
  });

  it('reports unknown keys at every level, since typos are the common bug', () => {
    expect(
      codes({
        revison: 2,
        categories: { performance: { servces: {}, services: { ga: { lable: 'x' } } } },
        cookie: { expires: 3 },
        ui: { theme: 'dark', colour: 'red' },
        translations: { en: { banner: { titel: 'x' } } },
      }),
    ).toEqual([
      ['unknownKey', 'revison'],
      ['unknownKey', 'categories.performance.servces'],
      ['unknownKey', 'categories.performance.services.ga.lable'],
      ['unknownKey', 'cookie.expires'],
      ['unknownKey', 'translations.en.banner.titel'],
      ['unknownKey', 'ui.colour'],
    ]);
  });

  it('reports wrong types with what was expected and what was found', () => {
    const { problems, config } = parseConfig({ revision: 'two', gpc: 'yes', cookie: { expiresDays: 400 }, categories: { performance: 3 } });
    expect(problems.map((p) => p.message)).toEqual([
      'revision: expected a whole number ≥ 0, got "two"',
      'categories.performance: expected an object or false, got number 3',
      'gpc: expected true or false, got "yes"',
      'cookie.expiresDays: expected a number of days above 0, at most 395, got number 400',
    ]);
    expect(config.revision).toBe(1);
    expect(config.gpc).toBe(true);
    expect(config.cookie.expiresDays).toBe(182);
  });

  it('reports a config that is not an object and runs the defaults', () => {
    const { config, problems } = parseConfig('nope');
    expect(problems[0]!.code).toBe('type');
    expect(config.categories).toHaveLength(5);
  });

  it('refuses javascript: URLs for the policy link', () => {
    const { config, problems } = parseConfig({ controller: { name: 'X', policyUrl: 'java\tscript:alert(1)' } });
    expect(problems.map((p) => p.code)).toEqual(['url']);
    expect(config.controller).toEqual({ name: 'X' });
    expect(isSafeUrl('/privacy')).toBe(true);
    expect(isSafeUrl('https://example.test/p')).toBe(true);
    expect(isSafeUrl('data:text/html,x')).toBe(false);
  });

  it('rejects a service name used twice', () => {
    expect(codes({ categories: { performance: { services: { x: {} } }, targeting: { services: { x: {} } } } })).toEqual([
      ['duplicateService', 'categories.targeting.services.x'],
    ]);
  });

  it('validates Consent Mode regions: EU is not an ISO 3166-2 code', () => {
    const { config, problems } = parseConfig({ googleConsentMode: { region: ['ES', 'US-CA', 'EU', 'de'] } });
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['region', 'googleConsentMode.region[2]'],
      ['region', 'googleConsentMode.region[3]'],
    ]);
    // One wrong code drops the list: the denied defaults then apply everywhere, never to fewer regions than meant.
    expect(config.googleConsentMode!.region).toBeUndefined();
    expect(parseConfig({ googleConsentMode: { region: ['ES', 'US-CA'] } }).config.googleConsentMode!.region).toEqual(['ES', 'US-CA']);
    expect(config.googleConsentMode!.mode).toBe('basic');
  });

  it('turns googleConsentMode: true into basic mode with the default mapping', () => {
    const gcm = parseConfig({ googleConsentMode: true }).config.googleConsentMode!;
    expect(gcm.mapping.targeting).toEqual(['ad_storage', 'ad_user_data', 'ad_personalization']);
    expect(gcm.urlPassthrough).toBe(false);
  });

  it('keeps a refusal lifetime apart from a grant lifetime', () => {
    const { config } = parseConfig({ cookie: { expiresDays: 395, rejectExpiresDays: 182 } });
    expect(config.cookie).toMatchObject({ expiresDays: 395, rejectExpiresDays: 182 });
  });

  it('refuses to make a built-in optional category always on, but allows it for a category of the site owner', () => {
    const { config, problems } = parseConfig({ categories: { performance: { readOnly: true }, security: { readOnly: true } } });
    expect(problems.map((p) => [p.code, p.path])).toEqual([['readOnly', 'categories.performance.readOnly']]);
    expect(config.categories.find((c) => c.id === 'performance')!.readOnly).toBe(false);
    expect(config.categories.find((c) => c.id === 'security')!.readOnly).toBe(true);
  });

  it('takes a callback global as a plain name only: "_hsq.push" is told to write "_hsq", other paths and a missing name are refused', () => {
    const { config, problems } = parseConfig({
      callbacks: [
        { category: 'targeting', global: '_hsq.push', grant: ['x'] },
        { category: 'necessary', global: 'location.assign', grant: ['/x'] },
        { category: 'necessary', grant: ['x'] },
        { category: 'performance', global: '_paq', grant: ['setConsentGiven'] },
      ],
    });
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['pushPath', 'callbacks[0].global'],
      ['type', 'callbacks[1].global'],
      ['type', 'callbacks[2].global'],
    ]);
    expect(problems[0]!.message).toBe('callbacks[0].global: "_hsq.push" is a path; write "_hsq": an array or a queue object is pushed to');
    expect(problems[2]!.message).toMatch(/without dots, like "dataLayer", got nothing$/);
    expect(config.callbacks.map((c) => c.global)).toEqual(['_paq']);
  });

  it('refuses control characters in cookie.name, cookie.domain and cookie.path, naming the character, and keeps the defaults', () => {
    const { config, problems } = parseConfig({ cookie: { name: 'cg\u0007', domain: 'example\u0000.com', path: '/\u0001', expiresDays: 30 } });
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['controlChar', 'cookie.name'],
      ['controlChar', 'cookie.domain'],
      ['controlChar', 'cookie.path'],
    ]);
    expect(problems[2]!.message).toBe('cookie.path: has the control character "\\u0001", which makes browsers refuse the cookie; remove it');
    expect(config.cookie).toMatchObject({ name: 'cookiegate', path: '/', expiresDays: 30 });
    expect(config.cookie.domain).toBeUndefined();
    expect(codes({ cookie: { path: '/shop\u007f' } })).toEqual([['controlChar', 'cookie.path']]);
  });

  it('reports a text key named like an Object.prototype member as unknown; a categories key __proto__ stays an own key', () => {
    expect(codes({ translations: { nl: { banner: { constructor: 'x', title: 'Cookies' } } } })).toEqual([['unknownKey', 'translations.nl.banner.constructor']]);
    const { config } = parseConfig(JSON.parse('{"translations":{"nl":{"categories":{"__proto__":{"title":"X"}}}}}'));
    const categories = (config.translations.nl as { categories: object }).categories;
    expect(Object.getPrototypeOf(categories)).toBe(Object.prototype);
    expect(Object.keys(categories)).toEqual(['__proto__']);
  });
});
