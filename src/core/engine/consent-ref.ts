import type { Config, Consent } from '../types';

/**
 * Whether a choice grants a reference written in config: a category id (`"targeting"`) or
 * `"category:service"` (`"targeting:meta"`). A service the config does not declare falls back to its category,
 * so a typo never grants more than the category would. No choice (`null`) grants nothing.
 *
 * @example
 * isGranted(config, $consent.get(), 'performance:ga')
 */
export function isGranted(config: Config, consent: Consent | null, ref: string): boolean {
  if (!consent) return false;
  const [category, service] = ref.split(':');
  const isDeclared = !!service && config.categories.some((c) => c.id === category && c.services.some((s) => s.id === service));
  return isDeclared ? consent.services.includes(service!) : consent.categories.includes(category!);
}

/**
 * What `hasConsent(category, service?)` answers, for any choice: `necessary` (a read-only category) always, an
 * unknown category or a service it does not declare never, otherwise what the choice grants. Pure: the browser
 * asks it about `$consent`, the server about the choice `readConsent` read from a request's cookie.
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
