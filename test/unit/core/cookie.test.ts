import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseConfig } from '../../../src/core/engine/config';
import { decodeConsent, encodeConsent, readCookies } from '../../../src/core/engine/cookie';
import type { Consent } from '../../../src/core/types';
import { STORED, choice } from '../../shared/consent';

const { config } = parseConfig({
  categories: {
    performance: { services: { ga: { cookies: ['_ga'] } } },
    social: { services: { yt: {}, x: {} } },
  },
});

const consent = (over: Partial<Consent> = {}): Consent =>
  choice(['performance', 'functionality', 'targeting', 'social'], ['ga', 'yt', 'x'], { ...STORED, ...over });
const NOW = Date.parse('2026-11-25T00:00:00Z');

describe('consent cookie', () => {
  it('round-trips a choice with per-service exceptions', () => {
    const c = consent({ categories: ['necessary', 'social'], services: ['ga', 'yt'] });
    const value = encodeConsent(config, c, { gpcConflict: false });
    expect(decodeConsent(config, value, NOW)!.consent).toEqual(c);
  });

  it('stays under 200 bytes for the default config, name included', () => {
    const { config: defaults } = parseConfig(undefined);
    const value = encodeConsent(defaults, consent({ services: [] }), { gpcConflict: true });
    expect(('cookiegate=' + value).length).toBeLessThanOrEqual(200);
  });

  it('means no consent for another revision, an unknown format, or expiry', () => {
    const value = encodeConsent(config, consent(), { gpcConflict: false });
    expect(decodeConsent({ ...config, revision: 2 }, value, NOW)).toBeNull();
    expect(decodeConsent(config, '2' + value.slice(1), NOW)).toBeNull();
    expect(decodeConsent(config, value, Date.parse('2027-11-25T00:00:00Z'))).toBeNull();
    expect(decodeConsent(config, value, Date.parse('2026-01-01T00:00:00Z'))).toBeNull(); // from the future
  });

  it('asks again when a service is added to a category the visitor had granted', () => {
    const value = encodeConsent(config, consent(), { gpcConflict: false });
    const { config: more } = parseConfig({
      categories: { performance: { services: { ga: {}, hotjar: {} } }, social: { services: { yt: {}, x: {} } } },
    });
    expect(decodeConsent(more, value, NOW)).toBeNull();
  });

  it('does not ask again when a service is added to a refused category', () => {
    const value = encodeConsent(config, consent({ categories: ['necessary', 'performance'], services: ['ga'] }), { gpcConflict: false });
    const { config: more } = parseConfig({
      categories: { performance: { services: { ga: {} } }, social: { services: { yt: {}, x: {}, tiktok: {} } } },
    });
    expect(decodeConsent(more, value, NOW)!.consent.categories).toEqual(['necessary', 'performance']);
  });

  it('refuses a tampered category list', () => {
    const value = encodeConsent(config, consent({ categories: ['necessary'], services: [] }), { gpcConflict: false });
    const tampered = value.replace(/^(1~1~[^~]*~)/, '$1targeting');
    expect(decodeConsent(config, tampered, NOW)).toBeNull();
  });

  it('reads every cookie of our name, as a parent domain may set a second one', () => {
    expect(readCookies('cookiegate', 'a=1; cookiegate=x; cookiegatex=2; cookiegate=y')).toEqual(['x', 'y']);
  });

  it('never throws and never grants on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (value) => {
        const decoded = decodeConsent(config, value, NOW);
        return decoded === null || decoded.consent.categories.includes('necessary');
      }),
      { numRuns: 2000 },
    );
  });

  it('fails closed on mutations of a valid cookie', () => {
    const value = encodeConsent(config, consent({ categories: ['necessary'], services: [] }), { gpcConflict: false });
    fc.assert(
      fc.property(fc.nat(value.length - 1), fc.string({ minLength: 1, maxLength: 1 }), (at, ch) => {
        const mutated = value.slice(0, at) + ch + value.slice(at + 1);
        const decoded = decodeConsent(config, mutated, NOW);
        // A mutation may keep a valid refusal (e.g. another id) but can never produce a grant.
        return decoded === null || decoded.consent.categories.join() === 'necessary';
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips arbitrary valid choices', () => {
    const ids = config.categories.map((c) => c.id).filter((id) => id !== 'necessary');
    fc.assert(
      fc.property(fc.subarray(ids), fc.subarray(['ga', 'yt', 'x']), fc.boolean(), (cats, services, gpc) => {
        const c = consent({ categories: config.categories.map((x) => x.id).filter((id) => id === 'necessary' || cats.includes(id)), services, gpc });
        const decoded = decodeConsent(config, encodeConsent(config, c, { gpcConflict: false }), NOW);
        expect(decoded!.consent).toEqual(c);
      }),
      { numRuns: 300 },
    );
  });
});
