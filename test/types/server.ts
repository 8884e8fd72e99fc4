/** `cookiegate/server`: what a server component or route handler calls. */
import { consentGrants, readConsent, type Consent, type ReadConsentOptions } from 'cookiegate/server';

const config = { revision: 2, categories: { social: { services: { youtube: {} } } } };
const fromHeader: Consent | null = readConsent(config, 'a=1; cookiegate=1~2');
const fromValue: Consent | null = readConsent(config, undefined, { gpc: true, now: Date.now() });
const options: ReadConsentOptions = { gpc: false };
const video: boolean = consentGrants(config, fromHeader, 'social', 'youtube');
// @ts-expect-error the cookie is a header string or a value, not a parsed object
readConsent(config, { cookiegate: '1~2' });
// @ts-expect-error a typo in the config is a compile error, as in init
readConsent({ revison: 2 }, '');

export { fromValue, options, video };
