// @vitest-environment happy-dom
/**
 * Reading the Global Privacy Control signal (src/core/integrations/gpc.ts). What the signal then does to a choice is
 * the consent policy's (test/unit/core/consent-policy.test.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/core/engine/defaults';
import { readGpcSignal } from '../../../src/core/integrations/gpc';

/** The browser sends `value` as `navigator.globalPrivacyControl`. */
const send = (value: unknown) => Object.defineProperty(navigator, 'globalPrivacyControl', { value, configurable: true });

afterEach(() => {
  delete (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl;
});

describe('the GPC signal', () => {
  it('counts when the browser sends true and the config honours GPC (the default)', () => {
    send(true);
    expect(readGpcSignal(DEFAULT_CONFIG)).toBe(true);
  });

  it('does not count when the config sets gpc: false', () => {
    send(true);
    expect(readGpcSignal({ ...DEFAULT_CONFIG, gpc: false })).toBe(false);
  });

  it('counts only the boolean true, as the GPC spec says', () => {
    for (const value of [undefined, false, 'true', '1', 1]) {
      send(value);
      expect(readGpcSignal(DEFAULT_CONFIG)).toBe(false);
    }
  });

  it('is off, without an exception, when reading the signal throws', () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', {
      configurable: true,
      get() {
        throw new Error('blocked by an extension');
      },
    });
    expect(readGpcSignal(DEFAULT_CONFIG)).toBe(false);
  });
});
