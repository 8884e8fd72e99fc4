import type { Config, Consent, Regime } from '../types';
import { shortHash } from '../platform/hash';
import { checkedMark } from './config-mark';

/**
 * The consent cookie. Its value is one line of `~`-separated fields, so it stays far below 200 bytes:
 *
 *   1 ~ revision ~ hash ~ granted categories (.-joined, necessary implied) ~ service exceptions ~ id ~ created ~ updated ~ flags [~ mark]
 *
 * Service exceptions list services whose state differs from their category: `name` granted, `!name` refused.
 * Times are Unix seconds in base 36. Flags: `g` GPC honoured, `c` a GPC-refused category granted explicitly; the
 * regime it was made under, `o` opt-out, `n` notice, `x` none (no letter: opt-in, so a cookie from before `regions`
 * reads as the opt-in choice it was); `p` the regime's notice is still to be dismissed.
 * The hash covers the services of every granted category (adding a service to a granted category asks again),
 * and the exceptions and flags as written, so an edit there cannot grant a service or a GPC conflict.
 * The mark, when there is one, fingerprints the config the choice was written under, checked clean (`config-mark.ts`);
 * it grants nothing, but the hash covers it, so that a cookie cut short is corrupt wherever it was cut.
 */
export const COOKIE_FORMAT = '1';

const DAY = 86400;

/** The cookie's letter for each regime but opt-in. */
const REGIME_FLAGS: Partial<Record<Regime, string>> = { 'opt-out': 'o', notice: 'n', none: 'x' };

/**
 * Hash of what a visitor granted: each granted category with its services, and the service exceptions and
 * flags as stored. Exceptions and flags grant too (`!ga` → `ga`, an added `c`), so a cookie edited there must
 * not pass either; without any, the hash is the category part alone. The config mark, when there is one, is covered
 * too, so a cookie cut short anywhere (even by its mark alone) reads as corrupt.
 */
export function grantHash(config: Config, categories: string[], exceptions = '', flags = '', mark = ''): string {
  return shortHash(
    config.categories
      .filter((c) => categories.includes(c.id))
      .map((c) => c.id + ':' + c.services.map((s) => s.id).join(','))
      .join('|') +
      (exceptions || flags ? '#' + exceptions + '#' + flags : '') +
      (mark ? '#' + mark : ''),
  );
}

/** Flags stored beside a choice. */
export interface StoredFlags {
  /** A GPC-refused category was granted by an explicit switch (a "GPC conflict"). */
  gpcConflict: boolean;
  /** The state was set by an opt-out or notice regime, and its notice is still to be dismissed. */
  noticePending?: boolean;
  /** The mark of the config the cookie was written under, if it was checked clean (`config-mark.ts`). */
  checked?: string;
}

/** Turns a choice into the cookie value. */
export function encodeConsent(config: Config, consent: Consent, flags: StoredFlags): string {
  const optional = consent.categories.filter((id) => id !== 'necessary');
  const exceptions: string[] = [];
  for (const category of config.categories) {
    const granted = consent.categories.includes(category.id);
    for (const service of category.services) {
      const has = consent.services.includes(service.id);
      if (has !== granted) exceptions.push((has ? '' : '!') + service.id);
    }
  }
  const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000).toString(36);
  const flagText = (consent.gpc ? 'g' : '') + (flags.gpcConflict ? 'c' : '') + (REGIME_FLAGS[consent.regime] || '') + (flags.noticePending ? 'p' : '');
  const mark = checkedMark();
  return [
    COOKIE_FORMAT,
    consent.revision,
    grantHash(config, consent.categories, exceptions.join('.'), flagText, mark),
    optional.join('.'),
    exceptions.join('.'),
    consent.consentId,
    seconds(consent.consentTime),
    seconds(consent.updateTime),
    flagText,
    ...(mark ? [mark] : []),
  ].join('~');
}

/**
 * Reads a cookie value back. Anything unexpected — another format, a future version, an older revision,
 * a changed set of services, unknown categories, bad times, an expired choice — returns `null`: no consent.
 * Never throws.
 */
export function decodeConsent(config: Config, value: string, now = Date.now()): { consent: Consent; flags: StoredFlags } | null {
  try {
    const f = value.split('~');
    if ((f.length !== 9 && f.length !== 10) || f[0] !== COOKIE_FORMAT || f[1] !== String(config.revision)) return null;
    const [, , hash, cats, exceptions, id, created, updated, flags, mark = ''] = f as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string?,
    ];
    if (!/^[0-9a-z]{0,7}$/.test(mark)) return null;
    const known = config.categories.map((c) => c.id);
    const optional = cats ? cats.split('.') : [];
    if (optional.some((id) => !known.includes(id) || id === 'necessary')) return null;
    const categories = known.filter((id) => id === 'necessary' || optional.includes(id));
    if (grantHash(config, categories, exceptions, flags, mark) !== hash) return null;
    if (!/^[0-9a-f-]{36}$/.test(id) || !/^g?c?[onx]?p?$/.test(flags)) return null;
    const createdAt = parseInt(created, 36) * 1000;
    const updatedAt = parseInt(updated, 36) * 1000;
    if (!/^[0-9a-z]{1,9}$/.test(created) || !/^[0-9a-z]{1,9}$/.test(updated) || createdAt > updatedAt) return null;
    const lifetime = (categories.length > 1 ? config.cookie.expiresDays : config.cookie.rejectExpiresDays) * DAY * 1000;
    // A day of clock skew is tolerated; a choice from further in the future was not made here.
    if (updatedAt > now + DAY * 1000 || updatedAt + lifetime < now) return null;
    // A Map, not an object: a service may be named "constructor" or "__proto__", which an object would inherit.
    const exceptionMap = new Map<string, boolean>();
    for (const e of exceptions ? exceptions.split('.') : []) {
      const name = e.replace(/^!/, '');
      if (!config.categories.some((c) => c.services.some((s) => s.id === name))) return null;
      exceptionMap.set(name, e[0] !== '!');
    }
    const services: string[] = [];
    for (const category of config.categories) {
      for (const service of category.services) {
        if (exceptionMap.get(service.id) ?? categories.includes(category.id)) services.push(service.id);
      }
    }
    return {
      consent: {
        categories,
        services,
        consentId: id,
        consentTime: new Date(createdAt).toISOString(),
        updateTime: new Date(updatedAt).toISOString(),
        revision: config.revision,
        gpc: flags.includes('g'),
        regime: (Object.keys(REGIME_FLAGS) as Regime[]).find((regime) => flags.includes(REGIME_FLAGS[regime]!)) || 'opt-in',
      },
      flags: { gpcConflict: flags.includes('c'), noticePending: flags.includes('p'), ...(mark ? { checked: mark } : {}) },
    };
  } catch {
    return null;
  }
}

/** Every value of cookies named `name` in a cookie string (a parent domain may hold a second one). */
export function readCookies(name: string, cookieString: string): string[] {
  const values: string[] = [];
  for (const part of cookieString.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        values.push(decodeURIComponent(part.slice(eq + 1).trim()));
      } catch {
        /* malformed escapes: treat as corrupt, skip */
      }
    }
  }
  return values;
}

/**
 * The choice a cookie string holds (`document.cookie`, or a request's `Cookie` header), or `null`. Where several
 * cookies carry our name (host and parent domain), the most recently updated valid one wins.
 */
export function readStoredConsent(config: Config, cookieString: string, now = Date.now()): { consent: Consent; flags: StoredFlags } | null {
  let best: { consent: Consent; flags: StoredFlags } | null = null;
  for (const value of readCookies(config.cookie.name, cookieString)) {
    const decoded = decodeConsent(config, value, now);
    if (decoded && (!best || decoded.consent.updateTime > best.consent.updateTime)) best = decoded;
  }
  return best;
}

/** The stored choice in this document's cookies, or `null`. */
export function loadConsent(config: Config): { consent: Consent; flags: StoredFlags } | null {
  let raw: string;
  try {
    raw = document.cookie;
  } catch {
    return null; // cookies disabled or a sandboxed frame: no consent
  }
  return readStoredConsent(config, raw);
}

/** Attributes of a cookie we write: `Path`, `SameSite=Lax`, `Secure` on https, optional `Domain`. */
export function cookieAttributes(path: string, domain: string | undefined, maxAgeSeconds: number): string {
  return (
    ';Path=' +
    path +
    (domain ? ';Domain=' + domain : '') +
    // A past Expires beside Max-Age=0 deletes in every cookie jar, including ones that ignore Max-Age.
    (maxAgeSeconds > 0 ? ';Max-Age=' + maxAgeSeconds : ';Expires=Thu, 01 Jan 1970 00:00:00 GMT') +
    ';SameSite=Lax' +
    (location.protocol === 'https:' ? ';Secure' : '')
  );
}

/** Writes the choice; a refusal and a grant may be kept for different times. */
export function saveConsent(config: Config, consent: Consent, flags: StoredFlags): void {
  const days = consent.categories.length > 1 ? config.cookie.expiresDays : config.cookie.rejectExpiresDays;
  try {
    document.cookie =
      config.cookie.name + '=' + encodeConsent(config, consent, flags) + cookieAttributes(config.cookie.path, config.cookie.domain, Math.round(days * DAY));
  } catch {
    /* cookies disabled: the choice lives for this page only */
  }
}

/** Deletes the consent cookie on the host and on the configured domain. */
export function eraseConsent(config: Config): void {
  try {
    document.cookie = config.cookie.name + '=' + cookieAttributes(config.cookie.path, undefined, 0);
    if (config.cookie.domain) document.cookie = config.cookie.name + '=' + cookieAttributes(config.cookie.path, config.cookie.domain, 0);
  } catch {
    /* nothing stored */
  }
}
