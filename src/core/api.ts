/**
 * What every entry hands out: the actions, stores, events and helpers of the engine. `cookiegate/core` adds `init`
 * and `parseConfig` (`./index.ts`); the script tag puts these on `window.CookieGate` with its own `init`, and loads the
 * config check as a file (`src/auto.ts`).
 */
export type { InitOptions } from './engine/init';
export {
  acceptAll,
  rejectAll,
  accept,
  allowEmbed,
  getConsent,
  hasConsent,
  reset,
  show,
  hide,
  showPreferences,
  hidePreferences,
  dismissNotice,
} from './engine/actions';
export { on } from './engine/events';
export { gpcRefusedCategories, switchStates } from './engine/consent-policy';
export { $config, $consent, $ui, $gpc, $language, $regime } from './engine/stores';
export { isSafeUrl, isSafeLink } from './engine/safe-url';
export { activateElement, GATED_SELECTOR, STATE_ATTR } from './engine/activate';
export { resolveLanguage, isRtl } from './texts/resolve-language';
export { getTexts, hasTexts, loadTexts } from './texts/language';
export { setLanguage } from './texts/set-language';
export { DEFAULT_CONFIG } from './engine/defaults';
export type { Problem, ProblemCode } from './engine/errors';
export { VERSION } from './engine/version';
export type * from './types';
