// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { eraseRefusedCookies } from '../../../src/core/engine/cleanup';
import { parseConfig } from '../../../src/core/engine/config';
import { MAX_PATTERN_NAME } from '../../../src/core/engine/defaults';

const LONG = '_ga_' + 'a'.repeat(MAX_PATTERN_NAME);

afterEach(() => {
  for (const name of document.cookie
    .split(';')
    .map((c) => c.split('=')[0]!.trim())
    .filter(Boolean)) {
    document.cookie = name + '=; max-age=0; path=/';
  }
});

describe('eraseRefusedCookies', () => {
  it('erases refused cookies by name and by pattern; a pattern never sees a name longer than MAX_PATTERN_NAME', () => {
    const { config } = parseConfig({ categories: { performance: { services: { ga: { cookies: ['/^_ga_/', LONG.slice(0, -1) + 'b'] } } } } });
    for (const name of ['_ga_X1', LONG, LONG.slice(0, -1) + 'b', 'other']) document.cookie = name + '=1; path=/';
    // The exact name is erased at any length; the pattern leaves the over-long name alone.
    expect(eraseRefusedCookies(config, null).sort()).toEqual(['_ga_X1', LONG.slice(0, -1) + 'b'].sort());
  });
});
