import { describe, expect, it } from 'vitest';
import { SHIPPED_LANGUAGES } from '../../../src/core/texts/language';
import { REOPEN_LABELS } from '../../../src/locales/reopen-labels';

describe('re-open labels in the gate', () => {
  it('equal each shipped locale’s own "reopen" text, for every shipped locale and no other', async () => {
    const fromLocales: Record<string, string> = {};
    for (const code of SHIPPED_LANGUAGES) fromLocales[code] = (await import(`../../../src/locales/${code}.ts`)).default.reopen;
    expect(REOPEN_LABELS).toEqual(fromLocales);
  });
});
