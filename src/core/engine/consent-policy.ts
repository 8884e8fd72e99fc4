import type { Config, Consent } from '../types';
import { setOwn } from './own';

/**
 * The consent policy: whether a choice grants a category or a service, and what a Global Privacy Control signal
 * refuses. Pure (config and choice in, answer out), so the browser's `hasConsent`, the integrations, the built-in
 * UI and the server reader give the same answer for the same choice. Writing a choice is for the actions.
 */

/**
 * What `hasConsent(category, service?)` answers, for any choice: `necessary` (a read-only category) always, an
 * unknown category or a service it does not declare never, otherwise what the choice grants. The browser asks it
 * about `$consent`, the server about the choice `readConsent` read from a request's cookie.
 *
 * @example grants(config, consent, 'social', 'youtube')
 */
export function grants(config: Config, consent: Consent | null, category: string, service?: string): boolean {
  const found = config.categories.find((c) => c.id === category);
  if (!found) return false;
  if (found.readOnly) return true;
  if (!consent) return false;
  if (service !== undefined) return found.services.some((s) => s.id === service) && consent.services.includes(service);
  return consent.categories.includes(category);
}

/**
 * Whether a choice grants a reference written in config: a category id (`"targeting"`) or
 * `"category:service"` (`"targeting:meta"`). A service the config does not declare falls back to its category,
 * so a typo never grants more than the category would. No choice (`null`) grants nothing.
 *
 * @example isGranted(config, $consent.get(), 'performance:ga')
 */
export function isGranted(config: Config, consent: Consent | null, ref: string): boolean {
  if (!consent) return false;
  const [category, service] = ref.split(':');
  const isDeclared = !!service && config.categories.some((c) => c.id === category && c.services.some((s) => s.id === service));
  return isDeclared ? consent.services.includes(service!) : consent.categories.includes(category!);
}

/**
 * Ids of the categories a GPC signal refuses: the optional ones marked `saleOrShare`.
 * @example gpcRefusedCategories(config) // ['targeting', 'social']
 */
export function gpcRefusedCategories(config: Config): string[] {
  return config.categories.filter((c) => c.saleOrShare && !c.readOnly).map((c) => c.id);
}

/** `true` when `service` belongs to a category a GPC signal refuses. */
const isGpcRefusedService = (config: Config, service: string) =>
  config.categories.some((c) => c.saleOrShare && !c.readOnly && c.services.some((s) => s.id === service));

/**
 * A choice without what a GPC signal refuses: the sale/share categories and every service in them. The one rule the
 * browser applies to a choice made under the signal and the server reader applies to a stored one.
 * @example withoutGpcRefused(config, ['necessary', 'targeting'], ['meta']) // { categories: ['necessary'], services: [] }
 */
export function withoutGpcRefused(config: Config, categories: string[], services: string[]): { categories: string[]; services: string[] } {
  const refused = gpcRefusedCategories(config);
  return { categories: categories.filter((id) => !refused.includes(id)), services: services.filter((id) => !isGpcRefusedService(config, id)) };
}

/**
 * `true` when a choice grants something a GPC signal refuses (a sale/share category, or a service in one): what a
 * signal overrides in a stored choice, and what an explicit switch in the preferences keeps against it.
 * @example grantsGpcRefused(config, ['necessary', 'targeting'], []) // true when targeting is saleOrShare
 */
export function grantsGpcRefused(config: Config, categories: string[], services: string[]): boolean {
  const refused = gpcRefusedCategories(config);
  return categories.some((id) => refused.includes(id)) || services.some((id) => isGpcRefusedService(config, id));
}

/**
 * The state of every switch a preferences dialog shows for a choice: as stored, not defaults, so with no choice every
 * optional switch is off (the CJEU's Planet49 ruling: no pre-ticked boxes). Read-only categories and their services
 * are on.
 * @example switchStates(config, getConsent()).categories.performance // false before a choice
 */
export function switchStates(config: Config, consent: Consent | null): { categories: Record<string, boolean>; services: Record<string, boolean> } {
  const categories: Record<string, boolean> = {};
  const services: Record<string, boolean> = {};
  // Own keys: a category or service may be named like an Object.prototype member (`constructor`).
  for (const category of config.categories) {
    setOwn(categories, category.id, !!category.readOnly || !!consent?.categories.includes(category.id));
    for (const service of category.services) setOwn(services, service.id, !!category.readOnly || !!consent?.services.includes(service.id));
  }
  return { categories, services };
}
