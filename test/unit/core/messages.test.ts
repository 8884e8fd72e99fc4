// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CONFIG_MESSAGES } from '../../../src/core/engine/config-messages';
import { RUNTIME_MESSAGES } from '../../../src/core/engine/errors';
import { MESSAGES } from '../../../src/core/engine/messages';

/**
 * The catalogue in two parts (src/core/engine/errors.ts for the gate, config-messages.ts for the config check) and as
 * one (messages.ts). Every code's text, level and fix are tested in errors.test.ts.
 */
describe('MESSAGES', () => {
  it('is both parts, and no code is in both', () => {
    expect(Object.keys(RUNTIME_MESSAGES).filter((code) => code in CONFIG_MESSAGES)).toEqual([]);
    expect(MESSAGES).toEqual({ ...RUNTIME_MESSAGES, ...CONFIG_MESSAGES });
  });

  it('the config check builds its problems from its own part', async () => {
    const { configProblem } = await import('../../../src/core/engine/config-messages');
    expect(configProblem('readOnly', 'categories.performance.readOnly', 'performance')).toEqual({
      code: 'readOnly',
      path: 'categories.performance.readOnly',
      message: 'categories.performance.readOnly: only strictly necessary storage may be always on; "performance" needs consent',
    });
  });
});
