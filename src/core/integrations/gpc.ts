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
