/** Actions, queries, events and stores: what a front-end developer calls. */
import {
  $config,
  $consent,
  $ui,
  accept,
  acceptAll,
  getConsent,
  hasConsent,
  mountUi,
  on,
  parseConfig,
  rejectAll,
  reset,
  showPreferences,
  type ChoiceDetail,
  type Consent,
  type ConsentAction,
  type Problem,
  type UiState,
} from 'cookiegate';
import * as core from 'cookiegate/core';

const yes: boolean = hasConsent('performance');
const yesService: boolean = hasConsent('performance', 'ga');
// @ts-expect-error a category id is a string
hasConsent(1);

acceptAll();
rejectAll();
reset();
showPreferences();
accept(['performance']);
accept('all');
accept(['social'], { youtube: true, twitter: false });
accept(['social'], ['youtube'], 'modal');
// @ts-expect-error a list of ids (or 'all'), not one id
accept('performance');
// @ts-expect-error not a source cookiegate knows
accept(['performance'], undefined, 'footer');

const consent: Consent | null = getConsent();
// @ts-expect-error no choice yet is null
getConsent().categories;
if (consent) {
  const categories: string[] = consent.categories;
  const revision: number = consent.revision;
  const when: string = consent.consentTime;
  void [categories, revision, when];
}

const off: () => void = on('consent', (detail: ChoiceDetail) => {
  const action: ConsentAction = detail.action;
  const previous: Consent | null = detail.previous;
  void [action, previous];
});
on('change', ({ changed, remote, source }) => {
  const flipped: string[] = changed.categories;
  const fromOtherTab: boolean = remote;
  const where: 'banner' | 'modal' | 'placeholder' | 'api' | 'gpc' = source;
  void [flipped, fromOtherTab, where];
});
// @ts-expect-error only consent and change
on('accept', () => {});
off();

// Stores: nanostores atoms and maps, also Svelte stores (subscribe returns the unsubscriber).
const stored: Consent | null = $consent.get();
const unsubscribe: () => void = $consent.subscribe((value) => void (value satisfies Consent | null));
unsubscribe();
const ui: UiState = $ui.get();
$ui.setKey('preferences', true);
const isBannerOpen: boolean = ui.banner;
const categoryIds: string[] = $config.get().categories.map((c) => c.id);
// @ts-expect-error $ui has two keys: banner and preferences
$ui.setKey('modal', true);

// One engine: the stores of 'cookiegate' and 'cookiegate/core' are the same objects, with the same types.
const sameStore: typeof core.$consent = $consent;
const sameInit: typeof core.hasConsent = hasConsent;

// The headless entry has no UI.
// @ts-expect-error mountUi is only in 'cookiegate'
core.mountUi;
const mount: () => () => void = mountUi;

const { config, problems } = parseConfig(JSON.parse('{}'));
const first: Problem | undefined = problems[0];
const path: string | undefined = first?.path;

export { yes, yesService, stored, isBannerOpen, categoryIds, sameStore, sameInit, mount, config, path };

// The regime in force, and closing its notice.
const regime: 'opt-in' | 'opt-out' | 'notice' | 'none' = core.$regime.get();
const _storedRegime: typeof regime = (getConsent() as Consent).regime;
core.dismissNotice();
