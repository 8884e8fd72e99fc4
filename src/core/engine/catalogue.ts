/**
 * Catalogue entries at run time. A config that names a catalogue id gets the entry's label, provider, purpose, policy
 * link and cookies, but only when something needs them: the preferences dialog and placeholders show them, and a
 * choice deletes the cookies it refuses. A returning visitor's page view with a stored choice loads no entry at all
 * (CONTRACT: such a page view requests `cookiegate.js` only). Cookies of refused catalogue services were deleted when
 * the refusal was made. In the script tag this is the file `cookiegate-catalogue.js` (`catalogue-part.ts`), which the
 * gate loads only for a config that names catalogue ids, when something needs the entries (`src/gate/catalogue-file.ts`).
 */
import type { CookieInfo, Service } from '../types';
import { importEntry } from '../../catalogue/import-entry';
import { safeCookiePattern } from './pattern-safety';
import { $config, fetchJson, isSafeUrl, problem, report } from '../kernel';

/**
 * One entry as it reaches the browser (`dist/catalogue/<id>.json`, `.mjs`): the catalogue's data without its sources.
 * @example { label: 'Hotjar', provider: 'Hotjar Ltd', purpose: '…', policyUrl: 'https://…', cookies: [{ name: '_hjSession_*', duration: '30 minutes' }] }
 */
export interface CatalogueEntry {
  label: string;
  provider: string;
  purpose: string;
  policyUrl: string;
  cookies: Array<{ name: string; duration: string }>;
}

let loadEntry: ((id: string) => Promise<unknown>) | null = importEntry;
let loading: Promise<void> | undefined;

/**
 * Where the entries are: `catalogue/` beside `cookiegate.js` for the script tag (a URL ending in `/`). Without one,
 * the ESM build imports its own entry chunks.
 */
export function setCatalogueUrl(url: string | undefined): void {
  if (url) loadEntry = (id) => fetchJson(url + id + '.json');
}

const text = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/** Copies the fields the site left out from a loaded entry; a malformed field is skipped, never trusted. */
function inherit(service: Service, entry: Partial<CatalogueEntry>): void {
  for (const key of service.inherits!) {
    if (key === 'cookies') {
      service.cookies = (Array.isArray(entry.cookies) ? entry.cookies : []).flatMap((cookie) => {
        const pattern = cookie && text(cookie.name) ? safeCookiePattern(cookie.name) : null;
        if (pattern === null) return [];
        const info: CookieInfo = { name: cookie.name, duration: String(cookie.duration) };
        if (pattern) info.pattern = pattern;
        return [info];
      });
    } else if (text(entry[key]) && (key !== 'policyUrl' || isSafeUrl(entry[key]))) service[key] = entry[key];
  }
  delete service.inherits;
}

/**
 * Loads the entries of the catalogue services the config names and has not got yet, fills them in, and hands the
 * store a new config so what shows them redraws. Never rejects: an entry that fails is logged and tried again on the
 * next call.
 */
export function needCatalogue(): Promise<void> {
  return (loading ??= Promise.resolve().then(() => {
    const config = $config.get();
    const waiting = config.categories.flatMap((category) =>
      category.services.filter((s) => s.inherits).map((service) => ({ service, path: 'categories.' + category.id + '.services.' + service.id })),
    );
    if (!waiting.length || !loadEntry) return;
    const load = loadEntry;
    return Promise.all(
      waiting.map(({ service, path }) =>
        load(service.id).then(
          (entry) => inherit(service, (entry ?? {}) as Partial<CatalogueEntry>),
          (error: Error) => report(problem('catalogue', path, error?.message)),
        ),
      ),
    ).then(() => {
      if ($config.get() === config) $config.set({ ...config });
    });
  })).finally(() => (loading = undefined));
}
