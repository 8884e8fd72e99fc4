// @vitest-environment node
/**
 * Which regime a visitor gets (src/core/engine/regime.ts): the most specific region code wins, an unknown region
 * fails closed, and a choice made under a laxer regime does not stand under a stricter one. How `regions` is
 * validated and stored with a choice is in test/unit/core/regions.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { isLaxer, isRegionCode, NOT_COUNTRIES, REGIMES, regimeFor } from '../../../src/core/engine/regime';
import { US_STATES } from '../../shared/fixtures';

describe('regimeFor: which regime a region gets', () => {
  it('prefers the subdivision, then the country, then default', () => {
    expect(regimeFor(US_STATES, 'US-TX')).toBe('notice');
    expect(regimeFor(US_STATES, 'US-CA')).toBe('opt-out');
    expect(regimeFor(US_STATES, 'US-NY')).toBe('opt-out');
    expect(regimeFor(US_STATES, 'US')).toBe('opt-out');
    expect(regimeFor(US_STATES, 'DE')).toBe('opt-in');
    expect(regimeFor({ default: 'none', FR: 'opt-in' }, 'BR')).toBe('none');
  });

  it('is opt-in everywhere without a regions map, and where the map has no default', () => {
    expect(regimeFor({}, 'US-CA')).toBe('opt-in');
    expect(regimeFor({}, undefined)).toBe('opt-in');
    expect(regimeFor({ 'US-CA': 'opt-out' }, 'US-NY')).toBe('opt-in');
  });

  it('with no region given, applies the strictest regime the map uses, its default counted (fail closed)', () => {
    expect(regimeFor(US_STATES)).toBe('opt-in');
    expect(regimeFor({ 'US-CA': 'opt-out' })).toBe('opt-in');
    expect(regimeFor({ 'US-CA': 'opt-out', default: 'none' })).toBe('opt-out');
    expect(regimeFor({ 'US-TX': 'notice', default: 'none' })).toBe('notice');
    expect(regimeFor({ default: 'none' })).toBe('none');
  });

  it('never answers for a region named like an Object.prototype member', () => {
    expect(regimeFor({ default: 'none' }, 'constructor')).toBe('none');
  });

  it('a choice made under a laxer regime does not stand under a stricter one', () => {
    expect(isLaxer('opt-out', 'opt-in')).toBe(true);
    expect(isLaxer('none', 'opt-out')).toBe(true);
    expect(isLaxer('opt-in', 'opt-out')).toBe(false);
    expect(isLaxer('opt-out', 'opt-out')).toBe(false);
  });
});

describe('region codes', () => {
  it('are a country, or a country and a subdivision, in upper case', () => {
    for (const code of ['DE', 'GB', 'US-CA', 'FR-75', 'ES-AN', 'CN-GD1']) expect(isRegionCode(code)).toBe(true);
    for (const code of ['de', 'us-ca', 'USA', 'D', 'US-', 'US-CALI', 'US_CA', ' DE', '', 7, null, undefined]) expect(isRegionCode(code)).toBe(false);
  });

  it('are not the reserved look-alikes, alone or with a subdivision: the UK is GB, the EU is its member states', () => {
    expect(NOT_COUNTRIES).toEqual(['EU', 'EZ', 'UK', 'UN']);
    for (const code of ['EU', 'EZ', 'UK', 'UN', 'UK-ENG', 'EU-DE']) expect(isRegionCode(code)).toBe(false);
  });
});

describe('the regimes', () => {
  it('are ordered strictest first, so "no region known" picks the strictest', () => {
    expect(REGIMES).toEqual(['opt-in', 'opt-out', 'notice', 'none']);
    expect(regimeFor({ default: 'none', FR: 'notice', 'US-CA': 'opt-out' })).toBe('opt-out');
  });
});
