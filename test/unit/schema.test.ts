// @vitest-environment node
/**
 * `dist/cookiegate.schema.json` (generated from `UserConfig` at build) against real configs and against the runtime
 * validator: what an editor marks red must be what `parseConfig` reports, except for the few rules a JSON Schema
 * cannot express (listed in `KNOWN_DIFFERENCES`, each asserted so a change on either side shows up).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { COOKIE_NAME, LANGUAGE_CODE, parseConfig } from '../../src/core/engine/config';
import { DEFAULT_CONFIG } from '../../src/core/engine/defaults';
import type { Config, UserConfig } from '../../src/core/types';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCHEMA_FILE = join(ROOT, 'dist/cookiegate.schema.json');
const SCHEMA_URL = 'https://unpkg.com/cookiegate/dist/cookiegate.schema.json';

let schema: Record<string, unknown>;
let validate: ValidateFunction;

beforeAll(() => {
  if (!existsSync(SCHEMA_FILE)) throw new Error('dist/cookiegate.schema.json missing: run `npm run build` first');
  schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
  // strict: an unknown keyword or a malformed pattern in the generated schema fails here, not in a user's editor.
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  validate = ajv.compile(schema);
});

/** Ajv's errors as config paths in the runtime's notation (`categories.performance.services.ga.cookies[1]`). */
function schemaPaths(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    const parts = e.instancePath
      .split('/')
      .slice(1)
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    const extra =
      (e.params as Record<string, string>).additionalProperty ??
      (e.params as Record<string, string>).missingProperty ??
      (e.params as Record<string, string>).propertyName;
    if (extra !== undefined) parts.push(extra);
    return parts.reduce((path, part) => (/^\d+$/.test(part) ? path + '[' + part + ']' : path ? path + '.' + part : part), '');
  });
}

const check = (config: unknown) => {
  const schemaOk = validate(config) as boolean;
  return { schemaOk, schemaPaths: schemaPaths(validate.errors), problems: parseConfig(config).problems };
};

/** The built-in default written out as a site owner's config: every field the runtime starts with. */
function defaultAsUserConfig(config: Config): UserConfig {
  return {
    $schema: SCHEMA_URL,
    revision: config.revision,
    categories: Object.fromEntries(config.categories.map((c) => [c.id, { readOnly: c.readOnly, saleOrShare: c.saleOrShare, services: {} }])),
    googleConsentMode: config.googleConsentMode ?? false,
    gpc: config.gpc,
    cookie: { ...config.cookie },
    language: config.language,
    translations: config.translations,
    ui: { ...config.ui },
    reloadOnWithdraw: config.reloadOnWithdraw,
    vendors: config.vendors,
    callbacks: config.callbacks,
    regions: config.regions,
  };
}

/** JSON files under examples/ that are cookiegate configs (not npm, TypeScript or editor files, nor the record receiver). */
function exampleConfigs(dir = join(ROOT, 'examples')): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (['node_modules', 'dist', '.next', 'consent-log', '.vscode'].includes(name)) continue;
      found.push(...exampleConfigs(path));
    } else if (name.endsWith('.json') && !/^(package(-lock)?|tsconfig.*|jsconfig|npm-shrinkwrap)\.json$/.test(name)) {
      found.push(path);
    }
  }
  return found;
}

describe('the generated JSON Schema', () => {
  it('is draft-07, names its public URL and describes every top-level field', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toBe(SCHEMA_URL);
    const definitions = schema.definitions as Record<string, { properties?: Record<string, { description?: string }> }>;
    const top = definitions.UserConfig!.properties!;
    expect(Object.keys(top)).toEqual(
      expect.arrayContaining([
        '$schema',
        'revision',
        'controller',
        'categories',
        'googleConsentMode',
        'gpc',
        'records',
        'cookie',
        'language',
        'translations',
        'ui',
      ]),
    );
    const undescribed = Object.entries(top)
      .filter(([, field]) => !field.description)
      .map(([key]) => key);
    expect(undescribed).toEqual([]);
    expect(top.gpc).toMatchObject({ type: 'boolean', default: true });
  });

  it('keeps only defaults that are values of their field, moving worded ones into the description', () => {
    const defaults: Array<{ path: string; node: Record<string, unknown> }> = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      if ('default' in node && 'type' in node) defaults.push({ path, node: node as Record<string, unknown> });
      for (const [key, value] of Object.entries(node)) walk(value, path + '/' + key);
    };
    walk(schema, '#');
    expect(defaults.length).toBeGreaterThan(10);
    for (const { path, node } of defaults) {
      const types = ([] as string[]).concat(node.type as string);
      const value = node.default;
      expect(
        types.some((t) => (t === 'integer' ? Number.isInteger(value) : typeof value === t)),
        path,
      ).toBe(true);
      if (node.enum) expect(node.enum, path).toContain(value);
    }
    const label = (schema.definitions as Record<string, { properties: Record<string, { description: string; default?: unknown }> }>).UserService!.properties
      .label!;
    expect(label.default).toBeUndefined();
    expect(label.description).toContain("Default: the service's key");
  });

  it('accepts the built-in default config, written out in full, and parseConfig reads it back unchanged', () => {
    const user = defaultAsUserConfig(DEFAULT_CONFIG);
    const { schemaOk, schemaPaths: paths, problems } = check(user);
    expect(paths).toEqual([]);
    expect(schemaOk).toBe(true);
    expect(problems).toEqual([]);
    expect(parseConfig(user).config).toEqual(DEFAULT_CONFIG);
  });

  it('accepts the config shape from the contract', () => {
    const contract = {
      $schema: SCHEMA_URL,
      revision: 1,
      controller: { name: 'Example Ltd', policyUrl: '/privacy' },
      categories: {
        performance: { services: { ga: { label: 'Google Analytics', provider: 'Google', cookies: ['_ga', '/^_ga_/'] } } },
        targeting: { saleOrShare: true },
      },
      googleConsentMode: { mode: 'basic' },
      gpc: true,
      records: { endpoint: '/consent-records' },
      cookie: { name: 'cookiegate', domain: 'example.com', expiresDays: 182 },
      language: 'auto',
      translations: { nl: { banner: { title: 'Wij gebruiken cookies' } } },
    };
    const result = check(contract);
    expect(result.schemaPaths).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  it('accepts every example config (examples/**/*.json)', () => {
    const files = exampleConfigs();
    // The framework examples each read their config from a JSON file; an empty list would make this test vacuous.
    expect(files.length, 'example configs found').toBeGreaterThanOrEqual(1);
    for (const file of files) {
      const config = JSON.parse(readFileSync(file, 'utf8'));
      const result = check(config);
      expect(result.schemaPaths, relative(ROOT, file) + ' against the schema').toEqual([]);
      expect(
        result.problems.map((p) => p.message),
        relative(ROOT, file) + ' in parseConfig',
      ).toEqual([]);
    }
  });
});

/** Configs both sides must accept. */
const VALID: Record<string, unknown> = {
  'an empty config': {},
  'Consent Mode as true': { googleConsentMode: true },
  'Consent Mode in full': {
    googleConsentMode: {
      mode: 'advanced',
      mapping: { performance: ['analytics_storage'] },
      region: ['ES', 'US-CA'],
      waitForUpdate: 2000,
      urlPassthrough: true,
      adsDataRedaction: false,
    },
  },
  'a dropped and an added category with an empty service': {
    categories: { social: false, newsletter: { title: 'Newsletter', services: { mailchimp: {} } } },
  },
  'cookie settings at their limits': { cookie: { name: 'cg_consent', domain: '.example.com', path: '/shop', expiresDays: 395, rejectExpiresDays: 0.5 } },
  'every ui field': { ui: { layout: 'bar', position: 'top', align: 'center', theme: 'dark', reopen: false, closeButton: true, disabled: true } },
  'cookie declarations as objects': {
    categories: { performance: { services: { ga: { cookies: [{ name: '_ga', duration: '2 years', purpose: 'Tells visits apart' }, '/^_gid$/i'] } } } },
  },
  'callbacks and vendors that name existing categories': {
    callbacks: [
      { category: 'performance', global: 'dataLayer', grant: [{ event: 'analytics_on' }], deny: [] },
      { category: 'targeting', global: '_hsq' },
    ],
    vendors: { meta: 'targeting', clarity: { ads: 'targeting', analytics: 'performance' } },
  },
  'a language code with a region and a translation': {
    language: 'pt-BR',
    translations: { 'pt-BR': { reopen: 'Preferências de cookies', categories: { performance: { title: 'Desempenho' } } } },
  },
  'regions by country, subdivision and default, in every regime': {
    regions: { US: 'opt-out', 'US-CA': 'opt-out', 'US-TX': 'notice', BR: 'none', default: 'opt-in' },
  },
  'absolute http(s) policy and record URLs': {
    controller: { policyUrl: 'https://example.com/privacy' },
    records: { endpoint: 'https://consent.example.com/records?site=1' },
  },
};

/** Configs both sides must refuse, with the path the runtime names (and the schema points at). */
const INVALID: Record<string, { config: unknown; code: string; path: string }> = {
  'a config that is not an object': { config: ['revision'], code: 'type', path: 'config' },
  'revision as a string': { config: { revision: '2' }, code: 'type', path: 'revision' },
  'a fractional revision': { config: { revision: 1.5 }, code: 'type', path: 'revision' },
  'a negative revision': { config: { revision: -1 }, code: 'type', path: 'revision' },
  'a misspelt top-level key': { config: { revison: 1 }, code: 'unknownKey', path: 'revison' },
  'a misspelt category key': { config: { categories: { performance: { servces: {} } } }, code: 'unknownKey', path: 'categories.performance.servces' },
  'a category that is true': { config: { categories: { performance: true } }, code: 'type', path: 'categories.performance' },
  'a category id with spaces': { config: { categories: { 'my ads': {} } }, code: 'type', path: 'categories.my ads' },
  'a service name with spaces': {
    config: { categories: { social: { services: { 'you tube': {} } } } },
    code: 'type',
    path: 'categories.social.services.you tube',
  },
  'an empty cookie name': {
    config: { categories: { social: { services: { yt: { cookies: [{ name: '' }] } } } } },
    code: 'type',
    path: 'categories.social.services.yt.cookies[0].name',
  },
  'gpc as a string': { config: { gpc: 'yes' }, code: 'type', path: 'gpc' },
  'an unknown layout': { config: { ui: { layout: 'sidebar' } }, code: 'type', path: 'ui.layout' },
  'reopen as true': { config: { ui: { reopen: true } }, code: 'type', path: 'ui.reopen' },
  'an unknown Consent Mode mode': { config: { googleConsentMode: { mode: 'full' } }, code: 'type', path: 'googleConsentMode.mode' },
  'an unknown Google consent type': {
    config: { googleConsentMode: { mapping: { performance: ['analytics'] } } },
    code: 'type',
    path: 'googleConsentMode.mapping.performance[0]',
  },
  'waitForUpdate above 10 seconds': { config: { googleConsentMode: { waitForUpdate: 20000 } }, code: 'range', path: 'googleConsentMode.waitForUpdate' },
  'EU as a region': { config: { googleConsentMode: { region: ['ES', 'EU'] } }, code: 'region', path: 'googleConsentMode.region[1]' },
  'a lower-case region': { config: { googleConsentMode: { region: ['es'] } }, code: 'region', path: 'googleConsentMode.region[0]' },
  'EU as a regions key': { config: { regions: { EU: 'opt-in' } }, code: 'regionKey', path: 'regions.EU' },
  'a lower-case regions key': { config: { regions: { 'us-ca': 'opt-out' } }, code: 'regionKey', path: 'regions.us-ca' },
  'a regime that does not exist': { config: { regions: { 'US-CA': 'optout' } }, code: 'regime', path: 'regions.US-CA' },
  'a cookie lifetime above 395 days': { config: { cookie: { expiresDays: 400 } }, code: 'type', path: 'cookie.expiresDays' },
  'a cookie lifetime of 0 days': { config: { cookie: { rejectExpiresDays: 0 } }, code: 'type', path: 'cookie.rejectExpiresDays' },
  'a cookie name with a space': { config: { cookie: { name: 'my cookie' } }, code: 'type', path: 'cookie.name' },
  'a cookie domain with a semicolon': { config: { cookie: { domain: 'example.com; path=/' } }, code: 'type', path: 'cookie.domain' },
  'a cookie path without a slash': { config: { cookie: { path: 'shop' } }, code: 'type', path: 'cookie.path' },
  'records without an endpoint': { config: { records: {} }, code: 'type', path: 'records.endpoint' },
  'a javascript: record endpoint': { config: { records: { endpoint: 'javascript:alert(1)' } }, code: 'url', path: 'records.endpoint' },
  'a data: policy URL': { config: { controller: { policyUrl: 'data:text/html,<script>alert(1)</script>' } }, code: 'url', path: 'controller.policyUrl' },
  'a language that is not a code': { config: { language: 'english!' }, code: 'type', path: 'language' },
  'a callback global with a space': { config: { callbacks: [{ category: 'performance', global: 'data layer' }] }, code: 'type', path: 'callbacks[0].global' },
  'a callback global with dots ("_hsq.push")': {
    config: { callbacks: [{ category: 'performance', global: '_hsq.push' }] },
    code: 'pushPath',
    path: 'callbacks[0].global',
  },
  'a callback global that is a path to a DOM method': {
    config: { callbacks: [{ category: 'performance', global: 'document.body.insertAdjacentHTML' }] },
    code: 'type',
    path: 'callbacks[0].global',
  },
  'a control character in the cookie path': { config: { cookie: { path: '/\u0001' } }, code: 'controlChar', path: 'cookie.path' },
  'a control character in the cookie domain': { config: { cookie: { domain: 'example.com\u007f' } }, code: 'controlChar', path: 'cookie.domain' },
  'a callback without a category': { config: { callbacks: [{ global: 'dataLayer' }] }, code: 'type', path: 'callbacks[0].category' },
  'a translation under a key that is not a language code': {
    config: { translations: { constructor: { reopen: 'x' } } },
    code: 'type',
    path: 'translations.constructor',
  },
  'a misspelt text key': { config: { translations: { nl: { banner: { titel: 'Cookies' } } } }, code: 'unknownKey', path: 'translations.nl.banner.titel' },
};

/**
 * Where the two legitimately differ. The schema checks each value on its own; these rules need the whole config
 * (cross-references, uniqueness) or running code (compiling a regular expression), which JSON Schema cannot do.
 * An editor will not mark them; `parseConfig` still reports them at run time.
 */
const KNOWN_DIFFERENCES: Record<string, { config: unknown; code: string; path: string }> = {
  'a regular expression that does not compile': {
    config: { categories: { performance: { services: { ga: { cookies: ['/_ga[/'] } } } } },
    code: 'regex',
    path: 'categories.performance.services.ga.cookies[0]',
  },
  'a regular expression that backtracks catastrophically': {
    config: { categories: { performance: { services: { ga: { cookies: ['/^(a+)+$/'] } } } } },
    code: 'slowRegex',
    path: 'categories.performance.services.ga.cookies[0]',
  },
  'one service name in two categories': {
    config: { categories: { performance: { services: { hub: {} } }, targeting: { services: { hub: {} } } } },
    code: 'duplicateService',
    path: 'categories.targeting.services.hub',
  },
  'a vendor mapped to a category that does not exist': { config: { vendors: { meta: 'marketing' } }, code: 'unknownCategory', path: 'vendors.meta' },
  'a Consent Mode mapping for a dropped category': {
    config: { categories: { targeting: false }, googleConsentMode: { mapping: { targeting: ['ad_storage'] } } },
    code: 'unknownCategory',
    path: 'googleConsentMode.mapping.targeting',
  },
  'removing the necessary category': { config: { categories: { necessary: false } }, code: 'necessary', path: 'categories.necessary' },
};

describe('the schema and parseConfig agree', () => {
  it.each(Object.entries(VALID))('both accept %s', (_, config) => {
    const result = check(config);
    expect(result.schemaPaths).toEqual([]);
    expect(result.schemaOk).toBe(true);
    expect(result.problems).toEqual([]);
  });

  it.each(Object.entries(INVALID))('both refuse %s, at the same path', (_, { config, code, path }) => {
    const result = check(config);
    expect(result.schemaOk).toBe(false);
    expect(result.problems.map((p) => [p.code, p.path])).toContainEqual([code, path]);
    // The schema's root errors have an empty path; the runtime calls the root "config".
    expect(result.schemaPaths.map((p) => p || 'config')).toContain(path);
  });

  it.each(Object.entries(KNOWN_DIFFERENCES))('only parseConfig refuses %s (not expressible in JSON Schema)', (_, { config, code, path }) => {
    const result = check(config);
    expect(result.schemaPaths).toEqual([]);
    expect(result.problems.map((p) => [p.code, p.path])).toEqual([[code, path]]);
  });

  it('both refuse a top-level "nonce": it is an init option, not config', () => {
    // The nonce is an init option (`init(config, { nonce })`) and the script tag's own attribute.
    const result = check({ nonce: 'abc' });
    expect(result.schemaPaths).toEqual(['nonce']);
    expect(result.problems.map((p) => [p.code, p.path])).toEqual([['unknownKey', 'nonce']]);
  });
});

describe('patterns the schema and the validator share', () => {
  const definitions = () => schema.definitions as Record<string, { properties: Record<string, { pattern?: string; propertyNames?: { pattern: string } }> }>;

  it("checks a cookie name with the validator's own pattern", () => {
    expect(definitions().UserCookie!.properties.name!.pattern).toBe(COOKIE_NAME.source);
  });

  it("checks translations' language codes, and the language option, with the validator's own pattern", () => {
    const code = LANGUAGE_CODE.source.slice(1, -1);
    expect(definitions().UserConfig!.properties.translations!.propertyNames!.pattern).toBe(LANGUAGE_CODE.source);
    expect(definitions().UserConfig!.properties.language!.pattern).toBe('^([Aa][Uu][Tt][Oo]|' + code + ')$');
  });
});
