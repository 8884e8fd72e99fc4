/**
 * The seven Google Consent Mode v2 types, in the order Google documents them
 * (https://developers.google.com/tag-platform/security/guides/consent). The one list they are written in: the
 * `GoogleConsentType` type, the config check of `googleConsentMode.mapping` and every `gtag('consent', …)` call
 * derive from it.
 *
 * @example GOOGLE_CONSENT_TYPES.includes('ad_user_data') // true
 */
export const GOOGLE_CONSENT_TYPES = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;
