/**
 * What the engine knows of the service catalogue at once, without loading an entry: which service keys are
 * catalogue ids, and which of them switch on a vendor integration or Google Consent Mode. The build keeps only that
 * much of `services.json` here (`catalogueIndex` in rollup.config.mjs); each entry's texts and cookies are a file of
 * their own, loaded when something shows or deletes them (`src/core/engine/catalogue.ts`).
 */
import catalogue from './services.json';

/** A vendor integration of `config.vendors`. */
export type VendorKey = 'meta' | 'uet' | 'tiktok' | 'clarity' | 'matomo';

/** What naming a catalogue service switches on. */
export interface CatalogueBinding {
  vendor?: VendorKey;
  consentMode?: boolean;
}

// Read in functions only, never at the top of the module: a bundle that never asks (`hasConsent` alone) drops the data.
const services = () => catalogue.services as Record<string, { integration?: CatalogueBinding }>;

/**
 * Ids of the catalogue's services, sorted.
 * @example catalogueIds().includes('google-analytics') // true
 */
export function catalogueIds(): string[] {
  return Object.keys(services());
}

/**
 * `true` when a service key names a catalogue entry.
 * @example isCatalogueId('youtube') // true; isCatalogueId('yt') // false
 */
export function isCatalogueId(key: string): boolean {
  // biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn is ES2022 and the bundles target ES2020 browsers
  return Object.prototype.hasOwnProperty.call(services(), key);
}

/**
 * The consent API a catalogue service is tied to, or `undefined` (also for a key that is no catalogue id).
 * @example catalogueBinding('meta-pixel') // { vendor: 'meta' }
 */
export function catalogueBinding(id: string): CatalogueBinding | undefined {
  return isCatalogueId(id) ? services()[id]!.integration : undefined;
}
