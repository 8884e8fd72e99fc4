import type { Config } from '../types';

/**
 * `true` when the browser sends a Global Privacy Control signal and config honours it.
 * Only `navigator.globalPrivacyControl === true` counts, as the GPC spec says.
 */
export function readGpcSignal(config: Config): boolean {
  try {
    return config.gpc && typeof navigator !== 'undefined' && (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl === true;
  } catch {
    return false;
  }
}

/** Ids of the categories a GPC signal refuses (`saleOrShare: true`). */
export function gpcRefusedCategories(config: Config): string[] {
  return config.categories.filter((c) => c.saleOrShare && !c.readOnly).map((c) => c.id);
}

/**
 * A choice without what a GPC signal refuses: the sale/share categories and every service in them. The one rule the
 * browser applies to a choice made under the signal and the server reader applies to a stored one.
 */
export function withoutGpcRefused(config: Config, categories: string[], services: string[]): { categories: string[]; services: string[] } {
  const refused = gpcRefusedCategories(config);
  const isRefused = (service: string) => config.categories.some((c) => refused.includes(c.id) && c.services.some((s) => s.id === service));
  return { categories: categories.filter((id) => !refused.includes(id)), services: services.filter((id) => !isRefused(id)) };
}
