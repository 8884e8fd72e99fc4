import { $config, isRtl } from '../core/kernel';

/**
 * The root every piece of our markup sits in: our stylesheet applies only under `.cg-root`, which carries the
 * language, direction and theme, and `data-nosnippet`: search engines never quote our texts as a page's snippet.
 */
export function styleRoot(el: HTMLElement, lang: string): void {
  const theme = $config.get().ui.theme;
  el.setAttribute('data-nosnippet', '');
  el.lang = lang;
  el.dir = isRtl(lang) ? 'rtl' : 'ltr';
  if (theme === 'auto') el.removeAttribute('data-cg-theme');
  else el.setAttribute('data-cg-theme', theme);
}
