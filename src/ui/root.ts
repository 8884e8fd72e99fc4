/** The state every cookiegate root shares: texts, language, direction and theme. */
import { $config, $language, getTexts } from '../core/kernel';
import { styleRoot as styleRootIn } from '../gate/root';
import type { Config, Texts } from '../core/types';

/** Texts for a config and language, computed again only when either changes. */
let cached: { config: Config; lang: string; texts: Texts } | undefined;
function textsFor(config: Config, lang: string): Texts {
  if (cached?.config !== config || cached.lang !== lang) cached = { config, lang, texts: getTexts(config, lang) };
  return cached.texts;
}

/** Sets the root's language (the one the UI shows), direction and forced theme: the UI root and placeholders. */
export function styleRoot(el: HTMLElement): void {
  styleRootIn(el, $language.get());
}

/** Current texts for the language the UI shows. */
export function currentTexts(): Texts {
  return textsFor($config.get(), $language.get());
}
