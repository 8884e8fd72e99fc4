// @vitest-environment node
/**
 * The service catalogue (`src/catalogue/services.json`): every entry valid against its JSON Schema, the kinds of
 * service the catalogue promises all present, and the facts CONTRACT.md states about named entries.
 */
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import catalogue from '../../../src/catalogue/services.json';
import schema from '../../../src/catalogue/services.schema.json';
import { safeCookiePattern } from '../../../src/core/engine/pattern-safety';

type Entry = (typeof catalogue.services)[keyof typeof catalogue.services] & {
  integration?: { vendor?: string; consentMode?: boolean; source: string };
};
const services = catalogue.services as Record<string, Entry>;
const ids = Object.keys(services);

/** One id per kind of service the catalogue promises (issue: analytics, ads, embeds, chat, fonts, necessary, A/B). */
const PROMISED = [
  'google-analytics',
  'matomo',
  'plausible',
  'hotjar',
  'microsoft-clarity',
  'mixpanel',
  'amplitude',
  'posthog',
  'heap',
  'segment',
  'google-tag-manager',
  'google-ads',
  'doubleclick',
  'meta-pixel',
  'linkedin-insight',
  'tiktok-pixel',
  'microsoft-uet',
  'pinterest-tag',
  'x-pixel',
  'snap-pixel',
  'criteo',
  'taboola',
  'outbrain',
  'youtube',
  'vimeo',
  'google-maps',
  'spotify',
  'soundcloud',
  'instagram-embed',
  'x-embed',
  'facebook-embed',
  'calendly',
  'intercom',
  'drift',
  'hubspot',
  'zendesk',
  'mailchimp',
  'klaviyo',
  'tawk',
  'google-fonts',
  'adobe-fonts',
  'stripe',
  'paypal',
  'recaptcha',
  'hcaptcha',
  'cloudflare-turnstile',
  'optimizely',
  'vwo',
];

const hostsOf = (id: string) => services[id]!.hosts.map((h) => h.host);
const cookiesOf = (id: string) => services[id]!.cookies.map((c) => c.name);

describe('service catalogue', () => {
  it('validates every entry against its JSON Schema', () => {
    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
    const valid = validate(catalogue);
    expect(validate.errors ?? [], 'schema errors').toEqual([]);
    expect(valid).toBe(true);
  });

  it('holds at least 60 services with kebab-case ids, in alphabetical order', () => {
    expect(ids.length).toBeGreaterThanOrEqual(60);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(ids).toEqual([...ids].sort());
  });

  it('covers every kind of service it promises', () => {
    expect(PROMISED.filter((id) => !services[id])).toEqual([]);
  });

  it('declares the facts the contract names', () => {
    expect(hostsOf('meta-pixel')).toContain('connect.facebook.net');
    expect(hostsOf('youtube')).toEqual(expect.arrayContaining(['www.youtube.com', 'www.youtube-nocookie.com']));
    expect(hostsOf('hotjar')).toContain('static.hotjar.com');
    expect(cookiesOf('google-analytics')).toEqual(expect.arrayContaining(['_ga', '/^_ga_/']));
  });

  it('tells Google tags apart by path where they share a host', () => {
    const gtm = (id: string) => services[id]!.hosts.filter((h) => h.host === 'www.googletagmanager.com').map((h) => h.path);
    expect(gtm('google-tag-manager')).toContain('/gtm.js');
    expect(gtm('google-analytics')).toEqual(['/gtag/js?id=G-']);
    expect(gtm('google-ads')).toEqual(['/gtag/js?id=AW-']);
  });

  it('binds the services that have a consent API to it', () => {
    const vendorOf = Object.fromEntries(ids.filter((id) => services[id]!.integration?.vendor).map((id) => [id, services[id]!.integration!.vendor]));
    expect(vendorOf).toEqual({ 'meta-pixel': 'meta', 'microsoft-uet': 'uet', 'tiktok-pixel': 'tiktok', 'microsoft-clarity': 'clarity', matomo: 'matomo' });
    for (const id of ['google-analytics', 'google-tag-manager', 'google-ads']) expect(services[id]!.integration?.consentMode, id).toBe(true);
  });

  it('writes cookie patterns the config validator accepts', () => {
    for (const id of ids) {
      services[id]!.cookies.forEach((cookie) => {
        const compiled = safeCookiePattern(cookie.name);
        if (cookie.name.startsWith('/')) expect(compiled, id + ' ' + cookie.name).toBeInstanceOf(RegExp);
      });
    }
  });

  it('gives each service its own purpose and declares no host twice in one service', () => {
    const purposes = ids.map((id) => services[id]!.purpose);
    expect(new Set(purposes).size).toBe(purposes.length);
    for (const id of ids) {
      const keys = services[id]!.hosts.map((h) => h.host + (h.path ?? ''));
      expect(new Set(keys).size, id).toBe(keys.length);
    }
  });
});
