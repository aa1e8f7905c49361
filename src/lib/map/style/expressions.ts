/**
 * Pure style expressions for the project map: colours by category and actor type,
 * line styles by relation kind, and feature-state driven hover/selection/related/hidden.
 * No MapLibre runtime import; the values are plain style-spec JSON.
 * Expressions: https://maplibre.org/maplibre-style-spec/expressions/
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { CATEGORIES, ACTOR_TYPES } from '../../data/vocab';
import { HIGHLIGHT, NODE_TYPE_COLORS, RELATION_STYLES, UNKNOWN_COLOR } from '../palette';

type Expr = ExpressionSpecification;

/** `['boolean', ['feature-state', key], false]`. */
export const state = (key: string): Expr => ['boolean', ['feature-state', key], false];

/** Fill colour by the `type` property (project category or actor type). */
export function typeColor(): Expr {
  const pairs: string[] = [];
  for (const t of [...CATEGORIES, ...ACTOR_TYPES]) pairs.push(t, NODE_TYPE_COLORS[t]);
  return ['match', ['get', 'type'], ...pairs, UNKNOWN_COLOR] as unknown as Expr;
}

/**
 * Opacity of a node or line: 0 when filtered out (`hidden`); with a selection, full for
 * the selection and its neighbours (`selected`/`related`) and dimmed for the rest.
 */
export function emphasisOpacity(base: number, hasSelection: boolean): Expr {
  return [
    'case',
    state('hidden'),
    0,
    ['any', state('selected'), state('related'), state('hover')],
    1,
    hasSelection ? Math.min(base, HIGHLIGHT.dimOpacity) : base,
  ];
}

/** A radius that grows with zoom, bigger when selected or hovered. */
export function nodeRadius(base: number): Expr {
  return [
    'interpolate',
    ['linear'],
    ['zoom'],
    4,
    ['case', state('selected'), base * 1.5, state('hover'), base * 1.25, base * 0.75],
    10,
    ['case', state('selected'), base * 2.2, state('hover'), base * 1.8, base * 1.4],
  ];
}

/** Ring width: thick for the selection, medium for hover/related. */
export function ringWidth(base: number): Expr {
  return [
    'case',
    state('selected'),
    base + 2.5,
    state('hover'),
    base + 1.5,
    state('related'),
    base + 0.5,
    base,
  ];
}

/** Ring colour: black for selection/hover, else `base`. */
export function ringColor(base: string): Expr {
  return ['case', ['any', state('selected'), state('hover')], HIGHLIGHT.selected, base];
}

/** Which relation layer draws a line: documented lines have their own layer. */
export type LineLayerKind = 'member' | 'partner' | 'network' | 'documented';

/** Filter for one relation layer. */
export function relationFilter(kind: LineLayerKind): Expr {
  if (kind === 'documented') return ['==', ['get', 'documented'], true];
  return ['all', ['==', ['get', 'kind'], kind], ['!=', ['get', 'documented'], true]];
}

/** Width of a relation line: its style's width, wider when related to the selection. */
export function relationWidth(kind: LineLayerKind): Expr {
  const w = RELATION_STYLES[kind].width;
  return [
    'interpolate',
    ['linear'],
    ['zoom'],
    4,
    ['case', ['any', state('related'), state('hover')], w + 1.2, w * 0.7],
    10,
    ['case', ['any', state('related'), state('hover')], w * 1.6 + 1.2, w * 1.4],
  ];
}

/** Paint of a relation layer. `hasSelection` dims everything not related. */
export function relationPaint(kind: LineLayerKind, hasSelection: boolean) {
  const s = RELATION_STYLES[kind];
  return {
    'line-color': s.color,
    'line-width': relationWidth(kind),
    'line-opacity': emphasisOpacity(s.opacity, hasSelection),
    ...(s.dash ? { 'line-dasharray': [...s.dash] } : {}),
  };
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
