/**
 * Where „Nähe“ puts a result's distance label: beside the result's own project disc, never
 * over it. The label is anchored at the project and pushed out radially
 * (`text-radial-offset` with `text-variable-anchor`) by more than the disc's largest drawn
 * radius at that zoom (selected, with its ring): `nodeRadius(9)` and `ringWidth(1.5)` of the
 * project layer (ProjectLayers.svelte). MapLibre tries the anchors in order and takes the
 * first that collides with no other label.
 * https://maplibre.org/maplibre-style-spec/layout/#text-radial-offset
 */
import type { ExpressionSpecification } from 'maplibre-gl';

/** The distance label's size (px). */
export const NEAR_LABEL_PX = 12;

/**
 * The project disc's largest outer radius (px) at zooms 4 and 10, between which
 * `nodeRadius` interpolates: a selected disc (9 × 1.5, 9 × 2.2) plus its selected ring
 * (1.5 + 2.5), which MapLibre draws outside the radius.
 */
export const PROJECT_DISC_MAX_PX = { z4: 9 * 1.5 + 4, z10: 9 * 2.2 + 4 } as const;

/** Free space (px) between disc and label. */
const GAP_PX = 2;
/**
 * MapLibre moves top/bottom anchored text this much (em) towards the point (its
 * `baselineOffset`, 7 of 24 units): added so those anchors keep the same clearance.
 */
const BASELINE_EM = 7 / 24;

/** Anchors tried in order: beside the disc first, then its corners, then above and below. */
export const NEAR_LABEL_ANCHORS = [
  'left',
  'right',
  'top-left',
  'top-right',
  'bottom-left',
  'bottom-right',
  'top',
  'bottom',
] as const;

const em = (px: number) => (px + GAP_PX) / NEAR_LABEL_PX + BASELINE_EM;

/** `text-radial-offset` (em) that keeps the label off the disc at every zoom. */
export function nearLabelOffset(): ExpressionSpecification {
  return [
    'interpolate',
    ['linear'],
    ['zoom'],
    4,
    em(PROJECT_DISC_MAX_PX.z4),
    10,
    em(PROJECT_DISC_MAX_PX.z10),
  ];
}
