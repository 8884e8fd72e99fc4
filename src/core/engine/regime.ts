import type { Regime } from '../types';
import { ownValue } from './own';

/** The regimes, strictest first: where a visitor's region is unknown, the first one the config uses applies. */
export const REGIMES: readonly Regime[] = ['opt-in', 'opt-out', 'notice', 'none'];

/** ISO 3166-1 alpha-2, optionally with an ISO 3166-2 subdivision (`US-CA`): Google's documented region format too. */
export const REGION = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;

/** Reserved codes that look like countries but are not ISO 3166-1 assigned ones (the UK is `GB`). */
export const NOT_COUNTRIES = ['EU', 'EZ', 'UK', 'UN'];

/**
 * `true` for a region code cookiegate can match: a country (`DE`) or a subdivision (`US-CA`), upper case.
 * @example isRegionCode('US-CA') // true; isRegionCode('EU') // false
 */
export const isRegionCode = (code: unknown): code is string => typeof code === 'string' && REGION.test(code) && !NOT_COUNTRIES.includes(code.slice(0, 2));

/**
 * The regime for a visitor's region: the subdivision's entry (`US-CA`), else the country's (`US`), else `default`,
 * else `opt-in`. With no region known, the strictest regime the map uses (its `default` counted, `opt-in` when it
 * has none): fail closed.
 *
 * @param regions the validated `regions` map
 * @param region the visitor's region as the site gave it (upper case), or `undefined`
 * @example regimeFor({ US: 'opt-out', 'US-CA': 'opt-out' }, 'US-NY') // 'opt-out'
 * @example regimeFor({ US: 'opt-out', default: 'none' }) // 'opt-out'
 */
export function regimeFor(regions: Record<string, Regime>, region?: string): Regime {
  const fallback = ownValue(regions, 'default') ?? 'opt-in';
  if (region) return ownValue(regions, region) ?? ownValue(regions, region.slice(0, 2)) ?? fallback;
  const used = Object.values(regions).concat(fallback);
  return REGIMES.find((regime) => used.includes(regime))!;
}

/**
 * `true` when a choice made under `stored` asked less than `current` asks: it does not stand here, and the visitor is
 * asked again (an opt-out default carried into an opt-in region is no consent).
 * @example isLaxer('opt-out', 'opt-in') // true
 */
export const isLaxer = (stored: Regime, current: Regime): boolean => REGIMES.indexOf(stored) > REGIMES.indexOf(current);
