/**
 * What a config gets from the service catalogue while it is parsed: which services inherit from an entry, the
 * integrations their names switch on, and a suggestion for a key that is almost an id. Everything here works on ids
 * alone (`src/catalogue/index.ts`); the entries' texts and cookies arrive later (`catalogue.ts`).
 */
import type { Config } from '../types';
import { catalogueBinding, catalogueIds, isCatalogueId } from '../../catalogue/index';

export { catalogueIds };

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
