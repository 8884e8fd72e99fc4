import { $config, $language, $loadingTexts } from '../engine/stores';
import { loadTexts, whenTextsLoaded } from './language';
import { resolveLanguage } from './resolve-language';

let latest = 0;

/**
 * Switches the UI to another language at run time (a site's own language switcher): matches `lang` like the page
 * language (`de-AT` → `de`), loads its texts if they are not here yet, then sets `$language`. Until they arrive the
 * UI keeps its current language, so nothing flashes. A language without texts (not shipped, not in `translations`)
 * or a file that fails to load (reported once) leaves English.
 *
 * @param lang a language code
 * @returns `true` when the UI now shows `lang` (or its primary language), `false` when it shows English instead
 * @example languageSelect.onchange = () => setLanguage(languageSelect.value)
 */
export function setLanguage(lang: string): Promise<boolean> {
  const target = resolveLanguage({ ...$config.get(), language: lang }, undefined, undefined);
  return showLanguage(target).then(
    (shown) => shown !== 'en' || /^en\b/i.test(lang),
    () => false,
  );
}

/**
 * Loads the texts of `lang` (an available language, as `resolveLanguage` gives) and then sets `$language` to it, or
 * to English if they fail. `init` starts with it too, so a later `setLanguage` wins over the page language's file
 * arriving last.
 * @returns the language now shown
 */
export function showLanguage(lang: string): Promise<string> {
  const call = ++latest;
  return loadTexts($config.get(), lang).then((ok) => {
    const shown = ok ? lang : 'en';
    if (call === latest) $language.set(shown);
    return $language.get();
  });
}

/** The page language whose texts `init` left for later, and the load once started. */
let deferred: string | undefined;
let ensured: Promise<void> | undefined;

/** `init` with on-demand UI: the page language's texts load only when something is about to show them. */
export function deferTexts(lang: string): void {
  deferred = lang;
  ensured = undefined;
}

/**
 * Loads the texts `init` left for later (none left: resolves at once), then clears `$loadingTexts`. The UI and
 * placeholders call it before they first draw; a returning visitor who never opens them never loads a locale file.
 */
export function ensureTexts(): Promise<void> {
  if (!deferred) return whenTextsLoaded();
  const lang = deferred;
  return (ensured ??= showLanguage(lang).then(
    () => {
      if (deferred === lang) deferred = undefined;
      $loadingTexts.set(false);
    },
    (error: Error) => {
      // The script tag's texts file did not load (reported): the next call tries again.
      ensured = undefined;
      throw error;
    },
  ));
}
