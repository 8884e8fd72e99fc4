import type { Integration } from '../engine/integration';
import type { Config } from '../types';

/**
 * The integrations that must act before marked elements activate (Google Consent Mode, vendor consent APIs), for
 * the config in force.
 *
 * ESM (`cookiegate`, `cookiegate/core`): each is a dynamic import that an app's bundler splits into a chunk of its
 * own, imported only when the config names it, so an app without them bundles none of their code. Activation waits
 * for them (`init`), so a Google tag still activates only after the Consent Mode `update`.
 *
 * The script tag's build replaces this module with `first-phase-inline.ts`: there they must act synchronously,
 * before the page's next inline snippet runs.
 *
 * @returns the integrations, or a promise of them while their chunks load
 */
export function firstPhaseIntegrations(config: Config): Integration[] | Promise<Integration[]> {
  const loads: Array<Promise<Integration>> = [];
  if (config.googleConsentMode) loads.push(import('./consent-mode').then((m) => m.consentMode()));
  if (Object.keys(config.vendors || {}).length) loads.push(import('./vendors').then((m) => m.vendors()));
  return loads.length ? Promise.all(loads) : [];
}
