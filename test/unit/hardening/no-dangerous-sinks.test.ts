/**
 * Source checks: cookiegate never builds code or markup from strings. Comments are stripped first, so a doc
 * comment may still name what we avoid.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '../../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Source without comments (block and line), strings kept: a sink inside a string would still be a sink. */
const code = (path: string) =>
  readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:\\])\/\/.*$/gm, '$1');

const SINKS: Array<[string, RegExp]> = [
  ['eval(', /\beval\s*\(/],
  ['new Function', /\bnew\s+Function\b|\bFunction\s*\(/],
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\s*\.\s*write(ln)?\b/],
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['createContextualFragment', /createContextualFragment/],
  ['DOMParser', /\bDOMParser\b/],
  ['setTimeout/setInterval with a string', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
];

/**
 * Blocking by host wraps the page's own `innerHTML`, `insertAdjacentHTML` and `document.write` to hold what the HTML
 * loads: it parses the page's HTML inertly (a template) and passes it on; it never builds markup of its own.
 */
const WRAPS_PAGE_SINKS = ['core/auto-block/index.ts'];

describe('source has no code or markup sinks', () => {
  const all = files(SRC).filter((f) => !WRAPS_PAGE_SINKS.includes(relative(SRC, f)));

  it('finds the source files it checks', () => {
    expect(all.map((f) => relative(SRC, f))).toEqual(expect.arrayContaining(['core/engine/activate.ts', 'core/engine/config.ts', 'auto.ts', 'ui/mount.tsx']));
  });

  for (const [name, pattern] of SINKS) {
    it(`never uses ${name}`, () => {
      const hits = all.filter((f) => pattern.test(code(f))).map((f) => relative(SRC, f));
      expect(hits).toEqual([]);
    });
  }

  it('the checks would catch a sink (self-test on a sample)', () => {
    const sample = 'el.innerHTML = x; eval(y); new Function("z"); document.write(a); el.insertAdjacentHTML("x", b)';
    expect(SINKS.filter(([, p]) => p.test(sample)).map(([n]) => n)).toEqual(['eval(', 'new Function', 'innerHTML', 'insertAdjacentHTML', 'document.write']);
  });

  it("leaves out only the code that wraps the page's own sinks, which uses no eval or string timers", () => {
    const wrapper = code(join(SRC, WRAPS_PAGE_SINKS[0]!));
    expect(SINKS.filter(([name, p]) => p.test(wrapper) && !['innerHTML', 'insertAdjacentHTML', 'document.write'].includes(name)).map(([n]) => n)).toEqual([]);
  });

  it('creates a Trusted Types policy only under the name cookiegate', () => {
    const hits = all.flatMap((f) => [...code(f).matchAll(/createPolicy\(\s*(['"`])([^'"`]+)\1/g)].map((m) => m[2]));
    expect(hits).toEqual(['cookiegate']);
  });
});
