import type { ChoiceDetail, Config, Consent, ConsentAction, ConsentChange, ConsentSource } from '../types';
import { $config, $consent, $gpc, $regime, $ui } from './stores';
import { eraseConsent, saveConsent, type StoredFlags } from './cookie';
import { newConsentId } from './consent-id';
import { emit } from './events';
import { broadcastChoice } from '../integrations/cross-tab';
import { ownValue, setOwn } from './own';
import { grants, grantsGpcRefused, gpcRefusedCategories, withoutGpcRefused } from './consent-policy';

/** Every service of the given categories, and per-service overrides applied. */
function resolveServices(config: Config, categories: string[], services?: string[] | Record<string, boolean>): string[] {
  const granted: string[] = [];
  for (const category of config.categories) {
    for (const service of category.services) {
      let on = categories.includes(category.id);
      if (Array.isArray(services)) on = services.includes(service.id);
      else if (typeof ownValue(services, service.id) === 'boolean') on = services![service.id]!;
      if (on) granted.push(service.id);
    }
  }
  return granted;
}

/** What flipped between two choices; for a first choice, every optional category and every service. */
export function diff(config: Config, before: Consent | null, after: Consent): ConsentChange {
  const flipped = (ids: string[], was: string[] | undefined, now: string[]) => ids.filter((id) => !was || was.includes(id) !== now.includes(id));
  return {
    categories: flipped(
      config.categories.filter((c) => !c.readOnly).map((c) => c.id),
      before?.categories,
      after.categories,
    ),
    services: flipped(
      config.categories.flatMap((c) => c.services.map((s) => s.id)),
      before?.services,
      after.services,
    ),
  };
}

/**
 * Stores a choice: the single path every grant and refusal takes. Writes the cookie, updates `$consent`
 * (which activates or resets elements and updates integrations), closes the UI and fires the events.
 */
function decide(
  requested: string[],
  services: string[] | Record<string, boolean> | undefined,
  action: ConsentAction,
  source: ConsentSource,
  before: Consent | null = $consent.get(),
  noticePending = false,
): void {
  const config = $config.get();
  const gpc = $gpc.get();
  const known = config.categories.map((c) => c.id);
  let categories = known.filter((id) => id === 'necessary' || config.categories.find((c) => c.id === id)!.readOnly || requested.includes(id));
  let granted = resolveServices(config, categories, services);
  // GPC refuses sale/share categories; only a visitor's explicit switch (modal) or allow button grants them.
  if (gpc && (action === 'accept-all' || (source !== 'modal' && source !== 'placeholder'))) {
    ({ categories, services: granted } = withoutGpcRefused(config, categories, granted));
  }
  const flags: StoredFlags = { gpcConflict: gpc && grantsGpcRefused(config, categories, granted), noticePending };
  const now = new Date().toISOString();
  const consent: Consent = {
    categories,
    services: granted,
    consentId: newConsentId(),
    consentTime: before?.consentTime ?? now,
    updateTime: now,
    revision: config.revision,
    gpc,
    regime: $regime.get(),
  };
  const changed = diff(config, before, consent);
  if (
    before &&
    action === 'custom' &&
    changed.categories.concat(changed.services).every((id) => !consent.categories.includes(id) && !consent.services.includes(id)) &&
    changed.categories.length + changed.services.length > 0
  ) {
    action = 'withdraw';
  }
  saveConsent(config, consent, flags);
  // A regime's notice stays up (or comes up) until the visitor dismisses it; any choice of theirs closes it.
  $ui.set({ banner: noticePending && !config.ui.disabled, preferences: false });
  $consent.set(consent);
  const detail: ChoiceDetail = { consent, previous: before, changed, action, source, remote: false };
  emit(before ? 'change' : 'consent', detail);
  broadcastChoice();
  const withdrew = before && (before.categories.some((id) => !categories.includes(id)) || before.services.some((id) => !granted.includes(id)));
  if (withdrew && config.reloadOnWithdraw && source !== 'gpc') location.reload();
}

/**
 * Re-stores a stored choice without the categories a Global Privacy Control signal refuses
 * (a signal beats an earlier grant). Recorded with source `gpc`.
 */
export function applyGpcOverride(stored: Consent, noticePending?: boolean): void {
  decide(stored.categories, stored.services, 'custom', 'gpc', stored, noticePending);
}

/**
 * Puts the regime's default in force where no choice stands: under `opt-out`, `notice` and `none` every optional
 * category is granted (Global Privacy Control refuses sale/share ones), stored with the regime, and recorded with
 * source `api` (`gpc` when the signal refused something). Under `opt-out` and `notice` the notice comes up.
 * @returns `false` under `opt-in`, where only the visitor grants
 */
export function applyRegimeDefault(): boolean {
  const regime = $regime.get();
  if (regime === 'opt-in') return false;
  const config = $config.get();
  const refuses = $gpc.get() && gpcRefusedCategories(config).length > 0;
  decide(
    config.categories.map((c) => c.id),
    undefined,
    'custom',
    refuses ? 'gpc' : 'api',
    null,
    regime !== 'none',
  );
  return true;
}

/**
 * Closes the notice of an `opt-out` or `notice` regime for good: the choice in force stays as it is (nothing is
 * granted or refused) and is stored again without the pending notice, recorded with source `banner`.
 * @example okButton.onclick = () => dismissNotice()
 */
export function dismissNotice(): void {
  const consent = $consent.get();
  if (consent) decide(consent.categories, consent.services, 'custom', 'banner', consent);
  else hide();
}

/**
 * Grants every category and service (Global Privacy Control may keep sale/share categories refused).
 *
 * @param source where the choice was made, for the consent record: `'banner'` from your own first layer,
 *   `'modal'` from your own preferences dialog; default `'api'`
 * @example acceptButton.onclick = () => acceptAll('banner')
 */
export function acceptAll(source: ConsentSource = 'api'): void {
  decide(
    $config.get().categories.map((c) => c.id),
    undefined,
    'accept-all',
    source,
  );
}

/**
 * Refuses everything but `necessary`.
 *
 * @param source where the choice was made, for the consent record; default `'api'`
 * @example rejectButton.onclick = () => rejectAll('banner')
 */
export function rejectAll(source: ConsentSource = 'api'): void {
  decide([], undefined, 'reject-all', source);
}

/**
 * Grants exactly these categories; everything else is refused.
 *
 * @param categories ids to grant (`necessary` is always granted)
 * @param services an array grants exactly those services; a record sets services one by one;
 *   omitted, every service follows its category
 * @param source where the choice was made; a custom consent UI passes `'modal'` for its own preferences dialog,
 *   which lets an explicit switch grant a category that Global Privacy Control refused
 * @example accept(['performance'])
 * @example accept(['social'], { youtube: true, twitter: false })
 */
export function accept(categories: string[] | 'all', services?: string[] | Record<string, boolean>, source: ConsentSource = 'api'): void {
  const all = $config.get().categories.map((c) => c.id);
  const list = categories === 'all' ? all : Array.isArray(categories) ? categories.filter((c) => typeof c === 'string') : [];
  decide(list, services, categories === 'all' ? 'accept-all' : 'custom', source);
}

/**
 * Grants one embed's service (or, for an embed without `data-service`, its category) on top of the stored choice:
 * what a placeholder's "allow" button does. Every other service keeps its stored state explicitly, so a service
 * refused inside a granted category stays refused. Recorded with source `placeholder`, which lets it grant a
 * category Global Privacy Control refused (the visitor asked for this one embed).
 *
 * @param category the embed's `data-category`
 * @param service the embed's `data-service`, if it has one
 * @example allowButton.onclick = () => allowEmbed('social', 'youtube')
 */
export function allowEmbed(category: string, service?: string | null): void {
  const config = $config.get();
  const consent = $consent.get();
  const categories = consent ? consent.categories : [];
  const services: Record<string, boolean> = {};
  for (const c of config.categories) {
    for (const s of c.services) {
      // Services of a category granted here follow it (left out); the rest keep what is stored.
      if (service || c.id !== category) setOwn(services, s.id, !!consent?.services.includes(s.id));
    }
  }
  if (service) setOwn(services, service, true);
  accept(service ? categories : categories.concat(category), services, 'placeholder');
}

/**
 * The stored choice, or `null` when the visitor has not chosen (or the cookie was invalid). A copy: changing it
 * changes nothing; use `accept()`.
 *
 * @returns `{ categories, services, consentId, consentTime, updateTime, revision, gpc }` or `null`
 * @example const consent = getConsent(); if (consent) console.log(consent.categories) // ['necessary', 'performance']
 */
export function getConsent(): Consent | null {
  const consent = $consent.get();
  return consent && { ...consent, categories: [...consent.categories], services: [...consent.services] };
}

/**
 * `true` when the category — or, with `service`, that service — is granted. `necessary` is always granted.
 * Reads the current choice once; subscribe to `$consent` to follow changes.
 *
 * @param category a category id (`'performance'`)
 * @param service a service name in that category (`'ga'`): then that service's own consent counts
 * @returns `false` before a choice, for unknown ids, and on the server
 * @example if (hasConsent('performance', 'ga')) loadAnalytics()
 */
export function hasConsent(category: string, service?: string): boolean {
  return grants($config.get(), $consent.get(), category, service);
}

/**
 * Forgets the choice: deletes the cookie, resets activated embeds, and shows the banner again.
 * @example forgetLink.onclick = () => reset()
 */
export function reset(): void {
  const config = $config.get();
  eraseConsent(config);
  $consent.set(null);
  $ui.set({ banner: !config.ui.disabled, preferences: false });
  // Outside opt-in, forgetting the choice brings back the regime's default and its notice.
  applyRegimeDefault();
  broadcastChoice();
}

/**
 * Shows the first layer (banner); sets `$ui.banner`.
 * @example show()
 */
export function show(): void {
  $ui.setKey('banner', true);
}

/**
 * Hides the banner and the preferences; grants nothing.
 * @example hide()
 */
export function hide(): void {
  $ui.set({ banner: false, preferences: false });
}

/**
 * Opens the preferences modal, showing the stored choice; sets `$ui.preferences`.
 * @example settingsLink.onclick = () => showPreferences()
 */
export function showPreferences(): void {
  $ui.setKey('preferences', true);
}

/**
 * Closes the preferences modal without saving.
 * @example hidePreferences()
 */
export function hidePreferences(): void {
  $ui.setKey('preferences', false);
}
