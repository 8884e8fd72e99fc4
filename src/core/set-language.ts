import { $config, $language } from './stores';
import { loadTexts, resolveLanguage } from './language';

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
  const config = $config.get();
  const target = resolveLanguage({ ...config, language: lang }, undefined, undefined);
  const call = ++latest;
  return loadTexts(config, target).then((ok) => {
    const shown = ok ? target : 'en';
    // A later call wins, even if this one's file arrives last.
    if (call == latest) $language.set(shown);
    return shown != 'en' || /^en\b/i.test(lang);
  });
}
