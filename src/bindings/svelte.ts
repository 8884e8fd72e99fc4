/**
 * `cookiegate/svelte`: cookiegate in a Svelte app, server-rendered (SvelteKit) or not. `startCookiegate` in the root
 * component calls `init` once, after hydration; `consent()` and `granted()` are Svelte stores that hold the server's
 * view of the choice until then, so hydration meets the server's markup, and follow every choice after.
 *
 * @example
 * <script>
 *   import { startCookiegate, granted } from 'cookiegate/svelte';
 *   startCookiegate(config, { consent: data.consent }); // the root layout; `data.consent` from readConsent
 *   const video = granted('social', 'youtube');
 * </script>
 * {#if $video}<iframe src="…" title="Video"></iframe>{/if}
 * @packageDocumentation
 */
import { getContext, onMount, setContext } from 'svelte';
import type { Consent, UserConfig } from '../core/types';
import type { InitOptions } from '../core/engine/init';
import { init } from '../index';
import { isGrantedFor, snapshotStore, type Gate, type Readable } from './snapshot';

export type { Readable } from './snapshot';

const GATE = Symbol('cookiegate');
const NO_GATE: Gate = { config: undefined, consent: null };

/** Options of `startCookiegate`: `init`'s, and the choice the server read. */
export interface StartOptions extends InitOptions {
  /** The choice the server read for this request (`readConsent` from `cookiegate/server`); default none. */
  consent?: Consent | null;
}

/**
 * Call once, in the root component's `<script>` (a SvelteKit root layout): `init(config, options)` runs in `onMount`,
 * so never on the server and only after hydration, and the stores below it start from `options.consent`.
 *
 * @example startCookiegate(config, { consent: data.consent })
 */
export function startCookiegate(config?: UserConfig, options: StartOptions = {}): void {
  const { consent = null, ...initOptions } = options;
  setContext<Gate>(GATE, { config, consent });
  onMount(() => {
    init(config, initOptions);
  });
}

const gate = (): Gate => getContext<Gate | undefined>(GATE) ?? NO_GATE;

/**
 * The visitor's choice, or `null`, as a store: the server's snapshot until `init` has run, then the live choice
 * (another tab's too). Call it in a component's `<script>`, like `getContext`.
 *
 * @example const choice = consent(); // {$choice?.categories.join(', ')}
 */
export function consent(): Readable<Consent | null> {
  return snapshotStore(gate(), (choice) => choice);
}

/**
 * Whether a category, or with `service` that service, is granted, as a store: `hasConsent`, hydration-safe in the
 * same way. Call it in a component's `<script>`.
 *
 * @example const showMap = granted('functionality', 'google-maps'); // {#if $showMap}…{/if}
 */
export function granted(category: string, service?: string): Readable<boolean> {
  const from = gate();
  return snapshotStore(from, (choice) => isGrantedFor(from.config, choice, category, service));
}
