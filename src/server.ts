/**
 * `cookiegate/server`: the visitor's choice, read on the server from a request's cookies with the checks the browser
 * runs. Touches no `document`, starts nothing: safe in server components, route handlers and middleware.
 *
 * @example
 * import { readConsent, consentGrants } from 'cookiegate/server'
 * const consent = readConsent(config, request.headers.get('cookie'))
 * const showVideo = consentGrants(config, consent, 'social', 'youtube')
 * @packageDocumentation
 */
export { readConsent, consentGrants, type ReadConsentOptions } from './core/engine/read-consent';
export { COOKIE_FORMAT } from './core/engine/cookie';
export type { Consent, UserConfig } from './core/types';
