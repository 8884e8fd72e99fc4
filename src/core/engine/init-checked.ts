import type { Config, UserConfig } from '../types';
import { parseConfig } from './config';
import { initCore, type InitOptions } from './init';

/**
 * Starts cookiegate without UI: validates the config (logging each problem), reads the stored choice,
 * starts the integrations, and gates `data-category` elements. Call once: a later call with an equal config (React
 * Strict Mode, a hot reload) does nothing; one with another config is ignored with an error.
 * Never throws: an invalid config runs with what is valid, or the defaults, and nothing optional runs before consent.
 * In an app the check is part of its bundle and runs at once; the script tag loads it only for a config that is new to
 * the visitor.
 *
 * @param userConfig the site owner's JSON config (optional)
 * @param options `nonce`: the CSP nonce for styles and activated scripts
 * @returns the config cookiegate runs with
 * @example init({ revision: 2, controller: { name: 'Example Ltd', policyUrl: '/privacy' } })
 */
export function init(userConfig?: UserConfig, options?: InitOptions): Config {
  return initCore(userConfig, options, { read: parseConfig });
}
