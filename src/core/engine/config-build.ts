/**
 * Builds the config cookiegate runs with from a site owner's config that is already known to be valid: the one the
 * check (`config.ts`) cleaned, or one the visitor's cookie says was checked clean on an earlier page view. It merges
 * the config over the built-in default and reads nothing twice, but it checks nothing: every rule about what a config
 * may say lives in the check. It reads own keys only, so a polluted `Object.prototype` configures nothing here either.
 */
import type { Category, Config, CookieInfo, HostRule, Service, UserCallback, UserCategory, UserConfig, UserService } from '../types';
import { consentModeDefaults, DEFAULT_CONFIG, SALE_OR_SHARE_DEFAULT } from './defaults';
import { ownValue, setOwn } from './own';
import { compileCookiePattern } from './cookie-pattern';
import { bindCatalogueServices, INHERITED, isCatalogueId } from './catalogue-config';

type Obj = Record<string, unknown>;

/** Own entries of a map the config holds (`categories`, `services`); none for `undefined`. */
const entries = <T>(map: Record<string, T> | undefined): [string, T][] => (map ? Object.entries(map) : []);

/** `obj[key]` when `obj` has it itself. */
const own = <T extends object, K extends keyof T>(obj: T | undefined, key: K): T[K] | undefined =>
  obj ? (ownValue(obj as Obj, key as string) as T[K]) : undefined;

/** Copies the keys `obj` has itself onto `target`. */
function assignOwn<T extends object>(target: T, obj: Partial<T> | undefined, keys: readonly (keyof T)[]): void {
  for (const key of keys) {
    const v = own(obj as T, key);
    if (v !== undefined) target[key] = v as T[keyof T];
  }
}

/**
 * The config to run with, from a valid site owner's config (`undefined` for the built-in default).
 *
 * @param user a config that passed the check with no problem, or the check's cleaned copy of one
 */
export function buildConfig(user: UserConfig = {}): Config {
  const config: Config = {
    ...DEFAULT_CONFIG,
    controller: {},
    cookie: { ...DEFAULT_CONFIG.cookie },
    ui: { ...DEFAULT_CONFIG.ui },
    translations: {},
    vendors: {},
    callbacks: [],
    regions: {},
  };
  assignOwn(config, user as Partial<Config>, ['revision', 'gpc', 'reloadOnWithdraw', 'autoBlock', 'language']);
  assignOwn(config.controller, own(user, 'controller'), ['name', 'policyUrl']);
  config.categories = buildCategories(own(user, 'categories'));

  const gcm = own(user, 'googleConsentMode');
  if (gcm === true) config.googleConsentMode = consentModeDefaults();
  else if (gcm) {
    const built = consentModeDefaults();
    assignOwn(built, gcm, ['mode', 'region', 'waitForUpdate', 'urlPassthrough', 'adsDataRedaction']);
    const mapping = own(gcm, 'mapping');
    // A mapping of its own replaces the default one, but the necessary category always grants security storage.
    if (mapping) built.mapping = { necessary: ['security_storage'], ...mapping };
    config.googleConsentMode = built;
  }

  const endpoint = own(own(user, 'records'), 'endpoint');
  if (endpoint) config.records = { endpoint };

  const cookie = own(user, 'cookie');
  assignOwn(config.cookie, cookie, ['name', 'path']);
  const domain = own(cookie, 'domain');
  if (domain) config.cookie.domain = domain.replace(/^\./, '');
  // One lifetime set alone is the lifetime of a refusal too.
  const expires = own(cookie, 'expiresDays');
  if (expires) config.cookie.expiresDays = config.cookie.rejectExpiresDays = expires;
  assignOwn(config.cookie, cookie, ['rejectExpiresDays']);

  for (const [lang, texts] of entries(own(user, 'translations'))) setOwn(config.translations, lang, texts);
  assignOwn(config.ui, own(user, 'ui') as Partial<Config['ui']>, Object.keys(DEFAULT_CONFIG.ui) as (keyof Config['ui'])[]);

  const vendors = own(user, 'vendors');
  assignOwn(config.vendors, vendors, ['meta', 'uet', 'matomo', 'tiktok']);
  const clarity = own(vendors, 'clarity');
  if (clarity) {
    config.vendors.clarity = {};
    assignOwn(config.vendors.clarity, clarity, ['ads', 'analytics']);
  }
  for (const cb of own(user, 'callbacks') ?? []) {
    config.callbacks.push({ category: own(cb, 'category'), global: own(cb, 'global'), grant: own(cb, 'grant'), deny: own(cb, 'deny') } as UserCallback);
  }
  bindCatalogueServices(config, own(user, 'googleConsentMode') !== undefined, consentModeDefaults);
  for (const [code, regime] of entries(own(user, 'regions'))) setOwn(config.regions, code, regime);
  return config;
}

/** The built-in categories, then the config's own, with what the config says of each (`false` removes one). */
function buildCategories(input: Record<string, UserCategory | false> | undefined): Category[] {
  const categories: Category[] = DEFAULT_CONFIG.categories.map((c) => ({ ...c, services: [] }));
  for (const [id, value] of entries(input)) {
    const index = categories.findIndex((c) => c.id === id);
    if (value === false) {
      if (index >= 0) categories.splice(index, 1);
      continue;
    }
    const category: Category = index >= 0 ? categories[index]! : { id, readOnly: false, saleOrShare: SALE_OR_SHARE_DEFAULT.includes(id), services: [] };
    if (index < 0) categories.push(category);
    assignOwn(category, value as Partial<Category>, ['title', 'description', 'readOnly', 'saleOrShare']);
    for (const [name, svc] of entries(own(value, 'services'))) category.services.push(buildService(id, name, svc));
  }
  return categories;
}

function buildService(category: string, name: string, svc: UserService): Service {
  const service: Service = { id: name, category, label: own(svc, 'label') ?? name, cookies: [] };
  assignOwn(service, svc as Partial<Service>, ['provider', 'purpose', 'policyUrl']);
  for (const decl of own(svc, 'cookies') ?? []) {
    const info: CookieInfo = typeof decl === 'string' ? { name: decl } : { name: own(decl, 'name') as string };
    if (typeof decl !== 'string') assignOwn(info, decl, ['duration', 'purpose']);
    const pattern = compileCookiePattern(info.name);
    if (pattern) info.pattern = pattern;
    service.cookies.push(info);
  }
  const hosts = own(svc, 'hosts');
  if (hosts) service.hosts = hosts.map(hostRule);
  // A catalogue id inherits what the site leaves out; the entry itself arrives when something needs it.
  if (isCatalogueId(name)) service.inherits = INHERITED.filter((key) => own(svc, key) === undefined);
  return service;
}

/** `www.example.com/tag.js` → the host (lower case) and the path prefix. */
function hostRule(text: string): HostRule {
  const slash = text.indexOf('/');
  const host = (slash < 0 ? text : text.slice(0, slash)).toLowerCase();
  return slash < 0 ? { host } : { host, path: text.slice(slash) };
}
