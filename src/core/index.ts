/**
 * `cookiegate/core`: the headless consent engine. No preact inside; build any UI on its stores and actions.
 *
 * @example
 * import { init, $consent, $ui, acceptAll, rejectAll } from 'cookiegate/core'
 * init({ controller: { name: 'Example Ltd', policyUrl: '/privacy' } })
 * $ui.subscribe(({ banner }) => myBanner.hidden = !banner)
 * @packageDocumentation
 */
export { initCore as init, type InitOptions } from './init';
export {
  acceptAll,
  rejectAll,
  accept,
  getConsent,
  hasConsent,
  reset,
  show,
  hide,
  showPreferences,
  hidePreferences,
} from './actions';
export { on } from './events';
export { $config, $consent, $ui, $gpc, $language } from './stores';
export { parseConfig, isSafeUrl } from './config';
export { activateElement, GATED_SELECTOR, STATE_ATTR } from './activate';
export { resolveLanguage, getTexts, hasTexts, loadTexts, isRtl } from './language';
export { setLanguage } from './set-language';
export { TEXTS_EN } from './texts-en';
export { DEFAULT_CONFIG } from './defaults';
export { MESSAGES, type Problem, type ProblemCode } from './errors';
export { VERSION } from './version';
export type * from './types';
