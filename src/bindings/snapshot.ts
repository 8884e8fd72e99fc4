import { computed } from 'nanostores';
import type { Consent, Texts, UserConfig } from '../core/types';
import { $config, $consent, $language } from '../core/engine/stores';
import { DEFAULT_CONFIG } from '../core/engine/defaults';
import { grants } from '../core/engine/consent-policy';
import { configOf } from '../core/engine/read-consent';
import { getTexts } from '../core/texts/language';
import { fill } from '../ui/template';

/**
 * What the framework bindings render from, the same on the server and in the browser's first (hydrating) render:
 * the choice the server read (`readConsent`) until `init` has run in the browser, the live `$consent` from then on.
 * So hydration meets exactly the markup the server sent, and the page updates after it.
 */
export interface ConsentSnapshot {
  /** The choice in force for rendering, or `null`. */
  consent: Consent | null;
  /** Whether `init` has run in this browser (the stores are live). */
  live: boolean;
}

/** What a binding's root hands down: the site's config, and the choice the server read (`null`: none, or not read). */
export interface Gate {
  config: UserConfig | undefined;
  consent: Consent | null;
}

/** A store's contract, as Svelte's `$store` syntax and nanostores share it: `subscribe` calls `run` at once, then on every change. */
export interface Readable<T> {
  subscribe(run: (value: T) => void): () => void;
}

/** Whether `init` has run here: it replaces the built-in default config with the validated one. */
export function isLive(): boolean {
  return $config.get() !== DEFAULT_CONFIG;
}

/** The choice to render: the server's until `init` ran, then the stored one. */
export function currentConsent(serverConsent: Consent | null): Consent | null {
  return isLive() ? $consent.get() : serverConsent;
}

/** Calls `onChange` on every change of the choice, the config (`init`) or the language; returns the unsubscriber. */
export function listenToConsent(onChange: () => void): () => void {
  const offs = [$consent.listen(onChange), $config.listen(onChange), $language.listen(onChange)];
  return () => offs.forEach((off) => off());
}

/** `hasConsent(category, service)` for a snapshot, with the site's config before `init` (on the server). */
export function isGrantedFor(userConfig: UserConfig | undefined, consent: Consent | null, category: string, service?: string): boolean {
  return grants(isLive() ? $config.get() : configOf(userConfig), consent, category, service);
}

/** The words of a placeholder for a blocked embed, in the language the UI shows (English before `init`). */
export function placeholderWords(userConfig: UserConfig | undefined, category: string, service?: string): Texts['placeholder'] {
  const config = isLive() ? $config.get() : configOf(userConfig);
  const texts = getTexts(config, isLive() ? $language.get() : 'en');
  const categoryTitle = texts.categories[category]?.title || category;
  const known = config.categories.flatMap((c) => c.services).find((s) => s.id === service);
  const values = { service: known?.label || service || categoryTitle, category: categoryTitle };
  const t = texts.placeholder;
  return {
    title: fill(t.title, values),
    text: fill(t.text, values),
    allow: fill(t.allow, values),
    once: fill(t.once, values),
    preferences: fill(t.preferences, values),
  };
}

/**
 * A store of `select(choice)`, the choice being the gate's snapshot until `init` has run, then the live one: what
 * `useConsent` renders, as a store (the Svelte binding's).
 */
export function snapshotStore<T>(gate: Gate, select: (consent: Consent | null) => T): Readable<T> {
  return computed([$consent, $config, $language], () => select(currentConsent(gate.consent)));
}
