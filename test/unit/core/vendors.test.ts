// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/core/engine/defaults';
import { $config, $consent } from '../../../src/core/engine/stores';
import type { Config, UserVendors } from '../../../src/core/types';
import { vendors } from '../../../src/core/integrations/vendors';
import { integrationRunner } from './run-integration';
import { choice } from '../../shared/consent';

/** The integration, run as `init` runs it. */
const run = integrationRunner(vendors);
const startIntegration = run.start;
const stopIntegration = run.stop;

type AnyFn = ((...args: unknown[]) => unknown) & Record<string, any>;
const w = window as unknown as Record<string, any>;
const GLOBALS = ['fbq', '_fbq', 'uetq', '_paq', 'clarity', 'ttq', 'TiktokAnalyticsObject'];

function config(vendors: UserVendors): Config {
  const categories = DEFAULT_CONFIG.categories.map((c) =>
    c.id === 'targeting' ? { ...c, services: [{ id: 'tiktok', category: 'targeting', label: 'TikTok', cookies: [] }] } : c,
  );
  return { ...DEFAULT_CONFIG, categories, vendors };
}

function start(vendors: UserVendors): void {
  const c = config(vendors);
  $config.set(c);
  startIntegration(c);
}

const args = (list: unknown[]): unknown[][] => list.map((entry) => Array.from(entry as ArrayLike<unknown>));

/** What Meta's base code does: bail out if fbq exists, else define a queueing fbq (and load fbevents.js). */
function runMetaSnippet(): void {
  ((f: Record<string, any>) => {
    if (f.fbq) return;
    const n: AnyFn = (f.fbq = ((...a: unknown[]) => {
      n.callMethod ? n.callMethod(...a) : n.queue.push(a);
    }) as AnyFn);
    if (!f._fbq) f._fbq = n;
    n.push = n;
    n.loaded = true;
    n.version = '2.0';
    n.queue = [];
  })(w);
  w.fbq('init', 'PIXEL');
  w.fbq('track', 'PageView');
}

/** What TikTok's base code does: reuse `ttq`, defer its methods as `[name, ...args]`, then load. */
function runTikTokSnippet(): void {
  ((win: Record<string, any>, t: string) => {
    win.TiktokAnalyticsObject = t;
    const ttq = (win[t] = win[t] || []);
    ttq.methods = ['page', 'track', 'holdConsent', 'revokeConsent', 'grantConsent'];
    for (const m of ttq.methods) ttq[m] = (...a: unknown[]) => ttq.push([m, ...a]);
    ttq.load = (id: string) => ttq.push(['load', id]);
  })(w, 'ttq');
  w.ttq.load('PIXEL');
  w.ttq.page();
}

/** What Clarity's snippet does: keep an existing `clarity`, else define one that queues in `clarity.q`. */
function runClaritySnippet(): void {
  w.clarity =
    w.clarity ||
    ((...a: unknown[]) => {
      (w.clarity.q = w.clarity.q || []).push(a);
    });
}

beforeEach(() => {
  $consent.set(null);
  for (const name of GLOBALS) delete w[name];
});

afterEach(() => {
  stopIntegration(); // the previous run's subscriptions
  vi.restoreAllMocks();
});

describe('vendor consent APIs', () => {
  test('touches no vendor global when none is configured', () => {
    start({});
    $consent.set(choice(['performance', 'targeting']));
    for (const name of GLOBALS) expect(w[name]).toBeUndefined();
  });

  test('only configured vendors get a queue', () => {
    start({ matomo: 'performance' });
    $consent.set(choice(['performance', 'targeting']));
    expect(w._paq).toBeDefined();
    for (const name of ['fbq', 'uetq', 'clarity', 'ttq']) expect(w[name]).toBeUndefined();
  });

  describe('Meta Pixel', () => {
    test("queues consent revoke before the snippet's init, and the snippet still loads", () => {
      start({ meta: 'targeting' });
      runMetaSnippet();
      expect(w.fbq.version).toBe('2.0'); // the snippet ran, not bailed out on a stub
      expect(w.fbq.queue).toEqual([
        ['consent', 'revoke'],
        ['init', 'PIXEL'],
        ['track', 'PageView'],
      ]);
    });

    test('queues consent grant before init when the stored choice grants targeting', () => {
      start({ meta: 'targeting' });
      $consent.set(choice(['targeting']));
      runMetaSnippet();
      expect(w.fbq.queue).toEqual([
        ['consent', 'grant'],
        ['init', 'PIXEL'],
        ['track', 'PageView'],
      ]);
    });

    test('grants once per decision and revokes on withdrawal once fbq exists', () => {
      start({ meta: 'targeting' });
      runMetaSnippet();
      $consent.set(choice(['targeting']));
      $consent.set(choice(['performance']));
      expect(w.fbq.queue).toEqual([
        ['consent', 'revoke'],
        ['init', 'PIXEL'],
        ['track', 'PageView'],
        ['consent', 'grant'],
        ['consent', 'revoke'],
      ]);
    });

    test('revokes at once on a page where fbq already exists', () => {
      const fbq = vi.fn();
      w.fbq = fbq;
      start({ meta: 'targeting' });
      expect(fbq.mock.calls).toEqual([['consent', 'revoke']]);
      $consent.set(choice(['targeting']));
      expect(fbq.mock.calls).toEqual([
        ['consent', 'revoke'],
        ['consent', 'grant'],
      ]);
    });
  });

  describe('Microsoft UET', () => {
    test('pushes the denied default before the tag, then one update per decision', () => {
      start({ uet: 'targeting' });
      expect(w.uetq).toEqual(['consent', 'default', { ad_storage: 'denied' }]);
      $consent.set(choice(['targeting']));
      $consent.set(choice([]));
      expect(w.uetq).toEqual([
        'consent',
        'default',
        { ad_storage: 'denied' },
        'consent',
        'update',
        { ad_storage: 'granted' },
        'consent',
        'update',
        { ad_storage: 'denied' },
      ]);
    });

    test('keeps an existing uetq queue', () => {
      const uetq = { push: vi.fn() };
      w.uetq = uetq;
      start({ uet: 'targeting' });
      expect(w.uetq).toBe(uetq);
      expect(uetq.push).toHaveBeenCalledWith('consent', 'default', { ad_storage: 'denied' });
    });
  });

  describe('Matomo', () => {
    test('requires consent before a trackPageView already queued, then gives or forgets it', () => {
      const paq: unknown[] = [['trackPageView']];
      w._paq = paq;
      start({ matomo: 'performance' });
      expect(w._paq).toBe(paq);
      $consent.set(choice(['performance']));
      $consent.set(choice(['targeting']));
      expect(paq).toEqual([['requireConsent'], ['trackPageView'], ['setConsentGiven'], ['forgetConsentGiven']]);
    });

    test('pushes requireConsent to a loaded tracker proxy', () => {
      const proxy = { push: vi.fn() };
      w._paq = proxy;
      start({ matomo: 'performance' });
      $consent.set(choice([]));
      expect(proxy.push.mock.calls).toEqual([[['requireConsent']], [['forgetConsentGiven']]]);
    });

    test('on a load with a stored grant, gives consent once', () => {
      start({ matomo: 'performance' });
      $consent.set(choice(['performance']));
      expect(w._paq).toEqual([['requireConsent'], ['setConsentGiven']]);
    });
  });

  describe('Microsoft Clarity', () => {
    test('sends consentv2 denied for both keys first, kept by the Clarity snippet', () => {
      start({ clarity: { ads: 'targeting', analytics: 'performance' } });
      runClaritySnippet();
      w.clarity('identify', 'x');
      expect(args(w.clarity.q)).toEqual([
        ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }],
        ['identify', 'x'],
      ]);
      expect(Object.prototype.toString.call(w.clarity.q[0])).toBe('[object Arguments]');
    });

    test('maps ads and analytics separately on each decision', () => {
      start({ clarity: { ads: 'targeting', analytics: 'performance' } });
      $consent.set(choice(['performance']));
      $consent.set(choice(['performance', 'targeting']));
      expect(args(w.clarity.q).slice(1)).toEqual([
        ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }],
        ['consentv2', { ad_Storage: 'granted', analytics_Storage: 'granted' }],
      ]);
    });

    test('keeps ad_Storage denied when no category is given for ads', () => {
      start({ clarity: { analytics: 'performance' } });
      $consent.set(choice(['performance', 'targeting']));
      expect(args(w.clarity.q).pop()).toEqual(['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }]);
    });
  });

  describe('TikTok Pixel', () => {
    test("holds consent before the snippet's load, and the snippet keeps the queue", () => {
      start({ tiktok: 'targeting' });
      runTikTokSnippet();
      expect(Array.from(w.ttq)).toEqual([['holdConsent'], ['load', 'PIXEL'], ['page']]);
    });

    test('grants and revokes once per decision, by service', () => {
      start({ tiktok: 'targeting:tiktok' });
      runTikTokSnippet();
      $consent.set(choice(['targeting'], ['tiktok']));
      $consent.set(choice(['targeting'], []));
      expect(Array.from(w.ttq).slice(3)).toEqual([['grantConsent'], ['revokeConsent']]);
    });

    test('calls a loaded ttq directly', () => {
      const ttq = { holdConsent: vi.fn(), grantConsent: vi.fn(), revokeConsent: vi.fn() };
      w.ttq = ttq;
      start({ tiktok: 'targeting' });
      $consent.set(choice(['targeting']));
      expect(ttq.holdConsent).toHaveBeenCalledTimes(1);
      expect(ttq.grantConsent).toHaveBeenCalledTimes(1);
      expect(ttq.revokeConsent).not.toHaveBeenCalled();
    });
  });

  test('revokes every vendor when a choice is forgotten', () => {
    start({ uet: 'targeting', matomo: 'performance', tiktok: 'targeting' });
    $consent.set(choice(['performance', 'targeting']));
    $consent.set(null);
    expect(w.uetq.slice(-3)).toEqual(['consent', 'update', { ad_storage: 'denied' }]);
    expect(w._paq.at(-1)).toEqual(['forgetConsentGiven']);
    expect(Array.from(w.ttq).at(-1)).toEqual(['revokeConsent']);
  });

  test('a throwing vendor API logs one cookiegate error and never breaks the others', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    w.fbq = () => {
      throw new Error('boom');
    };
    start({ meta: 'targeting', matomo: 'performance' });
    expect(() => $consent.set(choice(['performance', 'targeting']))).not.toThrow();
    expect(w._paq).toEqual([['requireConsent'], ['setConsentGiven']]);
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]![0])).toMatch(/^cookiegate: vendors\.meta/);
  });
});
