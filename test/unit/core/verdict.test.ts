import { afterEach, describe, expect, it } from 'vitest';
import * as claimsOf from '../../../src/core/auto-block/verdict';
import { claims, setConfigured, verdict } from '../../../src/core/auto-block/verdict';
import { DEFAULT_CONFIG } from '../../../src/core/engine/defaults';
import { $config, $consent } from '../../../src/core/engine/stores';
import type { Config } from '../../../src/core/types';
import { choice } from '../../shared/consent';

const TRACKER = 'https://cdn.tracker.test/t.js';
const PIXEL = 'https://cdn.tracker.test/pixel/1.gif';

/** A config with one service claiming the tracker's host, and a second claiming a longer path on it. */
function config(): Config {
  const c: Config = structuredClone(DEFAULT_CONFIG);
  c.categories.find((x) => x.id === 'performance')!.services = [
    { id: 'tracker', category: 'performance', label: 'Tracker', cookies: [], hosts: [{ host: 'cdn.tracker.test' }] },
  ];
  c.categories.find((x) => x.id === 'targeting')!.services = [
    { id: 'pixel', category: 'targeting', label: 'Pixel', cookies: [], hosts: [{ host: '*.tracker.test', path: '/pixel/' }] },
  ];
  return c;
}

afterEach(() => {
  $consent.set(null);
});

// The module keeps whether the config has arrived; these run in order, before and after it does.
describe('auto-block verdict', () => {
  it('before the config: a URL a catalogue entry claims waits, any other is free', () => {
    expect(verdict('https://www.google-analytics.com/g/collect')).toBe('wait');
    expect(verdict('https://example.org/app.js')).toBe('free');
    expect(verdict('not a url ::')).toBe('free');
  });

  it('after it: a URL that waited is answered under the config, not as it was before', () => {
    expect(verdict('https://www.google-analytics.com/g/collect?v=2')).toBe('wait');
    $config.set(config());
    setConfigured(true);
    expect(verdict('https://www.google-analytics.com/g/collect?v=2')).toBe('free');
  });

  it('after it: the services of the config claim hosts, the longest matching path wins', () => {
    $config.set(config());
    setConfigured(true);
    expect(claims(TRACKER)).toEqual([['performance', 'tracker']]);
    expect(claims(PIXEL)).toEqual([['targeting', 'pixel']]);
    expect(claims('https://www.google-analytics.com/g/collect')).toEqual([]);
  });

  it('holds a claimed URL until its service is granted', () => {
    $config.set(config());
    setConfigured(true);
    expect(verdict(TRACKER)).toBe('held');
    $consent.set(choice(['performance'], ['tracker']));
    expect(verdict(TRACKER)).toBe('free');
    expect(verdict(PIXEL)).toBe('held');
  });

  it('names the refused service when two claim a URL equally and one is granted', () => {
    const c = config();
    c.categories.find((x) => x.id === 'social')!.services = [
      { id: 'widget', category: 'social', label: 'Widget', cookies: [], hosts: [{ host: 'cdn.tracker.test' }] },
    ];
    $config.set(c);
    setConfigured(true);
    $consent.set(choice(['performance'], ['tracker']));
    expect(verdict(TRACKER)).toBe('held');
    expect(claimsOf.lastClaim).toEqual(['social', 'widget']);
    $consent.set(choice(['performance', 'social'], ['tracker', 'widget']));
    expect(verdict(TRACKER)).toBe('free');
  });

  it('lets everything through when autoBlock is off', () => {
    $config.set(config());
    setConfigured(false);
    expect(verdict(TRACKER)).toBe('free');
    expect(verdict(PIXEL)).toBe('free');
  });
});
