// @vitest-environment node
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildConfig } from '../../../src/core/engine/config-build';
import { parseConfig } from '../../../src/core/engine/config';
import { GOOGLE_CONSENT_TYPES } from '../../../src/core/integrations/google-consent-types';
import { UI_CHOICES } from '../../../src/core/engine/ui-choices';
import type { UserConfig } from '../../../src/core/types';

/**
 * The script tag builds a config the visitor's cookie says was checked clean without checking it again
 * (`src/gate/read-config.ts`). That is only right if, for every config the check passes, the build alone gives the
 * config the check would: these tests hold the two equal, for the examples the repository ships and for generated ones.
 */
const examples = ['site', 'headless', 'react', 'vue', 'svelte', 'next'].map(
  (name) => JSON.parse(readFileSync(`examples/${name}/cookiegate.json`, 'utf8')) as UserConfig,
);

const word = fc.stringMatching(/^[a-z][a-z0-9_-]{0,10}$/);
const text = fc.string({ maxLength: 20 });
const cookieDecl = fc.oneof(
  fc.stringMatching(/^_[a-z]{1,6}$/),
  fc.constantFrom('/^_ga_/', '/^_pk_(id|ses)\\./i', '/^_hj/'),
  fc.record({ name: fc.stringMatching(/^_[a-z]{1,6}$/), duration: fc.constantFrom('1 year', 'session'), purpose: text }, { requiredKeys: ['name'] }),
);
const service = fc.record(
  {
    label: text,
    provider: text,
    purpose: text,
    policyUrl: fc.constantFrom('/privacy', 'https://example.com/p'),
    cookies: fc.array(cookieDecl, { maxLength: 3 }),
    hosts: fc.array(fc.constantFrom('cdn.example.com', '*.ads.example', 'www.Example.com/tag.js'), { maxLength: 2 }),
  },
  { requiredKeys: [] },
);
/** Catalogue ids inherit from their entry and may switch integrations on: the build must treat them as the check does. */
const serviceName = fc.oneof(word, fc.constantFrom('google-analytics', 'meta-pixel', 'youtube', 'hotjar', 'microsoft-clarity'));
const category = fc.record(
  {
    title: text,
    description: text,
    saleOrShare: fc.boolean(),
    services: fc.dictionary(serviceName, service, { maxKeys: 3 }),
  },
  { requiredKeys: [] },
);
const config: fc.Arbitrary<UserConfig> = fc.record(
  {
    revision: fc.nat(9),
    controller: fc.record({ name: text, policyUrl: fc.constantFrom('/privacy', 'https://example.com') }, { requiredKeys: [] }),
    categories: fc.dictionary(
      fc.constantFrom('performance', 'functionality', 'targeting', 'social', 'extra', 'more'),
      fc.oneof(category, fc.constant(false as const)),
      {
        maxKeys: 4,
      },
    ),
    googleConsentMode: fc.oneof(
      fc.boolean(),
      fc.record(
        {
          mode: fc.constantFrom('basic' as const, 'advanced' as const),
          mapping: fc.dictionary(fc.constantFrom('performance', 'necessary'), fc.subarray([...GOOGLE_CONSENT_TYPES])),
          region: fc.array(fc.constantFrom('ES', 'US-CA', 'DE'), { minLength: 1, maxLength: 2 }),
          waitForUpdate: fc.nat(10000),
          urlPassthrough: fc.boolean(),
          adsDataRedaction: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
    ),
    gpc: fc.boolean(),
    records: fc.record({ endpoint: fc.constantFrom('/consent', 'https://log.example.com/r') }),
    cookie: fc.record(
      {
        name: word,
        domain: fc.constantFrom('.example.com', 'Example.org'),
        path: fc.constantFrom('/', '/shop'),
        expiresDays: fc.integer({ min: 1, max: 395 }),
        rejectExpiresDays: fc.integer({ min: 1, max: 395 }),
      },
      { requiredKeys: [] },
    ),
    language: fc.constantFrom('auto', 'nl', 'pt-BR'),
    translations: fc.dictionary(
      fc.constantFrom('nl', 'de', 'pt-BR'),
      fc.oneof(fc.constant('/texts/nl.json'), fc.record({ reopen: text, banner: fc.record({ title: text }) }, { requiredKeys: [] })),
    ),
    ui: fc.record(Object.fromEntries(Object.entries(UI_CHOICES).map(([key, choices]) => [key, fc.constantFrom(...choices)])), { requiredKeys: [] }),
    reloadOnWithdraw: fc.boolean(),
    vendors: fc.record({ meta: fc.constant('targeting'), clarity: fc.record({ analytics: fc.constant('performance') }) }, { requiredKeys: [] }),
    callbacks: fc.array(
      fc.record(
        { category: fc.constant('necessary'), global: fc.constantFrom('dataLayer', 'onConsent'), grant: fc.array(fc.nat(3)) },
        { requiredKeys: ['category', 'global'] },
      ),
      { maxLength: 2 },
    ),
    autoBlock: fc.boolean(),
    regions: fc.dictionary(
      fc.constantFrom('default', 'US', 'US-CA'),
      fc.constantFrom('opt-in' as const, 'opt-out' as const, 'notice' as const, 'none' as const),
    ),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<UserConfig>;

describe('buildConfig', () => {
  it('gives each shipped example the config the check gives it', () => {
    for (const example of examples) {
      const checked = parseConfig(example);
      expect(checked.problems).toEqual([]);
      expect(buildConfig(example)).toStrictEqual(checked.config);
    }
  });

  it('gives every config the check passes the config the check gives it', () => {
    let clean = 0;
    fc.assert(
      fc.property(config, (generated) => {
        // As the script tag gets a config: parsed JSON (plain objects, no `undefined`).
        const input = JSON.parse(JSON.stringify(generated)) as UserConfig;
        const checked = parseConfig(input);
        // Generated references may name a category the same config removes: those are the check's to report.
        if (checked.problems.length) return;
        clean++;
        expect(buildConfig(input)).toStrictEqual(checked.config);
      }),
      { numRuns: 400 },
    );
    // The comparison must have run on most of them, or it proves nothing.
    expect(clean).toBeGreaterThan(200);
  });

  it('reads own keys only: a polluted prototype configures nothing', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.readOnly = true;
    proto.records = { endpoint: 'https://evil.example' };
    try {
      const built = buildConfig({ categories: { performance: {} } });
      expect(built.records).toBeNull();
      expect(built.categories.find((c) => c.id === 'performance')!.readOnly).toBe(false);
    } finally {
      delete proto.readOnly;
      delete proto.records;
    }
  });

  it('is the built-in default for no config', () => {
    expect(buildConfig()).toStrictEqual(parseConfig(undefined).config);
  });
});
