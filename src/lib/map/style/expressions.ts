/**
 * Pure style expressions for the project map: colours by category and actor type,
 * line styles by relation kind, and feature-state driven hover/selection/related/hidden.
 * No MapLibre runtime import; the values are plain style-spec JSON.
 * Expressions: https://maplibre.org/maplibre-style-spec/expressions/
 */
import type { ExpressionSpecification, LineLayerSpecification } from 'maplibre-gl';
import { CATEGORIES, ACTOR_TYPES } from '../../data/vocab';
import {
  HIGHLIGHT,
  NODE_TYPE_COLORS,
  UNKNOWN_COLOR,
  relationStyle,
  type LineStyle,
} from '../../palette';

type Expr = ExpressionSpecification;
type LinePaint = NonNullable<LineLayerSpecification['paint']>;
type LineLayout = NonNullable<LineLayerSpecification['layout']>;

/** `['boolean', ['feature-state', key], false]`. */
export const state = (key: string): Expr => ['boolean', ['feature-state', key], false];

/** Fill colour by the `type` property (project category or actor type). */
export function typeColor(): Expr {
  const pairs: string[] = [];
  for (const t of [...CATEGORIES, ...ACTOR_TYPES]) pairs.push(t, NODE_TYPE_COLORS[t]);
  return ['match', ['get', 'type'], ...pairs, UNKNOWN_COLOR] as unknown as Expr;
}

/** States that keep a node or line at full strength while others are dimmed. */
const STRONG: Expr = [
  'any',
  state('selected'),
  state('related'),
  state('hover'),
  state('highlighted'),
];

/**
 * Opacity of a node or line: 0 when filtered out (`hidden`); when `dim` (a selection or
 * highlights exist), full for the selection, its neighbours, the hovered and the highlighted
 * (`selected`/`related`/`hover`/`highlighted`) and dimmed for the rest.
 */
export function emphasisOpacity(base: number | Expr, dim: boolean): Expr {
  const weak = !dim
    ? base
    : typeof base === 'number'
      ? Math.min(base, HIGHLIGHT.dimOpacity)
      : ['min', base, HIGHLIGHT.dimOpacity];
  return ['case', state('hidden'), 0, STRONG, 1, weak] as Expr;
}

const HOVER_OR_HIGHLIGHT: Expr = ['any', state('hover'), state('highlighted')];

/** A radius that grows with zoom, bigger when selected, hovered or highlighted. */
export function nodeRadius(base: number): Expr {
  return [
    'interpolate',
    ['linear'],
    ['zoom'],
    4,
    ['case', state('selected'), base * 1.5, HOVER_OR_HIGHLIGHT, base * 1.25, base * 0.75],
    10,
    ['case', state('selected'), base * 2.2, HOVER_OR_HIGHLIGHT, base * 1.8, base * 1.4],
  ];
}

/** Ring width: thick for the selection and highlights, medium for hover/related. */
export function ringWidth(base: number): Expr {
  return [
    'case',
    state('selected'),
    base + 2.5,
    state('highlighted'),
    base + 2.5,
    state('hover'),
    base + 1.5,
    state('related'),
    base + 0.5,
    base,
  ];
}

/** Ring colour: black for selection, hover and highlights, else `base`. */
export function ringColor(base: string): Expr {
  return [
    'case',
    ['any', state('selected'), state('hover'), state('highlighted')],
    HIGHLIGHT.selected,
    base,
  ];
}

/** Line style of a relation: its kind's, or 'documented' for one with a document. */
export type LineLayerKind = 'member' | 'partner' | 'network' | 'solution' | 'documented';
const LINE_KINDS = ['documented', 'partner', 'network', 'solution', 'member'] as const;

/** The style key of a relation feature: 'documented' overrides its `kind`. */
export const lineStyleKey = (): Expr => [
  'case',
  ['==', ['get', 'documented'], true],
  'documented',
  ['get', 'kind'],
];

/**
 * One value per line style, picked per feature (`member` is also the fallback). All relation
 * lines are one layer: four filtered layers cost four passes over the same tiles.
 * `dense`: pick from the dense variants (see `isDense`).
 */
export function byLineKind(
  pick: (s: LineStyle, kind: LineLayerKind) => unknown,
  dense = false,
): Expr {
  const out: unknown[] = ['match', lineStyleKey()];
  for (const k of LINE_KINDS.slice(0, -1)) out.push(k, pick(relationStyle(k, dense), k));
  out.push(pick(relationStyle('member', dense), 'member'));
  return out as Expr;
}

const LINE_STRONG: Expr = ['any', state('related'), state('hover'), state('highlighted')];

/**
 * Width of a relation line: its style's width, growing with zoom, wider when related,
 * hovered or highlighted. Dense maps keep their thin widths at every zoom.
 */
export function relationWidth(dense = false): Expr {
  if (dense) {
    const w: Expr = [
      'case',
      LINE_STRONG,
      byLineKind((s) => s.width + 1.2, true),
      byLineKind((s) => s.width, true),
    ];
    // Still a zoom curve (flat): MapLibre throws while it transitions a layer from a
    // zoom-and-data width to a data-only one ("interpolationFactor is not a function").
    return ['interpolate', ['linear'], ['zoom'], 4, w, 10, w];
  }
  return [
    'interpolate',
    ['linear'],
    ['zoom'],
    4,
    ['case', LINE_STRONG, byLineKind((s) => s.width + 1.2), byLineKind((s) => s.width * 0.7)],
    10,
    ['case', LINE_STRONG, byLineKind((s) => s.width * 1.6 + 1.2), byLineKind((s) => s.width * 1.4)],
  ];
}

/**
 * Paint of the relation layer. `dim` (a selection or highlights exist) dims the rest.
 * `dense` (see `isDense`) draws thin solid lines and leaves `line-dasharray` out
 * altogether, so MapLibre uses its plain line shader.
 */
export function relationPaint(dim: boolean, dense = false): LinePaint {
  const paint: LinePaint = {
    'line-color': byLineKind((s) => s.color, dense),
    'line-width': relationWidth(dense),
    'line-opacity': emphasisOpacity(
      byLineKind((s) => s.opacity, dense),
      dim,
    ),
  };
  if (dense) return paint;
  // Solid styles as a dash with no gap: data-driven dasharray needs a value per feature.
  return {
    ...paint,
    'line-dasharray': byLineKind((s) => ['literal', s.dash ? [...s.dash] : [1, 0]]),
  };
}

/** Layout of the relation layer: round caps for solid lines, butt caps keep dashes crisp. */
export function relationLayout(dense = false): LineLayout {
  return { 'line-cap': dense ? 'round' : byLineKind((s) => (s.dash ? 'butt' : 'round')) };
}

/** Sort key for project labels: big cities win collisions, then by call. */
export function projectLabelSortKey(): Expr {
  return [
    'match',
    ['get', 'type'],
    'Großstadt',
    0,
    'Interkommunale Kooperation/Landkreis',
    1,
    'Mittelstadt',
    2,
    3,
  ] as unknown as Expr;
}
