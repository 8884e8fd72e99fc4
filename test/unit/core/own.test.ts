import { describe, expect, it } from 'vitest';
import { ownValue, setOwn } from '../../../src/core/engine/own';

describe('ownValue and setOwn', () => {
  it('ownValue answers only for own keys: not for Object.prototype members, not for a missing object', () => {
    expect(ownValue({}, 'constructor')).toBeUndefined();
    expect(ownValue({}, 'toString')).toBeUndefined();
    expect(ownValue({ constructor: 1 }, 'constructor')).toBe(1);
    expect(ownValue(undefined, 'x')).toBeUndefined();
  });

  it('setOwn keeps __proto__ as an own key that JSON.stringify writes, and leaves the prototype alone', () => {
    const record: Record<string, boolean> = {};
    setOwn(record, '__proto__', true);
    setOwn(record, 'ga', false);
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(JSON.stringify(record)).toBe('{"__proto__":true,"ga":false}');
    expect(ownValue(record, '__proto__')).toBe(true);
    // A plain assignment would have lost it: the contrast this helper exists for.
    const plain: Record<string, unknown> = {};
    // biome-ignore lint/suspicious/noProto: the plain assignment this test contrasts setOwn with
    plain.__proto__ = true;
    expect(JSON.stringify(plain)).toBe('{}');
  });
});
