/** Ids of the project map's sources and layers (explicit, fixed; used by tests and the bench). */
import type { LineKind } from '../palette';

export const SOURCES = {
  areas: 'mpsc-areas',
  /** The relation lines shown (filtered; on a crowded map those near the view). */
  relations: 'mpsc-relations',
  /**
   * The strong lines: the selection's, those between highlighted nodes, and on a crowded map
   * the hovered node's (see `isCrowded`).
   */
  relationsFocus: 'mpsc-relations-focus',
  actors: 'mpsc-actors',
  projects: 'mpsc-projects',
} as const;

export const LAYERS = {
  areasFill: 'mpsc-areas-fill',
  areasLine: 'mpsc-areas-line',
  clusters: 'mpsc-actor-clusters',
  clusterCount: 'mpsc-actor-cluster-count',
  actors: 'mpsc-actors-circle',
  actorLabels: 'mpsc-actors-label',
  projects: 'mpsc-projects-circle',
  projectBadges: 'mpsc-projects-badge',
  projectLabels: 'mpsc-projects-label',
} as const;

/** The relation lines of each line style (kind, or `documented`), from {@link SOURCES.relations}. */
export const RELATION_LAYERS: Readonly<Record<LineKind, string>> = {
  member: 'mpsc-relations-member',
  partner: 'mpsc-relations-partner',
  network: 'mpsc-relations-network',
  solution: 'mpsc-relations-solution',
  documented: 'mpsc-relations-documented',
};

/** The strong lines of each line style, from {@link SOURCES.relationsFocus}. */
export const FOCUS_RELATION_LAYERS: Readonly<Record<LineKind, string>> = {
  member: 'mpsc-relations-focus-member',
  partner: 'mpsc-relations-focus-partner',
  network: 'mpsc-relations-focus-network',
  solution: 'mpsc-relations-focus-solution',
  documented: 'mpsc-relations-focus-documented',
};

/**
 * The project map's layers from bottom to top. Sources are added when they first have data
 * (areas only once a consortium area is known, relations and actors after the projects'
 * first frame), so each layer is inserted before the ones above it ({@link above}).
 */
export const LAYER_ORDER: readonly string[] = [
  LAYERS.areasFill,
  LAYERS.areasLine,
  ...Object.values(RELATION_LAYERS),
  ...Object.values(FOCUS_RELATION_LAYERS),
  LAYERS.clusters,
  LAYERS.clusterCount,
  LAYERS.actors,
  LAYERS.actorLabels,
  LAYERS.projects,
  LAYERS.projectBadges,
  LAYERS.projectLabels,
];

/** The project layers above `id`, lowest first: a `beforeId` list for `Layer`. */
export function above(id: string): readonly string[] {
  const i = LAYER_ORDER.indexOf(id);
  if (i < 0) throw new Error(`${id} is not a project map layer`);
  return LAYER_ORDER.slice(i + 1);
}

/** Layers a pointer can hover or click. */
export const INTERACTIVE_LAYERS = [LAYERS.projects, LAYERS.actors, LAYERS.clusters] as const;

/**
 * The {@link INTERACTIVE_LAYERS} that are in `map`'s style now, for `queryRenderedFeatures`
 * (which finds nothing at all when one of the layers it is given is missing). Layers join the
 * map when their source first has data (see ProjectLayers): the actors after the projects'
 * labels and relations, and never for a dataset without actors.
 */
export function interactiveLayersIn(map: { getLayer(id: string): unknown }): string[] {
  return INTERACTIVE_LAYERS.filter((l) => map.getLayer(l));
}
