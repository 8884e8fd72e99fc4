import type { Integration } from '../engine/integration';
import { consentMode } from './consent-mode';
import { vendors } from './vendors';

/**
 * The script tag's `firstPhaseIntegrations` (see `first-phase.ts`): Consent Mode and the vendor consent APIs are
 * inside the gate, so their defaults and denied states reach the page before its next inline snippet runs. Each does
 * nothing unless the config names it.
 */
export function firstPhaseIntegrations(): Integration[] {
  return [consentMode(), vendors()];
}
