import type { CatalogueEntry } from '../core/engine/catalogue';

/**
 * ESM: how an entry arrives, kept in a chunk of its own (`load-entry.ts`) that an app fetches only when an entry is
 * needed: a bundler turns its pattern import into a table of every entry's chunk, and no page view should carry that
 * table before it needs it. The script tag's build makes this `null` and fetches `catalogue/<id>.json` instead.
 */
export const importEntry: ((id: string) => Promise<CatalogueEntry>) | null = (id) => import('./load-entry').then((m) => m.loadEntry(id));
