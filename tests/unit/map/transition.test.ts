/**
 * Paint transitions under reduced motion (style/transition.ts): which paint properties take a
 * `-transition`, checked against MapLibre's own style spec, and the calls `setPaint` makes.
 */
import { describe, expect, it } from 'vitest';
import { latest } from '@maplibre/maplibre-gl-style-spec';
import type { Map as MaplibreMap } from 'maplibre-gl';
import {
  NO_TRANSITION,
  isTransitionable,
  paintTransition,
  setPaint,
} from '../../../src/lib/map/style/transition';

/** Every paint property of every layer type in the spec, with its `transition` flag. */
const paintProperties = Object.entries(latest as unknown as Record<string, unknown>)
  .filter(([k]) => k.startsWith('paint_'))
  .flatMap(([, props]) =>
    Object.entries(props as Record<string, { transition?: boolean }>).map(
      ([name, spec]) => [name, spec.transition === true] as const,
    ),
  );

describe('isTransitionable', () => {
  it('agrees with the style spec for every paint property', () => {
    expect(paintProperties.length).toBeGreaterThan(80);
    const wrong = paintProperties.filter(([name, t]) => isTransitionable(name) !== t);
    expect(wrong).toEqual([]);
  });
  it('never gives a transition a transition', () => {
    expect(isTransitionable('circle-opacity-transition')).toBe(false);
  });
});

describe('paintTransition', () => {
  it('is none under reduced motion, else the style default', () => {
    expect(paintTransition(true)).toEqual({ duration: 0, delay: 0 });
    expect(paintTransition(false)).toBeUndefined();
  });
});

describe('setPaint', () => {
  const fake = () => {
    const calls: [string, string, unknown][] = [];
    const map = {
      setPaintProperty: (layer: string, name: string, value: unknown) =>
        calls.push([layer, name, value]),
    } as unknown as MaplibreMap;
    return { map, calls };
  };
  it('sets the transition before the value', () => {
    const { map, calls } = fake();
    setPaint(map, 'l', 'circle-opacity', 0.5, NO_TRANSITION);
    expect(calls).toEqual([
      ['l', 'circle-opacity-transition', { duration: 0, delay: 0 }],
      ['l', 'circle-opacity', 0.5],
    ]);
  });
  it('resets the transition to the style default without reduced motion', () => {
    const { map, calls } = fake();
    setPaint(map, 'l', 'text-opacity', 1, undefined);
    expect(calls).toEqual([
      ['l', 'text-opacity-transition', undefined],
      ['l', 'text-opacity', 1],
    ]);
  });
  it('sets only the value of a property without a transition', () => {
    const { map, calls } = fake();
    setPaint(map, 'l', 'line-gradient', ['get', 'x'], NO_TRANSITION);
    expect(calls).toEqual([['l', 'line-gradient', ['get', 'x']]]);
  });
});
