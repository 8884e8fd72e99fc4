/**
 * What the rest of cookiegate (the gate's re-open control, the on-demand UI and placeholders, the integrations loaded
 * on demand) uses of the engine. Such code imports the engine from here only: in the script tag, the on-demand files
 * are built separately and find this module on `window.__cookiegateKernel`, set by the gate that loads them
 * (`rollup.config.mjs`, `src/gate/file-parts.ts`), so they share the gate's stores rather than carry a second engine.
 */
export * from './api';
export { $loadingTexts } from './engine/stores';
export { getNonce } from './platform/nonce';
export { areStylesInjected } from './platform/styles-setting';
export { definePart, definedPart, fetchAhead, loadPart, setPartLoaders, setPartNeeds, type Parts, type PartName, type PartLoaders } from './engine/parts';
export { ensureTexts } from './texts/set-language';
export { matchLanguage, SHIPPED_LANGUAGES } from './texts/resolve-language';
export { fetchJson, withTimeout } from './platform/fetch-json';
export { describeElement } from './engine/activate';
export { isRestoringFocus, rememberOpener, restoreFocus } from './platform/opener';
export { loadScript } from './platform/load-script';
export { ownValue, setOwn } from './engine/own';
export { shortHash } from './platform/hash';
export { isGranted } from './engine/consent-policy';
export { forgetReported, problem, report, reportOnce } from './engine/errors';
export type { Integration } from './engine/integration';
// What the config check (`cookiegate-check.js` in the script tag) uses of the engine.
export { buildConfig } from './engine/config-build';
export { configMark } from './engine/config-mark';
export { loadConsent } from './engine/cookie';
export { checkTexts } from './texts/check-texts';
export { compileCookiePattern, PATTERN } from './engine/cookie-pattern';
export { DEFAULT_CATEGORY_IDS, isWaitForUpdate, MAX_EXPIRES_DAYS, MAX_PATTERN_NAME, MAX_WAIT_FOR_UPDATE } from './engine/defaults';
export { describe, fromText } from './engine/errors';
export { GOOGLE_CONSENT_TYPES } from './integrations/google-consent-types';
export { isRegionCode, REGIMES } from './engine/regime';
export { UI_CHOICES } from './engine/ui-choices';
export { catalogueIds } from './engine/catalogue-config';
export type { ConfigReading } from './engine/config';
