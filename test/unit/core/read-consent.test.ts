// @vitest-environment node
/**
 * The server reader (`cookiegate/server`): a request's cookie read with the browser's checks, where there is no
 * `document` (this file runs in plain Node).
 */
import { describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../../../src/core/engine/config';
import { encodeConsent } from '../../../src/core/engine/cookie';
import { consentGrants, readConsent } from '../../../src/server';
import type { Consent, UserConfig } from '../../../src/core/types';
import { STORED, choice as sharedChoice } from '../../shared/consent';

const USER_CONFIG: UserConfig = {
  revision: 3,
  categories: {
    performance: { services: { ga: {} } },
    social: { services: { youtube: {}, vimeo: {} } },
  },
};
const { config } = parseConfig(USER_CONFIG);
const NOW = Date.parse('2026-11-25T00:00:00Z');

const choice = (over: Partial<Consent> = {}): Consent =>
  sharedChoice(['performance', 'social'], ['ga', 'youtube', 'vimeo'], { ...STORED, revision: 3, ...over });
const cookieOf = (consent: Consent, gpcConflict = false) => encodeConsent(config, consent, { gpcConflict });

describe('readConsent (cookiegate/server)', () => {
  it('runs without a document', () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
  });

  it('reads a Cookie header among other cookies, and the value alone', () => {
    const value = cookieOf(choice({ categories: ['necessary', 'social'], services: ['youtube'] }));
    const header = 'session=abc; cookiegate=' + value + '; theme=dark';
    expect(readConsent(USER_CONFIG, header, { now: NOW })).toEqual(choice({ categories: ['necessary', 'social'], services: ['youtube'] }));
    expect(readConsent(USER_CONFIG, value, { now: NOW })).toEqual(readConsent(USER_CONFIG, header, { now: NOW }));
  });

  it('means no consent without a cookie, for a forged hash, an edited grant, another revision or format, and after expiry', () => {
    const value = cookieOf(choice({ categories: ['necessary'], services: [] }));
    const fields = value.split('~');
    const edited = [...fields];
    edited[3] = 'performance.social'; // grants more, hash left as it was
    const forged = [...fields];
    forged[2] = 'abc123';
    expect(readConsent(USER_CONFIG, undefined)).toBeNull();
    expect(readConsent(USER_CONFIG, '')).toBeNull();
    expect(readConsent(USER_CONFIG, 'session=abc', { now: NOW })).toBeNull();
    expect(readConsent(USER_CONFIG, edited.join('~'), { now: NOW })).toBeNull();
    expect(readConsent(USER_CONFIG, forged.join('~'), { now: NOW })).toBeNull();
    expect(readConsent({ ...USER_CONFIG, revision: 4 }, value, { now: NOW })).toBeNull();
    expect(readConsent(USER_CONFIG, '2' + value.slice(1), { now: NOW })).toBeNull();
    expect(readConsent(USER_CONFIG, value, { now: Date.parse('2027-11-25T00:00:00Z') })).toBeNull();
    expect(readConsent(USER_CONFIG, value, { now: NOW })).not.toBeNull();
  });

  it('takes the most recently updated of two cookies (host and parent domain)', () => {
    const older = cookieOf(choice({ categories: ['necessary'], services: [], updateTime: '2026-11-10T10:00:00.000Z' }));
    const newer = cookieOf(choice());
    expect(readConsent(USER_CONFIG, 'cookiegate=' + newer + '; cookiegate=' + older, { now: NOW })!.categories).toContain('social');
    expect(readConsent(USER_CONFIG, 'cookiegate=' + older + '; cookiegate=' + newer, { now: NOW })!.categories).toContain('social');
  });

  it('reads the cookie name the config sets', () => {
    const renamed = { ...USER_CONFIG, cookie: { name: 'consent' } };
    const value = cookieOf(choice());
    expect(readConsent(renamed, 'cookiegate=' + value, { now: NOW })).toBeNull();
    expect(readConsent(renamed, 'consent=' + value, { now: NOW })).not.toBeNull();
  });

  it('applies a GPC signal as the browser does: sale/share categories refused unless switched on under the signal', () => {
    const value = cookieOf(choice());
    const read = readConsent(USER_CONFIG, value, { now: NOW, gpc: true })!;
    expect(read.categories).toEqual(['necessary', 'performance']);
    expect(read.services).toEqual(['ga']);
    expect(read.gpc).toBe(true);
    expect(consentGrants(USER_CONFIG, read, 'social', 'youtube')).toBe(false);
    // The visitor's explicit switch in the preferences under the signal is kept (the `c` flag).
    expect(readConsent(USER_CONFIG, cookieOf(choice({ gpc: true }), true), { now: NOW, gpc: true })!.categories).toContain('social');
    // A config with `gpc: false` does not honour the signal.
    expect(readConsent({ ...USER_CONFIG, gpc: false }, cookieOf(choice()), { now: NOW, gpc: true })!.categories).toContain('social');
  });

  it('answers consentGrants as hasConsent does', () => {
    const read = readConsent(USER_CONFIG, cookieOf(choice({ categories: ['necessary', 'social'], services: ['youtube'] })), { now: NOW });
    expect(consentGrants(USER_CONFIG, read, 'social')).toBe(true);
    expect(consentGrants(USER_CONFIG, read, 'social', 'youtube')).toBe(true);
    expect(consentGrants(USER_CONFIG, read, 'social', 'vimeo')).toBe(false);
    expect(consentGrants(USER_CONFIG, read, 'social', 'undeclared')).toBe(false);
    expect(consentGrants(USER_CONFIG, read, 'performance')).toBe(false);
    expect(consentGrants(USER_CONFIG, read, 'unknown')).toBe(false);
    expect(consentGrants(USER_CONFIG, null, 'necessary')).toBe(true);
    expect(consentGrants(USER_CONFIG, null, 'social')).toBe(false);
  });

  it('logs the problems of a config once per config object, not once per request', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const bad = { ...USER_CONFIG, revison: 2 } as UserConfig;
    readConsent(bad, 'a=b');
    readConsent(bad, 'a=b');
    expect(error.mock.calls.map((c) => String(c[0]))).toEqual([expect.stringMatching(/^cookiegate: revison: unknown key/)]);
    error.mockRestore();
  });
});

describe('README: the consent cookie (format 1)', () => {
  it('documents a cookie that reads as the choice it describes', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const example = /^cookiegate=(1~\S+)$/m.exec(readme)![1]!;
    const described: UserConfig = {
      revision: 3,
      categories: { performance: { services: { ga: {}, hotjar: {} } }, social: { services: { youtube: {}, vimeo: {} } } },
    };
    expect(readConsent(described, example, { now: Date.parse('2026-11-25T00:00:00Z') })).toMatchObject({
      categories: ['necessary', 'performance', 'social'],
      services: ['ga', 'hotjar', 'youtube'],
      consentTime: '2026-11-01T10:00:00.000Z',
      updateTime: '2026-11-20T10:00:00.000Z',
    });
  });
});
