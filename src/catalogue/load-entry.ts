import type { CatalogueEntry } from '../core/engine/catalogue';

/**
 * ESM: each catalogue entry is a module of its own beside the engine (`dist/catalogue/<id>.mjs`), which an app's
 * bundler splits into a chunk: a site's bundle loads only the entries its config names. The build writes that import
 * here (`catalogueImports` in rollup.config.mjs); unbuilt (tests), the entry is read from the data file.
 */
export const loadEntry = (id: string): Promise<CatalogueEntry> =>
  import('./services.json').then((data) => (data.default.services as Record<string, CatalogueEntry>)[id]!);
