import type { Config, ConsentModeConfig, GoogleConsentType } from '../types';

/** Ids of the built-in categories, in display order. */
export const DEFAULT_CATEGORY_IDS = ['necessary', 'performance', 'functionality', 'targeting', 'social'] as const;

/** Categories a GPC signal refuses unless config says otherwise. */
export const SALE_OR_SHARE_DEFAULT = ['targeting', 'social'];

/** Google types each built-in category grants in Consent Mode. */
export const DEFAULT_GCM_MAPPING: Record<string, GoogleConsentType[]> = {
  necessary: ['security_storage'],
  performance: ['analytics_storage'],
  functionality: ['functionality_storage', 'personalization_storage'],
  targeting: ['ad_storage', 'ad_user_data', 'ad_personalization'],
};

/** Longest `googleConsentMode.waitForUpdate` accepted, in milliseconds. */
export const MAX_WAIT_FOR_UPDATE = 10_000;

/** Whether a value is a `googleConsentMode.waitForUpdate` the config check accepts: milliseconds, 0 to the maximum. */
export const isWaitForUpdate = (value: unknown): value is number => typeof value === 'number' && value >= 0 && value <= MAX_WAIT_FOR_UPDATE;

/**
 * What `googleConsentMode: true` means, and what an object config starts from. Shared: copy `mapping` before changing
 * it (`consentModeDefaults` does).
 */
export const DEFAULT_CONSENT_MODE: Readonly<ConsentModeConfig> = {
  mode: 'basic',
  mapping: DEFAULT_GCM_MAPPING,
  waitForUpdate: 500,
  urlPassthrough: false,
  adsDataRedaction: false,
};

/**
 * A fresh copy of {@link DEFAULT_CONSENT_MODE}, for a config to own.
 * @example consentModeDefaults().waitForUpdate // 500
 */
export function consentModeDefaults(): ConsentModeConfig {
  return { ...DEFAULT_CONSENT_MODE, mapping: { ...DEFAULT_GCM_MAPPING } };
}

/** Days a choice is kept unless configured; regulators (CNIL) accept about six months. */
export const DEFAULT_EXPIRES_DAYS = 182;
/** Upper bound on a stored choice's life: 13 months. */
export const MAX_EXPIRES_DAYS = 395;
/**
 * Longest cookie name tested against a `/regex/` declaration. It bounds the work of every pattern the validator
 * accepts (see `mayBacktrack`); tracker cookie names are far shorter, and an exact name matches at any length.
 */
export const MAX_PATTERN_NAME = 256;

/**
 * The built-in config: five categories, English texts, no integrations but GPC.
 * @example DEFAULT_CONFIG.cookie.expiresDays // 182
 */
export const DEFAULT_CONFIG: Config = {
  revision: 1,
  controller: {},
  categories: DEFAULT_CATEGORY_IDS.map((id) => ({
    id,
    readOnly: id === 'necessary',
    saleOrShare: SALE_OR_SHARE_DEFAULT.includes(id),
    services: [],
  })),
  googleConsentMode: null,
  gpc: true,
  records: null,
  cookie: { name: 'cookiegate', path: '/', expiresDays: DEFAULT_EXPIRES_DAYS, rejectExpiresDays: DEFAULT_EXPIRES_DAYS },
  language: 'auto',
  translations: {},
  ui: {
    layout: 'box',
    position: 'bottom',
    align: 'start',
    theme: 'auto',
    reopen: 'bottom-start',
    closeButton: false,
    disabled: false,
  },
  reloadOnWithdraw: false,
  vendors: {},
  callbacks: [],
  autoBlock: false,
  regions: {},
};

/**
 * Property of `window` the auto-block code sets when it runs (`src/core/auto-block/`), so `init` can tell a config that
 * asks for `autoBlock` on a page without that code.
 */
export const AUTO_BLOCK_PROPERTY = '__cookiegateAutoBlock';
