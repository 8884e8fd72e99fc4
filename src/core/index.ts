/**
 * `cookiegate/core`: the headless consent engine. No preact inside; build any UI on its stores and actions.
 *
 * @example
 * import { init, $consent, $ui, acceptAll, rejectAll } from 'cookiegate/core'
 * init({ controller: { name: 'Example Ltd', policyUrl: '/privacy' } })
 * $ui.subscribe(({ banner }) => myBanner.hidden = !banner)
 * @packageDocumentation
 */
export * from './api';
export { init } from './engine/init-checked';
export { parseConfig, type ConfigReading } from './engine/config';
export { MESSAGES } from './engine/messages';
export { TEXTS_EN } from './texts/texts-en';
