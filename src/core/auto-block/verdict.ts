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
      if (prefix.length > best) [best, found] = [prefix.length, []];
      found.push([category, service]);
    }
  };
  if (!configured) for (const id in CATALOGUE_HOSTS) check('', id, CATALOGUE_HOSTS[id]!.hosts);
  else for (const c of $config.get().categories) for (const s of c.services) check(c.id, s.id, s.hosts || CATALOGUE_HOSTS[s.id]?.hosts);
  return found;
}

/** The claims the last `verdict` found: holding an element names the first, without looking its URL up again. */
export let lastClaims: Claim[] = [];

/** What may happen to a request for `url` now. */
export function verdict(url: string): Verdict {
  const found = (lastClaims = enabled ? claims(url) : []);
  if (!found.length) return 'free';
  if (!configured) return 'wait';
  return found.every(([category, service]) => hasConsent(category, service)) ? 'free' : 'held';
}
