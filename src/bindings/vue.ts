/**
 * `cookiegate/vue`: cookiegate in a Vue app, server-rendered (Nuxt) or not. `<CookieGate>` starts it once in the
 * browser, `useGranted` answers "is this allowed?" without a hydration mismatch, and `<Gated>` renders its slot only
 * when allowed, else our placeholder, as markup Vue owns.
 *
 * @example
 * import { CookieGate, Gated, useGranted } from 'cookiegate/vue'
 * // <CookieGate :config="config" :consent="consentTheServerRead"><Gated category="social" service="youtube">…</Gated></CookieGate>
 * @packageDocumentation
 */
import { computed, defineComponent, h, inject, onMounted, onUnmounted, provide, shallowRef, useId, type InjectionKey, type Ref } from 'vue';
import type { Consent, UserConfig } from '../core/types';
import type { InitOptions } from '../core/engine/init';
import { allowEmbed, init, showPreferences } from '../index';
import { currentConsent, isGrantedFor, listenToConsent, placeholderWords, type Gate } from './snapshot';

const GATE: InjectionKey<Gate> = Symbol('cookiegate');

/**
 * Starts cookiegate once in the browser (`onMounted`: never on the server; a second `init` with the same config is a
 * no-op) and gives the components below it the server's view of the choice for their first render.
 * Props: `config`, `options` (`init` options), `consent` (what `readConsent` read on the server).
 *
 * @example <CookieGate :config="config" :consent="serverConsent"><App /></CookieGate>
 */
export const CookieGate = /* @__PURE__ */ defineComponent<{ config?: UserConfig; options?: InitOptions; consent?: Consent | null }>({
  name: 'CookieGate',
  props: { config: Object, options: Object, consent: Object },
  setup(props, { slots }) {
    provide(GATE, { config: props.config, consent: props.consent ?? null });
    onMounted(() => init(props.config, props.options));
    return () => slots.default?.();
  },
});

/**
 * The visitor's choice, or `null`, as a ref: what the server read while hydrating (so the markup matches), the live
 * choice once mounted and `init` has run, updated on every change (another tab's too).
 *
 * @example const consent = useConsent() // consent.value?.categories
 */
export function useConsent(): Readonly<Ref<Consent | null>> {
  const gate = inject(GATE, { config: undefined, consent: null });
  const consent = shallowRef<Consent | null>(gate.consent);
  let off: (() => void) | undefined;
  onMounted(() => {
    const update = () => (consent.value = currentConsent(gate.consent));
    update();
    off = listenToConsent(update);
  });
  onUnmounted(() => off?.());
  return consent;
}

/**
 * Whether a category, or with `service` that service, is granted, as a computed ref: `hasConsent`, hydration-safe.
 *
 * @example const showMap = useGranted('functionality', 'google-maps')
 */
export function useGranted(category: string, service?: string): Readonly<Ref<boolean>> {
  const gate = inject(GATE, { config: undefined, consent: null });
  const consent = useConsent();
  return computed(() => isGrantedFor(gate.config, consent.value, category, service));
}

/**
 * Renders its default slot only when the category (or service) is granted; otherwise the `fallback` slot, or our
 * placeholder (**Allow {service}**, **Load only this time**, **Cookie preferences**), rendered by Vue itself, so
 * hydration matches and nothing is inserted beside it. Put the embed inside with a live `src`.
 *
 * @example <Gated category="social" service="youtube"><iframe src="…" title="Video" /></Gated>
 */
export const Gated = /* @__PURE__ */ defineComponent<{ category: string; service?: string }>({
  // biome-ignore lint/style/useVueMultiWordComponentNames: the public component name, documented as <Gated>
  name: 'Gated',
  props: { category: { type: String, required: true }, service: String },
  setup(props, { slots }) {
    const gate = inject(GATE, { config: undefined, consent: null });
    const granted = useGranted(props.category, props.service);
    const id = useId();
    // "Load only this time": this placeholder's content, for as long as it is on screen; nothing is stored.
    const once = shallowRef(false);
    return () => {
      if (granted.value || once.value) return slots.default?.();
      if (slots.fallback) return slots.fallback();
      const words = placeholderWords(gate.config, props.category, props.service);
      const button = (text: string, onClick: () => void) => h('button', { type: 'button', class: 'cg-btn', onClick }, text);
      return h('div', { class: 'cg-root cg-ph cg-gated-ph', role: 'group', 'aria-labelledby': id, 'data-nosnippet': '' }, [
        h('p', { class: 'cg-title', id }, words.title),
        h('p', { class: 'cg-text' }, words.text),
        h('div', { class: 'cg-btns' }, [
          button(words.allow, () => allowEmbed(props.category, props.service ?? null)),
          button(words.once, () => (once.value = true)),
          button(words.preferences, () => showPreferences()),
        ]),
      ]);
    };
  },
});
