// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { getNonce, setNonce } from '../../../src/core/platform/nonce';

describe('the CSP nonce', () => {
  it('is none until set, then the value set, and none again for an empty or missing value', () => {
    expect(getNonce()).toBeUndefined();
    setNonce('r4nd0m');
    expect(getNonce()).toBe('r4nd0m');
    // `<script nonce="">` and `init({ nonce: '' })` mean no nonce: an empty attribute would match no CSP source.
    setNonce('');
    expect(getNonce()).toBeUndefined();
    setNonce('again');
    setNonce(undefined);
    expect(getNonce()).toBeUndefined();
  });
});
