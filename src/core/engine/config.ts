import type { Category, Config, ConsentModeConfig, CookieInfo, GoogleConsentType, HostRule, Regime, Service, TextsOverride, UserCallback } from '../types';
import { DEFAULT_CATEGORY_IDS, DEFAULT_CONFIG, DEFAULT_GCM_MAPPING, MAX_EXPIRES_DAYS, MAX_PATTERN_NAME, SALE_OR_SHARE_DEFAULT } from './defaults';
import { describe, problem, type Problem } from './errors';
import { GOOGLE_CONSENT_TYPES } from '../integrations/google-consent-types';
import { UI_CHOICES } from './ui-choices';
import { isSafeUrl } from './safe-url';
import { TEXTS_EN } from '../texts/texts-en';
import { ownValue, setOwn } from './own';
import { bindCatalogueServices, INHERITED, isCatalogueId, nearestCatalogueId } from './catalogue-config';
import { isRegionCode, REGIMES } from './regime';

type Obj = Record<string, unknown>;

const TOP_KEYS = [
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
  'reloadOnWithdraw',
  'vendors',
  'callbacks',
  'autoBlock',
  'regions',
];
const CATEGORY_KEYS = ['title', 'description', 'readOnly', 'saleOrShare', 'services'];
const SERVICE_KEYS = ['label', 'provider', 'purpose', 'policyUrl', 'cookies', 'hosts'];
/** A service's host for `autoBlock`: a host name (`*.` for any subdomain), then optionally a path prefix. */
const HOST_RULE = /^((?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+)(\/\S*)?$/i;
const COOKIE_DECL_KEYS = ['name', 'duration', 'purpose'];
const GCM_KEYS = ['mode', 'mapping', 'region', 'waitForUpdate', 'urlPassthrough', 'adsDataRedaction'];
const COOKIE_KEYS = ['name', 'domain', 'path', 'expiresDays', 'rejectExpiresDays'];
const VENDOR_KEYS = ['meta', 'uet', 'matomo', 'clarity', 'tiktok'];
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
/** A quantifier at the start of a string: `*`, `+`, `?`, `{n}`, `{n,}` or `{n,m}` (then `m` or `,` and `m`). */
const QUANTIFIER = /^(?:[*+?]|\{(\d+)(,?)(\d*)\})/;
/**
 * Most ways a pattern may split one cookie name between its quantifiers and alternatives: two unbounded quantifiers
 * and one alternation (`/^_pk_(id|ses)\.\d+\.[0-9a-f]+$/`) fit; three overlapping ones (`/a*a*a*!/`) would take
 * seconds on a long name.
 */
const MAX_CHOICES = 2 ** 18;

/** How many lengths a quantifier can take on a name of at most {@link MAX_PATTERN_NAME} characters. */
function ways(q: RegExpExecArray): number {
  if (q[0] === '?') return 2;
  if (q[1] === undefined || (q[2] && !q[3])) return MAX_PATTERN_NAME + 1;
  return q[2] ? Math.min(+q[3]! - +q[1] + 1, MAX_PATTERN_NAME + 1) : 1;
}

/**
 * `true` for a pattern that could backtrack catastrophically on a hostile cookie name:
 * - a group repeated (`*`, `+`, `{n}`, `{n,m}`) that holds a quantifier or an alternation, at any depth: `(a+)+`,
 *   `((a)+)+`, `(a|a)*`, `(a|aa){31}`, `(a?){25}`: exponential in the name's length;
 * - more ways to split a name than {@link MAX_CHOICES}, counting every quantifier and alternative: `/a*a*a*!/`,
 *   polynomial with a high degree.
 * Conservative: `(_ga|_gid)*` is refused too, although its branches cannot overlap.
 */
function mayBacktrack(source: string): boolean {
  const risky: boolean[] = []; // per open group: holds a quantifier or an alternation
  const branches: number[] = [1]; // per open group, the whole pattern first: its alternatives
  let choices = 1;
  let lazy = false; // a `?` right after a quantifier makes it lazy; it is no quantifier of its own
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    const q = QUANTIFIER.exec(source.slice(i));
    const wasQuantifier = lazy;
    lazy = false;
    if (ch === '\\') i++;
    else if (ch === '[') for (i++; i < source.length && source[i] !== ']'; i++) i += +(source[i] === '\\');
    else if (ch === '(') {
      risky.push(false);
      branches.push(1);
      if (source[i + 1] === '?') i++; // (?: (?= (?! (?<name> are group syntax, not quantifiers
    } else if (ch === ')') {
      const inner = risky.pop() ?? false;
      choices *= branches.pop()!;
      const after = QUANTIFIER.exec(source.slice(i + 1));
      if (inner && after && after[0] !== '?') return true;
      if (risky.length && inner) risky[risky.length - 1] = true;
    } else if (ch === '|') {
      branches[branches.length - 1]!++;
      if (risky.length) risky[risky.length - 1] = true;
    } else if (q && !(ch === '?' && wasQuantifier)) {
      choices *= ways(q);
      if (risky.length) risky[risky.length - 1] = true;
      i += q[0].length - 1;
      lazy = true;
    }
  }
  return choices * branches[0]! > MAX_CHOICES;
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `obj[key]` only when `obj` has it itself. A page with a polluted `Object.prototype` (`readOnly: true`,
 * `records`) must not configure us: an inherited key would grant a category or redirect the records.
 */
const own = (obj: Obj, key: string): unknown => ownValue(obj, key);

/**
 * Compiles a cookie declaration's `/regex/` name. Returns a problem instead of throwing.
 */
export function compileCookiePattern(name: string, path: string): RegExp | Problem | undefined {
  const m = /^\/(.*)\/([a-z]*)$/s.exec(name);
  if (!m) return undefined;
  if (mayBacktrack(m[1]!)) return problem('slowRegex', path);
  try {
    return new RegExp(m[1]!, m[2]!.replace(/[gy]/g, ''));
  } catch (error) {
    return problem('regex', path, (error as Error).message);
  }
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
export function parseConfig(input: unknown): { config: Config; problems: Problem[]; advice: Problem[] } {
  const problems: Problem[] = [];
  const add = (p: Problem) => problems.push(p);
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
  let user: Obj = {};
  if (input === undefined || input === null) {
    user = {};
  } else if (!isObj(input)) {
    add(problem('type', 'config', 'an object', describe(input)));
  } else {
    user = input;
  }

  /** Reads `obj[key]` if it has the right type, else reports it and returns undefined. */
  const read = <T>(obj: Obj, key: string, path: string, check: (v: unknown) => boolean, expected: string): T | undefined => {
    const v = own(obj, key);
    if (v === undefined) return undefined;
    if (check(v)) return v as T;
    add(problem('type', path, expected, describe(v)));
    return undefined;
  };
  const str = (obj: Obj, key: string, path: string) => read<string>(obj, key, path, (v) => typeof v === 'string', 'a string');
  const bool = (obj: Obj, key: string, path: string) => read<boolean>(obj, key, path, (v) => typeof v === 'boolean', 'true or false');
  const url = (obj: Obj, key: string, path: string) => {
    const v = str(obj, key, path);
    if (v !== undefined && !isSafeUrl(v)) {
      add(problem('url', path, JSON.stringify(v)));
      return undefined;
    }
    return v;
  };
  const unknownKeys = (obj: Obj, known: string[], path: string) => {
    for (const key of Object.keys(obj)) {
      if (!known.includes(key)) add(problem('unknownKey', path ? path + '.' + key : key, key, known.join(', ')));
    }
  };
  const section = (key: string): Obj | undefined => read<Obj>(user, key, key, isObj, 'an object');

  unknownKeys(user, TOP_KEYS, '');

  const revision = read<number>(user, 'revision', 'revision', (v) => Number.isInteger(v) && (v as number) >= 0, 'a whole number ≥ 0');
  if (revision !== undefined) config.revision = revision;

  const controller = section('controller');
  if (controller) {
    unknownKeys(controller, ['name', 'policyUrl'], 'controller');
    const name = str(controller, 'name', 'controller.name');
    const policyUrl = url(controller, 'policyUrl', 'controller.policyUrl');
    if (name !== undefined) config.controller.name = name;
    if (policyUrl !== undefined) config.controller.policyUrl = policyUrl;
  }

  config.categories = parseCategories(own(user, 'categories'), add, { str, bool, url, unknownKeys });

  const gcm = own(user, 'googleConsentMode');
  if (gcm === true) config.googleConsentMode = consentModeDefaults();
  else if (isObj(gcm)) config.googleConsentMode = parseConsentMode(gcm, config.categories, add, unknownKeys);
  else if (gcm !== undefined && gcm !== false) add(problem('type', 'googleConsentMode', 'true, false or an object', describe(gcm)));

  const gpc = bool(user, 'gpc', 'gpc');
  if (gpc !== undefined) config.gpc = gpc;
  const reload = bool(user, 'reloadOnWithdraw', 'reloadOnWithdraw');
  if (reload !== undefined) config.reloadOnWithdraw = reload;
  const autoBlock = bool(user, 'autoBlock', 'autoBlock');
  if (autoBlock !== undefined) config.autoBlock = autoBlock;

  const records = section('records');
  if (records) {
    unknownKeys(records, ['endpoint'], 'records');
    const endpoint = url(records, 'endpoint', 'records.endpoint');
    if (endpoint) config.records = { endpoint };
    else if (own(records, 'endpoint') === undefined) add(problem('type', 'records.endpoint', 'a URL', 'nothing'));
  }

  const cookie = section('cookie');
  if (cookie) {
    unknownKeys(cookie, COOKIE_KEYS, 'cookie');
    // A control character makes the browser refuse the whole cookie: the choice would never be kept.
    const text = (key: string, pattern: RegExp, expected: string) => {
      const v = own(cookie, key);
      const control = typeof v === 'string' && CONTROL.exec(v);
      if (!control) return read<string>(cookie, key, 'cookie.' + key, (x) => typeof x === 'string' && pattern.test(x), expected);
      add(problem('controlChar', 'cookie.' + key, JSON.stringify(control[0])));
      return undefined;
    };
    const name = text('name', COOKIE_NAME, 'a cookie name (letters, digits, - _ .)');
    if (name) config.cookie.name = name;
    const domain = text('domain', /^\.?[a-z0-9.-]+$/i, 'a domain name');
    if (domain) config.cookie.domain = domain.replace(/^\./, '');
    const path = text('path', /^\/[^;,\s]*$/, 'a path starting with /');
    if (path) config.cookie.path = path;
    const days = (key: string) =>
      read<number>(
        cookie,
        key,
        'cookie.' + key,
        (v) => typeof v === 'number' && v > 0 && v <= MAX_EXPIRES_DAYS,
        'a number of days from 1 to ' + MAX_EXPIRES_DAYS,
      );
    const expires = days('expiresDays');
    if (expires) config.cookie.expiresDays = config.cookie.rejectExpiresDays = expires;
    const reject = days('rejectExpiresDays');
    if (reject) config.cookie.rejectExpiresDays = reject;
  }

  const language = read<string>(
    user,
    'language',
    'language',
    (v) => typeof v === 'string' && /^(auto|[a-z]{2,3}(-[A-Za-z0-9]{2,8})*)$/i.test(v),
    '"auto" or a language code like "en" or "pt-BR"',
  );
  if (language) config.language = language;

  const translations = section('translations');
  if (translations) {
    for (const [lang, texts] of Object.entries(translations)) {
      // A key like "constructor" would name an Object.prototype member when the texts are looked up.
      if (!LANGUAGE_CODE.test(lang)) add(problem('type', 'translations.' + lang, 'a language code like "nl" or "pt-BR" as the key', JSON.stringify(lang)));
      else if (isObj(texts)) config.translations[lang] = parseTexts(texts, 'translations.' + lang, add);
      // A string is the URL of a JSON file of texts, loaded when that language is shown.
      else if (typeof texts === 'string') {
        if (isSafeUrl(texts)) config.translations[lang] = texts;
        else add(problem('url', 'translations.' + lang, JSON.stringify(texts)));
      } else add(problem('type', 'translations.' + lang, 'an object of texts or the URL of a JSON file of them', describe(texts)));
    }
  }

  const ui = section('ui');
  if (ui) {
    unknownKeys(ui, Object.keys(UI_CHOICES), 'ui');
    for (const [key, choices] of Object.entries(UI_CHOICES) as [string, readonly unknown[]][]) {
      const v = read<unknown>(ui, key, 'ui.' + key, (x) => choices.includes(x), choices.map((c) => JSON.stringify(c)).join(', '));
      if (v !== undefined) (config.ui as Obj)[key] = v;
    }
  }

  const vendors = section('vendors');
  if (vendors) {
    unknownKeys(vendors, VENDOR_KEYS, 'vendors');
    const target = (v: unknown, path: string): string | undefined => {
      if (typeof v !== 'string') {
        add(problem('type', path, 'a category id or "category:service"', describe(v)));
        return undefined;
      }
      return checkTarget(v, path, config.categories, add);
    };
    for (const key of ['meta', 'uet', 'matomo', 'tiktok'] as const) {
      if (own(vendors, key) !== undefined) {
        const t = target(own(vendors, key), 'vendors.' + key);
        if (t) config.vendors[key] = t;
      }
    }
    const clarity = read<Obj>(vendors, 'clarity', 'vendors.clarity', isObj, 'an object { ads, analytics }');
    if (clarity) {
      unknownKeys(clarity, ['ads', 'analytics'], 'vendors.clarity');
      const c: { ads?: string; analytics?: string } = {};
      for (const key of ['ads', 'analytics'] as const) {
        if (own(clarity, key) !== undefined) {
          const t = target(own(clarity, key), 'vendors.clarity.' + key);
          if (t) c[key] = t;
        }
      }
      config.vendors.clarity = c;
    }
  }

  const callbacks = read<unknown[]>(user, 'callbacks', 'callbacks', Array.isArray, 'an array');
  callbacks?.forEach((cb, i) => {
    const path = 'callbacks[' + i + ']';
    if (!isObj(cb)) {
      add(problem('type', path, 'an object', describe(cb)));
      return;
    }
    unknownKeys(cb, ['category', 'global', 'grant', 'deny'], path);
    const categoryRef = own(cb, 'category');
    if (typeof categoryRef !== 'string') add(problem('type', path + '.category', 'a category id', describe(categoryRef)));
    const category = typeof categoryRef === 'string' ? checkTarget(categoryRef, path + '.category', config.categories, add) : undefined;
    const global = parseGlobal(own(cb, 'global'), path + '.global', add);
    const grant = read<unknown[]>(cb, 'grant', path + '.grant', Array.isArray, 'an array');
    const deny = read<unknown[]>(cb, 'deny', path + '.deny', Array.isArray, 'an array');
    if (category && global) config.callbacks.push({ category, global, grant, deny } as UserCallback);
  });
  bindCatalogueServices(config, own(user, 'googleConsentMode') !== undefined, consentModeDefaults);

  const regions = section('regions');
  if (regions) config.regions = parseRegions(regions, add);

  return { config, problems, advice: input === undefined || input === null ? [] : adviceFor(config) };
}

/**
 * `regions`: region codes (and `default`) to regimes. One wrong entry could hand a region a laxer regime than meant
 * (a typo in `"DE"` would leave Germany to `default`), so a map with any mistake is dropped whole: opt-in everywhere.
 */
function parseRegions(input: Obj, add: (p: Problem) => void): Record<string, Regime> {
  const regions: Record<string, Regime> = {};
  let isValid = true;
  for (const [code, regime] of Object.entries(input)) {
    const path = 'regions.' + code;
    if (code !== 'default' && !isRegionCode(code)) {
      isValid = false;
      add(problem('regionKey', path, code));
    } else if (!REGIMES.includes(regime as Regime)) {
      isValid = false;
      add(problem('regime', path, describe(regime)));
    } else setOwn(regions, code, regime as Regime);
  }
  return isValid ? regions : {};
}

/**
 * What a valid config leaves visitors without: who asks (controller name, policy link), who runs each service and how
 * long its cookies last (CNIL 2020-091, Planet49). Logged as warnings, never errors: nothing is dropped.
 * The built-in default (no config at all) gets none: it is the demo a site owner starts from.
 */
function adviceFor(config: Config): Problem[] {
  const advice: Problem[] = [];
  const missing = ['name', 'policyUrl'].filter((key) => !config.controller[key as 'name']);
  if (missing.length) advice.push(problem('noController', 'controller', missing.map((key) => 'controller.' + key).join(' or ')));
  for (const category of config.categories) {
    for (const service of category.services) {
      const path = 'categories.' + category.id + '.services.' + service.id;
      const inherits = service.inherits ?? [];
      const nearest = service.inherits ? undefined : nearestCatalogueId(service.id);
      if (nearest) advice.push(problem('catalogueId', path, nearest));
      if (!service.provider && !inherits.includes('provider')) advice.push(problem('noProvider', path));
      const undated = inherits.includes('cookies') ? [] : service.cookies.filter((c) => !c.duration).map((c) => c.name);
      if (undated.length) advice.push(problem('noDuration', path + '.cookies', undated.join(', ')));
    }
  }
  return advice;
}

/**
 * A callback's `global`: the plain name of a property of `window`, never a path. A path would let config reach any
 * method of any object (`document.body.insertAdjacentHTML`, `location.assign`); what the name holds is checked
 * when a value is sent (callbacks.ts).
 */
function parseGlobal(value: unknown, path: string, add: (p: Problem) => void): string | undefined {
  if (typeof value === 'string' && GLOBAL_NAME.test(value)) return value;
  const queue = typeof value === 'string' && /^([A-Za-z_$][\w$]*)\.push$/.exec(value);
  if (queue) add(problem('pushPath', path, queue[1]));
  else add(problem('type', path, 'the name of a global array or function, without dots, like "dataLayer"', value === undefined ? 'nothing' : describe(value)));
  return undefined;
}

/** Checks a `category` or `category:service` reference against the categories that survived validation. */
function checkTarget(value: string, path: string, categories: Category[], add: (p: Problem) => void): string | undefined {
  const [categoryId, serviceId] = value.split(':');
  const category = categories.find((c) => c.id === categoryId);
  if (!category) {
    add(problem('unknownCategory', path, categoryId, categories.map((c) => c.id).join(', ')));
    return undefined;
  }
  if (serviceId !== undefined && !category.services.some((s) => s.id === serviceId)) {
    add(problem('unknownService', path, serviceId, categoryId, category.services.map((s) => s.id).join(', ') || '(none)'));
    return undefined;
  }
  return value;
}

type Readers = {
  str: (o: Obj, k: string, p: string) => string | undefined;
  bool: (o: Obj, k: string, p: string) => boolean | undefined;
  url: (o: Obj, k: string, p: string) => string | undefined;
  unknownKeys: (o: Obj, known: string[], p: string) => void;
};

function parseCategories(input: unknown, add: (p: Problem) => void, r: Readers): Category[] {
  const categories: Category[] = DEFAULT_CONFIG.categories.map((c) => ({ ...c, services: [] }));
  if (input === undefined) return categories;
  if (!isObj(input)) {
    add(problem('type', 'categories', 'an object of categories by id', describe(input)));
    return categories;
  }
  const serviceOwners = new Map<string, string>();
  for (const [id, value] of Object.entries(input)) {
    const path = 'categories.' + id;
    const index = categories.findIndex((c) => c.id === id);
    if (value === false) {
      if (id === 'necessary') add(problem('necessary', path));
      else if (index >= 0) categories.splice(index, 1);
      continue;
    }
    if (!/^[a-z][a-z0-9_-]{0,31}$/i.test(id)) {
      add(problem('type', path, 'an id of letters, digits, - or _ (at most 32)', JSON.stringify(id)));
      continue;
    }
    if (!isObj(value)) {
      add(problem('type', path, 'an object or false', describe(value)));
      continue;
    }
    r.unknownKeys(value, CATEGORY_KEYS, path);
    const category: Category = index >= 0 ? categories[index]! : { id, readOnly: false, saleOrShare: SALE_OR_SHARE_DEFAULT.includes(id), services: [] };
    if (index < 0) categories.push(category);
    const title = r.str(value, 'title', path + '.title');
    const description = r.str(value, 'description', path + '.description');
    if (title !== undefined) category.title = title;
    if (description !== undefined) category.description = description;
    const readOnly = r.bool(value, 'readOnly', path + '.readOnly');
    if (readOnly !== undefined) {
      if (id === 'necessary' && !readOnly) add(problem('necessary', path + '.readOnly'));
      // The built-in optional purposes are never strictly necessary: making one always on would grant it unasked.
      else if (readOnly && id !== 'necessary' && DEFAULT_CATEGORY_IDS.includes(id as 'performance')) add(problem('readOnly', path + '.readOnly', id));
      else category.readOnly = readOnly;
    }
    const saleOrShare = r.bool(value, 'saleOrShare', path + '.saleOrShare');
    if (saleOrShare !== undefined) category.saleOrShare = saleOrShare;
    const services = own(value, 'services');
    if (services === undefined) continue;
    if (!isObj(services)) {
      add(problem('type', path + '.services', 'an object of services by name', describe(services)));
      continue;
    }
    for (const [name, svc] of Object.entries(services)) {
      const spath = path + '.services.' + name;
      if (!/^[\w-]{1,40}$/.test(name)) {
        add(problem('type', spath, 'a service name of letters, digits, - or _ (at most 40)', JSON.stringify(name)));
        continue;
      }
      if (!isObj(svc)) {
        add(problem('type', spath, 'an object (may be empty)', describe(svc)));
        continue;
      }
      const owner = serviceOwners.get(name);
      if (owner) {
        add(problem('duplicateService', spath, name, owner));
        continue;
      }
      serviceOwners.set(name, path);
      r.unknownKeys(svc, SERVICE_KEYS, spath);
      const service: Service = { id: name, category: id, label: r.str(svc, 'label', spath + '.label') ?? name, cookies: [] };
      const provider = r.str(svc, 'provider', spath + '.provider');
      const purpose = r.str(svc, 'purpose', spath + '.purpose');
      const policyUrl = r.url(svc, 'policyUrl', spath + '.policyUrl');
      if (provider !== undefined) service.provider = provider;
      if (purpose !== undefined) service.purpose = purpose;
      if (policyUrl !== undefined) service.policyUrl = policyUrl;
      const cookies = own(svc, 'cookies');
      if (Array.isArray(cookies)) {
        cookies.forEach((decl, i) => {
          const info = parseCookieDeclaration(decl, spath + '.cookies[' + i + ']', add, r);
          if (info) service.cookies.push(info);
        });
      } else if (cookies !== undefined) {
        add(problem('type', spath + '.cookies', 'an array of names or /regex/ strings', describe(cookies)));
      }
      const hosts = parseHosts(own(svc, 'hosts'), spath + '.hosts', add);
      if (hosts) service.hosts = hosts;
      // A catalogue id inherits what the site leaves out; the entry itself arrives when something needs it.
      if (isCatalogueId(name)) service.inherits = INHERITED.filter((key) => own(svc, key) === undefined);
      category.services.push(service);
    }
  }
  return categories;
}

/** A service's `hosts`: host names, each with an optional path prefix (`www.example.com/tag.js`). */
function parseHosts(value: unknown, path: string, add: (p: Problem) => void): HostRule[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    add(problem('type', path, 'an array of host names', describe(value)));
    return undefined;
  }
  const rules: HostRule[] = [];
  value.forEach((item, i) => {
    const m = typeof item === 'string' ? HOST_RULE.exec(item) : null;
    if (!m)
      return add(problem('type', path + '[' + i + ']', 'a host name like "cdn.example.com", "*.example.com" or "www.example.com/tag.js"', describe(item)));
    rules.push(m[2] ? { host: m[1]!.toLowerCase(), path: m[2] } : { host: m[1]!.toLowerCase() });
  });
  return rules;
}

function parseCookieDeclaration(decl: unknown, path: string, add: (p: Problem) => void, r: Readers): CookieInfo | undefined {
  let info: CookieInfo;
  if (typeof decl === 'string') {
    info = { name: decl };
  } else if (isObj(decl) && typeof own(decl, 'name') === 'string') {
    r.unknownKeys(decl, COOKIE_DECL_KEYS, path);
    info = { name: own(decl, 'name') as string };
    const duration = r.str(decl, 'duration', path + '.duration');
    const purpose = r.str(decl, 'purpose', path + '.purpose');
    if (duration !== undefined) info.duration = duration;
    if (purpose !== undefined) info.purpose = purpose;
    path += '.name';
  } else {
    add(problem('type', path, 'a cookie name, a /regex/ string or { name, duration, purpose }', describe(decl)));
    return undefined;
  }
  if (!info.name) {
    add(problem('type', path, 'a non-empty name', '""'));
    return undefined;
  }
  const pattern = compileCookiePattern(info.name, path);
  if (pattern && !(pattern instanceof RegExp)) {
    add(pattern);
    return undefined;
  }
  if (pattern) info.pattern = pattern;
  return info;
}

function consentModeDefaults(): ConsentModeConfig {
  return { mode: 'basic', mapping: { ...DEFAULT_GCM_MAPPING }, waitForUpdate: 500, urlPassthrough: false, adsDataRedaction: false };
}

function parseConsentMode(input: Obj, categories: Category[], add: (p: Problem) => void, unknownKeys: Readers['unknownKeys']): ConsentModeConfig {
  const gcm = consentModeDefaults();
  unknownKeys(input, GCM_KEYS, 'googleConsentMode');
  const [mode, mapping, region, waitForUpdate, urlPassthrough, adsDataRedaction] = GCM_KEYS.map((key) => own(input, key));
  if (mode === 'basic' || mode === 'advanced') gcm.mode = mode;
  else if (mode !== undefined) add(problem('type', 'googleConsentMode.mode', '"basic" or "advanced"', describe(mode)));
  if (isObj(mapping)) {
    gcm.mapping = { necessary: ['security_storage'] };
    for (const [id, types] of Object.entries(mapping)) {
      const path = 'googleConsentMode.mapping.' + id;
      if (!categories.some((c) => c.id === id)) {
        add(problem('unknownCategory', path, id, categories.map((c) => c.id).join(', ')));
      } else if (!Array.isArray(types)) {
        add(problem('type', path, 'an array of Google consent types', describe(types)));
      } else {
        gcm.mapping[id] = types.filter((t, i) => {
          const ok = GOOGLE_CONSENT_TYPES.includes(t as GoogleConsentType);
          if (!ok) add(problem('type', path + '[' + i + ']', 'one of ' + GOOGLE_CONSENT_TYPES.join(', '), describe(t)));
          return ok;
        }) as GoogleConsentType[];
      }
    }
  } else if (mapping !== undefined) add(problem('type', 'googleConsentMode.mapping', 'an object', describe(mapping)));
  if (Array.isArray(region)) {
    const valid = region.filter((code, i) => {
      const ok = isRegionCode(code);
      if (!ok)
        add(
          typeof code === 'string'
            ? problem('region', 'googleConsentMode.region[' + i + ']', code)
            : problem('type', 'googleConsentMode.region[' + i + ']', 'a region code', describe(code)),
        );
      return ok;
    }) as string[];
    // A partly wrong list would narrow the denied defaults to fewer regions than meant: use none (defaults everywhere).
    if (valid.length && valid.length === region.length) gcm.region = valid;
  } else if (region !== undefined) add(problem('type', 'googleConsentMode.region', 'an array of ISO 3166-2 codes', describe(region)));
  if (typeof waitForUpdate === 'number' && waitForUpdate >= 0 && waitForUpdate <= 10000) gcm.waitForUpdate = waitForUpdate;
  else if (waitForUpdate !== undefined) add(problem('range', 'googleConsentMode.waitForUpdate', 'milliseconds from 0 to 10000', describe(waitForUpdate)));
  for (const [key, v] of [
    ['urlPassthrough', urlPassthrough],
    ['adsDataRedaction', adsDataRedaction],
  ] as const) {
    if (typeof v === 'boolean') gcm[key] = v;
    else if (v !== undefined) add(problem('type', 'googleConsentMode.' + key, 'true or false', describe(v)));
  }
  return gcm;
}

const TEXT_SECTIONS = ['banner', 'modal', 'placeholder', 'notice', 'categories'];
const TEXT_STRINGS = ['reopen', 'gpc'];

/**
 * Keeps the string leaves of a translation; reports anything else. Unknown text keys are reported too.
 * Also checks the texts of a locale file when it arrives (`loadTexts`).
 */
export function parseTexts(input: Obj, path: string, add: (p: Problem) => void): TextsOverride {
  const out: Obj = {};
  for (const [key, value] of Object.entries(input)) {
    const p = path + '.' + key;
    if (TEXT_STRINGS.includes(key)) {
      if (typeof value === 'string') out[key] = value;
      else add(problem('type', p, 'a string', describe(value)));
    } else if (TEXT_SECTIONS.includes(key)) {
      if (!isObj(value)) {
        add(problem('type', p, 'an object of texts', describe(value)));
        continue;
      }
      const section: Obj = {};
      for (const [k, v] of Object.entries(value)) {
        if (key === 'categories') {
          if (isObj(v)) {
            const c: Obj = {};
            for (const [ck, cv] of Object.entries(v)) {
              if ((ck === 'title' || ck === 'description') && typeof cv === 'string') c[ck] = cv;
              else add(problem('type', p + '.' + k + '.' + ck, 'title or description, a string', describe(cv)));
            }
            setOwn<unknown>(section, k, c);
          } else add(problem('type', p + '.' + k, 'an object { title, description }', describe(v)));
        } else if (ownValue(TEXTS_EN[key as 'banner'] as Record<string, string>, k) === undefined) {
          add(problem('unknownKey', p + '.' + k, k, Object.keys(TEXTS_EN[key as 'banner']).join(', ')));
        } else if (typeof v === 'string') section[k] = v;
        else add(problem('type', p + '.' + k, 'a string', describe(v)));
      }
      out[key] = section;
    } else {
      add(problem('unknownKey', p, key, TEXT_SECTIONS.concat(TEXT_STRINGS).join(', ')));
    }
  }
  return out as TextsOverride;
}
