/**
 * The parts of cookiegate that are loaded only when a page needs them: the banner and dialog (`ui`), embed
 * placeholders (`embeds`), integrations that only react to a choice, and the config check (`check`). The script tag loads each as a file beside
 * `cookiegate.js`; the ESM build imports each as a chunk the app's bundler splits off. Either way the engine asks for a
 * part by name here, and whoever started cookiegate decides how it arrives (`setPartLoaders`).
 */
import { problem, report, type Problem } from './errors';
import type { Integration } from './integration';
import type { ConfigReading } from './config';
import type { Config, Texts, TextsOverride } from '../types';

/** What each part gives the engine once it is here. */
export interface Parts {
  /** The banner, the preferences dialog and their styles. */
  ui: { mountUi(): () => void; warmPreferences(): void };
  /** Placeholders for blocked iframes. */
  embeds: { startPlaceholders(): () => void };
  /** Consent records (proof of consent), when the config names an endpoint. */
  records: { records(): Integration };
  /** Generic consent callbacks, when the config lists any. */
  callbacks: { callbacks(): Integration };
  /** The config check, when a config is new to the visitor (script tag only: the npm entries check at once). */
  check: { parseConfig(input: unknown): ConfigReading };
  /** The loading of catalogue entries, for a config that names catalogue ids (script tag only: `src/gate/catalogue-file.ts`). */
  catalogue: { needCatalogue(): Promise<void>; setCatalogueUrl(url: string | undefined): void };
  /** The texts and their loading, when something shows or checks texts (script tag only: `src/gate/texts-file.ts`). */
  texts: {
    getTexts(config: Config, lang: string): Texts;
    hasTexts(config: Config, lang: string): boolean;
    loadTexts(config: Config, lang: string, base?: string): Promise<boolean>;
    checkTexts(input: Record<string, unknown>, path: string, add: (p: Problem) => void): TextsOverride;
  };
}

/** Name of a part. */
export type PartName = keyof Parts;

/** How each part arrives: resolves with its exports, rejects (with the URL or chunk in the message) when it fails. */
export type PartLoaders = { [K in PartName]?: () => Promise<Parts[K]> };

const loaders: PartLoaders = Object.create(null);
/** Parts whose file has run and handed over its exports (script tag). */
const defined: Partial<Parts> = Object.create(null);
// Keyed by part names only, but never found on a prototype all the same.
const pending: Partial<Record<PartName, Promise<unknown>>> = Object.create(null);

/** Work a part waits for before it is handed over: the catalogue entries that the dialog and placeholders show. */
let prerequisite: ((name: PartName) => unknown) | undefined;

/** Sets what every part waits for (it must never reject); `undefined` for nothing. */
export function setPartPrerequisite(step: ((name: PartName) => unknown) | undefined): void {
  prerequisite = step;
}

/** Tells the engine how these parts arrive (a file beside the script tag, or a dynamic import). */
export function setPartLoaders(more: PartLoaders): void {
  Object.assign(loaders, more);
}

/** Called by a part's own file when it runs: hands its exports to the engine that loaded it. */
export function definePart<K extends PartName>(name: K, exports: Parts[K]): void {
  defined[name] = exports;
}

/** The exports a part's file handed over, once it has run. */
export function definedPart<K extends PartName>(name: K): Parts[K] | undefined {
  return defined[name];
}

/** The part each part's code uses, where one does (`setPartNeeds`). */
const needs: Partial<Record<PartName, PartName>> = Object.create(null);

/**
 * Says which part another one's code uses, where the two arrive separately (the script tag's config check and
 * records read the texts file's answers): asking for the one then fetches both at once, and it is handed over when
 * both are here.
 */
export function setPartNeeds(more: Partial<Record<PartName, PartName>>): void {
  Object.assign(needs, more);
}

/** Each part's file is fetched and run once at a time: a fetch started ahead and the engine's request share it. */
const running: Partial<Record<PartName, Promise<unknown>>> = Object.create(null);

function run<K extends PartName>(name: K): Promise<Parts[K]> {
  const load = loaders[name];
  if (!load) return Promise.reject(new Error('no way to load it here'));
  const need = needs[name];
  // Both downloads at once; a failure of the part's own file is the one its error names.
  const needed = need && run(need);
  needed?.catch(() => undefined);
  return (running[name] ??= load()
    .then((exports) => (needed ? needed.then(() => exports) : exports))
    .catch((error: Error) => {
      delete running[name];
      throw error;
    })) as Promise<Parts[K]>;
}

/**
 * Starts fetching a part that will be needed soon, so that its download overlaps other work (a first visit's banner
 * while the config check loads). Quiet: a failure is reported when the part is asked for (`loadPart`), and retried then.
 */
export function fetchAhead(name: PartName): void {
  run(name).catch(() => undefined);
}

/**
 * Loads a part once. A failure is logged once per attempt, naming what failed, and forgotten: the next request for the
 * part tries again. Until a part is here, nothing it would do happens (fail closed: no part ever grants by itself).
 */
export function loadPart<K extends PartName>(name: K): Promise<Parts[K]> {
  let promise = pending[name] as Promise<Parts[K]> | undefined;
  if (!promise) {
    promise = Promise.resolve()
      .then(() => Promise.all([run(name), prerequisite?.(name)]).then(([exports]) => exports))
      .catch((error: Error) => {
        delete pending[name];
        report(problem('part', 'part "' + name + '"', error?.message));
        throw error;
      });
    pending[name] = promise;
  }
  return promise;
}
