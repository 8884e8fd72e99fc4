import { atom, map } from 'nanostores';
import type { Config, Consent, Regime, UiState } from '../types';
import { DEFAULT_CONFIG } from './defaults';

/**
 * The config cookiegate runs with (defaults until `init`), validated and merged.
 * @example const ids = $config.get().categories.map((c) => c.id)
 */
export const $config = atom<Config>(DEFAULT_CONFIG);

/**
 * The stored choice, or `null` while the visitor has not chosen (nothing optional runs). A nanostores atom, so
 * also a Svelte store; in React `useStore($consent)` (`@nanostores/react`), in Vue `useStore($consent)` (`@nanostores/vue`).
 * @example $consent.subscribe((consent) => { if (consent?.categories.includes('performance')) loadAnalytics() })
 */
export const $consent = atom<Consent | null>(null);

/**
 * Open state of the banner and preferences modal: the built-in UI follows it, and so can your own.
 * @example $ui.subscribe(({ banner }) => { myBanner.hidden = !banner })
 */
export const $ui = map<UiState>({ banner: false, preferences: false });

/**
 * `true` when a Global Privacy Control signal is honoured on this page.
 * @example $gpc.subscribe((gpc) => { gpcNotice.hidden = !gpc })
 */
export const $gpc = atom<boolean>(false);

/**
 * The regime in force for this visitor (`regions` and the region the site gave): what the first layer is, a banner
 * that asks (`opt-in`) or a notice (`opt-out`, `notice`), or nothing (`none`).
 * @example $regime.subscribe((regime) => { choicesLink.hidden = regime != 'opt-out' })
 */
export const $regime = atom<Regime>('opt-in');

/** The visitor's region as the site gave it (`US-CA`), or `undefined`. Internal: not exported from the package. */
export const $region = atom<string | undefined>(undefined);

/**
 * Language the UI shows (resolved from config, `<html lang>`, the browser).
 * @example const texts = getTexts($config.get(), $language.get())
 */
export const $language = atom<string>('en');

/**
 * `true` while `init` loads the texts of the language it picked (a shipped locale or a `translations` URL): the
 * built-in UI waits for them rather than flash English first, and `$ui.banner` opens once they are there (or,
 * after a failure or 3 s, in English). Internal: not exported from the package.
 */
export const $loadingTexts = atom<boolean>(false);
