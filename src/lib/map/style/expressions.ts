/**
 * Pure style expressions for the project map: colours by category and actor type,
 * feature-state driven hover/selection/related/hidden for points and areas, and the relation
 * lines' layers (one per line style, constant paint).
 * No MapLibre runtime import; the values are plain style-spec JSON.
 * Expressions: https://maplibre.org/maplibre-style-spec/expressions/
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LineLayerSpecification,
} from 'maplibre-gl';
import { CATEGORIES, ACTOR_TYPES } from '../../data/vocab';
import {
  HIGHLIGHT,
  NODE_TYPE_COLORS,
  UNKNOWN_COLOR,
  relationStyle,
  type LineKind,
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

/**
 * The relation line styles, one map layer each, bottom to top: the many member lines lowest,
 * lines with a document on top.
 */
export const LINE_LAYER_KINDS: readonly LineKind[] = [
  'member',
  'partner',
  'network',
  'solution',
  'documented',
];

/** The style key of a relation feature: 'documented' overrides its `kind` (a string, '' if none). */
export const lineStyleKey = (): Expr => [
  'case',
  ['==', ['get', 'documented'], true],
  'documented',
  ['to-string', ['get', 'kind']],
];

/**
 * Filter of `kind`'s relation layer: the lines whose style key ({@link lineStyleKey}) is
 * `kind`; the member layer also takes any unknown kind.
 */
export function lineKindFilter(kind: LineKind): FilterSpecification {
  if (kind !== 'member') return ['==', lineStyleKey(), kind];
  const others = LINE_LAYER_KINDS.filter((k) => k !== 'member');
  return ['!', ['in', lineStyleKey(), ['literal', others]]];
}

/** How a relation layer draws. */
export interface RelationLineOptions {
  /** A dense map (see `isDense`): thin solid lines at every zoom. */
  dense?: boolean;
  /** A selection or highlights exist: the resting lines are dimmed. */
  dim?: boolean;
  /** The lines of the selection and the highlighted lines: wider and at full opacity. */
  strong?: boolean;
}

/**
 * Paint of `kind`'s relation layer: constants and a zoom curve only, no data or feature-state
 * expression. MapLibre then draws the solid relation layers with the basemap's line program
 * and the dashed ones with one dash program (`line`, `linesdf`, values as uniforms), where a
 * per-feature expression needs a program of its own with a vertex attribute per property:
 * under software rendering (SwiftShader) building that program made the start's longest task
 * (measured with `npm run bench -- startup`). Widths in px: the style's width × 0.7 at zoom 4
 * to × 1.4 at zoom 10; strong lines (the selection's and the highlighted) + 1.2 px, and at full
 * opacity; `dim` dims the resting lines. A dense map keeps its thin widths at every zoom and
 * draws no dashes (`line-dasharray` left out: the plain line shader).
 * https://maplibre.org/maplibre-style-spec/layers/#line
 */
export function relationLinePaint(kind: LineKind, o: RelationLineOptions = {}): LinePaint {
  const s = relationStyle(kind, o.dense);
  const width: number | Expr = o.dense
    ? o.strong
      ? s.width + 1.2
      : s.width
    : o.strong
      ? ['interpolate', ['linear'], ['zoom'], 4, s.width + 1.2, 10, s.width * 1.6 + 1.2]
      : ['interpolate', ['linear'], ['zoom'], 4, s.width * 0.7, 10, s.width * 1.4];
  const opacity = o.strong ? 1 : o.dim ? Math.min(s.opacity, HIGHLIGHT.dimOpacity) : s.opacity;
  const paint: LinePaint = { 'line-color': s.color, 'line-width': width, 'line-opacity': opacity };
  return s.dash ? { ...paint, 'line-dasharray': [...s.dash] } : paint;
}

/** Layout of `kind`'s relation layer: round caps for solid lines, butt caps keep dashes crisp. */
export function relationLineLayout(kind: LineKind, dense = false): LineLayout {
  return { 'line-cap': relationStyle(kind, dense).dash ? 'butt' : 'round' };
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
