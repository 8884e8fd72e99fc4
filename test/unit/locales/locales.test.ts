// @vitest-environment node
/**
 * Every shipped locale (`src/locales/<code>.ts`) against the English texts: the same keys, the same `{placeholders}`
 * and the same link and emphasis markup in each text, nothing left empty or untranslated where English words would
 * show, and each built file (`dist/locales/<code>.json`, what the script tag fetches) small enough to fetch on a
 * slow line. The size check runs against the built dist/: `npm run build` first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { TEXTS_EN } from '../../../src/core/texts/texts-en';
import { LOCALE_CODES } from '../../../src/locales/reopen-labels';
import type { Texts } from '../../../src/core/types';

const ROOT = join(__dirname, '../../..');
const MAX_BROTLI_BYTES = 1500;

/** Every text of `texts` by its path (`banner.title`, `categories.social.description`). */
function flatten(texts: object, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(texts).flatMap(([key, value]) =>
      value && typeof value === 'object' ? Object.entries(flatten(value, prefix + key + '.')) : [[prefix + key, value]],
    ),
  );
}

const ENGLISH = flatten(TEXTS_EN);
const placeholders = (text: string) => (text.match(/\{\w+\}/g) || []).sort();
/** Link and emphasis markup of a text: `[label](url)` keeps its URL, `*text*` counts. */
const markup = (text: string) => ({ links: [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).sort(), emphasis: (text.match(/\*[^*]+\*/g) || []).length });

describe.each([...LOCALE_CODES])('locale %s', (code) => {
  const load = async () => flatten(((await import(`../../../src/locales/${code}.ts`)) as { default: Texts }).default);

  it('has every key of the English texts and no other', async () => {
    expect(Object.keys(await load()).sort()).toEqual(Object.keys(ENGLISH).sort());
  });

  it('keeps the {placeholders} and the link and emphasis markup of each English text', async () => {
    const texts = await load();
    for (const [key, english] of Object.entries(ENGLISH)) {
      expect({ key, placeholders: placeholders(texts[key] ?? '') }).toEqual({ key, placeholders: placeholders(english) });
      expect({ key, ...markup(texts[key] ?? '') }).toEqual({ key, ...markup(english) });
    }
  });

  it('translates: no text is empty, and the sentences are not the English ones', async () => {
    const texts = await load();
    for (const [key, text] of Object.entries(texts)) expect({ key, empty: !text.trim() }).toEqual({ key, empty: false });
    for (const key of ['banner.description', 'modal.description', 'placeholder.text', 'gpc', 'notice.optOut', 'notice.info'])
      expect(texts[key]).not.toBe(ENGLISH[key]);
  });

  it(`is at most ${MAX_BROTLI_BYTES} bytes brotli as the built dist/locales/${code}.json`, () => {
    const file = join(ROOT, 'dist/locales', code + '.json');
    if (!existsSync(file)) throw new Error(file + ' missing: run `npm run build` first');
    const json = readFileSync(file);
    expect(JSON.parse(json.toString('utf8'))).toBeTypeOf('object');
    expect(brotliCompressSync(json, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length).toBeLessThanOrEqual(MAX_BROTLI_BYTES);
  });
});
