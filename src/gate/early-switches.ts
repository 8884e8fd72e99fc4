import { problem, report } from '../core/engine/errors';
import { DEFAULT_CONFIG } from '../core/engine/defaults';
import { pushEarlyDefault } from '../core/integrations/consent-mode';
import { vendors } from '../core/integrations/vendors';
import { markDeniedAhead } from '../core/integrations/held-vendors';
import { reportLateVendors } from '../core/engine/page-checks';
import type { Config, UserVendors } from '../core/types';

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
  for (const name of names) if (!VENDORS.includes(name)) report(problem('unknownKey', 'data-vendors', name, VENDORS.join(', ')));
  holdVendors(names.filter((name) => VENDORS.includes(name)));
}

/** Sets these vendors' denied or held state at once, whatever the config will grant. */
function holdVendors(names: string[]): void {
  const held: UserVendors = {};
  for (const name of names) {
    // A category the default config has: nothing is granted before a choice, whatever the config will say.
    if (name === 'clarity') held.clarity = { ads: 'targeting', analytics: 'performance' };
    else held[name as 'meta'] = 'targeting';
  }
  if (!names.length) return;
  vendors().start!({ ...DEFAULT_CONFIG, vendors: held });
  markDeniedAhead(names);
}

/** Whether `denyAhead` has looked for vendors that ran first; if not (a config the build could not read), the engine does. */
export let lateVendorsChecked = false;

/**
 * While a config is being checked (`read-config.ts`), what must precede the page's next snippets is done with the
 * config as written: Consent Mode's denied default and the named vendors' denied states. Both only deny; the engine,
 * started with the checked config, sends neither a second time, and leaves the check for vendors that ran first
 * (`reportLateVendors`) to this, which sees the page as it was before them.
 */
export function denyAhead(config: Config): void {
  // Whether a vendor's tag ran first is seen now, before our own denied states join the page's queues.
  reportLateVendors(config);
  lateVendorsChecked = true;
  if (config.googleConsentMode) pushEarlyDefault(config.googleConsentMode);
  holdVendors(VENDORS.filter((name) => config.vendors[name as 'meta']));
}
