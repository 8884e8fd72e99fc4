import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../../../src/core/engine/config';

afterEach(() => vi.restoreAllMocks());

const paths = (input: unknown) => parseConfig(input).advice.map((a) => a.code + ' ' + a.path);

describe('advice: valid config that tells visitors too little', () => {
  it('the built-in default (no config) gets none', () => {
    expect(parseConfig(undefined).advice).toEqual([]);
  });

  it('names the missing controller fields, each service without a provider and each cookie without a duration', () => {
    const input = {
      controller: { name: 'Example Ltd' },
      categories: {
        performance: { services: { ga: { label: 'Google Analytics', cookies: ['_ga', { name: '/^_ga_/', duration: '2 years' }] } } },
        social: { services: { yt: {} } },
        targeting: { services: { ads: { provider: 'Ads Inc', cookies: [{ name: '_ads', duration: '90 days' }] } } },
      },
    };
    expect(paths(input)).toEqual([
      'noController controller',
      'noProvider categories.performance.services.ga',
      'noDuration categories.performance.services.ga.cookies',
      'noProvider categories.social.services.yt',
    ]);
    const { advice, problems, config } = parseConfig(input);
    expect(advice[0]!.message).toContain('controller.policyUrl');
    expect(advice[0]!.message).not.toContain('controller.name');
    expect(advice[2]!.message).toContain('_ga');
    expect(advice[2]!.message).not.toContain('/^_ga_/');
    // advice drops nothing: the config is used as written
    expect(problems).toEqual([]);
    expect(config.categories.find((c) => c.id === 'social')!.services.map((s) => s.id)).toEqual(['yt']);
  });

  it('a complete config gets none', () => {
    expect(
      paths({
        controller: { name: 'Example Ltd', policyUrl: '/privacy' },
        categories: { performance: { services: { ga: { provider: 'Google', cookies: [{ name: '_ga', duration: '2 years' }] } } } },
      }),
    ).toEqual([]);
  });
});
