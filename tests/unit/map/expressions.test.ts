/**
 * The project map's style expressions, evaluated with MapLibre's own expression engine
 * (feature properties + feature-state), and validated as layer specs.
 */
import { describe, expect, it } from 'vitest';
import {
  createExpression,
  normalizePropertyExpression,
  latest as styleSpec,
  validateStyleMin,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import {
  LINE_LAYER_KINDS,
  emphasisOpacity,
  lineKindFilter,
  nodeRadius,
  relationLineLayout,
  relationLinePaint,
  ringColor,
  ringWidth,
  type RelationLineOptions,
} from '../../../src/lib/map/style/expressions';
import { HIGHLIGHT, RELATION_STYLES, type LineKind } from '../../../src/lib/palette';
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

describe('relation lines: a layer per line style, constant paint', () => {
  it.each<[string, object, LineKind]>([
    ['member', { kind: 'member', documented: false }, 'member'],
    ['partner', { kind: 'partner', documented: false }, 'partner'],
    ['network', { kind: 'network', documented: false }, 'network'],
    ['solution', { kind: 'solution', documented: false }, 'solution'],
    ['documented partner: the document wins', { kind: 'partner', documented: true }, 'documented'],
    ['documented member', { kind: 'member', documented: true }, 'documented'],
    ['unknown kind: drawn as member', { kind: 'other', documented: false }, 'member'],
    ['no kind at all: drawn as member', {}, 'member'],
  ])('%s: drawn by exactly one layer', (_, props, kind) => {
    const drawnBy = LINE_LAYER_KINDS.filter((k) => evaluate(lineKindFilter(k), { props }));
    expect(drawnBy).toEqual([kind]);
  });

  const variants: [string, RelationLineOptions][] = [
    ['resting', {}],
    ['dimmed', { dim: true }],
    ['strong', { strong: true }],
    ['dense', { dense: true }],
    ['dense, strong', { dense: true, strong: true }],
  ];
  it.each(variants)('%s: no paint property depends on a feature or its state', (_, o) => {
    // A per-feature value (data or feature-state) makes MapLibre build a shader program of
    // its own for the layer, the start's longest task under software rendering.
    for (const kind of LINE_LAYER_KINDS)
      for (const [name, value] of Object.entries(relationLinePaint(kind, o))) {
        const spec = (
          styleSpec.paint_line as unknown as Record<string, StylePropertySpecification>
        )[name];
        const { kind: how } = normalizePropertyExpression(value, `${kind}.paint.${name}`, spec);
        expect([kind, name, how]).toEqual([
          kind,
          name,
          expect.stringMatching(/^(constant|camera)$/),
        ]);
      }
  });

  it.each(LINE_LAYER_KINDS)('%s: its style, dimmed when something is selected', (kind) => {
    const s = RELATION_STYLES[kind];
    const paint = relationLinePaint(kind);
    expect(paint['line-color']).toBe(s.color);
    expect(paint['line-opacity']).toBe(s.opacity);
    expect(paint['line-dasharray']).toEqual(s.dash ? [...s.dash] : undefined);
    expect(relationLineLayout(kind)['line-cap']).toBe(s.dash ? 'butt' : 'round');
    expect(relationLinePaint(kind, { dim: true })['line-opacity']).toBe(Math.min(s.opacity, DIM));
  });

  it.each(LINE_LAYER_KINDS)('%s: strong lines are wider and at full opacity', (kind) => {
    const strong = relationLinePaint(kind, { strong: true });
    expect(strong['line-opacity']).toBe(1);
    for (const zoom of [4, 7, 10])
      expect(evaluate(strong['line-width'], { zoom })).toBeGreaterThan(
        evaluate(relationLinePaint(kind)['line-width'], { zoom }) as number,
      );
    expect(strong['line-dasharray']).toEqual(relationLinePaint(kind)['line-dasharray']);
  });

  it('a dense map: no dasharray, thin widths at every zoom, colour and opacity kept', () => {
    for (const kind of LINE_LAYER_KINDS) {
      const solid = relationLinePaint(kind, { dense: true });
      expect(solid).not.toHaveProperty('line-dasharray');
      expect(relationLineLayout(kind, true)['line-cap']).toBe('round');
      expect(solid['line-color']).toBe(RELATION_STYLES[kind].color);
      expect(solid['line-opacity']).toBe(RELATION_STYLES[kind].opacity);
      const width = evaluate(solid['line-width'], { zoom: 4 });
      for (const zoom of [7, 12]) expect(evaluate(solid['line-width'], { zoom })).toBe(width);
      expect(width).toBe(kind === 'member' || kind === 'partner' || kind === 'network' ? 1 : width);
    }
    const doc = relationLinePaint('documented', { dense: true })['line-width'] as number;
    expect(doc).toBeGreaterThan(1);
    expect(
      relationLinePaint('documented', { dense: true, strong: true })['line-width'],
    ).toBeGreaterThan(doc);
  });

  it('every variant is a valid line layer', () => {
    const layers = LINE_LAYER_KINDS.flatMap((kind) =>
      variants.map(([name, o]) => ({
        id: `${kind} ${name}`,
        type: 'line',
        source: 'r',
        filter: lineKindFilter(kind),
        layout: relationLineLayout(kind, o.dense),
        paint: relationLinePaint(kind, o),
      })),
    );
    const style = {
      version: 8,
      sources: { r: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
      layers,
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
