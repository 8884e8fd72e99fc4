import { problem, report } from './errors';
import type { Config } from '../types';
import { heldVendors } from '../integrations/held-vendors';

/** A call as a vendor queue or `dataLayer` holds it: an array or an `arguments` object, read as an array. */
function asCall(entry: unknown): unknown[] {
  return entry && typeof entry === 'object' && typeof (entry as ArrayLike<unknown>).length === 'number'
    ? Array.prototype.slice.call(entry as ArrayLike<unknown>)
    : [];
}

/**
 * Tags that ran before cookiegate could set their denied state, which happens when the config comes from a URL
 * (it arrives after the page's own inline snippets) or the tag is `defer`/`async`: Meta's `fbq('init')` before our
 * `revoke`, a Google tag's `js`/`config` or GTM's `gtm.js` before our `consent default`. Each is one error naming the
 * vendor and the fix. Called at start, before the integrations set those states.
 */
export function reportLateVendors(config: Config): void {
  const fix = 'put cookiegate.js before it, synchronous, with the config inline or ';
  const w = window as Window & { fbq?: ((...args: unknown[]) => void) & { queue?: unknown[]; callMethod?: unknown }; dataLayer?: unknown[] };
  if (config.vendors?.meta && !heldVendors.has('meta') && typeof w.fbq === 'function') {
    const calls = (w.fbq.queue || []).map(asCall);
    const init = calls.findIndex((c) => c[0] === 'init');
    const consent = calls.findIndex((c) => c[0] === 'consent');
    // fbevents.js has run and emptied the queue: `init` ran (the snippet calls it first thing).
    if ((init >= 0 && (consent < 0 || consent > init)) || (init < 0 && w.fbq.callMethod)) report(problem('lateMeta', 'vendors.meta', fix));
  }
  if (config.googleConsentMode && Array.isArray(w.dataLayer)) {
    for (const entry of w.dataLayer) {
      const call = asCall(entry);
      if (call[0] === 'consent') break;
      const isGoogleStart = call[0] === 'js' || call[0] === 'config' || (entry as { event?: unknown })?.event === 'gtm.js';
      if (isGoogleStart) {
        report(problem('lateGoogle', 'googleConsentMode', fix));
        break;
      }
    }
  }
}

/** A URL in `<noscript>` markup that points away from this site. */
function thirdPartyUrl(markup: string): string | undefined {
  for (const [, url] of markup.matchAll(/\b(?:src|href|data|srcset)\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/gi)) {
    try {
      if (new URL(url!, location.href).host !== location.host) return url;
    } catch {
      /* not a URL: nothing loads */
    }
  }
  return undefined;
}

/**
 * Vendor snippets ship `<noscript>` fallbacks (GTM's iframe, Meta's pixel) that load with JavaScript off, so with no
 * consent and nothing cookiegate can do. With JavaScript on, a `<noscript>` holds its markup as text: one advice per
 * element that would load a third-party URL. Runs once the document is parsed.
 */
export function adviseNoscript(): void {
  const check = () =>
    document.querySelectorAll('noscript').forEach((el) => {
      const url = thirdPartyUrl(el.textContent || '');
      if (url) report(problem('noscript', '<noscript>', url.slice(0, 80)));
    });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', check, { once: true });
  else check();
}
