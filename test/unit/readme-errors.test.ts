/**
 * README.md's "Errors and advice" has one row per code of the catalogue (src/core/engine/errors.ts), showing the line
 * as the console shows it: the right prefix (`cookiegate advice:` for the codes `levelOf` calls advice) and the catalogue's
 * own words, with `…` where the line fills something in. A new code without a README row, or a reworded message,
 * fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { levelOf, type ProblemCode } from '../../src/core/engine/errors';
import { MESSAGES } from '../../src/core/engine/messages';

const ROOT = join(__dirname, '../..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('\n## Errors and advice\n'), readme.indexOf('\n## ', readme.indexOf('\n## Errors and advice\n') + 5));

/** The rows of the table, by code: the shown line (without backticks) and the advice. */
const rows = new Map<string, { shown: string; todo: string }>();
for (const [, code, shown, todo] of section.matchAll(/^\| `(\w+)` \| `(.+?)` \| (.+) \|$/gm)) rows.set(code!, { shown: shown!, todo: todo! });

describe('README "Errors and advice"', () => {
  it('exists and lists no code the catalogue lacks', () => {
    expect(section.length).toBeGreaterThan(100);
    expect([...rows.keys()].filter((code) => !(code in MESSAGES))).toEqual([]);
  });

  for (const code of Object.keys(MESSAGES) as ProblemCode[]) {
    it(`has the ${code} line with its prefix, the catalogue's words, and what to do`, () => {
      const row = rows.get(code);
      expect(row, 'a row for ' + code).toBeDefined();
      const prefix = levelOf(code) === 'advice' ? 'cookiegate advice: ' : 'cookiegate: ';
      expect(row!.shown.startsWith(prefix)).toBe(true);
      // After the place (`<path>: `), the catalogue's words exactly, each placeholder filled with something.
      const shownMessage = row!.shown.slice(row!.shown.indexOf(': ', prefix.length) + 2);
      const pattern = MESSAGES[code]
        .split(/\{\d\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.+');
      expect(shownMessage).toMatch(new RegExp('^' + pattern + '$'));
      expect(row!.todo.length).toBeGreaterThan(20);
    });
  }
});
