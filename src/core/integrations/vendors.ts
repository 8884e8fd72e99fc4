import { isGranted } from '../engine/consent-policy';
import { forgetReported, problem, reportOnce } from '../engine/errors';
import type { Integration } from '../engine/integration';
import type { Config, Consent, UserVendors } from '../types';
import { heldVendors, takeDeniedAhead } from './held-vendors';

/** A vendor's queue or function, as its snippet leaves it on `window`. */
type VendorFunction = ((...args: unknown[]) => void) & { q?: unknown[] };
type VendorQueue = unknown[] & Record<string, unknown>;
type VendorWindow = Window & {
  fbq?: VendorFunction;
  uetq?: { push(...args: unknown[]): unknown };
  _paq?: { push(...args: unknown[]): unknown };
  clarity?: VendorFunction;
  ttq?: VendorQueue;
};

/** TikTok Pixel consent methods; its snippet defers each one as `[name, ...args]` in the `ttq` array. */
const TIKTOK_METHODS = ['holdConsent', 'grantConsent', 'revokeConsent'];

export { heldVendors };

function vendorWindow(): VendorWindow {
  return window as VendorWindow;
}

/** A vendor stub or SDK that throws must not break consent handling or the host page. */
function safely(vendor: string, call: () => void): void {
  try {
    call();
  } catch (error) {
    // One line per vendor until the next start, not one per choice.
    reportOnce('vendors:' + vendor, problem('vendorThrew', 'vendors.' + vendor), error);
  }
}

/**
 * Meta Pixel needs `fbq('consent', 'revoke')` before `fbq('init')`. Its snippet starts with `if (f.fbq) return`,
 * so defining a stub would stop the snippet from loading `fbevents.js` at all. Instead, until the snippet defines
 * `fbq`, a setter waits for it and the first read afterwards (the page's own `fbq('init', …)`) first queues our
 * consent call. Only the latest state matters there, so it is read when the call is made.
 */
function whenMetaDefined(state: () => 'grant' | 'revoke'): void {
  const w = vendorWindow();
  if (typeof w.fbq === 'function') return;
  let fbq: VendorFunction | undefined;
  Object.defineProperty(w, 'fbq', {
    configurable: true,
    enumerable: true,
    get() {
      if (fbq) {
        Object.defineProperty(w, 'fbq', { configurable: true, enumerable: true, writable: true, value: fbq });
        const defined = fbq;
        safely('meta', () => defined('consent', state()));
      }
      return fbq;
    },
    set(value: VendorFunction) {
      fbq = value;
    },
  });
}

/**
 * The TikTok snippet reuses an existing `ttq` array (`w[t] = w[t] || []`) and its `events.js` replays the calls
 * queued in it, so a stub that queues `[method, ...args]` is enough to hold consent before `ttq.load()`.
 */
function tiktokQueue(): VendorQueue {
  const w = vendorWindow();
  const ttq = (w.ttq = w.ttq || ([] as unknown as VendorQueue));
  for (const method of TIKTOK_METHODS) {
    if (typeof ttq[method] !== 'function') {
      ttq[method] = (...args: unknown[]) => ttq.push([method, ...args]);
    }
  }
  return ttq;
}

/**
 * Tells vendor consent APIs about choices. At start each configured vendor gets its denied or on-hold state,
 * with the vendor's standard queue defined when its script has not run yet, so the state is set before the
 * vendor's own init; then every choice (including the one restored from the cookie) grants or revokes.
 * A vendor is granted by a category id or `category:service` (`"targeting:meta"`).
 *
 * @example
 * startIntegrations({ ...config, vendors: { matomo: 'performance', meta: 'targeting' } }, [vendors()])
 * Vendors the config does not name are never touched.
 */
export function vendors(): Integration {
  let current: Consent | null = null;
  let hadChoice = false;
  return {
    start(config) {
      forgetReported('vendors');
      current = null;
      hadChoice = false;
      // A vendor whose denied state the script tag sent ahead of this config gets it once, not twice.
      const named = <K extends keyof UserVendors>(name: K): UserVendors[K] => (takeDeniedAhead(name) ? undefined : config.vendors?.[name]);
      const [meta, uet, matomo, clarity, tiktok] = [named('meta'), named('uet'), named('matomo'), named('clarity'), named('tiktok')] as const;
      const w = vendorWindow();
      if (meta) {
        heldVendors.add('meta');
        safely('meta', () => {
          if (typeof w.fbq === 'function') w.fbq('consent', 'revoke');
          else whenMetaDefined(() => (isGranted(config, current, meta) ? 'grant' : 'revoke'));
        });
      }
      if (uet) {
        safely('uet', () => {
          (w.uetq = w.uetq || []).push('consent', 'default', { ad_storage: 'denied' });
        });
      }
      if (matomo) {
        safely('matomo', () => {
          const paq = (w._paq = w._paq || []);
          // A plain array means matomo.js has not run yet: put requireConsent before a trackPageView already queued.
          if (Array.isArray(paq)) paq.unshift(['requireConsent']);
          else paq.push(['requireConsent']);
        });
      }
      if (clarity) {
        safely('clarity', () => {
          // Clarity's snippet keeps an existing `clarity` function and its `q` queue.
          w.clarity =
            w.clarity ||
            function clarityQueue() {
              const queue = vendorWindow().clarity!;
              // biome-ignore lint/complexity/noArguments: Clarity's own queue stub pushes the Arguments object, and clarity.js reads it so
              (queue.q = queue.q || []).push(arguments);
            };
          w.clarity('consentv2', clarityState(config, current));
        });
      }
      if (tiktok) safely('tiktok', () => (tiktokQueue().holdConsent as () => void)());
    },
    apply(consent, config) {
      current = consent;
      // No choice yet: the denied state set at start stands. `reset()` after a choice revokes again.
      if (!consent && !hadChoice) return;
      hadChoice = !!consent;
      const { meta, uet, matomo, clarity, tiktok } = config.vendors || {};
      const w = vendorWindow();
      const granted = (ref: string | undefined): boolean => !!ref && isGranted(config, consent, ref);
      if (meta && typeof w.fbq === 'function') {
        safely('meta', () => w.fbq!('consent', granted(meta) ? 'grant' : 'revoke'));
      }
      if (uet) {
        safely('uet', () => w.uetq!.push('consent', 'update', { ad_storage: granted(uet) ? 'granted' : 'denied' }));
      }
      if (matomo) safely('matomo', () => w._paq!.push([granted(matomo) ? 'setConsentGiven' : 'forgetConsentGiven']));
      if (clarity) safely('clarity', () => w.clarity!('consentv2', clarityState(config, consent)));
      if (tiktok) {
        safely('tiktok', () => {
          const ttq = tiktokQueue();
          (ttq[granted(tiktok) ? 'grantConsent' : 'revokeConsent'] as () => void)();
        });
      }
    },
  };
}

/** Clarity's two storage types for a choice. */
function clarityState(config: Config, consent: Consent | null) {
  const clarity = config.vendors?.clarity;
  const granted = (ref: string | undefined) => !!ref && isGranted(config, consent, ref);
  return {
    ad_Storage: granted(clarity?.ads) ? 'granted' : 'denied',
    analytics_Storage: granted(clarity?.analytics) ? 'granted' : 'denied',
  };
}
