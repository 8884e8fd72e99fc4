// @vitest-environment node
/**
 * What a config gets from the catalogue while it is parsed (src/core/engine/catalogue-config.ts), called as the
 * validator calls it. The same seen from a user's config, through `parseConfig`, is in
 * test/unit/catalogue/use.test.ts.
 */
import { describe, expect, it, vi } from 'vitest';
import { bindCatalogueServices, INHERITED, isCatalogueId } from '../../../src/core/engine/catalogue-config';
import { DEFAULT_CONFIG } from '../../../src/core/engine/defaults';
import type { Config, Service } from '../../../src/core/types';

/** The default config with `services` in their categories, each marked as inheriting (or not) from the catalogue. */
function configWith(services: Record<string, Array<[id: string, inherits: boolean]>>, more: Partial<Config> = {}): Config {
  const config: Config = structuredClone({ ...DEFAULT_CONFIG, ...more });
  for (const category of config.categories) {
    category.services = (services[category.id] ?? []).map(
      ([id, inherits]): Service => ({ id, category: category.id, label: id, cookies: [], ...(inherits ? { inherits: [...INHERITED] } : {}) }),
    );
  }
  return config;
}
const CONSENT_MODE = { mode: 'basic', mapping: {}, waitForUpdate: 500, dataLayer: true } as unknown as Config['googleConsentMode'];

describe('bindCatalogueServices', () => {
  it('maps each vendor to the first service naming it, as category:service, Clarity under analytics', () => {
    const config = configWith({
      performance: [['microsoft-clarity', true]],
      targeting: [
        ['meta-pixel', true],
        ['microsoft-uet', true],
      ],
    });
    bindCatalogueServices(config, false, () => CONSENT_MODE);
    expect(config.vendors).toEqual({ clarity: { analytics: 'performance:microsoft-clarity' }, meta: 'targeting:meta-pixel', uet: 'targeting:microsoft-uet' });
  });

  it('switches on Consent Mode from the defaults only when the config has no googleConsentMode key', () => {
    const defaults = vi.fn(() => CONSENT_MODE);
    const named = configWith({ performance: [['google-analytics', true]] });
    bindCatalogueServices(named, false, defaults);
    expect(named.googleConsentMode).toBe(CONSENT_MODE);
    const refused = configWith({ performance: [['google-analytics', true]] });
    bindCatalogueServices(refused, true, defaults); // googleConsentMode: false, written by the site
    expect(refused.googleConsentMode).toBeNull();
    expect(defaults).toHaveBeenCalledTimes(1);
  });

  it('keeps a vendor line and a Consent Mode the site wrote', () => {
    const own = { ...(CONSENT_MODE as object), mode: 'advanced' } as Config['googleConsentMode'];
    const config = configWith(
      {
        targeting: [
          ['meta-pixel', true],
          ['google-ads', true],
        ],
      },
      { vendors: { meta: 'social' }, googleConsentMode: own },
    );
    bindCatalogueServices(config, true, () => CONSENT_MODE);
    expect(config.vendors).toEqual({ meta: 'social' });
    expect(config.googleConsentMode).toEqual(own);
  });

  it('binds nothing for a service that does not inherit from the catalogue, or whose id binds nothing', () => {
    const config = configWith({ targeting: [['meta-pixel', false]], performance: [['hotjar', true]] });
    bindCatalogueServices(config, false, () => CONSENT_MODE);
    expect(config.vendors).toEqual({});
    expect(config.googleConsentMode).toBeNull();
  });
});

describe('catalogue fields and ids', () => {
  it('a catalogue service inherits its label, provider, purpose, policy link and cookies, and nothing else', () => {
    expect(INHERITED).toEqual(['label', 'provider', 'purpose', 'policyUrl', 'cookies']);
  });

  it('knows catalogue ids, and no Object.prototype member is one', () => {
    expect(isCatalogueId('google-analytics')).toBe(true);
    expect(isCatalogueId('google-analytic')).toBe(false);
    expect(isCatalogueId('constructor')).toBe(false);
    expect(isCatalogueId('__proto__')).toBe(false);
  });
});
