import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../../../src/core/engine/config';
import { adviceFor, nearestCatalogueId } from '../../../src/core/engine/config-advice';
import { buildConfig } from '../../../src/core/engine/config-build';

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

describe('nearestCatalogueId', () => {
  it('finds an id up to two edits away, ignoring case and underscores', () => {
    expect(nearestCatalogueId('hotjar')).toBe('hotjar');
    expect(nearestCatalogueId('HotJar')).toBe('hotjar');
    expect(nearestCatalogueId('google_tag_manager')).toBe('google-tag-manager');
    expect(nearestCatalogueId('matomoo')).toBe('matomo');
    expect(nearestCatalogueId('mtomoo')).toBe('matomo');
  });

  it('finds none three edits away, and none for a key shorter than four characters', () => {
    expect(nearestCatalogueId('mtmoo')).toBeUndefined();
    expect(nearestCatalogueId('our-own-analytics')).toBeUndefined();
    expect(nearestCatalogueId('gtm')).toBeUndefined();
  });
});

describe('adviceFor', () => {
  it("asks for who asks and their policy, each service's provider and each cookie's duration; a catalogue service inherits them", () => {
    const config = buildConfig({
      controller: { name: 'Shop Ltd' },
      categories: { performance: { services: { stats: { cookies: ['_st', { name: '_st_id', duration: '1 year' }] }, 'google-analytics': {} } } },
    });
    expect(adviceFor(config).map((p) => [p.code, p.path])).toEqual([
      ['noController', 'controller'],
      ['noProvider', 'categories.performance.services.stats'],
      ['noDuration', 'categories.performance.services.stats.cookies'],
    ]);
    expect(adviceFor(config)[0]!.message).toBe(
      'controller: no controller.policyUrl: the banner should say who asks for consent and link to the privacy policy',
    );
  });

  it('suggests the catalogue id a key was probably meant to be', () => {
    const config = buildConfig({
      controller: { name: 'A', policyUrl: '/p' },
      categories: { performance: { services: { 'google-analytic': { provider: 'Google' } } } },
    });
    expect(adviceFor(config).map((p) => p.message)).toEqual([
      'categories.performance.services.google-analytic: not a catalogue id; did you mean "google-analytics"?',
    ]);
  });
});
