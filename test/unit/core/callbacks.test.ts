// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { callbacks } from '../../../src/core/integrations/callbacks';
import { integrationRunner } from './run-integration';
import { DEFAULT_CONFIG } from '../../../src/core/engine/defaults';
import { $config, $consent } from '../../../src/core/engine/stores';
import type { Config, UserCallback } from '../../../src/core/types';
import { choice } from '../../shared/consent';

/** The integration, run as `init` runs it. */
const run = integrationRunner(callbacks);
const startIntegration = run.start;
const stopIntegration = run.stop;

const w = window as unknown as Record<string, any>;

function config(callbacks: UserCallback[]): Config {
  const categories = DEFAULT_CONFIG.categories.map((c) =>
    c.id === 'social' ? { ...c, services: [{ id: 'yt', category: 'social', label: 'YouTube', cookies: [] }] } : c,
  );
  return { ...DEFAULT_CONFIG, categories, callbacks };
}

function start(callbacks: UserCallback[]): void {
  const c = config(callbacks);
  $config.set(c);
  startIntegration(c);
}

const PAQ: UserCallback = {
  category: 'performance',
  global: '_cgq',
  grant: ['setConsentGiven'],
  deny: ['forgetConsentGiven'],
};

beforeEach(() => {
  $consent.set(null);
  for (const name of ['_cgq', '_hsq', 'myTool', 'vendor']) delete w[name];
});

afterEach(() => {
  stopIntegration(); // the previous run's subscriptions
  vi.restoreAllMocks();
});

describe('generic callbacks', () => {
  test('sends nothing before a choice', () => {
    start([PAQ]);
    expect(w._cgq).toBeUndefined();
  });

  test('creates a missing global array and pushes the grant value once on load with a stored grant', () => {
    start([PAQ]);
    $consent.set(choice(['performance']));
    expect(w._cgq).toEqual([['setConsentGiven']]);
  });

  test('pushes the deny value on load with a stored refusal', () => {
    start([PAQ]);
    $consent.set(choice([]));
    expect(w._cgq).toEqual([['forgetConsentGiven']]);
  });

  test('pushes again only when that category flips', () => {
    start([PAQ]);
    $consent.set(choice(['performance']));
    $consent.set(choice(['performance', 'targeting']));
    $consent.set(choice(['targeting']));
    $consent.set(choice([]));
    $consent.set(choice(['performance']));
    expect(w._cgq).toEqual([['setConsentGiven'], ['forgetConsentGiven'], ['setConsentGiven']]);
  });

  test('keeps an existing array and what it holds', () => {
    const queue: unknown[] = [['trackPageView']];
    w._cgq = queue;
    start([PAQ]);
    $consent.set(choice(['performance']));
    expect(w._cgq).toBe(queue);
    expect(queue).toEqual([['trackPageView'], ['setConsentGiven']]);
  });

  test('pushes a copy, so a queue that changes its entry cannot change the config', () => {
    start([PAQ]);
    $consent.set(choice(['performance']));
    (w._cgq[0] as unknown[]).push('mutated');
    $consent.set(choice([]));
    $consent.set(choice(['performance']));
    expect(w._cgq[2]).toEqual(['setConsentGiven']);
  });

  test('a grant-only callback sends nothing on refusal', () => {
    start([{ category: 'performance', global: '_cgq', grant: ['on'] }]);
    $consent.set(choice([]));
    $consent.set(choice(['performance']));
    $consent.set(choice([]));
    expect(w._cgq).toEqual([['on']]);
  });

  test('follows a service when the category is written as category:service', () => {
    start([{ category: 'social:yt', global: '_cgq', grant: ['yt-on'], deny: ['yt-off'] }]);
    $consent.set(choice(['social'], []));
    $consent.set(choice(['social'], ['yt']));
    expect(w._cgq).toEqual([['yt-off'], ['yt-on']]);
  });

  test('pushes to a queue object with its own push function (HubSpot, Matomo once loaded) with the value as one entry', () => {
    const push = vi.fn();
    w._hsq = { push };
    start([{ category: 'targeting', global: '_hsq', grant: ['doNotTrack', { track: true }], deny: ['doNotTrack'] }]);
    $consent.set(choice(['targeting']));
    expect(push.mock.calls).toEqual([[['doNotTrack', { track: true }]]]);
  });

  test('calls a global function with the value as arguments', () => {
    const vendor = vi.fn();
    w.vendor = vendor;
    start([{ category: 'targeting', global: 'vendor', grant: ['consent', 'grant'], deny: ['consent', 'revoke'] }]);
    $consent.set(choice([]));
    $consent.set(choice(['targeting']));
    expect(vendor.mock.calls).toEqual([
      ['consent', 'revoke'],
      ['consent', 'grant'],
    ]);
  });

  test('pushes the deny value when a choice is forgotten', () => {
    start([PAQ]);
    $consent.set(choice(['performance']));
    $consent.set(null);
    expect(w._cgq).toEqual([['setConsentGiven'], ['forgetConsentGiven']]);
  });

  test("refuses the browser's own functions, bound functions, getters and inherited members: one error each, naming the path", () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    w.vendor = Math.max;
    w.myTool = (() => {}).bind(null);
    const getter = vi.fn(() => []);
    Object.defineProperty(window, '_hsq', { get: getter, configurable: true });
    start([
      { category: 'performance', global: 'vendor', grant: ['x'] },
      { category: 'performance', global: 'myTool', grant: ['x'] },
      { category: 'performance', global: '_hsq', grant: ['x'] },
      { category: 'performance', global: 'constructor', grant: ['x'] },
      PAQ,
    ]);
    expect(() => $consent.set(choice(['performance']))).not.toThrow();
    $consent.set(choice([]));
    $consent.set(choice(['performance']));
    expect(w._cgq).toEqual([['setConsentGiven'], ['forgetConsentGiven'], ['setConsentGiven']]);
    expect(getter).not.toHaveBeenCalled();
    expect(error.mock.calls.map((call) => String(call[0]))).toEqual([
      'cookiegate: callbacks[0].global: "vendor" is a built-in function, so nothing was sent; name an array or a function your page defines',
      'cookiegate: callbacks[1].global: "myTool" is a built-in function, so nothing was sent; name an array or a function your page defines',
      'cookiegate: callbacks[2].global: "_hsq" is not a plain property of window, so nothing was sent; name an array or a function your page defines',
      'cookiegate: callbacks[3].global: "constructor" is not a plain property of window, so nothing was sent; name an array or a function your page defines',
    ]);
  });

  test('refuses a global that is neither an array nor a function, and leaves it as it was', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    w.vendor = { name: 'not a queue' };
    start([{ category: 'performance', global: 'vendor', grant: ['x'] }]);
    $consent.set(choice(['performance']));
    expect(w.vendor).toEqual({ name: 'not a queue' });
    expect(String(error.mock.calls[0]![0])).toMatch(/^cookiegate: callbacks\[0\]\.global: "vendor" is neither an array nor a function/);
  });

  test('a throwing global function never breaks the page', () => {
    w.vendor = () => {
      throw new Error('boom');
    };
    vi.spyOn(console, 'error').mockImplementation(() => {});
    start([{ category: 'performance', global: 'vendor', grant: ['x'] }, PAQ]);
    expect(() => $consent.set(choice(['performance']))).not.toThrow();
    expect(w._cgq).toEqual([['setConsentGiven']]);
  });
});
