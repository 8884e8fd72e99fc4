// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compileCookiePattern } from '../../../src/core/engine/cookie-pattern';
import { mayBacktrack, safeCookiePattern } from '../../../src/core/engine/pattern-safety';

/**
 * Cookie names as `/regex/` (src/core/engine/cookie-pattern.ts, pattern-safety.ts). The config check's problems for them (`regex`,
 * `slowRegex`) are in test/unit/core/config.test.ts; here, what the pattern helpers themselves promise.
 */
describe('cookie patterns', () => {
  it('compiles a /regex/ name with its flags but g and y, and leaves an exact name alone', () => {
    const pattern = compileCookiePattern('/^_ga_/gi')!;
    expect(pattern.source).toBe('^_ga_');
    expect(pattern.flags).toBe('i');
    expect(compileCookiePattern('_ga')).toBeUndefined();
    expect(() => compileCookiePattern('/(/')).toThrow();
  });

  it('sees patterns that could backtrack catastrophically, and passes the usual tracker ones', () => {
    for (const risky of ['(a+)+', '((a)+)+', '(a|a)*', 'a*a*a*!']) expect(mayBacktrack(risky), risky).toBe(true);
    for (const fine of ['^_ga_', '^_pk_(id|ses)\\.\\d+\\.[0-9a-f]+$', '^_hj']) expect(mayBacktrack(fine), fine).toBe(false);
  });

  it('for names from outside the config: null for a slow or broken pattern (skipped), undefined for an exact name', () => {
    expect(safeCookiePattern('/(a+)+$/')).toBeNull();
    expect(safeCookiePattern('/(/')).toBeNull();
    expect(safeCookiePattern('_ga')).toBeUndefined();
    expect(safeCookiePattern('/^_gcl_/')).toBeInstanceOf(RegExp);
  });
});
