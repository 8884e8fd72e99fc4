import { getNonce } from '../core/kernel';

/**
 * Injects one part of our stylesheet once, with the CSP nonce of the tag that loaded cookiegate. A page that links
 * `cookiegate.css` itself (a CSP without nonces) has every part already and gets no second copy.
 *
 * @param name the part (`base`, `ui`), also set as `data-cg-style` for the page's own inspection
 * @param css the minified stylesheet text
 */
export function injectStyle(name: string, css: string): void {
  if (document.querySelector('link[rel~="stylesheet"][href*="cookiegate"]')) return;
  // Ours by content, not by a name the page's markup could also carry (an element named like ours must not keep our
  // styles out). The UI and placeholder files each carry the UI part: whichever comes first injects it.
  for (const el of document.querySelectorAll('style[data-cg-style]')) if (el.textContent == css) return;
  const style = document.createElement('style');
  style.setAttribute('data-cg-style', name);
  const nonce = getNonce();
  if (nonce) style.nonce = nonce;
  style.textContent = css;
  (document.head || document.documentElement).appendChild(style);
}
