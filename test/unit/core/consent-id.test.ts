import { afterEach, describe, expect, it, vi } from 'vitest';
import { newConsentId } from '../../../src/core/engine/consent-id';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('newConsentId', () => {
  it('is a v4 UUID, new on every call', () => {
    const ids = Array.from({ length: 50 }, newConsentId);
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(50);
  });

  it('builds a v4 UUID from random bytes where randomUUID throws (outside a secure context)', () => {
    const getRandomValues = vi.fn((bytes: Uint8Array) => bytes.fill(0xff));
    vi.stubGlobal('crypto', {
      randomUUID: () => {
        throw new Error('not a secure context');
      },
      getRandomValues,
    });
    // Every byte 0xff: only the version and variant bits differ from all ones.
    expect(newConsentId()).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(getRandomValues).toHaveBeenCalledOnce();
  });

  it('still gives a v4 UUID with no crypto at all', () => {
    vi.stubGlobal('crypto', undefined);
    expect(newConsentId()).toMatch(UUID_V4);
  });
});
