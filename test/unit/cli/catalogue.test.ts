/**
 * How the audit names what it finds from the catalogue: hosts (exact, `*.` subdomains, a path-and-query prefix),
 * cookie names (exact or `/regex/`), storage keys by kind; and how it tells a third party from the site.
 */
import { describe, expect, it } from 'vitest';
import { indexCatalogue, mergeCatalogues, type Catalogue } from '../../../src/cli/catalogue';
import { siteOf } from '../../../src/cli/build-report';

const CATALOGUE: Catalogue = {
  services: {
    'google-analytics': {
      label: 'Google Analytics',
      provider: 'Google LLC',
      category: 'performance',
      cookies: [{ name: '_ga' }, { name: '/^_ga_/' }],
      hosts: [{ host: 'www.google-analytics.com' }, { host: '*.google-analytics.com' }],
    },
    'google-tag-manager': {
      label: 'Google Tag Manager',
      provider: 'Google LLC',
      category: 'necessary',
      hosts: [{ host: 'www.googletagmanager.com', path: '/gtm.js' }],
    },
    'google-ads': {
      label: 'Google Ads',
      provider: 'Google LLC',
      category: 'targeting',
      hosts: [{ host: 'www.googletagmanager.com', path: '/gtag/js?id=AW-' }],
    },
    youtube: {
      label: 'YouTube',
      provider: 'Google LLC',
      category: 'social',
      cookies: [{ name: 'yt-remote-device-id', kind: 'localStorage' }],
      hosts: [{ host: 'www.youtube.com' }],
    },
  },
};

const index = indexCatalogue(CATALOGUE);
const serviceOf = (url: string) => index.byUrl(new URL(url))?.service;

describe('catalogue lookups', () => {
  it('matches hosts exactly, *. on subdomains only, and paths as a prefix of path and query', () => {
    expect(serviceOf('https://www.google-analytics.com/g/collect?v=2')).toBe('google-analytics');
    expect(serviceOf('https://region1.google-analytics.com/g/collect')).toBe('google-analytics');
    expect(serviceOf('https://google-analytics.com.evil.test/x.js')).toBeUndefined();
    expect(serviceOf('https://m.youtube.com/embed/1')).toBeUndefined();
    expect(serviceOf('https://www.googletagmanager.com/gtag/js?id=AW-123')).toBe('google-ads');
    expect(serviceOf('https://www.googletagmanager.com/gtm.js?id=GTM-1')).toBe('google-tag-manager');
    expect(serviceOf('https://www.googletagmanager.com/gtag/js?id=G-1')).toBeUndefined();
  });

  it('names cookies by exact name or /regex/, and storage keys only of their kind', () => {
    expect(index.byCookie('_ga')?.label).toBe('Google Analytics');
    expect(index.byCookie('_ga_ABC123')?.category).toBe('performance');
    expect(index.byCookie('x_ga_')).toBeUndefined();
    expect(index.byCookie('yt-remote-device-id')).toBeUndefined();
    expect(index.byStorageKey('yt-remote-device-id', 'localStorage')?.service).toBe('youtube');
    expect(index.byStorageKey('yt-remote-device-id', 'sessionStorage')).toBeUndefined();
  });

  it('lets a later catalogue replace a service of an earlier one', () => {
    const merged = mergeCatalogues([CATALOGUE, { services: { youtube: { label: 'Tube', provider: 'X', category: 'functionality' } } }]);
    expect(indexCatalogue(merged).byUrl(new URL('https://www.youtube.com/'))).toBeUndefined();
    expect(merged.services.youtube!.label).toBe('Tube');
  });
});

describe('first or third party', () => {
  it('compares registrable domains', () => {
    expect(siteOf('www.example.com')).toBe('example.com');
    expect(siteOf('.shop.example.co.uk')).toBe('example.co.uk');
    expect(siteOf('127.0.0.1')).toBe('127.0.0.1');
    expect(siteOf('localhost')).toBe('localhost');
  });
});
