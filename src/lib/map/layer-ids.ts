/** Ids of the project map's sources and layers (explicit, fixed; used by tests and the bench). */
export const SOURCES = {
  areas: 'mpsc-areas',
  relations: 'mpsc-relations',
  /** A crowded map's lines of the selected and hovered node (see `isCrowded`). */
  relationsFocus: 'mpsc-relations-focus',
  actors: 'mpsc-actors',
  projects: 'mpsc-projects',
} as const;

export const LAYERS = {
  areasFill: 'mpsc-areas-fill',
  areasLine: 'mpsc-areas-line',
  /** All relation lines, styled per feature by kind and document (one layer is one pass). */
  relations: 'mpsc-relations-line',
  relationsFocus: 'mpsc-relations-focus-line',
  clusters: 'mpsc-actor-clusters',
  clusterCount: 'mpsc-actor-cluster-count',
  actors: 'mpsc-actors-circle',
  actorLabels: 'mpsc-actors-label',
  projects: 'mpsc-projects-circle',
  projectBadges: 'mpsc-projects-badge',
  projectLabels: 'mpsc-projects-label',
} as const;

/**
 * The project map's layers from bottom to top. Sources are added when they first have data
 * (areas only once a consortium area is known, relations and actors after the projects'
 * first frame), so each layer is inserted before the ones above it ({@link above}).
 */
export const LAYER_ORDER: readonly string[] = [
  LAYERS.areasFill,
  LAYERS.areasLine,
  LAYERS.relationsFocus,
  LAYERS.relations,
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
