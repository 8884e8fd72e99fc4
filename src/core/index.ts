/**
 * `cookiegate/core`: the headless consent engine. No preact inside; build any UI on its stores and actions.
 *
 * @example
 * import { init, $consent, $ui, acceptAll, rejectAll } from 'cookiegate/core'
 * init({ controller: { name: 'Example Ltd', policyUrl: '/privacy' } })
 * $ui.subscribe(({ banner }) => myBanner.hidden = !banner)
 * @packageDocumentation
 */
export { initCore as init, type InitOptions } from './engine/init';
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
export { parseConfig } from './engine/config';
export { isSafeUrl, isSafeLink } from './engine/safe-url';
export { activateElement, GATED_SELECTOR, STATE_ATTR } from './engine/activate';
export { resolveLanguage, getTexts, hasTexts, loadTexts, isRtl } from './texts/language';
export { setLanguage } from './texts/set-language';
export { TEXTS_EN } from './texts/texts-en';
export { DEFAULT_CONFIG } from './engine/defaults';
export { MESSAGES, type Problem, type ProblemCode } from './engine/errors';
export { VERSION } from './engine/version';
export type * from './types';
