import type { Config, Consent, UserConfig } from '../types';
import { parseConfig } from './config';
import { report } from './errors';
import { readStoredConsent } from './cookie';
import { grants, withoutGpcRefused } from './consent-policy';

/**
 * Options of `readConsent` beside the config and the cookie.
 * @example readConsent(config, request.headers.get('cookie'), { gpc: request.headers.get('sec-gpc') === '1' })
 */
export interface ReadConsentOptions {
  /**
   * The request carried a Global Privacy Control signal (`Sec-GPC: 1`, the header browsers send with
   * `navigator.globalPrivacyControl`). As in the browser, it refuses `saleOrShare` categories a stored choice
   * granted, unless the visitor switched them on explicitly under the signal. Omitted: no signal.
   * @default false
   */
  gpc?: boolean;
  /** The time to check expiry against (milliseconds since 1970). @default Date.now() */
  now?: number;
}

/** Each config object is validated once (and its problems logged once), however many requests read with it. */
const parsed = new WeakMap<object, Config>();

/** The validated config of a site owner's config object, parsed once per object (its problems logged once). */
export function configOf(userConfig: UserConfig | undefined): Config {
  if (!userConfig || typeof userConfig !== 'object') return parseConfig(userConfig).config;
  let config = parsed.get(userConfig);
  if (!config) {
    const result = parseConfig(userConfig);
    result.problems.forEach((p) => report(p));
    parsed.set(userConfig, (config = result.config));
  }
  return config;
}

/**
 * Reads the visitor's choice from a request's cookies, on the server (no `document`), with exactly the checks the
 * browser runs: the format version, the config `revision`, the hash of what was granted (an edited or forged cookie
 * is no consent), the lifetime, and, when you pass the request's GPC signal, the GPC override. Never throws.
 *
 * @param config the same config the page passes to `init` (validated once per object; its problems are logged)
 * @param cookie the request's `Cookie` header (`a=1; cookiegate=…`), or the consent cookie's value alone
 * @param options `gpc`: the request's `Sec-GPC` signal; `now`: the time to check expiry against
 * @returns the choice, shaped as `getConsent()` returns it, or `null`: no choice, or none that counts
 * @example
 * import { readConsent, consentGrants } from 'cookiegate/server'
 * const consent = readConsent(config, request.headers.get('cookie'), { gpc: request.headers.get('sec-gpc') === '1' })
 * if (consentGrants(config, consent, 'social', 'youtube')) renderVideo()
 */
export function readConsent(config: UserConfig | undefined, cookie: string | null | undefined, options: ReadConsentOptions = {}): Consent | null {
  try {
    const valid = configOf(config);
    if (typeof cookie !== 'string' || !cookie) return null;
    // A value alone has no `=`: our format never uses one (base 36, `~`, `.`, `!`, UUIDs).
    const stored = readStoredConsent(valid, cookie.includes('=') ? cookie : valid.cookie.name + '=' + cookie, options.now);
    if (!stored) return null;
    if (!options.gpc || !valid.gpc || stored.flags.gpcConflict) return stored.consent;
    // The browser re-stores this choice without the refused categories when the page loads; the server sees that now.
    const { categories, services } = withoutGpcRefused(valid, stored.consent.categories, stored.consent.services);
    return { ...stored.consent, categories, services, gpc: true };
  } catch {
    return null;
  }
}

/**
 * Whether a choice grants a category, or with `service` that service: the answer `hasConsent` gives in the
 * browser, for a choice `readConsent` read on the server. `necessary` is always granted; `null` grants nothing else.
 *
 * @param config the same config the page passes to `init`
 * @param consent what `readConsent` returned
 * @param category a category id (`'social'`)
 * @param service a service of that category (`'youtube'`): then that service's own consent counts
 * @example consentGrants(config, readConsent(config, cookieHeader), 'performance')
 */
export function consentGrants(config: UserConfig | undefined, consent: Consent | null, category: string, service?: string): boolean {
  return grants(configOf(config), consent, category, service);
}
