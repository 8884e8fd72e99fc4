import type { Config, Consent, CookieInfo } from '../types';
import { cookieAttributes } from './cookie';
import { MAX_PATTERN_NAME } from './defaults';

/** The host and each parent domain a cookie could have been set on (`a.b.example.com`, `b.example.com`, `example.com`). */
function candidateDomains(host: string, configured?: string): string[] {
  const parts = host.split('.');
  const domains: (string | undefined)[] = [undefined];
  // An IP address has no parent domains.
  if (!/^[\d.]+$|:/.test(host)) for (let i = 0; i < parts.length - 1; i++) domains.push(parts.slice(i).join('.'));
  if (configured) domains.push(configured);
  return domains.filter((d, i) => domains.indexOf(d) === i) as string[];
}

/** Declarations of every cookie whose category or service is refused by `consent` (all optional ones when `null`). */
export function refusedCookies(config: Config, consent: Consent | null): CookieInfo[] {
  const refused: CookieInfo[] = [];
  for (const category of config.categories) {
    if (category.readOnly) continue;
    for (const service of category.services) {
      if (!consent?.services.includes(service.id)) refused.push(...service.cookies);
    }
  }
  return refused;
}

/**
 * Deletes the cookies of refused categories and services, by exact name or pattern, on the current host,
 * its parent domains and the configured domain. Trackers set their cookies again on later visits, so this
 * runs on every page load as well as on withdrawal.
 *
 * @returns the names deleted
 */
export function eraseRefusedCookies(config: Config, consent: Consent | null): string[] {
  const declarations = refusedCookies(config, consent);
  if (!declarations.length) return [];
  let present: string[];
  try {
    present = document.cookie
      .split(';')
      .map((c) => c.split('=')[0]!.trim())
      .filter(Boolean);
  } catch {
    return [];
  }
  // A pattern sees names up to MAX_PATTERN_NAME long only: that bounds its work on a name someone made long on purpose.
  const matches = (d: CookieInfo, name: string) => (d.pattern ? name.length <= MAX_PATTERN_NAME && d.pattern.test(name) : d.name === name);
  const doomed = present.filter((name) => name !== config.cookie.name && declarations.some((d) => matches(d, name)));
  const paths = config.cookie.path === '/' ? ['/'] : ['/', config.cookie.path];
  for (const name of doomed) {
    for (const domain of candidateDomains(location.hostname, config.cookie.domain)) {
      for (const path of paths) document.cookie = name + '=' + cookieAttributes(path, domain, 0);
    }
  }
  return doomed;
}
