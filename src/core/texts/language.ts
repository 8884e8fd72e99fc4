/**
 * The texts: built-in English, merged with a shipped locale or the site's `translations`, and the loading of their
 * files. The script tag carries none of this in the gate: it is the file `cookiegate-texts.js` (`texts-part.ts`),
 * loaded when something is about to show texts, so a returning visitor's page view does not download them.
 */
import type { Config, Texts, TextsOverride } from '../types';
import { TEXTS_EN } from './texts-en';
import { importLocale } from '../../locales/index';
import { checkTexts } from './check-texts';
import { fetchJson, matchLanguage, ownValue, problem, report, SHIPPED_LANGUAGES, withTimeout } from '../kernel';

/** How long a locale file may take before the UI shows English instead. */
export const LOCALE_TIMEOUT_MS = 3_000;

// Keyed by config strings (a URL may be "constructor" or "__proto__"): no prototype to find them on.
/** Texts loaded so far: shipped locales by code, a site owner's files by URL. */
const loaded: Record<string, TextsOverride> = Object.create(null);
/** Loads started so far, by the same keys: each file is requested once per page. */
const loading: Record<string, Promise<boolean>> = Object.create(null);

/** Where `init` was told the shipped locale files are; `loadTexts` uses it when not given a base. */
let localesBase: string | undefined;

/** Remembers where the shipped locale files are (`InitOptions.localesUrl`), for later loads. */
export function setLocalesBase(url: string | undefined): void {
  localesBase = url;
}

/**
 * Resolves once `getTexts` can answer (English at least): at once here. In the script tag the texts are a file of
 * their own (`src/gate/texts-file.ts` stands in for this module in the gate), which this loads.
 */
export function whenTextsLoaded(): Promise<void> {
  return Promise.resolve();
}

/** The shipped locale whose texts `lang` builds on (`de` for a `de-CH` translation), or `undefined`. */
const shippedFor = (lang: string): string | undefined => matchLanguage(lang, SHIPPED_LANGUAGES);

function merge(base: Texts, override: TextsOverride | undefined): Texts {
  const out = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(override || {})) {
    const current = out[key];
    out[key] = value && typeof value === 'object' && current && typeof current === 'object' ? { ...current, ...value } : (value ?? current);
  }
  return out as unknown as Texts;
}

/**
 * `true` when `override` gives every text the shipped locale would: then that locale need not be loaded.
 * Category texts count only for configured categories the shipped locale names, and a category's own `title` or
 * `description` from config fills in for its translation (as in `getTexts`).
 */
function isComplete(config: Config, override: TextsOverride | undefined): boolean {
  const own = (override || {}) as Record<string, Record<string, unknown> | string | undefined>;
  return Object.entries(TEXTS_EN).every(([key, value]) =>
    key === 'categories'
      ? config.categories.every(
          (c) =>
            !Object.keys(value).includes(c.id) ||
            (['title', 'description'] as const).every((k) => (own.categories as Texts['categories'] | undefined)?.[c.id]?.[k] || c[k]),
        )
      : typeof value === 'string'
        ? typeof own[key] === 'string'
        : Object.keys(value).every((k) => typeof (own[key] as Record<string, unknown> | undefined)?.[k] === 'string'),
  );
}

/**
 * What `lang` needs beyond built-in English and inline `translations`: the URL of its `translations` file, the code
 * of a shipped locale (unless an inline translation is complete), or `''` for nothing.
 */
function fileFor(config: Config, lang: string): string {
  const own = config.translations[lang];
  if (typeof own === 'string') return own;
  const code = shippedFor(lang);
  return code && !isComplete(config, own) ? code : '';
}

/**
 * `true` when every text `lang` needs is here: `getTexts(config, lang)` then gives them without loading anything.
 * @example if (!hasTexts($config.get(), 'nl')) await loadTexts($config.get(), 'nl')
 */
export function hasTexts(config: Config, lang: string): boolean {
  const file = fileFor(config, lang);
  return !file || !!loaded[file];
}

/**
 * Loads the texts `lang` needs that are not here yet: a shipped locale (`nl`, `zh-Hant`…) or the file a
 * `translations.<lang>` URL names. Each file is requested once per page. A file that fails, is not a JSON object of
 * texts, or takes more than 3 s is reported once (`cookiegate: … could not load the texts from <url>`) and resolves
 * `false`: the UI then shows English. `init` calls this for the language it picks.
 *
 * @param config the config cookiegate runs with (`$config.get()`)
 * @param lang a language code
 * @param base where the shipped locale files are (a URL ending in `/`); default: what `init` was given (the script
 *   tag passes `locales/` beside `cookiegate.js`); without one the ESM build imports its own locale chunks
 * @returns `true` once the texts are there (at once when nothing is missing), `false` when a file did not load
 * @example await loadTexts($config.get(), 'de'); getTexts($config.get(), 'de').banner.rejectAll // 'Alle ablehnen'
 */
export function loadTexts(config: Config, lang: string, base = localesBase): Promise<boolean> {
  const file = fileFor(config, lang);
  if (!file || loaded[file]) return Promise.resolve(true);
  const isShipped = SHIPPED_LANGUAGES.includes(file);
  const url = isShipped ? (base ?? './locales/') + file + (!base && importLocale ? '.mjs' : '.json') : file;
  return (loading[file] ||= withTimeout(
    isShipped && !base && importLocale
      ? importLocale(file)
      : fetchJson(url).then((json) => {
          if (!json || typeof json !== 'object' || Array.isArray(json)) throw new Error('not an object of texts');
          return checkTexts(json as Record<string, unknown>, isShipped ? url : 'translations.' + lang, report);
        }),
    LOCALE_TIMEOUT_MS,
  ).then(
    (texts) => !!(loaded[file] = texts),
    (error: Error) => {
      report(problem('locale', isShipped ? 'language' : 'translations.' + lang, url, error.message));
      return false;
    },
  ));
}

/**
 * Every text for `lang`: built-in English ← shipped locale (once loaded, see `loadTexts`) or the file a
 * `translations.<lang>` URL names ← inline `config.translations[lang]`.
 * `categories` holds a title and description for every configured category, in this order of preference:
 * the translation's, the category's own `title`/`description` from config, the shipped text, the id.
 *
 * @param config the config cookiegate runs with (`$config.get()`)
 * @param lang a language code (`$language.get()`)
 * @example getTexts($config.get(), $language.get()).banner.rejectAll // 'Alle ablehnen' on a German page
 */
export function getTexts(config: Config, lang: string): Texts {
  const own = config.translations?.[lang];
  const shipped = loaded[typeof own === 'string' ? own : shippedFor(lang) || ''];
  const override = typeof own === 'string' ? undefined : own;
  const texts = merge(merge(TEXTS_EN, shipped), override);
  const categories: Texts['categories'] = {};
  for (const category of config.categories) {
    const translated = ownValue(override?.categories, category.id) || {};
    const base = ownValue(shipped?.categories, category.id) || ownValue(TEXTS_EN.categories, category.id) || {};
    // A category title from config is the site owner's word and beats our shipped wording;
    // a translation for this language beats both.
    categories[category.id] = {
      title: translated.title || category.title || base.title || category.id,
      description: translated.description || category.description || base.description || '',
    };
  }
  texts.categories = categories;
  return texts;
}
