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

/** Layers a pointer can hover or click. */
export const INTERACTIVE_LAYERS = [LAYERS.projects, LAYERS.actors, LAYERS.clusters] as const;
