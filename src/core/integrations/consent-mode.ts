import type { Integration } from '../engine/integration';
import { ownValue } from '../engine/own';
import type { ConsentModeConfig, GoogleConsentType } from '../types';
import { $gpc, $regime, $region } from '../engine/stores';
import { withoutGpcRefused } from '../engine/consent-policy';
import { problem, report } from '../engine/errors';
import { GOOGLE_CONSENT_TYPES } from './google-consent-types';
import { isRegionCode } from '../engine/regime';
import { DEFAULT_CONSENT_MODE, isWaitForUpdate } from '../engine/defaults';

type ConsentState = Record<GoogleConsentType, 'granted' | 'denied'>;
type DataLayerWindow = Window & { dataLayer?: unknown[] };

/**
 * Google's own `gtag()`: it pushes its `arguments` object, not an array. gtag.js and GTM tell commands
 * (`consent`, `set`) from plain data-layer objects by that type, so an array would be ignored.
 * We always push ourselves, even when the page defines `window.gtag`, so the order is ours to guarantee.
 */
function gtag(..._command: unknown[]): void {
  const w = window as DataLayerWindow;
  // biome-ignore lint/complexity/noArguments: Google's gtag pushes the Arguments object itself; tags reading the dataLayer tell it from an array
  (w.dataLayer = w.dataLayer || []).push(arguments);
}

/**
 * Name of the `dataLayer` event pushed after each choice's `consent update`, for Google Tag Manager triggers.
 * @example dataLayer.push({ event: CONSENT_EVENT, cookiegate: { categories: ['necessary'], services: [] } })
 */
export const CONSENT_EVENT = 'cookiegate_consent';

/** `consent default` went out before the config arrived (`data-consent-mode` on the tag): `start` sends no second one. */
let sentEarly = false;

/**
 * Pushes `consent default` (all denied but `security_storage`) at once, before the config in force is known: the
 * script tag's `data-consent-mode` switch, for a config loaded from a URL, which arrives after the page's own Google
 * tags; and a config still being checked (`src/gate/read-config.ts`), whose wait and regions it uses when they are
 * valid. Everywhere, and 500 ms, otherwise: it only denies.
 */
export function pushEarlyDefault(gcm?: ConsentModeConfig | null): void {
  if (sentEarly) return;
  sentEarly = true;
  const wait = gcm?.waitForUpdate;
  const defaults: Record<string, unknown> = {
    ...consentState({ mapping: {} } as unknown as ConsentModeConfig, []),
    wait_for_update: isWaitForUpdate(wait) ? wait : DEFAULT_CONSENT_MODE.waitForUpdate,
  };
  const region = gcm?.region;
  if (Array.isArray(region) && region.length && region.every(isRegionCode)) defaults.region = region.slice();
  gtag('consent', 'default', defaults);
}

/** All seven types for granted categories: a type is granted when any granted category maps to it. */
function consentState(gcm: ConsentModeConfig, categories: string[]): ConsentState {
  const state = {} as ConsentState;
  // All seven types are sent in every call.
  for (const type of GOOGLE_CONSENT_TYPES) state[type] = 'denied';
  for (const category of categories) {
    for (const type of ownValue(gcm.mapping, category) || []) state[type] = 'granted';
  }
  // Strictly necessary storage (login, fraud prevention) needs no consent.
  state.security_storage = 'granted';
  return state;
}

/**
 * Google Consent Mode v2 bridge. Pushes `consent default` (everything denied but `security_storage`)
 * and the configured `set` commands at start, then `consent update` with all seven types for every choice,
 * including the choice restored from the cookie on page load, each followed by the `cookiegate_consent` event
 * (`{ event, cookiegate: { categories, services } }`, granted ids only) for Google Tag Manager triggers.
 *
 * As an integration its `start` runs before the stored choice is read and its `apply` before marked elements
 * activate (`engine/integration.ts`), so `default` precedes every Google tag and `update` precedes the activation of
 * gated Google tags. cookiegate sends no Google developer id (it is not a certified CMP) and never defines
 * `window.__tcfapi`: it is not an IAB TCF CMP, and a real one on the page must not be shadowed.
 *
 * @example
 * startIntegrations(config, [consentMode()]) // with config.googleConsentMode set; null does nothing
 */
export function consentMode(): Integration {
  let hadChoice = false;
  return {
    start(config) {
      hadChoice = false;
      const gcm = config.googleConsentMode;
      if (!gcm) return;
      if (gcm.mode === 'advanced') {
        report(problem('advancedMode', 'googleConsentMode.mode'));
      }
      const defaults: Record<string, unknown> = { ...consentState(gcm, []), wait_for_update: gcm.waitForUpdate };
      if (gcm.region?.length) defaults.region = gcm.region.slice();
      if (!sentEarly) gtag('consent', 'default', defaults);
      // Outside opt-in the regime grants from the start: a default of its own for the visitor's region (Google's
      // `region` parameter, which beats the global default there), so a tag that reads the default before our
      // update sees the regime. Where Google places the visitor elsewhere, the denied default holds: fail closed.
      const region = $region.get();
      if (region && $regime.get() !== 'opt-in') {
        const all = config.categories.map((c) => c.id);
        const granted = $gpc.get() ? withoutGpcRefused(config, all, []).categories : all;
        gtag('consent', 'default', { ...consentState(gcm, granted), region: [region] });
      }
      if (gcm.adsDataRedaction) gtag('set', 'ads_data_redaction', true);
      if (gcm.urlPassthrough) gtag('set', 'url_passthrough', true);
    },
    apply(consent, config) {
      const gcm = config.googleConsentMode;
      if (!gcm) return;
      // `reset()` forgets a choice: tell Google everything is denied again rather than leave the old grant.
      if (consent || hadChoice) gtag('consent', 'update', consentState(gcm, consent ? consent.categories : []));
      hadChoice = !!consent;
      // A plain object, as GTM's own events are: a Custom Event trigger on it fires tags once the update is in,
      // on each choice and on each page load with a stored one. Copies, so the page cannot edit our state.
      if (consent) {
        const w = window as DataLayerWindow;
        w.dataLayer!.push({ event: CONSENT_EVENT, cookiegate: { categories: consent.categories.slice(), services: consent.services.slice() } });
      }
    },
  };
}
