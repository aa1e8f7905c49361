/**
 * The project map's style expressions, evaluated with MapLibre's own expression engine
 * (feature properties + feature-state), and validated as layer specs.
 */
import { describe, expect, it } from 'vitest';
import { createExpression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import {
  emphasisOpacity,
  nodeRadius,
  relationLayout,
  relationPaint,
  relationWidth,
  ringColor,
  ringWidth,
} from '../../../src/lib/map/style/expressions';
import { HIGHLIGHT, RELATION_STYLES } from '../../../src/lib/palette';
import { visibleFeatures } from '../../../src/lib/map/map-data';

type State = Record<string, boolean>;

/** Evaluate a style expression for one feature at `zoom`. */
function evaluate(
  expr: unknown,
  { props = {}, state = {}, zoom = 6 }: { props?: object; state?: State; zoom?: number } = {},
): unknown {
  const parsed = createExpression(expr, 'test');
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate(
    { zoom },
    { type: 'LineString', properties: props } as never,
    state as never,
  );
}

const DIM = HIGHLIGHT.dimOpacity;

describe('emphasisOpacity', () => {
  it.each<[string, State, boolean, number]>([
    ['plain, nothing selected', {}, false, 0.8],
    ['plain, something selected or highlighted', {}, true, DIM],
    ['filtered out', { hidden: true }, false, 0],
    ['filtered out even if highlighted', { hidden: true, highlighted: true }, true, 0],
    ['selected', { selected: true }, true, 1],
    ['related', { related: true }, true, 1],
    ['hovered', { hover: true }, true, 1],
    ['highlighted', { highlighted: true }, true, 1],
  ])('%s', (_, state, dim, expected) => {
    expect(evaluate(emphasisOpacity(0.8, dim), { state })).toBe(expected);
  });

  it('never raises a base below the dimmed level', () => {
    expect(evaluate(emphasisOpacity(0.1, true))).toBe(0.1);
  });

  it('takes a per-feature base', () => {
    const e = emphasisOpacity(['get', 'o'], true);
    expect(evaluate(e, { props: { o: 0.9 } })).toBe(DIM);
    expect(evaluate(e, { props: { o: 0.1 } })).toBe(0.1);
    expect(evaluate(emphasisOpacity(['get', 'o'], false), { props: { o: 0.9 } })).toBe(0.9);
  });
});

describe('node rings and radii', () => {
  it.each<[string, State]>([
    ['selected', { selected: true }],
    ['highlighted', { highlighted: true }],
    ['hovered', { hover: true }],
  ])('%s: black ring, wider than plain, larger disc', (_, state) => {
    expect(evaluate(ringColor('#123456'), { state })).toBe(HIGHLIGHT.selected);
    expect(evaluate(ringWidth(1.5), { state })).toBeGreaterThan(1.5);
    expect(evaluate(nodeRadius(9), { state })).toBeGreaterThan(evaluate(nodeRadius(9)) as number);
  });

  it('plain nodes keep their ring', () => {
    expect(evaluate(ringWidth(1.5))).toBe(1.5);
    expect(evaluate(ringColor('#123456'))).toBe('#123456');
  });
});

describe('relation lines: one layer, styled per feature', () => {
  const paint = relationPaint(false);
  it.each<[string, object, keyof typeof RELATION_STYLES]>([
    ['member', { kind: 'member', documented: false }, 'member'],
    ['partner', { kind: 'partner', documented: false }, 'partner'],
    ['network', { kind: 'network', documented: false }, 'network'],
    ['documented partner: the document wins', { kind: 'partner', documented: true }, 'documented'],
    ['documented member', { kind: 'member', documented: true }, 'documented'],
    ['unknown kind: drawn as member', { kind: 'other', documented: false }, 'member'],
  ])('%s', (_, props, style) => {
    const s = RELATION_STYLES[style];
    expect(evaluate(paint['line-color'], { props })).toBe(s.color);
    expect(evaluate(paint['line-dasharray'], { props })).toEqual(s.dash ? [...s.dash] : [1, 0]);
    expect(evaluate(paint['line-opacity'], { props })).toBe(s.opacity);
    expect(evaluate(relationLayout()['line-cap'], { props })).toBe(s.dash ? 'butt' : 'round');
  });

  it.each<[string, State]>([
    ['related', { related: true }],
    ['hovered', { hover: true }],
    ['highlighted', { highlighted: true }],
  ])('%s lines are wider and stay strong', (_, state) => {
    const props = { kind: 'partner', documented: false };
    for (const zoom of [4, 10])
      expect(evaluate(relationWidth(), { props, state, zoom })).toBeGreaterThan(
        evaluate(relationWidth(), { props, zoom }) as number,
      );
    expect(evaluate(relationPaint(true)['line-opacity'], { props, state })).toBe(1);
    expect(evaluate(relationPaint(true)['line-opacity'], { props })).toBeLessThan(1);
  });

  it('a dense map: no dasharray, thin widths at every zoom, colour and opacity kept', () => {
    const solid = relationPaint(false, true);
    expect(solid).not.toHaveProperty('line-dasharray');
    expect(relationLayout(true)['line-cap']).toBe('round');
    for (const kind of ['member', 'partner', 'network'] as const) {
      const props = { kind, documented: false };
      expect(evaluate(solid['line-color'], { props })).toBe(RELATION_STYLES[kind].color);
      expect(evaluate(solid['line-opacity'], { props })).toBe(RELATION_STYLES[kind].opacity);
      for (const zoom of [4, 7, 12]) expect(evaluate(solid['line-width'], { props, zoom })).toBe(1);
    }
    const doc = { kind: 'partner', documented: true };
    expect(evaluate(solid['line-width'], { props: doc })).toBeGreaterThan(1);
    expect(evaluate(solid['line-width'], { props: doc, state: { related: true } })).toBeGreaterThan(
      evaluate(solid['line-width'], { props: doc }) as number,
    );
  });

  it('is a valid line layer (data-driven dasharray and cap)', () => {
    const style = {
      version: 8,
      sources: { r: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
      layers: [
        {
          id: 'l',
          type: 'line',
          source: 'r',
          layout: relationLayout(),
          paint: relationPaint(true),
        },
        {
          id: 'd',
          type: 'line',
          source: 'r',
          layout: relationLayout(false),
          paint: relationPaint(true, false),
        },
      ],
    } as unknown as StyleSpecification;
    expect(validateStyleMin(style)).toEqual([]);
  });
});

describe('visibleFeatures', () => {
  const fc = {
    type: 'FeatureCollection' as const,
    features: ['a', 'b', 'c'].map((id) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [10, 50] },
      properties: { id },
    })),
  };

  it.each([
    [
      ['a', 'c'],
      ['a', 'c'],
    ],
    [[], []],
    [['x'], []],
    [
      ['a', 'b', 'c'],
      ['a', 'b', 'c'],
    ],
  ])('keeps %o → %o', (ids, expected) => {
    expect(visibleFeatures(fc, new Set(ids)).features.map((f) => f.properties.id)).toEqual(
      expected,
    );
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify(fc);
    visibleFeatures(fc, new Set(['a']));
    expect(JSON.stringify(fc)).toBe(before);
  });
});
