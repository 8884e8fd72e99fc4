/**
 * The script tag's gate carries no texts: built-in English, the merging of locales and `translations`, and the
 * loading of locale files are the file `cookiegate-texts.js` (`src/core/texts/texts-part.ts`), fetched when something
 * is about to show texts (the banner, the dialog, a placeholder) or check them (the config check, a consent record).
 * A returning visitor's page view shows only the re-open control, whose label rides in the gate (`GATE_LABELS`).
 *
 * The build puts this module in the gate wherever the engine imports `src/core/texts/language.ts` or
 * `check-texts.ts` (`rollup.config.mjs`, `textsFile`): same names, same contracts, answered by the file once it is here.
 */
import type { Config, Texts, TextsOverride } from '../core/types';
import type { Problem } from '../core/engine/errors';
import { definedPart, loadPart } from '../core/engine/parts';

/** Where the shipped locale files are, as `init` was told, for loads asked before the texts file is here. */
let localesBase: string | undefined;

/** Remembers where the shipped locale files are (`InitOptions.localesUrl`), for later loads. */
export function setLocalesBase(url: string | undefined): void {
  localesBase = url;
}

/** Loads the texts file (once; a failure is reported by `loadPart` and tried again on the next call). */
export function whenTextsLoaded(): Promise<void> {
  return loadPart('texts').then(() => undefined);
}

/** `true` once every text `lang` needs is here; never before the texts file itself. */
export function hasTexts(config: Config, lang: string): boolean {
  return !!definedPart('texts')?.hasTexts(config, lang);
}

/**
 * Loads the texts file, then what `lang` needs. Resolves `false` when a locale file fails (as in the npm entries);
 * rejects when the texts file itself does not (reported by `loadPart`): then there are no texts to show at all.
 */
export function loadTexts(config: Config, lang: string, base = localesBase): Promise<boolean> {
  return loadPart('texts').then((texts) => texts.loadTexts(config, lang, base));
}

/** The texts file's answer; called before it is here (only a page can, through `window.CookieGate`), a clear error. */
export function getTexts(config: Config, lang: string): Texts {
  const texts = definedPart('texts');
  if (!texts) throw new Error('cookiegate: getTexts: the texts are not loaded yet; await CookieGate.loadTexts(config, lang) first');
  return texts.getTexts(config, lang);
}

/** Checks texts with the texts file's rules: its callers (the config check, locale files) load after it. */
export function checkTexts(input: Record<string, unknown>, path: string, add: (p: Problem) => void): TextsOverride {
  return definedPart('texts')!.checkTexts(input, path, add);
}
