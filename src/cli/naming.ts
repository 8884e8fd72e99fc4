/**
 * Names what the audit found: cookiegate's own files and cookie, the elements the site marked with `data-category`,
 * the services of the site's cookiegate config, then the catalogue. A catalogue service the site configures keeps the
 * site's category.
 */
import { nameMatcher, type CatalogueIndex } from './catalogue';
import type { MarkedElement } from './page-probes';
import type { Naming } from './report-types';

/** The parts of a cookiegate config the audit reads. */
interface SiteConfig {
  categories?: Record<string, false | { services?: Record<string, { label?: string; provider?: string; cookies?: unknown[] }> }>;
  cookie?: { name?: string };
  records?: { endpoint?: string };
}

/** One service of the site's config, where it sits and what it declares. */
interface SiteService {
  id: string;
  label: string;
  provider?: string;
  category: string;
  cookies: Array<(name: string) => boolean>;
}

/** Storage keys cookiegate itself writes (the consent records waiting to be resent). */
const OWN_STORAGE_KEYS = ['cookiegate:records'];

/** Files of cookiegate's script tag, served beside `cookiegate.js`. */
const OWN_FILE = /\/(cookiegate[\w.-]*\.(js|mjs|css)|locales\/[\w-]+\.json)$/;

const OWN: Naming = { service: 'cookiegate', label: 'cookiegate (this consent banner)', category: 'necessary', from: 'cookiegate' };

/** Looks names up for requests, cookies and storage keys. */
export interface Namer {
  request(url: string): Naming | undefined;
  cookie(name: string): Naming | undefined;
  storage(key: string, storage: 'localStorage' | 'sessionStorage'): Naming | undefined;
}

function siteServices(config: SiteConfig | null): SiteService[] {
  const services: SiteService[] = [];
  for (const [category, value] of Object.entries(config?.categories ?? {})) {
    if (!value || typeof value !== 'object') continue;
    for (const [id, service] of Object.entries(value.services ?? {})) {
      const cookies = (Array.isArray(service?.cookies) ? service.cookies : [])
        .map((cookie) => (typeof cookie === 'string' ? cookie : (cookie as { name?: unknown })?.name))
        .filter((name): name is string => typeof name === 'string')
        .map(nameMatcher);
      services.push({
        id,
        label: service?.label || id,
        ...(service?.provider ? { provider: service.provider } : {}),
        category,
        cookies,
      });
    }
  }
  return services;
}

/** A namer for one run. `pageUrl` resolves the site config's relative endpoint. */
export function createNamer(catalogue: CatalogueIndex, rawConfig: unknown, marked: MarkedElement[], pageUrl: string): Namer {
  const config = rawConfig && typeof rawConfig === 'object' ? (rawConfig as SiteConfig) : null;
  const services = siteServices(config);
  const byId = new Map(services.map((service) => [service.id, service]));
  const byUrl = new Map(marked.map((element) => [element.url, element]));
  const ownCookie = config?.cookie?.name || 'cookiegate';
  let recordsEndpoint = '';
  try {
    if (config?.records?.endpoint) recordsEndpoint = new URL(config.records.endpoint, pageUrl).href;
  } catch {
    /* an invalid endpoint names nothing */
  }

  /** The site's own place for a catalogue service it configures (its category, its label). */
  const asConfigured = (naming: Naming | undefined): Naming | undefined => {
    const site = naming && byId.get(naming.service);
    return site && naming ? { ...naming, category: site.category } : naming;
  };
  const fromSite = (service: SiteService, from: Naming['from']): Naming => ({
    service: service.id,
    label: service.label,
    ...(service.provider ? { provider: service.provider } : {}),
    category: service.category,
    from,
  });

  return {
    request(url) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return undefined;
      }
      if (url.split('?')[0] === recordsEndpoint || (OWN_FILE.test(parsed.pathname) && parsed.origin === new URL(pageUrl).origin)) return OWN;
      const element = byUrl.get(url);
      if (element) {
        const site = element.service ? byId.get(element.service) : undefined;
        if (site) return fromSite(site, 'markup');
        const catalogued = element.service ? catalogue.byUrl(parsed) : undefined;
        return {
          service: element.service ?? parsed.hostname,
          label: catalogued?.label ?? element.service ?? parsed.hostname,
          category: element.category,
          from: 'markup',
        };
      }
      return asConfigured(catalogue.byUrl(parsed));
    },
    cookie(name) {
      if (name === ownCookie) return OWN;
      const site = services.find((service) => service.cookies.some((matches) => matches(name)));
      return site ? fromSite(site, 'site-config') : asConfigured(catalogue.byCookie(name));
    },
    storage(key, storage) {
      if (OWN_STORAGE_KEYS.includes(key)) return OWN;
      return asConfigured(catalogue.byStorageKey(key, storage));
    },
  };
}
