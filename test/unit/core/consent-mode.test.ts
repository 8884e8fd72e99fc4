// @vitest-environment happy-dom
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { consentMode } from '../../../src/core/integrations/consent-mode';
import { GOOGLE_CONSENT_TYPES } from '../../../src/core/integrations/google-consent-types';
import { integrationRunner } from './run-integration';
import { DEFAULT_CONFIG, DEFAULT_GCM_MAPPING } from '../../../src/core/engine/defaults';
import { $config, $consent, $gpc, $regime, $region } from '../../../src/core/engine/stores';
import type { Config, ConsentModeConfig, Consent } from '../../../src/core/types';
import { choice as sharedChoice } from '../../shared/consent';

/** The integration, run as `init` runs it. */
const run = integrationRunner(consentMode);
const startIntegration = run.start;
const stopIntegration = run.stop;

const TYPES = GOOGLE_CONSENT_TYPES;

type Globals = typeof window & { dataLayer?: unknown[]; gtag?: unknown; __tcfapi?: unknown };
const w = window as Globals;

function gcmConfig(gcm: Partial<ConsentModeConfig> = {}): Config {
  return {
    ...DEFAULT_CONFIG,
    googleConsentMode: {
      mode: 'basic',
      mapping: DEFAULT_GCM_MAPPING,
      waitForUpdate: 500,
      urlPassthrough: false,
      adsDataRedaction: false,
      ...gcm,
    },
  };
}

const choice = (categories: string[]): Consent => sharedChoice(categories, [], { updateTime: new Date().toISOString() });

/** Our GTM events: the plain objects with an `event` key. */
const isEvent = (entry: unknown) => Object.prototype.toString.call(entry) === '[object Object]' && 'event' in (entry as object);

/** gtag commands in the dataLayer as plain arrays, checking each is an `arguments` object as gtag pushes it. */
function entries(): unknown[][] {
  return (w.dataLayer || [])
    .filter((entry) => !isEvent(entry))
    .map((entry) => {
      expect(Object.prototype.toString.call(entry)).toBe('[object Arguments]');
      return Array.from(entry as ArrayLike<unknown>);
    });
}

function start(config: Config): void {
  $config.set(config);
  startIntegration(config);
}

beforeEach(() => {
  $consent.set(null);
  $regime.set('opt-in');
  $region.set(undefined);
  $gpc.set(false);
  delete w.dataLayer;
  delete w.gtag;
  delete w.__tcfapi;
});

afterEach(() => {
  stopIntegration(); // the previous run's subscriptions
  vi.restoreAllMocks();
});

describe('Google Consent Mode v2', () => {
  test("outside opt-in, a second default for the visitor's region grants what the regime grants (ads denied under GPC)", () => {
    $regime.set('opt-out');
    $region.set('US-CA');
    $gpc.set(true);
    start(gcmConfig());
    const [global, regional] = entries();
    expect(global![2]).toMatchObject({ analytics_storage: 'denied', ad_storage: 'denied' });
    expect(global![2]).not.toHaveProperty('region');
    expect(regional).toEqual([
      'consent',
      'default',
      {
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        analytics_storage: 'granted',
        functionality_storage: 'granted',
        personalization_storage: 'granted',
        security_storage: 'granted',
        region: ['US-CA'],
      },
    ]);
  });

  test('pushes no regional default under opt-in, nor without a region (the strictest regime applies then)', () => {
    $regime.set('opt-out');
    start(gcmConfig());
    expect(entries()).toHaveLength(1);
    stopIntegration();
    delete w.dataLayer;
    $regime.set('opt-in');
    $region.set('DE');
    start(gcmConfig());
    expect(entries()).toHaveLength(1);
  });

  test('does nothing when googleConsentMode is not configured', () => {
    start(DEFAULT_CONFIG);
    $consent.set(choice(['performance']));
    expect(w.dataLayer).toBeUndefined();
  });

  test('pushes consent default with all seven types denied but security_storage, as an arguments object', () => {
    start(gcmConfig());
    expect(entries()).toEqual([
      [
        'consent',
        'default',
        {
          ad_storage: 'denied',
          ad_user_data: 'denied',
          ad_personalization: 'denied',
          analytics_storage: 'denied',
          functionality_storage: 'denied',
          personalization_storage: 'denied',
          security_storage: 'granted',
          wait_for_update: 500,
        },
      ],
    ]);
  });

  test('keeps an existing dataLayer and its entries', () => {
    const existing: unknown[] = [{ event: 'earlier' }];
    w.dataLayer = existing;
    start(gcmConfig());
    expect(w.dataLayer).toBe(existing);
    expect(existing[0]).toEqual({ event: 'earlier' });
    expect(Array.from(existing[1] as ArrayLike<unknown>).slice(0, 2)).toEqual(['consent', 'default']);
  });

  test('pushes to dataLayer itself even when the page already defines gtag', () => {
    const pageGtag = vi.fn();
    w.gtag = pageGtag;
    start(gcmConfig());
    expect(pageGtag).not.toHaveBeenCalled();
    expect(entries()[0]!.slice(0, 2)).toEqual(['consent', 'default']);
    expect(w.gtag).toBe(pageGtag);
  });

  test('adds region and wait_for_update from config', () => {
    start(gcmConfig({ region: ['ES', 'US-AK'], waitForUpdate: 2000 }));
    const defaults = entries()[0]![2] as Record<string, unknown>;
    expect(defaults.region).toEqual(['ES', 'US-AK']);
    expect(defaults.wait_for_update).toBe(2000);
  });

  test('sends no region and no set commands unless configured', () => {
    start(gcmConfig());
    expect(entries()).toHaveLength(1);
    expect(entries()[0]![2]).not.toHaveProperty('region');
  });

  test('pushes ads_data_redaction and url_passthrough after default when configured', () => {
    start(gcmConfig({ adsDataRedaction: true, urlPassthrough: true }));
    const log = entries();
    expect(log.map((e) => e.slice(0, 2))).toEqual([
      ['consent', 'default'],
      ['set', 'ads_data_redaction'],
      ['set', 'url_passthrough'],
    ]);
    expect(log[1]![2]).toBe(true);
    expect(log[2]![2]).toBe(true);
  });

  test('pushes no update before a choice', () => {
    start(gcmConfig());
    expect(entries().filter((e) => e[1] === 'update')).toEqual([]);
  });

  test('pushes an update with all seven types on a stored choice restored at load', () => {
    start(gcmConfig());
    $consent.set(choice(['performance']));
    const log = entries();
    expect(log.map((e) => e.slice(0, 2))).toEqual([
      ['consent', 'default'],
      ['consent', 'update'],
    ]);
    expect(log[1]![2]).toEqual({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'granted',
      functionality_storage: 'denied',
      personalization_storage: 'denied',
      security_storage: 'granted',
    });
  });

  test('maps targeting to the three ad types and functionality to two storage types', () => {
    start(gcmConfig());
    $consent.set(choice(['functionality', 'targeting', 'social']));
    expect(entries()[1]![2]).toEqual({
      ad_storage: 'granted',
      ad_user_data: 'granted',
      ad_personalization: 'granted',
      analytics_storage: 'denied',
      functionality_storage: 'granted',
      personalization_storage: 'granted',
      security_storage: 'granted',
    });
  });

  test('pushes one update per choice, each with all seven types and only granted or denied', () => {
    start(gcmConfig());
    $consent.set(choice(['performance', 'functionality', 'targeting', 'social']));
    $consent.set(choice([]));
    $consent.set(choice(['targeting']));
    const updates = entries().filter((e) => e[1] === 'update');
    expect(updates).toHaveLength(3);
    for (const [, , state] of updates) {
      expect(Object.keys(state as object).sort()).toEqual([...TYPES].sort());
      for (const value of Object.values(state as object)) expect(['granted', 'denied']).toContain(value);
    }
    expect(updates[0]![2]).toMatchObject({ ad_storage: 'granted', analytics_storage: 'granted' });
    expect(updates[1]![2]).toMatchObject({ ad_storage: 'denied', analytics_storage: 'denied', security_storage: 'granted' });
    expect(updates[2]![2]).toMatchObject({ ad_storage: 'granted', analytics_storage: 'denied' });
  });

  test('follows a custom mapping: a type is granted when any granted category maps to it', () => {
    start(gcmConfig({ mapping: { stats: ['analytics_storage'], ads: ['ad_storage', 'analytics_storage'] } }));
    $consent.set(choice(['ads']));
    expect(entries()[1]![2]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'granted', ad_user_data: 'denied' });
    $consent.set(choice(['performance']));
    expect(entries()[2]![2]).toMatchObject({ analytics_storage: 'denied', security_storage: 'granted' });
  });

  test('pushes an all-denied update when a choice is forgotten', () => {
    start(gcmConfig());
    $consent.set(choice(['targeting']));
    $consent.set(null);
    const updates = entries().filter((e) => e[1] === 'update');
    expect(updates).toHaveLength(2);
    expect(updates[1]![2]).toMatchObject({ ad_storage: 'denied', security_storage: 'granted' });
  });

  test('update and the GTM event come before listeners subscribed later, such as the activator', () => {
    start(gcmConfig());
    const seenByActivator: number[] = [];
    const off = $consent.listen(() => seenByActivator.push(w.dataLayer!.length));
    $consent.set(choice(['performance']));
    off();
    expect(seenByActivator).toEqual([3]);
  });

  test("pushes one cookiegate_consent event after each choice's update, with the granted categories and services", () => {
    start(gcmConfig());
    expect(w.dataLayer!.filter(isEvent)).toEqual([]);
    $consent.set({ ...choice(['performance', 'social']), services: ['yt'] });
    $consent.set(choice([]));
    const log = w.dataLayer!.map((entry) => (isEvent(entry) ? 'event' : (entry as IArguments)[1]));
    expect(log).toEqual(['default', 'update', 'event', 'update', 'event']);
    expect(w.dataLayer!.filter(isEvent)).toEqual([
      { event: 'cookiegate_consent', cookiegate: { categories: ['necessary', 'performance', 'social'], services: ['yt'] } },
      { event: 'cookiegate_consent', cookiegate: { categories: ['necessary'], services: [] } },
    ]);
  });

  test('pushes no event when a choice is forgotten, nor without googleConsentMode', () => {
    start(gcmConfig());
    $consent.set(choice(['targeting']));
    $consent.set(null);
    expect(w.dataLayer!.filter(isEvent)).toHaveLength(1);
    stopIntegration();
    delete w.dataLayer;
    start(DEFAULT_CONFIG);
    $consent.set(choice(['targeting']));
    expect(w.dataLayer).toBeUndefined();
  });

  test("warns once that advanced mode is the site owner's legal decision", () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    start(gcmConfig({ mode: 'advanced' }));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/^cookiegate advice: googleConsentMode\.mode: .*legal decision/);
  });

  test('does not warn in basic mode', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    start(gcmConfig());
    expect(warn).not.toHaveBeenCalled();
  });

  test('never defines window.__tcfapi and leaves an existing one untouched', () => {
    start(gcmConfig());
    $consent.set(choice(['targeting']));
    expect('__tcfapi' in w).toBe(false);
    const cmp = vi.fn();
    w.__tcfapi = cmp;
    start(gcmConfig());
    $consent.set(choice([]));
    expect(w.__tcfapi).toBe(cmp);
    expect(cmp).not.toHaveBeenCalled();
  });

  test('never sends developer_id', () => {
    start(gcmConfig({ adsDataRedaction: true, urlPassthrough: true }));
    $consent.set(choice(['targeting']));
    expect(JSON.stringify(entries())).not.toContain('developer_id');
  });

  test('no source file mentions developer_id', () => {
    const root = join(__dirname, '../../../src');
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else files.push(path);
      }
    };
    walk(root);
    expect(files.length).toBeGreaterThan(0);
    const offenders = files.filter((file) => /developer_id|developerId/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
