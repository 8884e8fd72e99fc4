import { areStylesInjected, getNonce } from '../core/kernel';

/**
 * Whether a part of our stylesheet is in the page already, brought by the app: `cookiegate.css` linked under any
 * name (bundlers rename it) or bundled into the app's own CSS. Each part sets a marker custom property on `:root`
 * (`--cg-stylesheet-base`, `--cg-stylesheet-ui`), which the computed style shows wherever the rules came from.
 */
function isInPage(name: string): boolean {
  if (document.querySelector('link[rel~="stylesheet"][href*="cookiegate"]')) return true;
  try {
    return (
      getComputedStyle(document.documentElement)
        .getPropertyValue('--cg-stylesheet-' + name)
        .trim() !== ''
    );
  } catch {
    return false;
  }
}

/**
 * Injects one part of our stylesheet once, with the CSP nonce of the tag that loaded cookiegate. A page that has the
 * part already (linked or bundled `cookiegate.css`, or `init(config, { styles: false })`) gets no second copy.
 *
 * @param name the part (`base`, `ui`), also set as `data-cg-style` for the page's own inspection
 * @param css the minified stylesheet text
 */
export function injectStyle(name: string, css: string): void {
  if (!areStylesInjected()) return;
  // Ours by content, not by a name the page's markup could also carry (an element named like ours must not keep our
  // styles out). The UI and placeholder files each carry the UI part: whichever comes first injects it.
  for (const el of document.querySelectorAll('style[data-cg-style]')) if (el.textContent === css) return;
  if (isInPage(name)) return;
  const style = document.createElement('style');
  style.setAttribute('data-cg-style', name);
  const nonce = getNonce();
  if (nonce) style.nonce = nonce;
  style.textContent = css;
  (document.head || document.documentElement).appendChild(style);
}
