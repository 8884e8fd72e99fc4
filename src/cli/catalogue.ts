/**
 * The service catalogue (`services.json`, shipped beside the CLI) and the lookups the audit needs from it:
 * which service a host, a cookie or a storage key belongs to.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Category, Naming } from './report-types';

/** One cookie or storage key a catalogue service sets. */
export interface CatalogueCookie {
  /** Exact name, or a `/regex/` string. */
  name: string;
  duration?: string;
  kind?: 'cookie' | 'localStorage' | 'sessionStorage';
  source?: string;
}

/** One host a catalogue service loads from (`*.example.com`: its subdomains); `path` is a prefix of the URL's path and query. */
export interface CatalogueHost {
  host: string;
  path?: string;
  types?: string[];
  source?: string;
}

/** One service of the catalogue, as `services.json` holds it. */
export interface CatalogueService {
  label: string;
  provider: string;
  country?: string;
  purpose?: string;
  policyUrl?: string;
  category: Category;
  saleOrShare?: boolean;
  cookies?: CatalogueCookie[];
  hosts?: CatalogueHost[];
  integration?: unknown;
  source?: string;
}

/** The catalogue file. */
export interface Catalogue {
  services: Record<string, CatalogueService>;
}

/** `/regex/` strings are patterns (as in cookiegate's config); anything else is an exact name. */
export function nameMatcher(pattern: string): (name: string) => boolean {
  const regex = /^\/(.+)\/([a-z]*)$/.exec(pattern);
  if (!regex) return (name) => name === pattern;
  try {
    const compiled = new RegExp(regex[1]!, regex[2]);
    return (name) => compiled.test(name);
  } catch {
    return () => false;
  }
}

/** Reads a catalogue file; `null` with the reason when it is missing or not the expected shape. */
export function readCatalogue(file: string): { catalogue: Catalogue } | { error: string } {
  if (!existsSync(file)) return { error: 'no service catalogue at ' + file };
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<Catalogue>;
    if (!parsed || typeof parsed.services !== 'object' || parsed.services === null) return { error: file + ' has no "services" object' };
    return { catalogue: parsed as Catalogue };
  } catch (error) {
    return { error: file + ' is not valid JSON: ' + (error as Error).message };
  }
}

/** Several catalogues as one; later ones win for the same id (a site's own file over the shipped one). */
export function mergeCatalogues(catalogues: Catalogue[]): Catalogue {
  return { services: Object.assign({}, ...catalogues.map((c) => c.services)) };
}

const naming = (id: string, service: CatalogueService): Naming => ({
  service: id,
  label: service.label || id,
  provider: service.provider,
  category: service.category,
  from: 'catalogue',
});

/** Lookups by host, cookie name and storage key, built once per audit. */
export interface CatalogueIndex {
  byUrl(url: URL): Naming | undefined;
  byCookie(name: string): Naming | undefined;
  byStorageKey(key: string, storage: 'localStorage' | 'sessionStorage'): Naming | undefined;
  /** Hosts a service declares, for the suggested config. */
  hostsOf(id: string): string[];
}

/** `*.example.com` matches the subdomains of example.com (as in CSP); any other host only itself. */
export function hostMatches(pattern: string, host: string): boolean {
  return pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) : host === pattern;
}

/**
 * Indexes a catalogue. A host's `path` is a prefix of the URL's path and query (`/gtag/js?id=G-`); the longest
 * matching host, then path, wins.
 */
export function indexCatalogue(catalogue: Catalogue): CatalogueIndex {
  const hosts: Array<{ id: string; host: string; path: string }> = [];
  const names: Array<{ id: string; kind: string; matches: (name: string) => boolean }> = [];
  for (const [id, service] of Object.entries(catalogue.services)) {
    for (const h of service.hosts ?? []) hosts.push({ id, host: h.host.toLowerCase(), path: h.path ?? '' });
    for (const c of service.cookies ?? []) names.push({ id, kind: c.kind ?? 'cookie', matches: nameMatcher(c.name) });
  }
  hosts.sort((a, b) => b.host.length - a.host.length || b.path.length - a.path.length);
  const named = (id: string | undefined) => (id === undefined ? undefined : naming(id, catalogue.services[id]!));
  return {
    byUrl: (url) => {
      const target = url.pathname + url.search;
      return named(hosts.find((h) => hostMatches(h.host, url.hostname) && target.startsWith(h.path))?.id);
    },
    byCookie: (name) => named(names.find((n) => n.kind === 'cookie' && n.matches(name))?.id),
    byStorageKey: (key, storage) => named(names.find((n) => n.kind === storage && n.matches(key))?.id),
    hostsOf: (id) => (catalogue.services[id]?.hosts ?? []).map((h) => h.host),
  };
}
