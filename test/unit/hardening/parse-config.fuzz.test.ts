/**
 * Property tests of the config validator: for any JSON value, and for a valid rich config with parts replaced
 * by arbitrary JSON, `parseConfig` never throws, reports problems only from the catalogue, and never makes a
 * category granted without consent: only `necessary` and categories the input itself marks `readOnly: true`
 * are on before a choice, and `necessary` always stays read-only. Each property runs {@link RUNS} cases.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseConfig } from '../../../src/core/engine/config';
import { isSafeUrl } from '../../../src/core/engine/safe-url';
import { MESSAGES } from '../../../src/core/engine/messages';
import { getTexts } from '../../../src/core/texts/language';
import { resolveLanguage } from '../../../src/core/texts/resolve-language';
import { MAX_EXPIRES_DAYS } from '../../../src/core/engine/defaults';
import type { Config } from '../../../src/core/types';
import { AWKWARD_NAMES, HOSTILE_STRINGS, HOSTILE_URLS, RUNS } from './arbitraries';

/** A config using every section, as a site owner would write it. */
const RICH = {
  revision: 3,
  controller: { name: 'Example Ltd', policyUrl: '/privacy' },
  categories: {
    performance: {
      title: 'Analytics',
      services: {
        ga: {
          label: 'Google Analytics',
          provider: 'Google',
          purpose: 'Counting',
          policyUrl: 'https://policies.google.com/',
          cookies: ['_ga', '/^_ga_/', { name: '_gid', duration: '1 day', purpose: 'session' }],
        },
        hj: { cookies: ['/^_hjSession_/'] },
      },
    },
    targeting: { saleOrShare: true, services: { meta: { provider: 'Meta' } } },
    social: { services: { yt: {} } },
    custom: { title: 'Custom', description: 'Something else', services: { chat: {} } },
  },
  googleConsentMode: { mode: 'basic', region: ['ES', 'US-CA'], waitForUpdate: 500, urlPassthrough: false },
  gpc: true,
  records: { endpoint: '/consent-records' },
  cookie: { name: 'cookiegate', domain: 'example.com', path: '/', expiresDays: 182, rejectExpiresDays: 90 },
  language: 'auto',
  translations: { nl: { banner: { title: 'Cookies' }, categories: { custom: { title: 'Eigen' } } } },
  ui: { layout: 'bar', position: 'top', theme: 'dark' },
  reloadOnWithdraw: false,
  vendors: { meta: 'targeting:meta', clarity: { analytics: 'performance' } },
  callbacks: [{ category: 'performance', global: 'dataLayer', grant: [['event', 'ok']] }],
};

/** Every path into a JSON value, as key lists. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}
const RICH_PATHS = paths(RICH).filter((p) => p.length > 0);

/** A copy of `root` with the value at `path` replaced (or deleted when `value` is the DELETE marker). */
const DELETE = Symbol('delete');
function replaceAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(root));
  let owner = copy;
  for (const key of path.slice(0, -1)) owner = owner[key];
  const last = path[path.length - 1]!;
  if (value === DELETE) Array.isArray(owner) ? owner.splice(last as number, 1) : delete owner[last];
  else owner[last] = value;
  return copy;
}

/** Values a mutation puts somewhere: any JSON, hostile strings and URLs, awkward keys, wrong-but-close types. */
const replacementArb = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(...HOSTILE_STRINGS, ...HOSTILE_URLS, '/(/', '/^(a+)+$/', '/(a|a)*b/', '/[/', '', ' ', '-1', 'true'),
  fc.constantFrom(true, false, null, 0, -1, 1e308, 396, 1.5, [], {}, ['x'], { readOnly: true }, { readOnly: 'yes' }),
  fc.dictionary(fc.constantFrom(...AWKWARD_NAMES, 'readOnly', 'services', 'cookies'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
  fc.constant(DELETE),
);

const mutatedArb = fc.array(fc.tuple(fc.nat(RICH_PATHS.length - 1), replacementArb), { minLength: 1, maxLength: 4 }).map((edits) =>
  edits.reduce<unknown>((config, [at, value]) => {
    const live = paths(config).filter((p) => p.length > 0);
    return live.length ? replaceAt(config, live[at % live.length]!, value) : config;
  }, RICH),
);

/** Category ids the input itself marks `readOnly: true` (the only way a category may be on before a choice). */
function declaredReadOnly(input: unknown): string[] {
  const categories = input && typeof input === 'object' && !Array.isArray(input) ? (input as { categories?: unknown }).categories : undefined;
  if (!categories || typeof categories !== 'object' || Array.isArray(categories)) return [];
  return Object.entries(categories as Record<string, unknown>)
    .filter(([, c]) => c && typeof c === 'object' && (c as { readOnly?: unknown }).readOnly === true)
    .map(([id]) => id);
}

/** Everything a validated config promises, whatever came in. */
function expectSafeConfig(input: unknown, config: Config, problems: { code: string; path: string; message: string }[]): void {
  const necessary = config.categories.find((c) => c.id === 'necessary');
  expect(necessary?.readOnly).toBe(true);
  const allowedReadOnly = ['necessary', ...declaredReadOnly(input)];
  for (const category of config.categories) {
    if (category.readOnly) expect(allowedReadOnly).toContain(category.id);
    expect(category.id).toMatch(/^[a-z][a-z0-9_-]{0,31}$/i);
    expect(Array.isArray(category.services)).toBe(true);
  }
  const services = config.categories.flatMap((c) => c.services.map((s) => s.id));
  expect(new Set(services).size).toBe(services.length);
  for (const service of config.categories.flatMap((c) => c.services)) {
    expect(service.id).toMatch(/^[\w-]{1,40}$/);
    if (service.policyUrl !== undefined) expect(isSafeUrl(service.policyUrl)).toBe(true);
    for (const cookie of service.cookies) {
      expect(typeof cookie.name).toBe('string');
      if (cookie.pattern) {
        expect(cookie.pattern).toBeInstanceOf(RegExp);
        // A refused pattern never reaches the eraser; an accepted one answers at once on a hostile name.
        // (22 characters: a catastrophic pattern needs seconds here, a sound one microseconds.)
        const started = performance.now();
        cookie.pattern.test('a'.repeat(22) + '!');
        expect(performance.now() - started, cookie.name).toBeLessThan(400);
      }
    }
  }
  if (config.controller.policyUrl !== undefined) expect(isSafeUrl(config.controller.policyUrl)).toBe(true);
  if (config.records) expect(isSafeUrl(config.records.endpoint)).toBe(true);
  expect(config.cookie.expiresDays).toBeGreaterThan(0);
  expect(config.cookie.expiresDays).toBeLessThanOrEqual(MAX_EXPIRES_DAYS);
  expect(config.cookie.rejectExpiresDays).toBeLessThanOrEqual(MAX_EXPIRES_DAYS);
  expect(config.cookie.name).toMatch(/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/);
  for (const p of problems) {
    expect(Object.keys(MESSAGES)).toContain(p.code);
    expect(p.message.startsWith(p.path + ': ')).toBe(true);
  }
  // The texts for every available language build without throwing.
  for (const lang of ['en', 'de', ...Object.keys(config.translations)]) getTexts(config, lang);
}

describe('parseConfig under fuzzing (fast-check)', () => {
  it(`never throws for any JSON value and grants nothing by itself (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (input) => {
        const { config, problems } = parseConfig(input);
        expectSafeConfig(input, config, problems);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it(`never throws for any JSON object with config keys at the top (${RUNS} runs)`, () => {
    const keys = Object.keys(RICH);
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 8 }), (input) => {
        const { config, problems } = parseConfig(input);
        expectSafeConfig(input, config, problems);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it(`never throws when parts of a valid config are replaced, deleted or made hostile, and reports each change (${RUNS} runs)`, () => {
    expect(parseConfig(RICH).problems).toEqual([]);
    fc.assert(
      fc.property(mutatedArb, (input) => {
        const { config, problems } = parseConfig(input);
        expectSafeConfig(input, config, problems);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('refuses hostile URLs everywhere a URL is read, naming the path', () => {
    for (const url of HOSTILE_URLS) {
      const { config, problems } = parseConfig({
        controller: { policyUrl: url },
        records: { endpoint: url },
        categories: { performance: { services: { ga: { policyUrl: url } } } },
      });
      expect(config.controller.policyUrl).toBeUndefined();
      expect(config.records).toBeNull();
      expect(config.categories.find((c) => c.id === 'performance')!.services[0]!.policyUrl).toBeUndefined();
      expect(
        problems
          .filter((p) => p.code === 'url')
          .map((p) => p.path)
          .sort(),
      ).toEqual(['categories.performance.services.ga.policyUrl', 'controller.policyUrl', 'records.endpoint']);
    }
  });

  it('refuses every cookie pattern that backtracks catastrophically, not only a quantifier inside a quantified group', () => {
    const slow = [
      '/^(a+)+$/',
      '/(a|a)*b/',
      '/((a)+)+$/',
      '/(a{1,})+$/',
      '/(\\w|a)*!x/',
      // Bounded repetition is no safer: a fixed count of an alternation or of an optional.
      '/^(a|aa){31}$/',
      '/^(?:a|aa){3,5}$/',
      '/^(a?){25}a{25}$/',
      // No nesting, but overlapping quantifiers side by side: polynomial with a high degree.
      '/a*a*a*!/',
      '/\\w+\\w+\\w+x/',
      '/a{0,300}a{0,300}a{0,300}x/',
      '/^a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?$/',
    ];
    for (const pattern of slow) {
      const { config, problems } = parseConfig({ categories: { performance: { services: { ga: { cookies: [pattern] } } } } });
      expect(
        problems.map((p) => [p.code, p.path]),
        pattern,
      ).toEqual([['slowRegex', 'categories.performance.services.ga.cookies[0]']]);
      expect(config.categories.find((c) => c.id === 'performance')!.services[0]!.cookies).toEqual([]);
    }
    // Sound patterns stay accepted: alternation or a quantifier alone, an optional group, escaped parentheses.
    const sound = [
      '/^_ga_/',
      '/^(_ga|_gid)$/',
      '/^_hj(Session|SessionUser)_\\w+$/',
      '/^(\\w+)?x$/',
      '/^(ab)+$/',
      '/\\(a+\\)+/',
      '/^[(a+)]+$/',
      '/^_pk_(id|ses)\\.\\d+\\.[0-9a-f]+$/',
      '/^_gcl_(au|aw|dc|gb|gf|ha)$/',
      '/^a{2}b{3}$/',
      '/^_ga_\\w+?$/',
    ];
    for (const pattern of sound) {
      const { problems } = parseConfig({ categories: { performance: { services: { ga: { cookies: [pattern] } } } } });
      expect(problems, pattern).toEqual([]);
    }
  });

  it('ignores keys a polluted Object.prototype supplies: no category made read-only, no records endpoint, no pattern', () => {
    const proto = Object.prototype as Record<string, unknown>;
    const pollution: Record<string, unknown> = {
      readOnly: true,
      records: { endpoint: 'https://evil.test/' },
      services: { evil: {} },
      cookies: ['/^(a+)+$/'],
      googleConsentMode: true,
      categories: { evil: {} },
      endpoint: 'https://evil.test/',
      name: 'evil',
      category: 'performance',
    };
    for (const [k, v] of Object.entries(pollution)) proto[k] = v;
    try {
      const { config } = parseConfig({ categories: { performance: { services: { ga: {} } }, social: {} }, records: {}, callbacks: [{}] });
      expect(config.categories.filter((c) => c.readOnly).map((c) => c.id)).toEqual(['necessary']);
      expect(config.categories.map((c) => c.id)).not.toContain('evil');
      expect(config.categories.flatMap((c) => c.services.map((s) => s.id))).toEqual(['ga']);
      expect(config.categories.find((c) => c.id === 'performance')!.services[0]!.cookies).toEqual([]);
      expect(config.records).toBeNull();
      expect(config.googleConsentMode).toBeNull();
      expect(config.callbacks).toEqual([]);
    } finally {
      for (const k of Object.keys(pollution)) delete proto[k];
    }
  });

  it('builds texts when the page language names an Object.prototype member that config has a translation for', () => {
    for (const name of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__']) {
      const { config } = parseConfig(JSON.parse('{"translations":{"' + name + '":{"banner":{"title":"x"}}}}'));
      document.documentElement.lang = name;
      const lang = resolveLanguage(config, document, undefined);
      expect(() => getTexts(config, lang), name).not.toThrow();
      expect(getTexts(config, lang).banner.acceptAll).toBeTruthy();
    }
    document.documentElement.lang = 'en';
  });
});
