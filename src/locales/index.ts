import type { Texts } from '../core/types';

/**
 * Loads a shipped locale (any code of `LOCALE_CODES`; English is built in, `src/core/texts/texts-en.ts`) as its own
 * chunk: in the ESM build each is `dist/locales/<code>.mjs`, which any bundler splits off and loads only when that
 * language is shown. The build turns this one import into a literal `import('./<code>.ts')` per locale file
 * (`localeChunks` in rollup.config.mjs). The script-tag bundle cannot split code: its build replaces this module
 * with `null`, and the texts are fetched from `dist/locales/<code>.json` instead, generated from the same files.
 */
export const importLocale: ((code: string) => Promise<Texts>) | null = (code) =>
  // Vite (the unit tests) resolves the path when called; the build never sees this import (see above).
  import(/* @vite-ignore */ `./${code}.ts`).then((m: { default: Texts }) => m.default);
