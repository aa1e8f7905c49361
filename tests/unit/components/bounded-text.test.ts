import { describe, expect, it } from 'vitest';
import { ellipsize } from '../../../src/lib/components/bounded-text';

describe('ellipsize', () => {
  it.each([
    ['Bamberg', 10, 'Bamberg', false],
    ['Bamberg', 3, 'Bam…', true],
    ['A '.repeat(10), 3, 'A A…', true],
    ['👩‍👩‍👧‍👦x', 1, '👩‍👩‍👧‍👦…', true],
    ['e\u0301e\u0301e\u0301', 2, 'e\u0301e\u0301…', true],
  ])('%j, %i → %j', (text, max, want, cut) => {
    expect(ellipsize(text, max)).toEqual({ text: want, cut });
  });

  it('bounds a 100,000-character value', () => {
    const r = ellipsize('x'.repeat(100_000), 80);
    expect(r.cut).toBe(true);
    expect(r.text.length).toBe(81);
  });
});
