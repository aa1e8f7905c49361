/**
 * „Nähe“: a result's distance label sits beside its project disc and never over it, at every
 * zoom, for every anchor MapLibre may choose; evaluated with MapLibre's expression engine
 * against the project layer's own radius and ring expressions.
 */
import { describe, expect, it } from 'vitest';
import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import { nodeRadius, ringWidth } from '../../../src/lib/map/style/expressions';
import {
  NEAR_LABEL_ANCHORS,
  NEAR_LABEL_PX,
  nearLabelOffset,
} from '../../../src/lib/map/analysis/near-label';
import { nearLines } from '../../../src/lib/map/analysis/overlay-data';

function evaluate(expr: unknown, zoom: number, state: Record<string, boolean> = {}): number {
  const parsed = createExpression(expr, 'test');
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate(
    { zoom },
    { type: 'Point', properties: {} } as never,
    state as never,
  ) as number;
}

/** MapLibre's shift of top/bottom anchored text towards the point (em): 7 of 24 units. */
const BASELINE = 7 / 24;

/** Distance (em) from the point to the nearest corner or edge of text placed at `anchor`. */
function clearanceEm(anchor: (typeof NEAR_LABEL_ANCHORS)[number], r: number): number {
  const h = r / Math.SQRT2;
  switch (anchor) {
    case 'left':
    case 'right':
      return r;
    case 'top':
    case 'bottom':
      return r - BASELINE;
    default:
      return Math.hypot(h, h - BASELINE);
  }
}

describe('the „Nähe“ distance label never covers its project disc', () => {
  const zooms = Array.from({ length: 29 }, (_, i) => i / 2);
  const states: Record<string, boolean>[] = [
    {},
    { hover: true },
    { highlighted: true },
    { selected: true },
  ];

  it.each(zooms)('at zoom %s, at every anchor and in every disc state', (zoom) => {
    const offset = evaluate(nearLabelOffset(), zoom);
    for (const state of states) {
      // The project layer: `circle-radius: nodeRadius(9)`, `circle-stroke-width: ringWidth(1.5)`
      // (drawn outside the radius).
      const outer = evaluate(nodeRadius(9), zoom, state) + evaluate(ringWidth(1.5), zoom, state);
      for (const anchor of NEAR_LABEL_ANCHORS)
        expect(clearanceEm(anchor, offset) * NEAR_LABEL_PX).toBeGreaterThan(outer);
    }
  });

  it('the label point is the result’s own position (not the midpoint towards the origin)', () => {
    const { labels, lines } = nearLines(
      [10.9, 49.6],
      [
        { id: 'bamberg', coordinates: [10.89, 49.89], label: '32 km', rank: 0 },
        { id: 'nah', coordinates: [10.91, 49.61], label: '1 km', rank: 1 },
      ],
    );
    const distance = labels.features.filter((f) => f.properties?.kind === 'distance');
    expect(distance.map((f) => f.geometry.coordinates)).toEqual([
      [10.89, 49.89],
      [10.91, 49.61],
    ]);
    expect(distance.map((f) => f.properties?.label)).toEqual(['32 km', '1 km']);
    expect(lines.features.map((f) => f.geometry.coordinates.at(-1))).toEqual([
      [10.89, 49.89],
      [10.91, 49.61],
    ]);
  });
});
