/**
 * Content Security Policy violations as the page sees them: an init script records every
 * `securitypolicyviolation` event (fired before any page script can run), so a test can assert "zero violations"
 * together with the console messages Chromium prints for blocked resources.
 *
 * @example
 * const s = await h.open({ initScript: CSP_VIOLATION_RECORDER, path });
 * expect(await cspViolations(s.page)).toEqual([]);
 */
import type { Page } from 'playwright-core';

/** One recorded violation, reduced to what tells a person what was blocked. */
export interface CspViolation {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  sample: string;
}

/** Init script for `open({ initScript })`: pushes each violation to `window.__cspViolations`. */
export const CSP_VIOLATION_RECORDER =
  'window.__cspViolations = [];' +
  "window.addEventListener('securitypolicyviolation', function (e) {" +
  'window.__cspViolations.push({ directive: e.effectiveDirective || e.violatedDirective, blockedURI: e.blockedURI,' +
  " sourceFile: e.sourceFile || '', sample: e.sample || '' }); }, true);";

/** Violations recorded so far in the page. */
export function cspViolations(page: Page): Promise<CspViolation[]> {
  return page.evaluate('window.__cspViolations || []') as Promise<CspViolation[]>;
}

/** Console lines Chromium prints when CSP blocks something ("Refused to load…", "…violates the following Content Security Policy…"). */
export function cspConsoleMessages(messages: string[]): string[] {
  return messages.filter((text) => /Content Security Policy|Refused to (load|execute|apply|evaluate)/i.test(text));
}
