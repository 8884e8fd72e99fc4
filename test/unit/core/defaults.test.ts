// @vitest-environment node
/**
 * The built-in config (src/core/engine/defaults.ts): what a site gets for every key it leaves out. How a user config
 * is merged onto it is the validator's (test/unit/core/config.test.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CATEGORY_IDS,
  DEFAULT_CONFIG,
  DEFAULT_EXPIRES_DAYS,
  DEFAULT_GCM_MAPPING,
  MAX_EXPIRES_DAYS,
  SALE_OR_SHARE_DEFAULT,
} from '../../../src/core/engine/defaults';
import { GOOGLE_CONSENT_TYPES } from '../../../src/core/integrations/google-consent-types';

describe('the default config', () => {
  it('has the five categories in display order, only necessary always on, none with services', () => {
    expect(DEFAULT_CATEGORY_IDS).toEqual(['necessary', 'performance', 'functionality', 'targeting', 'social']);
    expect(DEFAULT_CONFIG.categories.map((c) => c.id)).toEqual([...DEFAULT_CATEGORY_IDS]);
    expect(DEFAULT_CONFIG.categories.filter((c) => c.readOnly).map((c) => c.id)).toEqual(['necessary']);
    expect(DEFAULT_CONFIG.categories.every((c) => c.services.length === 0)).toBe(true);
  });

  it('counts targeting and social as sale or sharing, which a GPC signal refuses', () => {
    expect(SALE_OR_SHARE_DEFAULT).toEqual(['targeting', 'social']);
    expect(DEFAULT_CONFIG.categories.filter((c) => c.saleOrShare).map((c) => c.id)).toEqual(SALE_OR_SHARE_DEFAULT);
  });

  it('keeps a choice about six months, a refusal as long, and never more than 13 months', () => {
    expect(DEFAULT_EXPIRES_DAYS).toBe(182);
    expect(MAX_EXPIRES_DAYS).toBe(395);
    expect(DEFAULT_CONFIG.cookie).toEqual({ name: 'cookiegate', path: '/', expiresDays: 182, rejectExpiresDays: 182 });
  });

  it('honours GPC and switches on no other integration, no auto-blocking and no regions', () => {
    expect(DEFAULT_CONFIG).toMatchObject({
      gpc: true,
      googleConsentMode: null,
      records: null,
      vendors: {},
      callbacks: [],
      autoBlock: false,
      regions: {},
      reloadOnWithdraw: false,
      language: 'auto',
    });
  });

  it('maps every Google consent type to one built-in category, and social to none', () => {
    const mapped = Object.values(DEFAULT_GCM_MAPPING).flat();
    expect([...mapped].sort()).toEqual([...GOOGLE_CONSENT_TYPES].sort());
    expect(Object.keys(DEFAULT_GCM_MAPPING).every((id) => (DEFAULT_CATEGORY_IDS as readonly string[]).includes(id))).toBe(true);
    expect(DEFAULT_GCM_MAPPING.necessary).toEqual(['security_storage']);
    expect(DEFAULT_GCM_MAPPING.social).toBeUndefined();
  });
});
