// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { areStylesInjected, setStylesInjected } from '../../../src/core/platform/styles-setting';

describe('whether cookiegate injects its styles', () => {
  it('does by default, not after { styles: false }, and does again when turned back on', () => {
    expect(areStylesInjected()).toBe(true);
    setStylesInjected(false);
    expect(areStylesInjected()).toBe(false);
    setStylesInjected(true);
    expect(areStylesInjected()).toBe(true);
  });
});
