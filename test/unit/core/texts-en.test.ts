// @vitest-environment node
/**
 * The built-in English texts (src/core/texts/texts-en.ts): the source every locale is checked against
 * (test/unit/locales/locales.test.ts). Here, what the English itself must be: complete, filled in, with each
 * placeholder where the UI fills it, and a refusal worded as plainly as an acceptance.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORY_IDS } from '../../../src/core/engine/defaults';
import { TEXTS_EN } from '../../../src/core/texts/texts-en';

/** Every text with its path (`banner.title`). */
function texts(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as object).flatMap(([key, inner]) => texts(inner, path ? path + '.' + key : key));
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the English texts', () => {
  it('are all filled in, without stray spaces', () => {
    for (const [path, text] of texts(TEXTS_EN)) {
      expect(text.trim(), path).not.toBe('');
      expect(text, path).toBe(text.trim());
      expect(text, path).not.toMatch(/ {2}/);
    }
  });

  it('describe each built-in category', () => {
    expect(Object.keys(TEXTS_EN.categories)).toEqual([...DEFAULT_CATEGORY_IDS]);
  });

  it('use only the placeholders the UI fills, each where it is filled', () => {
    const expected: Record<string, string[]> = {
      'banner.description': ['controller'],
      'placeholder.title': ['service'],
      'placeholder.text': ['category', 'service'],
      'placeholder.allow': ['service'],
      gpc: ['categories'],
      'notice.optOut': ['controller'],
      'notice.info': ['controller'],
    };
    const found = Object.fromEntries(
      texts(TEXTS_EN)
        .filter(([, text]) => placeholders(text).length)
        .map(([path, text]) => [path, placeholders(text)]),
    );
    expect(found).toEqual(expected);
  });

  it('offer a refusal on the first layer as plainly as an acceptance, and name the way back', () => {
    expect(TEXTS_EN.banner.rejectAll).toBe('Reject all');
    expect(TEXTS_EN.banner.acceptAll).toBe('Accept all');
    expect(TEXTS_EN.banner.description).toContain(TEXTS_EN.reopen);
    expect(TEXTS_EN.notice.optOut).toContain(TEXTS_EN.notice.choices);
  });
});
