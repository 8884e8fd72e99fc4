// @vitest-environment happy-dom
/**
 * A config that names catalogue ids: what it inherits, what the name switches on, and the advice for a key that is
 * almost an id. Entries come from the data file here (the builds load them as files; the browser tests cover that).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/core/engine/config';
import { needCatalogue } from '../../../src/core/engine/catalogue';
import { eraseRefusedCookies } from '../../../src/core/engine/cleanup';
import { $config } from '../../../src/core/engine/stores';
import { nearestCatalogueId } from '../../../src/core/engine/config-advice';

afterEach(() => {
  for (const name of document.cookie
    .split(';')
    .map((c) => c.split('=')[0]!.trim())
    .filter(Boolean)) {
    document.cookie = name + '=; max-age=0; path=/';
  }
});

const serviceOf = (id: string) =>
  $config
    .get()
    .categories.flatMap((c) => c.services)
    .find((s) => s.id === id)!;

describe('services named by catalogue id', () => {
  it('inherit label, provider, purpose, policy link and cookies with durations once the entry is here', async () => {
    const { config, problems, advice } = parseConfig({
      controller: { name: 'Example Ltd', policyUrl: '/privacy' },
      categories: { performance: { services: { 'google-analytics': {} } } },
    });
    expect(problems).toEqual([]);
    expect(advice).toEqual([]);
    $config.set(config);
    await needCatalogue();
    const ga = serviceOf('google-analytics');
    expect(ga).toMatchObject({ label: 'Google Analytics', provider: 'Google LLC', policyUrl: 'https://policies.google.com/privacy' });
    expect(ga.purpose).toMatch(/\.$/);
    expect(ga.cookies.map((c) => [c.name, c.duration])).toEqual([
      ['_ga', '2 years'],
      ['/^_ga_/', '2 years'],
    ]);
    expect(ga.inherits).toBeUndefined();
    // The store holds a new config, so whatever shows it redraws.
    expect($config.get()).not.toBe(config);
  });

  it('keep the fields the site sets', async () => {
    const { config } = parseConfig({
      categories: { social: { services: { youtube: { label: 'Videos', cookies: [{ name: 'YSC', duration: 'session' }] } } } },
    });
    $config.set(config);
    await needCatalogue();
    const yt = serviceOf('youtube');
    expect(yt.label).toBe('Videos');
    expect(yt.cookies.map((c) => c.name)).toEqual(['YSC']);
    expect(yt.provider).toBe('Google LLC');
  });

  it('have their cookies deleted when refused, patterns included', async () => {
    const { config } = parseConfig({ categories: { performance: { services: { 'google-analytics': {} } } } });
    $config.set(config);
    await needCatalogue();
    for (const name of ['_ga', '_ga_ABC123', 'session']) document.cookie = name + '=1; path=/';
    expect(eraseRefusedCookies($config.get(), null).sort()).toEqual(['_ga', '_ga_ABC123']);
    expect(document.cookie).toBe('session=1');
  });

  it('switch on their vendor integration and Consent Mode without a vendors line', () => {
    const { config } = parseConfig({
      categories: {
        performance: { services: { 'google-analytics': {}, 'microsoft-clarity': {}, matomo: {} } },
        targeting: { services: { 'meta-pixel': {}, 'tiktok-pixel': {}, 'microsoft-uet': {} } },
      },
    });
    expect(config.vendors).toEqual({
      clarity: { analytics: 'performance:microsoft-clarity' },
      matomo: 'performance:matomo',
      meta: 'targeting:meta-pixel',
      tiktok: 'targeting:tiktok-pixel',
      uet: 'targeting:microsoft-uet',
    });
    expect(config.googleConsentMode).toMatchObject({ mode: 'basic', mapping: { performance: ['analytics_storage'] } });
  });

  it('leave an explicit vendors line and googleConsentMode: false as written', () => {
    const { config } = parseConfig({
      googleConsentMode: false,
      vendors: { meta: 'social' },
      categories: { performance: { services: { 'google-tag-manager': {} } }, targeting: { services: { 'meta-pixel': {} } } },
    });
    expect(config.googleConsentMode).toBeNull();
    expect(config.vendors).toEqual({ meta: 'social' });
  });

  it('a key that is no catalogue id stays a plain service; one close to an id gets advice naming it', () => {
    const { config, advice } = parseConfig({
      controller: { name: 'Example Ltd', policyUrl: '/privacy' },
      categories: { performance: { services: { 'google-analytic': { provider: 'Google' }, yt: { provider: 'Google' } } } },
    });
    expect(config.categories.find((c) => c.id === 'performance')!.services.map((s) => [s.id, s.label, s.inherits])).toEqual([
      ['google-analytic', 'google-analytic', undefined],
      ['yt', 'yt', undefined],
    ]);
    expect(advice.map((a) => a.code + ' ' + a.path)).toEqual(['catalogueId categories.performance.services.google-analytic']);
    expect(advice[0]!.message).toContain('"google-analytics"');
    expect(nearestCatalogueId('Meta_Pixel')).toBe('meta-pixel');
    expect(nearestCatalogueId('ga')).toBeUndefined();
  });
});

describe('hosts of a service (autoBlock)', () => {
  it('takes host names, *. subdomains and path prefixes, and reports anything else with its path', () => {
    const { config, problems } = parseConfig({
      categories: { performance: { services: { stats: { hosts: ['Stats.Example.com', '*.cdn.example.net', 'www.example.org/tag.js?id=', 'not a host'] } } } },
    });
    expect(config.categories.find((c) => c.id === 'performance')!.services[0]!.hosts).toEqual([
      { host: 'stats.example.com' },
      { host: '*.cdn.example.net' },
      { host: 'www.example.org', path: '/tag.js?id=' },
    ]);
    expect(problems.map((p) => p.code + ' ' + p.path)).toEqual(['type categories.performance.services.stats.hosts[3]']);
  });
});
