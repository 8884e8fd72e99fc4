/**
 * The config check: every rule about what a site owner's config may say. It reports each problem with its path and
 * what to do, leaves the invalid part out (never the whole config), and hands what is valid to `buildConfig`, which
 * merges it over the built-in default. The script tag loads this check as a file of its own
 * (`cookiegate-check.js`) only when a config is new to the visitor: see `src/gate/read-config.ts`.
 */
import type {
  CookieDeclaration,
  GoogleConsentType,
  Regime,
  UserCallback,
  UserCategory,
  UserConfig,
  UserConsentMode,
  UserCookie,
  UserService,
  UserVendors,
  Config,
} from '../types';
// From the kernel only: in the script tag this check is a file loaded on demand (`cookiegate-check.js`) that shares the
// gate's engine (src/core/kernel.ts).
import {
  buildConfig,
  checkTexts,
  compileCookiePattern,
  DEFAULT_CATEGORY_IDS,
  describe,
  GOOGLE_CONSENT_TYPES,
  isRegionCode,
  isSafeUrl,
  isWaitForUpdate,
  MAX_EXPIRES_DAYS,
  MAX_WAIT_FOR_UPDATE,
  ownValue,
  PATTERN,
  problem,
  REGIMES,
  setOwn,
  UI_CHOICES,
  type Problem,
} from '../kernel';
import { mayBacktrack } from './pattern-safety';
import { adviceFor } from './config-advice';
import { configProblem } from './config-messages';

type Obj = Record<string, unknown>;

/**
 * What checking a config gives: the config to run with, the problems found (errors: something was left out), and
 * advice (valid, but visitors are told less than regulators expect).
 */
export interface ConfigReading {
  config: Config;
  problems: Problem[];
  advice: Problem[];
}

/** Every key of `T`, each once: a list that misses a key of the type or adds one does not compile. */
const keysOf = <T>(keys: Record<keyof T, 0>): string[] => Object.keys(keys);

// Pure calls: an app that never checks a config (one that reads `hasConsent` alone) bundles none of these tables.
const TOP_KEYS = /* @__PURE__ */ keysOf<UserConfig>({
  $schema: 0,
  revision: 0,
  controller: 0,
  categories: 0,
  googleConsentMode: 0,
  gpc: 0,
  records: 0,
  cookie: 0,
  language: 0,
  translations: 0,
  ui: 0,
  reloadOnWithdraw: 0,
  vendors: 0,
  callbacks: 0,
  autoBlock: 0,
  regions: 0,
});
const CONTROLLER_KEYS = /* @__PURE__ */ keysOf<NonNullable<UserConfig['controller']>>({ name: 0, policyUrl: 0 });
const RECORDS_KEYS = /* @__PURE__ */ keysOf<NonNullable<UserConfig['records']>>({ endpoint: 0 });
const CATEGORY_KEYS = /* @__PURE__ */ keysOf<UserCategory>({ title: 0, description: 0, readOnly: 0, saleOrShare: 0, services: 0 });
const SERVICE_KEYS = /* @__PURE__ */ keysOf<UserService>({ label: 0, provider: 0, purpose: 0, policyUrl: 0, cookies: 0, hosts: 0 });
const COOKIE_DECL_KEYS = /* @__PURE__ */ keysOf<Exclude<CookieDeclaration, string>>({ name: 0, duration: 0, purpose: 0 });
const GCM_KEYS = /* @__PURE__ */ keysOf<UserConsentMode>({ mode: 0, mapping: 0, region: 0, waitForUpdate: 0, urlPassthrough: 0, adsDataRedaction: 0 });
const COOKIE_KEYS = /* @__PURE__ */ keysOf<UserCookie>({ name: 0, domain: 0, path: 0, expiresDays: 0, rejectExpiresDays: 0 });
const VENDOR_KEYS = /* @__PURE__ */ keysOf<UserVendors>({ meta: 0, uet: 0, matomo: 0, clarity: 0, tiktok: 0 });
const CLARITY_KEYS = /* @__PURE__ */ keysOf<NonNullable<UserVendors['clarity']>>({ ads: 0, analytics: 0 });
const CALLBACK_KEYS = /* @__PURE__ */ keysOf<UserCallback>({ category: 0, global: 0, grant: 0, deny: 0 });

/** A service's host for `autoBlock`: a host name (`*.` for any subdomain), then optionally a path prefix. */
const HOST_RULE = /^(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/\S*)?$/i;
/**
 * Cookie names are RFC 6265 tokens; we also refuse separators that would break `document.cookie`. The same pattern is
 * `UserCookie.name`'s `@pattern` in the schema (a unit test holds the two equal).
 */
export const COOKIE_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/**
 * A BCP 47-like language code (`nl`, `pt-BR`): the only keys `translations` takes. The same pattern is the schema's
 * `@propertyNames` of `translations` (a unit test holds the two equal).
 */
export const LANGUAGE_CODE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
/** Control characters (C0 and DEL), which browsers refuse anywhere in a cookie. */
const CONTROL = /[\u0000-\u001f\u007f]/;
/** A JavaScript identifier (ASCII): the name of a global, without dots. */
const GLOBAL_NAME = /^[A-Za-z_$][\w$]*$/;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `obj[key]` only when `obj` has it itself. A page with a polluted `Object.prototype` (`readOnly: true`,
 * `records`) must not configure us: an inherited key would grant a category or redirect the records.
 */
const own = (obj: Obj, key: string): unknown => ownValue(obj, key);

/** What the checks below share: where problems go, and readers that report a value of the wrong type. */
interface Checker {
  add(p: Problem): void;
  /** `obj[key]` if it passes `check`, else reported (`expected`) and `undefined`. */
  read<T>(obj: Obj, key: string, path: string, check: (v: unknown) => boolean, expected: string): T | undefined;
  str(obj: Obj, key: string, path: string): string | undefined;
  bool(obj: Obj, key: string, path: string): boolean | undefined;
  url(obj: Obj, key: string, path: string): string | undefined;
  unknownKeys(obj: Obj, known: string[], path: string): void;
}

function checker(problems: Problem[]): Checker {
  const add = (p: Problem) => void problems.push(p);
  const read = <T>(obj: Obj, key: string, path: string, check: (v: unknown) => boolean, expected: string): T | undefined => {
    const v = own(obj, key);
    if (v === undefined) return undefined;
    if (check(v)) return v as T;
    add(problem('type', path, expected, describe(v)));
    return undefined;
  };
  const str = (obj: Obj, key: string, path: string) => read<string>(obj, key, path, (v) => typeof v === 'string', 'a string');
  return {
    add,
    read,
    str,
    bool: (obj, key, path) => read<boolean>(obj, key, path, (v) => typeof v === 'boolean', 'true or false'),
    url(obj, key, path) {
      const v = str(obj, key, path);
      if (v === undefined || isSafeUrl(v)) return v;
      add(configProblem('url', path, JSON.stringify(v)));
      return undefined;
    },
    unknownKeys(obj, known, path) {
      for (const key of Object.keys(obj)) {
        if (!known.includes(key)) add(problem('unknownKey', path ? path + '.' + key : key, key, known.join(', ')));
      }
    },
  };
}

/** Sets `out[key]` when `value` is there: the cleaned config holds only what passed. */
function put(out: Obj, key: string, value: unknown): void {
  if (value !== undefined) setOwn<unknown>(out, key, value);
}

/**
 * Validates a site owner's config and merges it over the built-in default. Never throws: every problem
 * is collected with its path, the invalid part is dropped, and the rest is used.
 *
 * @param input a site owner's config (parsed JSON), or `undefined` for the defaults
 * @returns the config to run with, and the problems found (empty when the input is clean)
 * @example
 * const { problems } = parseConfig(await (await fetch('/cookiegate.json')).json())
 * problems.forEach((p) => console.warn(p.code, p.path))
 */
export function parseConfig(input: unknown): ConfigReading {
  const problems: Problem[] = [];
  const c = checker(problems);
  let user: Obj = {};
  if (input !== undefined && input !== null) {
    if (isObj(input)) user = input;
    else c.add(problem('type', 'config', 'an object', describe(input)));
  }
  const config = buildConfig(cleanConfig(user, c) as UserConfig);
  return { config, problems, advice: input === undefined || input === null ? [] : adviceFor(config) };
}

/** The valid part of a config, key by key, in the order problems are reported. */
function cleanConfig(user: Obj, c: Checker): Obj {
  const out: Obj = {};
  const section = (key: string): Obj | undefined => c.read<Obj>(user, key, key, isObj, 'an object');
  c.unknownKeys(user, TOP_KEYS, '');

  put(
    out,
    'revision',
    c.read<number>(user, 'revision', 'revision', (v) => Number.isInteger(v) && (v as number) >= 0, 'a whole number ≥ 0'),
  );

  const controller = section('controller');
  if (controller) {
    c.unknownKeys(controller, CONTROLLER_KEYS, 'controller');
    const clean: Obj = {};
    put(clean, 'name', c.str(controller, 'name', 'controller.name'));
    put(clean, 'policyUrl', c.url(controller, 'policyUrl', 'controller.policyUrl'));
    out.controller = clean;
  }

  const categories = cleanCategories(own(user, 'categories'), c);
  put(out, 'categories', categories.clean);

  const gcm = own(user, 'googleConsentMode');
  if (typeof gcm === 'boolean') out.googleConsentMode = gcm;
  else if (isObj(gcm)) out.googleConsentMode = cleanConsentMode(gcm, categories.ids, c);
  else if (gcm !== undefined) {
    c.add(problem('type', 'googleConsentMode', 'true, false or an object', describe(gcm)));
    // Written, if wrongly: no catalogue service switches Consent Mode on behind the site owner's back.
    out.googleConsentMode = false;
  }

  for (const key of ['gpc', 'reloadOnWithdraw', 'autoBlock']) put(out, key, c.bool(user, key, key));

  const records = section('records');
  if (records) {
    c.unknownKeys(records, RECORDS_KEYS, 'records');
    const endpoint = c.url(records, 'endpoint', 'records.endpoint');
    if (endpoint) out.records = { endpoint };
    else if (own(records, 'endpoint') === undefined) c.add(problem('type', 'records.endpoint', 'a URL', 'nothing'));
  }

  const cookie = section('cookie');
  if (cookie) out.cookie = cleanCookie(cookie, c);

  put(
    out,
    'language',
    c.read<string>(
      user,
      'language',
      'language',
      (v) => typeof v === 'string' && /^(auto|[a-z]{2,3}(-[A-Za-z0-9]{2,8})*)$/i.test(v),
      '"auto" or a language code like "en" or "pt-BR"',
    ),
  );

  const translations = section('translations');
  if (translations) {
    const clean: Obj = {};
    for (const [lang, texts] of Object.entries(translations)) {
      const path = 'translations.' + lang;
      // A key like "constructor" would name an Object.prototype member when the texts are looked up.
      if (!LANGUAGE_CODE.test(lang)) c.add(problem('type', path, 'a language code like "nl" or "pt-BR" as the key', JSON.stringify(lang)));
      else if (isObj(texts)) clean[lang] = checkTexts(texts, path, c.add);
      // A string is the URL of a JSON file of texts, loaded when that language is shown.
      else if (typeof texts === 'string') {
        if (isSafeUrl(texts)) clean[lang] = texts;
        else c.add(configProblem('url', path, JSON.stringify(texts)));
      } else c.add(problem('type', path, 'an object of texts or the URL of a JSON file of them', describe(texts)));
    }
    out.translations = clean;
  }

  const ui = section('ui');
  if (ui) {
    c.unknownKeys(ui, Object.keys(UI_CHOICES), 'ui');
    const clean: Obj = {};
    for (const [key, choices] of Object.entries(UI_CHOICES) as [string, readonly unknown[]][]) {
      put(
        clean,
        key,
        c.read<unknown>(ui, key, 'ui.' + key, (x) => choices.includes(x), choices.map((choice) => JSON.stringify(choice)).join(', ')),
      );
    }
    out.ui = clean;
  }

  const vendors = section('vendors');
  if (vendors) out.vendors = cleanVendors(vendors, categories.ids, c);

  const callbacks = c.read<unknown[]>(user, 'callbacks', 'callbacks', Array.isArray, 'an array');
  if (callbacks) out.callbacks = callbacks.flatMap((cb, i) => cleanCallback(cb, 'callbacks[' + i + ']', categories.ids, c));

  const regions = section('regions');
  if (regions) put(out, 'regions', cleanRegions(regions, c));
  return out;
}

/** The categories that stand after a config's changes, with their services: what a reference may name. */
type Known = Map<string, string[]>;

function cleanCategories(input: unknown, c: Checker): { clean?: Obj; ids: Known } {
  const ids: Known = new Map(DEFAULT_CATEGORY_IDS.map((id) => [id, []]));
  if (input === undefined) return { ids };
  if (!isObj(input)) {
    c.add(problem('type', 'categories', 'an object of categories by id', describe(input)));
    return { ids };
  }
  const clean: Obj = {};
  const serviceOwners = new Map<string, string>();
  for (const [id, value] of Object.entries(input)) {
    const path = 'categories.' + id;
    if (value === false) {
      if (id === 'necessary') c.add(configProblem('necessary', path));
      else {
        setOwn<unknown>(clean, id, false);
        ids.delete(id);
      }
      continue;
    }
    if (!/^[a-z][a-z0-9_-]{0,31}$/i.test(id)) {
      c.add(problem('type', path, 'an id of letters, digits, - or _ (at most 32)', JSON.stringify(id)));
      continue;
    }
    if (!isObj(value)) {
      c.add(problem('type', path, 'an object or false', describe(value)));
      continue;
    }
    c.unknownKeys(value, CATEGORY_KEYS, path);
    const category: Obj = {};
    put(category, 'title', c.str(value, 'title', path + '.title'));
    put(category, 'description', c.str(value, 'description', path + '.description'));
    const readOnly = c.bool(value, 'readOnly', path + '.readOnly');
    if (readOnly !== undefined) {
      if (id === 'necessary' && !readOnly) c.add(configProblem('necessary', path + '.readOnly'));
      // The built-in optional purposes are never strictly necessary: making one always on would grant it unasked.
      else if (readOnly && id !== 'necessary' && DEFAULT_CATEGORY_IDS.includes(id as 'performance')) c.add(configProblem('readOnly', path + '.readOnly', id));
      else category.readOnly = readOnly;
    }
    put(category, 'saleOrShare', c.bool(value, 'saleOrShare', path + '.saleOrShare'));
    const names = ids.get(id) ?? [];
    ids.set(id, names);
    const services = own(value, 'services');
    if (isObj(services)) {
      const cleanServices: Obj = {};
      for (const [name, svc] of Object.entries(services)) {
        const spath = path + '.services.' + name;
        if (!/^[\w-]{1,40}$/.test(name)) c.add(problem('type', spath, 'a service name of letters, digits, - or _ (at most 40)', JSON.stringify(name)));
        else if (!isObj(svc)) c.add(problem('type', spath, 'an object (may be empty)', describe(svc)));
        else if (serviceOwners.has(name)) c.add(configProblem('duplicateService', spath, name, serviceOwners.get(name)));
        else {
          serviceOwners.set(name, path);
          names.push(name);
          setOwn<unknown>(cleanServices, name, cleanService(svc, spath, c));
        }
      }
      category.services = cleanServices;
    } else if (services !== undefined) c.add(problem('type', path + '.services', 'an object of services by name', describe(services)));
    setOwn<unknown>(clean, id, category);
  }
  return { clean, ids };
}

function cleanService(svc: Obj, path: string, c: Checker): Obj {
  c.unknownKeys(svc, SERVICE_KEYS, path);
  const clean: Obj = {};
  for (const key of ['label', 'provider', 'purpose']) put(clean, key, c.str(svc, key, path + '.' + key));
  put(clean, 'policyUrl', c.url(svc, 'policyUrl', path + '.policyUrl'));
  const cookies = own(svc, 'cookies');
  if (Array.isArray(cookies)) clean.cookies = cookies.flatMap((decl, i) => cleanCookieDeclaration(decl, path + '.cookies[' + i + ']', c));
  else if (cookies !== undefined) c.add(problem('type', path + '.cookies', 'an array of names or /regex/ strings', describe(cookies)));
  const hosts = own(svc, 'hosts');
  if (Array.isArray(hosts)) {
    clean.hosts = hosts.filter((item, i) => {
      const ok = typeof item === 'string' && HOST_RULE.test(item);
      if (!ok)
        c.add(problem('type', path + '.hosts[' + i + ']', 'a host name like "cdn.example.com", "*.example.com" or "www.example.com/tag.js"', describe(item)));
      return ok;
    });
  } else if (hosts !== undefined) c.add(problem('type', path + '.hosts', 'an array of host names', describe(hosts)));
  return clean;
}

/** A cookie declaration: a name, a `/regex/` that is safe to run, or `{ name, duration, purpose }`; none when invalid. */
function cleanCookieDeclaration(decl: unknown, path: string, c: Checker): CookieDeclaration[] {
  let name: unknown = decl;
  let clean: CookieDeclaration = decl as string;
  if (isObj(decl) && typeof own(decl, 'name') === 'string') {
    c.unknownKeys(decl, COOKIE_DECL_KEYS, path);
    name = own(decl, 'name');
    const object: Obj = { name };
    put(object, 'duration', c.str(decl, 'duration', path + '.duration'));
    put(object, 'purpose', c.str(decl, 'purpose', path + '.purpose'));
    clean = object as CookieDeclaration;
    path += '.name';
  } else if (typeof decl !== 'string') {
    c.add(problem('type', path, 'a cookie name, a /regex/ string or { name, duration, purpose }', describe(decl)));
    return [];
  }
  if (!name) {
    c.add(problem('type', path, 'a non-empty name', '""'));
    return [];
  }
  const m = PATTERN.exec(name as string);
  if (m && mayBacktrack(m[1]!)) {
    c.add(configProblem('slowRegex', path));
    return [];
  }
  try {
    compileCookiePattern(name as string);
  } catch (error) {
    c.add(configProblem('regex', path, (error as Error).message));
    return [];
  }
  return [clean];
}

function cleanConsentMode(input: Obj, categories: Known, c: Checker): Obj {
  c.unknownKeys(input, GCM_KEYS, 'googleConsentMode');
  const clean: Obj = {};
  const [mode, mapping, region, waitForUpdate, urlPassthrough, adsDataRedaction] = GCM_KEYS.map((key) => own(input, key));
  if (mode === 'basic' || mode === 'advanced') clean.mode = mode;
  else if (mode !== undefined) c.add(problem('type', 'googleConsentMode.mode', '"basic" or "advanced"', describe(mode)));
  if (isObj(mapping)) {
    const cleanMapping: Obj = {};
    for (const [id, types] of Object.entries(mapping)) {
      const path = 'googleConsentMode.mapping.' + id;
      if (!categories.has(id)) c.add(problem('unknownCategory', path, id, [...categories.keys()].join(', ')));
      else if (!Array.isArray(types)) c.add(problem('type', path, 'an array of Google consent types', describe(types)));
      else {
        setOwn<unknown>(
          cleanMapping,
          id,
          types.filter((t, i) => {
            const ok = GOOGLE_CONSENT_TYPES.includes(t as GoogleConsentType);
            if (!ok) c.add(problem('type', path + '[' + i + ']', 'one of ' + GOOGLE_CONSENT_TYPES.join(', '), describe(t)));
            return ok;
          }),
        );
      }
    }
    clean.mapping = cleanMapping;
  } else if (mapping !== undefined) c.add(problem('type', 'googleConsentMode.mapping', 'an object', describe(mapping)));
  if (Array.isArray(region)) {
    const valid = region.filter((code, i) => {
      const ok = isRegionCode(code);
      if (!ok) {
        const path = 'googleConsentMode.region[' + i + ']';
        c.add(typeof code === 'string' ? configProblem('region', path, code) : problem('type', path, 'a region code', describe(code)));
      }
      return ok;
    });
    // A partly wrong list would narrow the denied defaults to fewer regions than meant: use none (defaults everywhere).
    if (valid.length && valid.length === region.length) clean.region = valid;
  } else if (region !== undefined) c.add(problem('type', 'googleConsentMode.region', 'an array of ISO 3166-2 codes', describe(region)));
  if (isWaitForUpdate(waitForUpdate)) clean.waitForUpdate = waitForUpdate;
  else if (waitForUpdate !== undefined)
    c.add(configProblem('range', 'googleConsentMode.waitForUpdate', 'milliseconds from 0 to ' + MAX_WAIT_FOR_UPDATE, describe(waitForUpdate)));
  for (const [key, v] of [
    ['urlPassthrough', urlPassthrough],
    ['adsDataRedaction', adsDataRedaction],
  ] as const) {
    if (typeof v === 'boolean') clean[key] = v;
    else if (v !== undefined) c.add(problem('type', 'googleConsentMode.' + key, 'true or false', describe(v)));
  }
  return clean;
}

function cleanCookie(cookie: Obj, c: Checker): Obj {
  c.unknownKeys(cookie, COOKIE_KEYS, 'cookie');
  const clean: Obj = {};
  // A control character makes the browser refuse the whole cookie: the choice would never be kept.
  const text = (key: string, pattern: RegExp, expected: string) => {
    const v = own(cookie, key);
    const control = typeof v === 'string' && CONTROL.exec(v);
    if (!control) return put(clean, key, c.read<string>(cookie, key, 'cookie.' + key, (x) => typeof x === 'string' && pattern.test(x), expected) || undefined);
    c.add(configProblem('controlChar', 'cookie.' + key, JSON.stringify(control[0])));
  };
  text('name', COOKIE_NAME, 'a cookie name (letters, digits, - _ .)');
  text('domain', /^\.?[a-z0-9.-]+$/i, 'a domain name');
  text('path', /^\/[^;,\s]*$/, 'a path starting with /');
  for (const key of ['expiresDays', 'rejectExpiresDays']) {
    const days = (v: unknown) => typeof v === 'number' && v > 0 && v <= MAX_EXPIRES_DAYS;
    put(clean, key, c.read<number>(cookie, key, 'cookie.' + key, days, 'a number of days above 0, at most ' + MAX_EXPIRES_DAYS));
  }
  return clean;
}

function cleanVendors(vendors: Obj, categories: Known, c: Checker): Obj {
  c.unknownKeys(vendors, VENDOR_KEYS, 'vendors');
  const clean: Obj = {};
  const target = (v: unknown, path: string): string | undefined => {
    if (typeof v === 'string') return checkTarget(v, path, categories, c);
    c.add(problem('type', path, 'a category id or "category:service"', describe(v)));
    return undefined;
  };
  for (const key of ['meta', 'uet', 'matomo', 'tiktok']) {
    if (own(vendors, key) !== undefined) put(clean, key, target(own(vendors, key), 'vendors.' + key));
  }
  const clarity = c.read<Obj>(vendors, 'clarity', 'vendors.clarity', isObj, 'an object { ads, analytics }');
  if (clarity) {
    c.unknownKeys(clarity, CLARITY_KEYS, 'vendors.clarity');
    const cleanClarity: Obj = {};
    for (const key of CLARITY_KEYS) {
      if (own(clarity, key) !== undefined) put(cleanClarity, key, target(own(clarity, key), 'vendors.clarity.' + key));
    }
    clean.clarity = cleanClarity;
  }
  return clean;
}

function cleanCallback(cb: unknown, path: string, categories: Known, c: Checker): Obj[] {
  if (!isObj(cb)) {
    c.add(problem('type', path, 'an object', describe(cb)));
    return [];
  }
  c.unknownKeys(cb, CALLBACK_KEYS, path);
  const categoryRef = own(cb, 'category');
  if (typeof categoryRef !== 'string') c.add(problem('type', path + '.category', 'a category id', describe(categoryRef)));
  const category = typeof categoryRef === 'string' ? checkTarget(categoryRef, path + '.category', categories, c) : undefined;
  const global = checkGlobal(own(cb, 'global'), path + '.global', c.add);
  const clean: Obj = { category, global };
  put(clean, 'grant', c.read<unknown[]>(cb, 'grant', path + '.grant', Array.isArray, 'an array'));
  put(clean, 'deny', c.read<unknown[]>(cb, 'deny', path + '.deny', Array.isArray, 'an array'));
  return category && global ? [clean] : [];
}

/**
 * `regions`: region codes (and `default`) to regimes. One wrong entry could hand a region a laxer regime than meant
 * (a typo in `"DE"` would leave Germany to `default`), so a map with any mistake is dropped whole: opt-in everywhere.
 */
function cleanRegions(input: Obj, c: Checker): Obj | undefined {
  let isValid = true;
  for (const [code, regime] of Object.entries(input)) {
    const path = 'regions.' + code;
    if (code !== 'default' && !isRegionCode(code)) {
      isValid = false;
      c.add(configProblem('regionKey', path, code));
    } else if (!REGIMES.includes(regime as Regime)) {
      isValid = false;
      c.add(configProblem('regime', path, describe(regime)));
    }
  }
  return isValid ? input : undefined;
}

/** Checks a `category` or `category:service` reference against the categories and services that passed. */
function checkTarget(value: string, path: string, categories: Known, c: Checker): string | undefined {
  const [categoryId, serviceId] = value.split(':') as [string, string | undefined];
  const services = categories.get(categoryId);
  if (!services) {
    c.add(problem('unknownCategory', path, categoryId, [...categories.keys()].join(', ')));
    return undefined;
  }
  if (serviceId !== undefined && !services.includes(serviceId)) {
    c.add(problem('unknownService', path, serviceId, categoryId, services.join(', ') || '(none)'));
    return undefined;
  }
  return value;
}

/**
 * A callback's `global`: the plain name of a property of `window`, never a path. A path would let config reach any
 * method of any object (`document.body.insertAdjacentHTML`, `location.assign`); what the name holds is checked
 * when a value is sent (callbacks.ts).
 */
function checkGlobal(value: unknown, path: string, add: (p: Problem) => void): string | undefined {
  if (typeof value === 'string' && GLOBAL_NAME.test(value)) return value;
  const queue = typeof value === 'string' && /^([A-Za-z_$][\w$]*)\.push$/.exec(value);
  if (queue) add(configProblem('pushPath', path, queue[1]));
  else add(problem('type', path, 'the name of a global array or function, without dots, like "dataLayer"', value === undefined ? 'nothing' : describe(value)));
  return undefined;
}
