import type { Config, Texts, TextsOverride } from './types';
import { TEXTS_EN } from './texts-en';
import { LOCALES } from '../locales/index';

/** Primary subtags of languages written right to left. */
const RTL = ['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi'];

const primary = (lang: string): string => lang.toLowerCase().split(/[-_]/)[0];

/**
 * The language the UI shows: `config.language` unless `auto`, then `<html lang>`, then `navigator.languages`.
 * Each wish is matched against English, the shipped locales and `config.translations`: exact tag first,
 * then the same primary subtag (`de-AT` → `de`). Falls back to `en`.
 *
 * @param config the config cookiegate runs with (`$config.get()`)
 * @example resolveLanguage($config.get()) // 'nl' on <html lang="nl-BE">
 * @returns a key of the available languages
 */
export function resolveLanguage(
  config: Config,
  doc: Document | undefined = typeof document != 'undefined' ? document : undefined,
  nav: Navigator | undefined = typeof navigator != 'undefined' ? navigator : undefined,
): string {
  const available = ['en', ...Object.keys(LOCALES), ...Object.keys(config.translations || {})];
  const wishes = [
    config.language && config.language != 'auto' ? config.language : '',
    doc?.documentElement?.lang || '',
    ...(nav?.languages || [nav?.language || '']),
  ];
  for (const wish of wishes) {
    if (!wish) continue;
    const exact = available.find((lang) => lang.toLowerCase() == wish.toLowerCase());
    if (exact) return exact;
    const near = available.find((lang) => lang.toLowerCase() == primary(wish)) || available.find((lang) => primary(lang) == primary(wish));
    if (near) return near;
  }
  return 'en';
}

/**
 * `true` for languages written right to left (`ar`, `he`, `fa`, `ur`…): the UI root then gets `dir="rtl"`.
 * @param lang a language code
 * @example myBanner.dir = isRtl($language.get()) ? 'rtl' : 'ltr'
 */
export function isRtl(lang: string): boolean {
  return RTL.includes(primary(lang));
}

function merge(base: Texts, override: TextsOverride | undefined): Texts {
  const out = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(override || {})) {
    const current = out[key];
    out[key] =
      value && typeof value == 'object' && current && typeof current == 'object' ? { ...current, ...value } : value ?? current;
  }
  return out as unknown as Texts;
}

/**
 * Every text for `lang`: built-in English ← shipped locale ← `config.translations[lang]`.
 * `categories` holds a title and description for every configured category, in this order of preference:
 * the translation's, the category's own `title`/`description` from config, the shipped text, the id.
 *
 * @param config the config cookiegate runs with (`$config.get()`)
 * @param lang a language code (`$language.get()`)
 * @example getTexts($config.get(), 'de').banner.rejectAll // 'Alle ablehnen'
 */
export function getTexts(config: Config, lang: string): Texts {
  const shipped = LOCALES[lang] || LOCALES[primary(lang)];
  const override = config.translations?.[lang];
  const texts = merge(merge(TEXTS_EN, shipped), override);
  const categories: Texts['categories'] = {};
  for (const category of config.categories) {
    const translated = override?.categories?.[category.id] || {};
    const base = shipped?.categories[category.id] || TEXTS_EN.categories[category.id] || {};
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
