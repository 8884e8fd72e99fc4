/**
 * The script tag's gate does not carry the loading of catalogue entries (filling in what a service inherits, checking
 * the entry's cookie patterns): that is the file `cookiegate-catalogue.js` (`src/core/engine/catalogue-part.ts`),
 * loaded for a config that names catalogue ids, when the dialog, a placeholder or a choice's clean-up needs them. A
 * returning visitor's page view needs no entry (their refused cookies were deleted when they refused).
 *
 * The build puts this module in the gate wherever the engine imports `src/core/engine/catalogue.ts`
 * (`rollup.config.mjs`, `standIns`): same names, same contracts, answered by the file once it is here.
 */
import { $config } from '../core/engine/stores';
import { loadPart } from '../core/engine/parts';

/** Where the entries are, as `init` was told, for the file once it is here. */
let entriesUrl: string | undefined;

/** Remembers where the entry files are (`catalogue/` beside `cookiegate.js`). */
export function setCatalogueUrl(url: string | undefined): void {
  entriesUrl = url;
}

/**
 * Loads the entries the config's catalogue services still wait for, through the file. Never rejects: a file that fails
 * is reported (by `loadPart`) and tried again on the next call; the services meanwhile show what the site wrote.
 */
export function needCatalogue(): Promise<void> {
  if (!$config.get().categories.some((c) => c.services.some((s) => s.inherits))) return Promise.resolve();
  return loadPart('catalogue').then(
    (part) => {
      part.setCatalogueUrl(entriesUrl);
      return part.needCatalogue();
    },
    () => undefined,
  );
}
