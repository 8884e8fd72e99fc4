import type { Texts } from '../core/types';

/**
 * Loads a shipped locale (`nl`, `fr`, `de`; English is built in, `src/core/texts/texts-en.ts`) as its own chunk: in the ESM
 * build each is `dist/locales/<code>.mjs`, which any bundler splits off and loads only when that language is shown.
 * The script-tag bundle cannot split code: its build replaces this module with `null` (rollup.config.mjs), and the
 * texts are fetched from `dist/locales/<code>.json` instead, generated from the same files.
 */
export const importLocale: ((code: string) => Promise<Texts>) | null = (code) =>
  (code == 'nl' ? import('./nl') : code == 'fr' ? import('./fr') : import('./de')).then((m) => m.default);
