import { problem, report } from '../core/engine/errors';
import { DEFAULT_CONFIG } from '../core/engine/defaults';
import { pushEarlyDefault } from '../core/integrations/consent-mode';
import { vendors } from '../core/integrations/vendors';
import type { UserVendors } from '../core/types';

const VENDORS = ['meta', 'uet', 'matomo', 'clarity', 'tiktok'];

/**
 * Switches on the script tag, read while it runs, for a config that comes from a URL: that config arrives after the
 * page's inline snippets have run, too late for the states that must precede them. `data-consent-mode` pushes Consent
 * Mode's `consent default` at once; `data-vendors="meta tiktok"` sets those vendors' denied or held state at once
 * (Meta's `revoke` before the snippet's `fbq('init')`). Both only deny: what is granted waits for the config.
 *
 * @example <script src="/cookiegate.js" data-config="/cookiegate.json" data-consent-mode data-vendors="meta"></script>
 */
export function startEarly(tag: HTMLScriptElement): void {
  const mode = tag.getAttribute('data-consent-mode');
  if (mode != null) {
    if (/^(|basic|advanced)$/.test(mode)) pushEarlyDefault();
    else report(problem('type', 'data-consent-mode', '"basic", "advanced" or no value', JSON.stringify(mode)));
  }
  const names = (tag.getAttribute('data-vendors') || '').split(/[\s,]+/).filter(Boolean);
  const held: UserVendors = {};
  for (const name of names) {
    if (!VENDORS.includes(name)) report(problem('unknownKey', 'data-vendors', name, VENDORS.join(', ')));
    // A category the default config has: nothing is granted before a choice, whatever the config will say.
    else if (name === 'clarity') held.clarity = { ads: 'targeting', analytics: 'performance' };
    else held[name as 'meta'] = 'targeting';
  }
  if (names.length) vendors().start!({ ...DEFAULT_CONFIG, vendors: held });
}
