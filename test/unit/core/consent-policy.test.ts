import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/core/engine/config';
import { grants, grantsGpcRefused, isGranted, switchStates, withoutGpcRefused } from '../../../src/core/engine/consent-policy';
import { choice } from '../../shared/consent';

const { config } = parseConfig({
  categories: {
    performance: { services: { ga: {}, hotjar: {} } },
    targeting: { saleOrShare: true, services: { meta: {} } },
    social: { saleOrShare: false, services: { youtube: {}, constructor: {} } },
  },
});

describe('the consent policy', () => {
  it('grants necessary always, nothing else before a choice, and a service only by its own consent', () => {
    expect([grants(config, null, 'necessary'), grants(config, null, 'performance')]).toEqual([true, false]);
    const consent = choice(['performance'], ['ga']);
    expect([grants(config, consent, 'performance', 'ga'), grants(config, consent, 'performance', 'hotjar')]).toEqual([true, false]);
    expect([grants(config, consent, 'marketing'), grants(config, consent, 'performance', 'undeclared')]).toEqual([false, false]);
  });

  it('answers a config reference by the category when the service is not declared there, never by more', () => {
    const consent = choice(['performance'], []);
    expect([isGranted(config, consent, 'performance'), isGranted(config, consent, 'performance:ga')]).toEqual([true, false]);
    expect(isGranted(config, consent, 'performance:typo')).toBe(true);
    expect(isGranted(config, null, 'necessary')).toBe(false);
  });

  it('takes out of a choice what a GPC signal refuses, and says when a choice grants any of it', () => {
    expect(withoutGpcRefused(config, ['necessary', 'performance', 'targeting'], ['ga', 'meta'])).toEqual({
      categories: ['necessary', 'performance'],
      services: ['ga'],
    });
    expect(grantsGpcRefused(config, ['necessary', 'performance'], ['ga'])).toBe(false);
    expect(grantsGpcRefused(config, ['necessary'], ['meta'])).toBe(true);
    expect(grantsGpcRefused(config, ['necessary', 'targeting'], [])).toBe(true);
  });

  it('shows every switch as stored: off before a choice, read-only ones on, service names as own keys', () => {
    const before = switchStates(config, null);
    expect(before.categories).toEqual({ necessary: true, performance: false, functionality: false, targeting: false, social: false });
    const after = switchStates(config, choice(['social'], ['constructor']));
    expect(after.categories.social).toBe(true);
    expect(Object.keys(after.services).filter((id) => after.services[id])).toEqual(['constructor']);
    expect(after.services.youtube).toBe(false);
  });
});
