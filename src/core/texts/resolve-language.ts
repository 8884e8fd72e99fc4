import type { Config } from '../types';
import { LOCALE_CODES } from '../../locales/reopen-labels';

/**
 * Languages shipped beside English, as separate files loaded only when shown: `dist/locales/<code>.json` for the
 * script tag, `dist/locales/<code>.mjs` chunks for the ESM build. Knowing the codes lets `<html lang="nl-BE">` pick
 * `nl` before its texts are there. The build lists them from the files in `src/locales/`.
 */
export const SHIPPED_LANGUAGES: readonly string[] = LOCALE_CODES;

/** Primary subtags of languages written right to left. */
const RTL = ['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi'];

const primary = (lang: string): string => lang.toLowerCase().split(/[-_]/)[0];

/** Primary subtags that name, or used to name, a shipped language under another code. */
const ALIASES: Record<string, string> = { no: 'nb', nn: 'nb', iw: 'he' };

/** Chinese regions that write Traditional characters; other Chinese (`zh`, `zh-CN`, `zh-SG`) is Simplified. */
const HANT_REGIONS = ['tw', 'hk', 'mo'];

/**
 * The tag of `available` that serves `wish`, or `undefined`. In order: the exact tag (any case); the language with
 * its script (`zh-Hant`, inferred for Chinese from the region: `zh-TW` → `zh-Hant`, `zh-CN` → `zh-Hans`); with its
 * region (`pt-BR`); the language alone (`pt-PT` → `pt`, `nl-BE` → `nl`, `no` → `nb`); any tag of the same language.
 */
export function matchLanguage(wish: string, available: readonly string[]): string | undefined {
  const find = (tag: string) => available.find((lang) => lang.toLowerCase() === tag);
  const parts = wish.toLowerCase().split(/[-_]/);
  const lang = ALIASES[parts[0]] || parts[0];
  const region = parts.slice(1).find((part) => /^([a-z]{2}|\d{3})$/.test(part));
  const script = parts.slice(1).find((part) => part.length === 4) || (lang === 'zh' ? (HANT_REGIONS.includes(region || '') ? 'hant' : 'hans') : undefined);
  return (
    find(wish.toLowerCase()) ||
    (script && find(lang + '-' + script)) ||
    (region && find(lang + '-' + region)) ||
    find(lang) ||
    available.find((tag) => (ALIASES[primary(tag)] || primary(tag)) === lang)
  );
}

/**
 * The language the UI shows: `config.language` unless `auto`, then `<html lang>`, then `navigator.languages`.
 * Each wish is matched against English, the shipped locales and `config.translations`: exact tag first, then by
 * script or region, then the same primary subtag (`de-AT` → `de`, `zh-TW` → `zh-Hant`, `no` → `nb`). Falls back
 * to `en`.
 *
 * @param config the config cookiegate runs with (`$config.get()`)
 * @example resolveLanguage($config.get()) // 'nl' on <html lang="nl-BE">
 * @returns a key of the available languages
 */
export function resolveLanguage(
  config: Config,
  doc: Document | undefined = typeof document !== 'undefined' ? document : undefined,
  nav: Navigator | undefined = typeof navigator !== 'undefined' ? navigator : undefined,
): string {
  const available = ['en', ...SHIPPED_LANGUAGES, ...Object.keys(config.translations || {})];
  const wishes = [
    config.language && config.language !== 'auto' ? config.language : '',
    doc?.documentElement?.lang || '',
    ...(nav?.languages || [nav?.language || '']),
  ];
  for (const wish of wishes) {
    const found = wish && matchLanguage(wish, available);
    if (found) return found;
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
