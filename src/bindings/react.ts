/**
 * `cookiegate/react`: cookiegate in a React app, server-rendered or not. `<CookieGate>` starts it once (Strict Mode
 * safe), `useGranted` answers "is this allowed?" without a hydration mismatch, and `<Gated>` renders its children
 * only when allowed, else our placeholder, as markup React owns.
 *
 * @example
 * import { CookieGate, Gated, useGranted } from 'cookiegate/react'
 * <CookieGate config={config} consent={consentTheServerRead}>
 *   <Gated category="social" service="youtube"><iframe src="https://www.youtube-nocookie.com/embed/…" /></Gated>
 * </CookieGate>
 * @packageDocumentation
 */
import { createContext, createElement, useContext, useEffect, useId, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Consent, UserConfig } from '../core/types';
import type { InitOptions } from '../core/engine/init';
import { allowEmbed, init, on, showPreferences } from '../index';
import { currentConsent, isGrantedFor, listenToConsent, placeholderWords, type Gate } from './snapshot';

const GateContext = createContext<Gate>({ config: undefined, consent: null });

/** Props of `<CookieGate>`. */
export interface CookieGateProps {
  /** The site's config, as `init` takes it (also used to answer on the server before `init` runs). */
  config?: UserConfig;
  /** `init` options (`nonce`, `styles`…). */
  options?: InitOptions;
  /**
   * The choice the server read for this request (`readConsent` from `cookiegate/server`), so the server and the
   * hydrating render agree; omitted, both render "no choice" and the page updates once `init` has read the cookie.
   */
  consent?: Consent | null;
  children?: ReactNode;
}

/**
 * Starts cookiegate once in the browser (an effect: never on the server; Strict Mode's second run is a no-op) and
 * gives the components below it the server's view of the choice for their first render.
 *
 * @example <CookieGate config={config} consent={readConsent(config, cookieHeader)}>{children}</CookieGate>
 */
export function CookieGate(props: CookieGateProps): ReactNode {
  const { config, options, consent = null } = props;
  // biome-ignore lint/correctness/useExhaustiveDependencies: init runs once per page; a new config object on re-render must not start a second gate
  useEffect(() => {
    init(config, options);
  }, []);
  return createElement(GateContext.Provider as string, { value: { config, consent } }, props.children);
}

/**
 * The visitor's choice, or `null`: what the server read while hydrating (so the markup matches), the live choice
 * once `init` has run, re-rendering on every change (another tab's too).
 *
 * @example const consent = useConsent(); consent?.categories.includes('performance')
 */
export function useConsent(): Consent | null {
  const gate = useContext(GateContext);
  return useSyncExternalStore(
    listenToConsent,
    () => currentConsent(gate.consent),
    () => gate.consent,
  );
}

/**
 * Whether a category, or with `service` that service, is granted: `hasConsent`, hydration-safe.
 *
 * @example const showMap = useGranted('functionality', 'google-maps')
 */
export function useGranted(category: string, service?: string): boolean {
  const gate = useContext(GateContext);
  const consent = useConsent();
  return isGrantedFor(gate.config, consent, category, service);
}

/**
 * Calls `refresh` after every choice (`consent` and `change`, from another tab too), so what the server rendered for
 * the old choice is rendered again: in Next.js, `router.refresh()` re-runs the server components of the current
 * route and drops the client cache of prefetched ones, which still hold the old consent.
 *
 * @example const router = useRouter(); useRefreshOnChoice(router.refresh)
 */
export function useRefreshOnChoice(refresh: () => void): void {
  useEffect(() => {
    const offs = [on('consent', () => refresh()), on('change', () => refresh())];
    return () => offs.forEach((off) => off());
  }, [refresh]);
}

/** Props of `<Gated>`. */
export interface GatedProps {
  /** The category the content needs. */
  category: string;
  /** The service in that category the content needs (its own consent counts). */
  service?: string;
  /** What to show while it is not granted; default: our placeholder with an **Allow {service}** button. */
  fallback?: ReactNode;
  children?: ReactNode;
}

/**
 * Renders `children` only when the category (or service) is granted, and a placeholder otherwise (**Allow {service}**,
 * **Load only this time**, **Cookie preferences**): both are React's own markup, so hydration matches and nothing is
 * inserted beside it. Put the embed inside with a live `src`: it is not in the page until it is allowed.
 *
 * @example <Gated category="social" service="youtube"><iframe src="…" title="Video" /></Gated>
 */
export function Gated(props: GatedProps): ReactNode {
  const { category, service } = props;
  const gate = useContext(GateContext);
  const granted = useGranted(category, service);
  const id = useId();
  // "Load only this time": this placeholder's content, for as long as it is on screen; nothing is stored.
  const [once, setOnce] = useState(false);
  if (granted || once) return props.children ?? null;
  if (props.fallback !== undefined) return props.fallback;
  const words = placeholderWords(gate.config, category, service);
  const button = (text: string, onClick: () => void) => createElement('button', { type: 'button', className: 'cg-btn', onClick }, text);
  return createElement(
    'div',
    { className: 'cg-root cg-ph cg-gated-ph', role: 'group', 'aria-labelledby': id, 'data-nosnippet': '' },
    createElement('p', { className: 'cg-title', id }, words.title),
    createElement('p', { className: 'cg-text' }, words.text),
    createElement(
      'div',
      { className: 'cg-btns' },
      button(words.allow, () => allowEmbed(category, service ?? null)),
      button(words.once, () => setOnce(true)),
      button(words.preferences, () => showPreferences()),
    ),
  );
}
