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
  const isDeclared =
    !!service &&
    config.categories.some((c) => c.id === category && c.services.some((s) => s.id === service));
  return isDeclared ? consent.services.includes(service!) : consent.categories.includes(category!);
}
