/**
 * axe-core in a test page: injects `node_modules/axe-core/axe.min.js` and runs it against the WCAG 2.x A/AA rules
 * and axe's best practices. Violations come back as short lines a failing test can print.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from './server';

export const AXE_PATH = join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** Selector and failure summary of every node that fails. */
  nodes: string[];
}

/** Tags axe runs: WCAG 2.0/2.1/2.2 A and AA plus best practices (landmarks, headings). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe on the whole document (the page with the banner or dialog open) and returns its violations.
 * Counts the rules that passed too, so a test can check axe actually looked at our UI.
 */
export async function runAxe(page: Page, include = 'html'): Promise<{ violations: AxeViolation[]; passes: number; checkedUi: boolean }> {
  if ((await page.evaluate('typeof window.axe')) !== 'object') {
    await page.addScriptTag({ path: AXE_PATH });
  }
  return page.evaluate(
    `(async function () {
      var result = await window.axe.run(${JSON.stringify(include)}, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} }, resultTypes: ['violations', 'passes'] });
      var checkedUi = result.passes.some(function (rule) { return rule.nodes.some(function (n) { return n.target.join(' ').indexOf('cg-') >= 0; }); });
      return {
        passes: result.passes.length,
        checkedUi: checkedUi,
        violations: result.violations.map(function (v) {
          return { id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(function (n) { return n.target.join(' ') + ': ' + n.failureSummary; }) };
        }),
      };
    })()`,
  ) as Promise<{ violations: AxeViolation[]; passes: number; checkedUi: boolean }>;
}

/** One line per violation and node, for `expect(…, formatViolations(v)).toEqual([])`. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `[${v.impact}] ${v.id}: ${v.help}\n  ` + v.nodes.join('\n  ')).join('\n');
}
