import { describe, expect, it } from 'vitest';
import { shortHash } from '../../../src/core/platform/hash';

describe('shortHash (32-bit FNV-1a, base 36)', () => {
  it('gives the published FNV-1a test vectors', () => {
    expect(shortHash('')).toBe((0x811c9dc5).toString(36));
    expect(shortHash('a')).toBe((0xe40c292c).toString(36));
    expect(shortHash('foobar')).toBe((0xbf9cf968).toString(36));
  });

  it('is stable and tells a one-character change apart (how a changed config is noticed)', () => {
    const config = JSON.stringify({ revision: 1, categories: ['performance'] });
    expect(shortHash(config)).toBe(shortHash(config));
    expect(shortHash(config.replace('1', '2'))).not.toBe(shortHash(config));
    expect(shortHash(config)).toMatch(/^[0-9a-z]{1,7}$/);
  });
});
