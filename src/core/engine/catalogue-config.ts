/**
 * What a config gets from the service catalogue while it is parsed: which services inherit from an entry, the
 * integrations their names switch on, and a suggestion for a key that is almost an id. Everything here works on ids
 * alone (`src/catalogue/index.ts`); the entries' texts and cookies arrive later (`catalogue.ts`).
 */
import type { Config } from '../types';
import { catalogueBinding, catalogueIds, isCatalogueId } from '../../catalogue/index';

/**
 * Fields a catalogue service takes from its entry unless the site sets them.
 * @example INHERITED.includes('cookies') // true
 */
export const INHERITED = ['label', 'provider', 'purpose', 'policyUrl', 'cookies'] as const;

/** A field a catalogue service may inherit. */
export type InheritedField = (typeof INHERITED)[number];

export { isCatalogueId };

/**
 * Naming a catalogue service switches on its consent API: the vendor integration (granted by that service) unless
 * `vendors` names the vendor itself, and Google Consent Mode (basic, default mapping) unless `googleConsentMode` is
 * written in the config, `false` included.
 *
 * @param hasConsentModeKey the site's config has a `googleConsentMode` key
 */
export function bindCatalogueServices(config: Config, hasConsentModeKey: boolean, consentModeDefaults: () => Config['googleConsentMode']): void {
  for (const category of config.categories) {
    for (const service of category.services) {
      const binding = service.inherits && catalogueBinding(service.id);
      if (!binding) continue;
      const ref = category.id + ':' + service.id;
      if (binding.consentMode && !hasConsentModeKey && !config.googleConsentMode) config.googleConsentMode = consentModeDefaults();
      const vendor = binding.vendor;
      if (vendor && !config.vendors[vendor]) {
        if (vendor === 'clarity') config.vendors.clarity = { analytics: ref };
        else config.vendors[vendor] = ref;
      }
    }
  }
}

/** Edit distance of two short strings (insertions, deletions, substitutions). */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/**
 * The catalogue id a service key was probably meant to be (`google-analytic`, `Google_Analytics`), or `undefined`
 * when none is close. A short key (`yt`, `ga`) is nobody's typo: it stays a plain service without advice.
 * @example nearestCatalogueId('google-analytic') // 'google-analytics'
 */
export function nearestCatalogueId(key: string): string | undefined {
  const wanted = key.toLowerCase().replace(/_/g, '-');
  if (wanted.length < 4) return undefined;
  let best: string | undefined;
  let bestDistance = 3;
  for (const id of catalogueIds()) {
    const d = distance(wanted, id);
    if (d < bestDistance) [best, bestDistance] = [id, d];
  }
  return best;
}
