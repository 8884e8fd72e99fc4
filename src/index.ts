/**
 * `cookiegate`: the consent engine with its built-in banner and preferences modal.
 * Importing has no side effects; `init` does the work (and is safe to skip on the server).
 *
 * @example
 * import { init, on } from 'cookiegate'
 * import 'cookiegate/cookiegate.css' // optional: init injects the same styles itself
 * init({ controller: { name: 'Example Ltd', policyUrl: '/privacy' } })
 * on('change', ({ changed }) => console.log(changed))
 * @packageDocumentation
 */
import type { Config, UserConfig } from './core/types';
import { initCore, type InitOptions } from './core/engine/init';
import { parseConfig } from './core/engine/config';
import { importParts } from './gate/import-parts';
import { startUi } from './gate/start-ui';

export * from './core/index';

/**
 * Renders the built-in UI (what `init` does in the browser): the re-open control and preferences links at once, the
 * banner, the dialog and embed placeholders as chunks your bundler splits off, loaded when they are needed. Safe to
 * call twice: the second call returns the first call's unmount function.
 *
 * @example const unmount = mountUi()
 * @returns a function that removes everything it added
 */
export function mountUi(): () => void {
  importParts();
  return startUi();
}

/**
 * Starts cookiegate and renders its UI (unless `ui.disabled`). Validates the config, logging each problem
 * with its path; never throws; nothing optional runs before consent. Call once per page.
 *
 * @param config the site owner's JSON config; omitted, the built-in default (five categories, English)
 * @param options `nonce`: the CSP nonce for the injected stylesheet and activated scripts
 * @returns the config cookiegate runs with
 * @example init({ revision: 1, googleConsentMode: true })
 */
export function init(config?: UserConfig, options?: InitOptions): Config {
  const result = initCore(config, options, { deferTexts: true, read: parseConfig });
  if (typeof document !== 'undefined') mountUi();
  return result;
}
