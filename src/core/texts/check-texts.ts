/**
 * Texts a site owner or a locale file gives: the string leaves of the English texts' shape are kept, anything else is
 * reported with its path and left out. Checked where texts come in: inline `translations` in the config, and each
 * locale file when it arrives.
 */
import type { TextsOverride } from '../types';
import { describe, ownValue, problem, setOwn, type Problem } from '../kernel';
import { TEXTS_EN } from './texts-en';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const TEXT_SECTIONS = ['banner', 'modal', 'placeholder', 'notice', 'categories'];
const TEXT_STRINGS = ['reopen', 'gpc'];

/**
 * Keeps the string leaves of a translation; reports anything else. Unknown text keys are reported too.
 */
export function checkTexts(input: Obj, path: string, add: (p: Problem) => void): TextsOverride {
  const out: Obj = {};
  for (const [key, value] of Object.entries(input)) {
    const p = path + '.' + key;
    if (TEXT_STRINGS.includes(key)) {
      if (typeof value === 'string') out[key] = value;
      else add(problem('type', p, 'a string', describe(value)));
    } else if (TEXT_SECTIONS.includes(key)) {
      if (!isObj(value)) {
        add(problem('type', p, 'an object of texts', describe(value)));
        continue;
      }
      const section: Obj = {};
      for (const [k, v] of Object.entries(value)) {
        if (key === 'categories') {
          if (isObj(v)) {
            const c: Obj = {};
            for (const [ck, cv] of Object.entries(v)) {
              if ((ck === 'title' || ck === 'description') && typeof cv === 'string') c[ck] = cv;
              else add(problem('type', p + '.' + k + '.' + ck, 'title or description, a string', describe(cv)));
            }
            setOwn<unknown>(section, k, c);
          } else add(problem('type', p + '.' + k, 'an object { title, description }', describe(v)));
        } else if (ownValue(TEXTS_EN[key as 'banner'] as Record<string, string>, k) === undefined) {
          add(problem('unknownKey', p + '.' + k, k, Object.keys(TEXTS_EN[key as 'banner']).join(', ')));
        } else if (typeof v === 'string') section[k] = v;
        else add(problem('type', p + '.' + k, 'a string', describe(v)));
      }
      out[key] = section;
    } else {
      add(problem('unknownKey', p, key, TEXT_SECTIONS.concat(TEXT_STRINGS).join(', ')));
    }
  }
  return out as TextsOverride;
}
