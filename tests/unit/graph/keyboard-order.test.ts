import { describe, expect, it } from 'vitest';
import {
  arrowDirection,
  degreeOrder,
  ringOrder,
  stepIn,
} from '../../../src/lib/graph/keyboard-order';

describe('ringOrder', () => {
  // Centre 0 at the origin; 1 east, 2 south (screen y down), 3 west, 4 north.
  const positions = [0, 0, 10, 0, 0, 10, -10, 0, 0, -10];
  it('walks clockwise on screen from the east', () => {
    expect(ringOrder(positions, 0, [4, 3, 2, 1])).toEqual([1, 2, 3, 4]);
  });
  it('drops hidden nodes, duplicates and the centre itself', () => {
    expect(ringOrder(positions, 0, [1, 1, 0, 2, 3], [0, 0, 1, 0, 0])).toEqual([1, 3]);
  });
  it('ties at the same angle go by index', () => {
    expect(ringOrder([0, 0, 5, 0, 10, 0], 0, [2, 1])).toEqual([1, 2]);
  });
});

describe('degreeOrder', () => {
  it('highest degree first, ties by index, hidden left out', () => {
    expect(degreeOrder([1, 3, 3, 0, 5], [0, 0, 0, 0, 1])).toEqual([1, 2, 0, 3]);
  });
});

describe('stepIn', () => {
  // order, current, dir, expected
  const cases: [number[], number, 1 | -1, { node: number; position: number } | null][] = [
    [[5, 6, 7], -1, 1, { node: 5, position: 0 }],
    [[5, 6, 7], -1, -1, { node: 7, position: 2 }],
    [[5, 6, 7], 5, 1, { node: 6, position: 1 }],
    [[5, 6, 7], 7, 1, { node: 5, position: 0 }],
    [[5, 6, 7], 5, -1, { node: 7, position: 2 }],
    [[], 3, 1, null],
  ];
  it.each(cases)('%j from %s by %s', (order, current, dir, expected) => {
    expect(stepIn(order, current, dir)).toEqual(expected);
  });
});

describe('arrowDirection', () => {
  it.each([
    ['ArrowRight', 1],
    ['ArrowDown', 1],
    ['ArrowLeft', -1],
    ['ArrowUp', -1],
    ['Enter', 0],
  ] as const)('%s → %s', (key, dir) => {
    expect(arrowDirection(key)).toBe(dir);
  });
});
