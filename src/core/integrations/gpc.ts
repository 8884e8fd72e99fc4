import type { Config } from '../types';

/**
 * `true` when the browser sends a Global Privacy Control signal and config honours it.
 * Only `navigator.globalPrivacyControl === true` counts, as the GPC spec says.
 */
export function readGpcSignal(config: Config): boolean {
  try {
    return config.gpc && typeof navigator != 'undefined' && (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl === true;
  } catch {
    return false;
  }
}

/** Ids of the categories a GPC signal refuses (`saleOrShare: true`). */
export function gpcRefusedCategories(config: Config): string[] {
  return config.categories.filter((c) => c.saleOrShare && !c.readOnly).map((c) => c.id);
}
