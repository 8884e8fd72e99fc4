import { atom, map } from 'nanostores';
import type { Config, Consent, UiState } from './types';
import { DEFAULT_CONFIG } from './defaults';

/** The config cookiegate runs with (defaults until `init`). */
export const $config = atom<Config>(DEFAULT_CONFIG);

/** The stored choice, or `null` while the visitor has not chosen (nothing optional runs). */
export const $consent = atom<Consent | null>(null);

/** Open state of the built-in banner and preferences modal. */
export const $ui = map<UiState>({ banner: false, preferences: false });

/** `true` when a Global Privacy Control signal is honoured on this page. */
export const $gpc = atom<boolean>(false);

/** Language the UI shows (resolved from config, `<html lang>`, the browser). */
export const $language = atom<string>('en');
