/**
 * The scheme a browser would read from `url`, lower case, or `''` for a relative URL. Browsers drop tabs and newlines
 * inside a URL and control characters and spaces around it, so `java\tscript:` is `javascript:`; we drop every space
 * and control character before reading, which finds a scheme wherever a browser could.
 */
function schemeOf(url: string): string {
  const scheme = /^([a-z][\w+.-]*):/i.exec(url.replace(/[\s\u0000-\u001f\u007f]+/g, ''));
  return scheme ? scheme[1]!.toLowerCase() : '';
}

/**
 * `true` for a URL cookiegate may load, fetch or send to: http(s) or relative. What config URLs (`policyUrl`,
 * `records.endpoint`, `translations`) and activated `data-src`/`data-href` must be.
 *
 * @example isSafeUrl('/privacy') // true; isSafeUrl('javascript:alert(1)') // false
 */
export function isSafeUrl(url: string): boolean {
  const scheme = schemeOf(url);
  return !scheme || scheme === 'http' || scheme === 'https';
}

/**
 * `true` for a URL a visitor may follow from a link in config texts (`[text](url)`): what `isSafeUrl` passes, and
 * `mailto:` and `tel:` (a data protection officer's address).
 *
 * @example isSafeLink('mailto:dpo@example.com') // true; isSafeLink('data:text/html,x') // false
 */
export function isSafeLink(url: string): boolean {
  return isSafeUrl(url) || /^(mailto|tel)$/.test(schemeOf(url));
}
