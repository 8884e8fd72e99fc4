import type { ChoiceDetail, Config, Consent } from '../types';
import { on } from './events';
import { $consent } from './stores';

/**
 * One integration (Google Consent Mode, vendor consent APIs, callbacks, consent records): a plugin that `init` runs in
 * the engine's fixed phases, so what must come first does by design rather than by the order of subscriptions:
 *
 * 1. `start`, once, before the stored choice is read: defaults and denied states that must reach a vendor before its
 *    own tag runs (Consent Mode `default`, Meta's `revoke`);
 * 2. for the choice in force at load and every choice after it (and `null` after `reset()`): each integration's
 *    `apply`, in the order they were given, **then** activation of marked elements and cookie clean-up, so a Google
 *    tag is activated only after the Consent Mode `update` for that choice;
 * 3. for each choice made (here or in another tab), once its events fire: `chosen`, with what was chosen and how.
 *
 * @example
 * const logger: Integration = { apply: (consent) => console.log('now in force', consent?.categories) }
 */
export interface Integration {
  /** Before the stored choice is read (phase 1). */
  start?(config: Config): void;
  /** For each choice in force, before marked elements activate (phase 2). */
  apply?(consent: Consent | null, config: Config): void;
  /** For each choice made, after activation, with its details (action, source, what changed) (phase 3). */
  chosen?(detail: ChoiceDetail, config: Config): void;
  /** Undoes `start` (tests, hot reload). */
  stop?(): void;
}

/**
 * Phase 1: starts each integration, in order; from now on each choice made reaches their `chosen` (phase 3), also one
 * `init` makes itself before following choices (a Global Privacy Control override of a stored grant).
 *
 * @param config the validated config
 * @param integrations in the order they must run
 * @returns a function that stops them all
 */
export function startIntegrations(config: Config, integrations: Integration[]): () => void {
  integrations.forEach((integration) => integration.start?.(config));
  const chosen = (detail: ChoiceDetail) => integrations.forEach((integration) => integration.chosen?.(detail, config));
  const offs = [on('consent', chosen), on('change', chosen)];
  return () => {
    offs.forEach((off) => off());
    integrations.forEach((integration) => integration.stop?.());
  };
}

/**
 * Phase 2, from now on: for the choice in force now and each one after, every integration's `apply`, then
 * `afterApply` (activation, clean-up). `init` calls it once the stored choice is in `$consent`, so the first run is
 * with the choice the visitor made on an earlier page.
 *
 * @returns a function that stops following
 */
export function followChoices(config: Config, integrations: Integration[], afterApply: Array<(consent: Consent | null) => void> = []): () => void {
  return $consent.subscribe((consent) => {
    integrations.forEach((integration) => integration.apply?.(consent, config));
    afterApply.forEach((step) => step(consent));
  });
}
