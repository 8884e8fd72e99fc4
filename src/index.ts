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
import { initCore, type InitOptions } from './core/init';
import { mountUi } from './ui/mount';

export * from './core/index';
export { mountUi } from './ui/mount';

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
  const result = initCore(config, options);
  if (typeof document != 'undefined') mountUi();
  return result;
}
