/**
 * Whether a URL may load now under `autoBlock`: the services that claim its host (and path), and their consent.
 * Until the config is here, a URL any catalogue entry claims waits; any other URL is free from the start.
 */
import { $config } from '../engine/stores';
import { hasConsent } from '../engine/actions';
import { CATALOGUE_HOSTS } from './hosts';
import type { HostRule } from '../types';

/** A claim on a URL: the category and the service. */
export type Claim = [category: string, service: string];

/** `free`: load it; `held`: a service that claims it is not granted; `wait`: the config has not arrived yet. */
export type Verdict = 'free' | 'held' | 'wait';

let configured = false;
let enabled = true;

/** The config is here: claims come from the services it names from now on, or from none when `autoBlock` is off. */
export function setConfigured(autoBlock: boolean): void {
  configured = true;
  enabled = autoBlock;
  recent.clear();
}

const matchesHost = (rule: string, host: string) => (rule[0] === '*' ? host.endsWith(rule.slice(1)) : host === rule);

/**
 * The services that claim `url`: those whose rule has the longest matching path prefix (`/gtag/js?id=G-` beats the
 * bare host), so one host can serve several services.
 */
export function claims(url: string): Claim[] {
  let target: URL;
  try {
    target = new URL(url, document.baseURI);
  } catch {
    return [];
  }
  const path = target.pathname + target.search;
  const host = target.hostname;
  let best = -1;
  let found: Claim[] = [];
  const check = (category: string, service: string, rules: HostRule[] | undefined) => {
    for (const rule of rules || []) {
      const prefix = rule.path || '';
      if (prefix.length < best || !matchesHost(rule.host, host) || !path.startsWith(prefix)) continue;
      if (prefix.length > best) {
        best = prefix.length;
        found = [];
      }
      found.push([category, service]);
    }
  };
  if (!configured) for (const id in CATALOGUE_HOSTS) check('', id, CATALOGUE_HOSTS[id]!.hosts);
  else for (const c of $config.get().categories) for (const s of c.services) check(c.id, s.id, s.hosts || CATALOGUE_HOSTS[s.id]?.hosts);
  return found;
}

/**
 * The claim the last `verdict` found not granted (`held`), or its first one (`wait`): holding an element names it,
 * without looking its URL up again. When two services claim a URL equally and one is granted, the other is named.
 */
export let lastClaim: Claim | undefined;

/**
 * Claims of the URLs looked up lately, under the config: a page inserts the same file again and again, and an HTML
 * string's URLs are looked up before its parse and again as its elements are held. Keyed by the URL as written: a
 * relative one keeps the claims of the page address it was first resolved against (the host is the page's own either
 * way). Past 256 URLs, the table starts over rather than growing with a stream of unique ones.
 */
const recent = new Map<string, Claim[]>();

/** What may happen to a request for `url` now. */
export function verdict(url: string): Verdict {
  let found = enabled ? recent.get(url) : [];
  if (!found) {
    if (recent.size > 255) recent.clear();
    recent.set(url, (found = claims(url)));
  }
  lastClaim = configured ? found.find(([category, service]) => !hasConsent(category, service)) : found[0];
  return lastClaim ? (configured ? 'held' : 'wait') : 'free';
}
