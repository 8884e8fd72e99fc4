import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/core/engine/config';
import { decodeConsent, encodeConsent } from '../../../src/core/engine/cookie';
import { regimeFor } from '../../../src/core/engine/regime';
import type { Consent, Regime } from '../../../src/core/types';
import { US_STATES } from '../../shared/fixtures';
import { STORED, choice } from '../../shared/consent';

describe('regions in config', () => {
  it('takes country and subdivision codes and default, with the four regimes', () => {
    const { config, problems } = parseConfig({ regions: { ...US_STATES, BR: 'none' } });
    expect(problems).toEqual([]);
    expect(config.regions).toEqual({ ...US_STATES, BR: 'none' });
    expect(parseConfig(undefined).config.regions).toEqual({});
  });

  it('reports a key that is not a region code, names the path, and drops the whole map (opt-in everywhere)', () => {
    const { config, problems } = parseConfig({ regions: { EU: 'opt-in', 'us-ca': 'opt-out', California: 'opt-out', default: 'none' } });
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['regionKey', 'regions.EU'],
      ['regionKey', 'regions.us-ca'],
      ['regionKey', 'regions.California'],
    ]);
    expect(problems[0]!.message).toBe('regions.EU: "EU" is not "default" or a region code like "DE" or "US-CA"; regions is unused until fixed');
    expect(config.regions).toEqual({});
    expect(regimeFor(config.regions, 'BR')).toBe('opt-in');
  });

  it('reports a value that is not a regime, saying which ones exist, and drops the whole map', () => {
    const { config, problems } = parseConfig({ regions: { 'US-CA': 'optout', default: 'none' } });
    expect(problems.map((p) => [p.code, p.path])).toEqual([['regime', 'regions.US-CA']]);
    expect(problems[0]!.message).toBe('regions.US-CA: expected "opt-in", "opt-out", "notice" or "none", got "optout"; regions is unused until fixed');
    expect(config.regions).toEqual({});
  });

  it('reports regions that is not an object', () => {
    const { config, problems } = parseConfig({ regions: ['US-CA'] });
    expect(problems.map((p) => [p.code, p.path])).toEqual([['type', 'regions']]);
    expect(config.regions).toEqual({});
  });
});

describe('the cookie names the regime', () => {
  const { config } = parseConfig(undefined);
  const TIME = '2026-11-20T10:00:00.000Z';
  const consent = (regime: Regime): Consent => choice(['performance'], [], { ...STORED, consentTime: TIME, updateTime: TIME, regime });
  const NOW = Date.parse('2026-11-25T00:00:00Z');

  it('round-trips each regime and a pending notice, within 200 bytes', () => {
    for (const regime of ['opt-in', 'opt-out', 'notice', 'none'] as const) {
      const value = encodeConsent(config, consent(regime), { gpcConflict: false, noticePending: regime === 'opt-out' });
      expect(value.length).toBeLessThanOrEqual(200);
      expect(decodeConsent(config, value, NOW)).toEqual({ consent: consent(regime), flags: { gpcConflict: false, noticePending: regime === 'opt-out' } });
    }
  });

  it('reads a cookie from before regions (no regime letter) as an opt-in choice', () => {
    const value = encodeConsent(config, consent('opt-in'), { gpcConflict: false });
    expect(value.endsWith('~')).toBe(true);
    expect(decodeConsent(config, value, NOW)!.consent.regime).toBe('opt-in');
  });

  it('refuses a cookie whose regime letter was edited (an opt-in choice cannot pass as laxer, or the reverse)', () => {
    const value = encodeConsent(config, consent('opt-out'), { gpcConflict: false });
    expect(decodeConsent(config, value.replace(/o$/, ''), NOW)).toBeNull();
    expect(decodeConsent(config, value.replace(/o$/, 'x'), NOW)).toBeNull();
  });
});
