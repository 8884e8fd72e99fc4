// @vitest-environment happy-dom
/**
 * The integrations that act before marked elements activate, in the ESM build (src/core/integrations/first-phase.ts):
 * none, synchronously, when the config names none, so activation does not wait; otherwise Consent Mode then the
 * vendor APIs, each imported only when named. Started here to see which is which by what it does to the page.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, DEFAULT_GCM_MAPPING } from '../../../src/core/engine/defaults';
import { firstPhaseIntegrations } from '../../../src/core/integrations/first-phase';
import type { Config } from '../../../src/core/types';

const w = window as unknown as { dataLayer?: unknown[]; fbq?: unknown };
const CONSENT_MODE = {
  mode: 'basic',
  mapping: DEFAULT_GCM_MAPPING,
  waitForUpdate: 500,
  urlPassthrough: false,
  adsDataRedaction: false,
} as Config['googleConsentMode'];

/** Starts the integrations and says what each did: a Consent Mode default in the dataLayer, or Meta's revoke. */
function started(integrations: Awaited<ReturnType<typeof firstPhaseIntegrations>>, config: Config): string[] {
  const calls: string[] = [];
  w.dataLayer = [];
  w.fbq = (...args: unknown[]) => void calls.push('fbq ' + args.join(' '));
  return integrations.map((integration) => {
    const before = [w.dataLayer!.length, calls.length];
    integration.start?.(config);
    const found = [];
    if (w.dataLayer!.length > before[0]!)
      found.push(
        'dataLayer ' +
          Array.from(w.dataLayer![before[0]!] as ArrayLike<unknown>)
            .slice(0, 2)
            .join(' '),
      );
    found.push(...calls.slice(before[1]!));
    integration.stop?.();
    return found.join(', ');
  });
}

afterEach(() => {
  delete w.dataLayer;
  delete w.fbq;
});

describe('firstPhaseIntegrations', () => {
  it('is an empty list at once when the config names neither Consent Mode nor a vendor', () => {
    expect(firstPhaseIntegrations(DEFAULT_CONFIG)).toEqual([]);
  });

  it('loads Consent Mode alone when only it is named', async () => {
    const config = { ...DEFAULT_CONFIG, googleConsentMode: CONSENT_MODE };
    const loading = firstPhaseIntegrations(config);
    expect(loading).toBeInstanceOf(Promise);
    expect(started(await loading, config)).toEqual(['dataLayer consent default']);
  });

  it('loads the vendor APIs alone when only a vendor is named', async () => {
    const config = { ...DEFAULT_CONFIG, vendors: { meta: 'targeting' } };
    expect(started(await firstPhaseIntegrations(config), config)).toEqual(['fbq consent revoke']);
  });

  it('with both, puts Consent Mode first, then the vendors', async () => {
    const config = { ...DEFAULT_CONFIG, googleConsentMode: CONSENT_MODE, vendors: { meta: 'targeting' } };
    expect(started(await firstPhaseIntegrations(config), config)).toEqual(['dataLayer consent default', 'fbq consent revoke']);
  });
});
