import { describe, expect, it } from 'vitest';
import { pushAll } from '../../../src/lib/util/arrays';

describe('pushAll', () => {
  it('appends in place and returns the target', () => {
    const a = [1];
    expect(pushAll(a, [2, 3])).toBe(a);
    expect(a).toEqual([1, 2, 3]);
  });

  it('takes more items than any engine takes arguments (500,000)', () => {
    const many = Array.from({ length: 500_000 }, (_, i) => i);
    // The spread this replaces throws here in Node and in Chromium.
    expect(() => ([] as number[]).push(...many.concat(many, many, many))).toThrow(RangeError);
    expect(pushAll([], many)).toHaveLength(500_000);
  });

  it('takes any iterable', () => {
    expect(pushAll([0], new Set([1, 2]))).toEqual([0, 1, 2]);
  });
});
