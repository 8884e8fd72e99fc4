// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/core/engine/errors';
import { checkTexts } from '../../../src/core/texts/check-texts';

/** Texts from a config's `translations` or a locale file (src/core/texts/check-texts.ts). */
describe('checkTexts', () => {
  it('keeps the string leaves of the English shape and reports everything else with its path', () => {
    const problems: Problem[] = [];
    const texts = checkTexts(
      { reopen: 'Cookies', banner: { title: 'Hallo', nope: 'x', description: 3 }, categories: { performance: { title: 'Statistiek', extra: 1 } }, footer: 'x' },
      'translations.nl',
      (p) => problems.push(p),
    );
    expect(texts).toEqual({ reopen: 'Cookies', banner: { title: 'Hallo' }, categories: { performance: { title: 'Statistiek' } } });
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['unknownKey', 'translations.nl.banner.nope'],
      ['type', 'translations.nl.banner.description'],
      ['type', 'translations.nl.categories.performance.extra'],
      ['unknownKey', 'translations.nl.footer'],
    ]);
  });

  it('never lets a text key name an Object.prototype member', () => {
    const texts = checkTexts(JSON.parse('{"categories": {"__proto__": {"title": "x"}}}'), 'translations.nl', () => undefined);
    expect(Object.getPrototypeOf(texts.categories)).toBe(Object.prototype);
    expect(Object.hasOwn(texts.categories!, '__proto__')).toBe(true);
  });
});
