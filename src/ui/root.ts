/** The state every cookiegate root shares: texts, language, direction and theme. */
import { getTexts, isRtl } from '../core/language';
import { $config, $language } from '../core/stores';
import type { Config, Texts } from '../core/types';

/** Texts for a config and language, computed again only when either changes. */
let cached: { config: Config; lang: string; texts: Texts } | undefined;
function textsFor(config: Config, lang: string): Texts {
  if (cached?.config != config || cached.lang != lang) cached = { config, lang, texts: getTexts(config, lang) };
  return cached.texts;
}

/** Sets the root's language, direction and forced theme: shared by the UI root and embed placeholders. */
export function styleRoot(el: HTMLElement): void {
  const lang = $language.get();
  const theme = $config.get().ui.theme;
  el.lang = lang;
  el.dir = isRtl(lang) ? 'rtl' : 'ltr';
  if (theme == 'auto') el.removeAttribute('data-cg-theme');
  else el.setAttribute('data-cg-theme', theme);
}

/** Current texts for the language the UI shows. */
export function currentTexts(): Texts {
  return textsFor($config.get(), $language.get());
}

