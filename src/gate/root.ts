import { $config, isRtl } from '../core/kernel';

/**
 * The root every piece of our markup sits in: our stylesheet applies only under `.cg-root`, which carries the
 * language, direction and theme.
 */
export function styleRoot(el: HTMLElement, lang: string): void {
  const theme = $config.get().ui.theme;
  el.lang = lang;
  el.dir = isRtl(lang) ? 'rtl' : 'ltr';
  if (theme == 'auto') el.removeAttribute('data-cg-theme');
  else el.setAttribute('data-cg-theme', theme);
}
