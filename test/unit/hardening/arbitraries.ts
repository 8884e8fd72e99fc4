/**
 * fast-check arbitraries shared by the hardening property tests: configs with awkward service names
 * (`constructor`, `__proto__`, one-letter names one edit apart), valid choices for them, and hostile strings.
 */
import fc from 'fast-check';
import { parseConfig } from '../../../src/core/engine/config';
import { REGIMES } from '../../../src/core/engine/regime';
import type { Config, Consent } from '../../../src/core/types';

/** Runs per property: every property states its count so the closing note can add them up. */
export const RUNS = 2000;

/** Names that are valid service names and also live on `Object.prototype` or are one edit apart. */
export const AWKWARD_NAMES = ['constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty', 'a', 'b', 'ab', 'ga', 'yt', 'x'];
export const EXTRA_CATEGORIES = ['analytics', 'ads', 'constructor', 'toString', 'valueOf'];
export const DEFAULT_OPTIONAL = ['performance', 'functionality', 'targeting', 'social'];

/** A validated config: some default categories dropped, extra ones added, services with awkward names. */
export const configArb: fc.Arbitrary<Config> = fc
  .record({
    dropped: fc.subarray(DEFAULT_OPTIONAL),
    extra: fc.subarray(EXTRA_CATEGORIES),
    services: fc.array(fc.tuple(fc.nat(8), fc.constantFrom(...AWKWARD_NAMES)), { maxLength: 8 }),
    revision: fc.nat(5),
  })
  .map(({ dropped, extra, services, revision }) => {
    const categories: Record<string, unknown> = {};
    for (const id of dropped) categories[id] = false;
    const ids = DEFAULT_OPTIONAL.filter((id) => !dropped.includes(id)).concat(extra);
    for (const id of extra) categories[id] = {};
    for (const [at, name] of services) {
      if (!ids.length) break;
      const id = ids[at % ids.length]!;
      const category = (categories[id] ??= {}) as { services?: Record<string, unknown> };
      // JSON.parse is how a config arrives: it makes "__proto__" an own key, as a site owner's file would.
      const svc = (category.services ??= JSON.parse('{}')) as Record<string, unknown>;
      Object.defineProperty(svc, name, { value: {}, enumerable: true, configurable: true, writable: true });
    }
    return parseConfig(JSON.parse(JSON.stringify({ revision, categories }))).config;
  });

/** A valid choice for `config`: any set of optional categories, each service following or overriding it. */
export function consentArb(config: Config): fc.Arbitrary<{ consent: Consent; gpcConflict: boolean; noticePending: boolean }> {
  const optional = config.categories.filter((c) => !c.readOnly).map((c) => c.id);
  const services = config.categories.flatMap((c) => c.services.map((s) => ({ id: s.id, category: c.id })));
  return fc
    .record({
      granted: fc.subarray(optional),
      overrides: fc.array(fc.constantFrom<'follow' | 'on' | 'off'>('follow', 'follow', 'on', 'off'), {
        minLength: services.length,
        maxLength: services.length,
      }),
      gpc: fc.boolean(),
      gpcConflict: fc.boolean(),
      regime: fc.constantFrom(...REGIMES),
      noticePending: fc.boolean(),
      created: fc.integer({ min: 0, max: 100 * 86400 }),
      age: fc.integer({ min: 0, max: 100 * 86400 }),
      uuid: fc.uuid({ version: 4 }),
    })
    .map(({ granted, overrides, gpc, gpcConflict, regime, noticePending, created, age, uuid }) => {
      const categories = config.categories
        .map((c) => c.id)
        .filter((id) => id === 'necessary' || config.categories.find((c) => c.id === id)!.readOnly || granted.includes(id));
      const on = services.filter((s, i) => (overrides[i] === 'follow' ? categories.includes(s.category) : overrides[i] === 'on'));
      const update = NOW - age * 1000;
      return {
        consent: {
          categories,
          services: on.map((s) => s.id),
          consentId: uuid,
          consentTime: new Date(Math.floor((update - created * 1000) / 1000) * 1000).toISOString(),
          updateTime: new Date(Math.floor(update / 1000) * 1000).toISOString(),
          revision: config.revision,
          gpc,
          regime,
        },
        gpcConflict,
        noticePending,
      };
    });
}

/** "Now" for every decode: choices are made up to 100 days before it, inside the 182-day life. */
export const NOW = Date.parse('2026-11-25T12:00:00Z');

/** Strings an attacker or a broken proxy might put anywhere: markup, script URLs, template syntax, control characters. */
export const HOSTILE_STRINGS = [
  '<img src=x onerror="window.__xss=1">',
  '"><script>window.__xss=1</script>',
  "'><svg onload=window.__xss=1>",
  '</style><script>window.__xss=1</script>',
  '<iframe src="javascript:window.__xss=1"></iframe>',
  '[click me](javascript:window.__xss=1)',
  '[click me](java\tscript:window.__xss=1)',
  '[click me](JaVaScRiPt:window.__xss=1)',
  '[click me]( \u0001javascript:window.__xss=1)',
  '[click me](data:text/html,<script>window.__xss=1</script>)',
  '[click me](vbscript:msgbox(1))',
  '[a](javascript:window.__xss=1)*<b onmouseover=window.__xss=1>*',
  '*<img src=x onerror=window.__xss=1>*',
  '{{constructor.constructor("window.__xss=1")()}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection payload, meant to stay plain text
  '${window.__xss=1}',
  '&lt;img src=x onerror=window.__xss=1&gt;',
  '\u2028\u2029<script>window.__xss=1</script>',
  'javascript:window.__xss=1',
  '<a href="javascript:window.__xss=1">x</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
];

/** URLs that must never become an `href` or `src`. */
export const HOSTILE_URLS = [
  'javascript:window.__xss=1',
  'JAVASCRIPT:window.__xss=1',
  'java\tscript:window.__xss=1',
  'java\nscript:window.__xss=1',
  ' \u0000javascript:window.__xss=1',
  'data:text/html,<script>window.__xss=1</script>',
  'vbscript:msgbox(1)',
];
