/**
 * The app's colours, in one module that the map (`map/`), the network view
 * (`graph/`) and the exports all import, so the graph never depends on `map/`.
 * Basemap colours first; the thematic colours (categories, actor types,
 * relations, proposals, communities) below.
 */
import type { ActorType, Category, RelationKind, Staffel } from './data/vocab';

export interface BasemapColors {
  water: string;
  neighbour: string;
  neighbourLine: string;
  neighbourLabel: string;
  land: string;
  landLine: string;
  landLabel: string;
}

export function basemapColors(contrast = false): BasemapColors {
  return contrast
    ? {
        water: '#c9dbe8',
        neighbour: '#d9d9d9',
        neighbourLine: '#7a7a7a',
        neighbourLabel: '#3d3d3d',
        land: '#ffffff',
        landLine: '#4d4d4d',
        landLabel: '#1a1a1a',
      }
    : {
        water: '#dde7ee',
        neighbour: '#ecebe7',
        neighbourLine: '#bdbab2',
        neighbourLabel: '#6b6861',
        land: '#fbfaf6',
        landLine: '#a3abb5',
        landLabel: '#4f5966',
      };
}

/*
 * ---------------------------------------------------------------------------
 * Thematic palette, shared by the map and the network view.
 *
 * Based on Okabe & Ito (2008), "Color Universal Design", which stays
 * distinguishable under deuteranopia and protanopia; tests/unit/palette.test.ts
 * simulates both (Machado et al. 2009, severity 1) and checks the minimum pairwise
 * CIEDE2000 distance within each set, and text contrast ≥ 4.5:1.
 * Colour is never the only carrier: projects differ from actors by size and ring,
 * the call (Staffel) is a text badge, and relation kinds differ by dash pattern
 * and width as well as colour.
 * ---------------------------------------------------------------------------
 */

/** Project categories. */
export const CATEGORY_COLORS: Readonly<Record<Category, string>> = {
  Großstadt: '#0072B2', // Okabe–Ito blue
  Mittelstadt: '#E69F00', // orange
  'Kleinstadt/Landgemeinde': '#009E73', // bluish green
  'Interkommunale Kooperation/Landkreis': '#CC79A7', // reddish purple
};

/**
 * Actor types are grouped so a legend stays short; every type maps to one group.
 * Members (Kommune, Landkreis) are neutral so the partner groups stand out.
 */
export const ACTOR_GROUPS = [
  'gebietskoerperschaft',
  'wissenschaft',
  'agentur',
  'kommunalwirtschaft',
  'verband',
  'unternehmen',
  'sonstige',
] as const;
export type ActorGroup = (typeof ACTOR_GROUPS)[number];

export const ACTOR_GROUP_OF: Readonly<Record<ActorType, ActorGroup>> = {
  Kommune: 'gebietskoerperschaft',
  Landkreis: 'gebietskoerperschaft',
  Hochschule: 'wissenschaft',
  Digitalagentur: 'agentur',
  Energieagentur: 'agentur',
  'kommunale GmbH': 'kommunalwirtschaft',
  Stadtwerke: 'kommunalwirtschaft',
  Kammer: 'verband',
  Verband: 'verband',
  Verein: 'verband',
  Unternehmen: 'unternehmen',
  Sonstige: 'sonstige',
};

export const ACTOR_GROUP_COLORS: Readonly<Record<ActorGroup, string>> = {
  gebietskoerperschaft: '#5E6B78', // slate grey
  wissenschaft: '#56B4E9', // Okabe–Ito sky blue
  agentur: '#F0E442', // yellow (always with a dark outline)
  kommunalwirtschaft: '#D55E00', // vermillion
  verband: '#882255', // Tol wine
  unternehmen: '#1B1B1B', // near-black
  sonstige: '#BBBBBB', // light grey
};

/** Every node type (project category or actor type) → fill colour. */
export const NODE_TYPE_COLORS: Readonly<Record<Category | ActorType, string>> = {
  ...CATEGORY_COLORS,
  ...(Object.fromEntries(
    Object.entries(ACTOR_GROUP_OF).map(([t, g]) => [t, ACTOR_GROUP_COLORS[g]]),
  ) as Record<ActorType, string>),
};

/** Fallback for a type the palette does not know. */
export const UNKNOWN_COLOR = '#999999';

/** Fill colour of a node by its type. */
export function nodeColor(type: string): string {
  return (NODE_TYPE_COLORS as Record<string, string>)[type] ?? UNKNOWN_COLOR;
}

/**
 * Non-colour distinction of nodes. Projects are large discs with a thick dark ring and a
 * Staffel badge ('19', '20', '21'); members are small discs with a white ring; partners are
 * small discs with a dark ring (in the graph: squares). Shapes are names, renderers map them.
 */
export type NodeShape = 'project' | 'member' | 'partner';
export function nodeShape(kind: 'project' | 'actor', type: string): NodeShape {
  if (kind === 'project') return 'project';
  return type === 'Kommune' || type === 'Landkreis' ? 'member' : 'partner';
}

/** Radii in CSS pixels at zoom ~6 (the map interpolates around them). */
export const NODE_RADIUS: Readonly<Record<NodeShape, number>> = {
  project: 9,
  member: 4,
  partner: 4,
};

/** Short badge text for a call, shown on project symbols and in the legend. */
export const staffelBadge = (s: Staffel): string => String(s).slice(2);

/** Ring (outline) colours. */
export const RING = {
  project: '#1B1B1B',
  member: '#FFFFFF',
  partner: '#1B1B1B',
  /** Selected node: thick ring. */
  selected: '#000000',
  /** Hovered node. */
  hover: '#000000',
} as const;

/** How a line is drawn; `dash` in line widths as MapLibre `line-dasharray` expects. */
export interface LineStyle {
  color: string;
  width: number;
  dash: readonly number[] | null;
  opacity: number;
}

/** Relation line styles. `documented` overrides the kind's style for relations with a document. */
export const RELATION_STYLES: Readonly<Record<LineKind, LineStyle>> = {
  member: { color: '#4A5562', width: 1.2, dash: null, opacity: 0.75 },
  partner: { color: '#7A8591', width: 1, dash: [2, 2], opacity: 0.6 },
  network: { color: '#0072B2', width: 1.2, dash: [0.5, 2], opacity: 0.7 },
  /** A shared solution between model projects: dark bluish green, long dashes. */
  solution: { color: '#00695C', width: 2, dash: [3, 1.5], opacity: 0.9 },
  documented: { color: '#B34700', width: 2.6, dash: null, opacity: 0.95 },
};

/**
 * Workshop proposals (map layers, graph edges, the proposal panel): dark purple, ≥ 7:1 on the
 * basemap land colour and distinct from the relation greys, always dashed.
 */
export const PROPOSAL_STYLE: LineStyle = {
  color: '#6A1B9A',
  width: 2,
  dash: [2, 1.5],
  opacity: 1,
};

/** A relation line style key: a relation kind, or `documented` for one with a document. */
export type LineKind = RelationKind | 'documented';

/**
 * Above this many relation lines the map is "dense" and draws every relation as a thin,
 * solid line. MapLibre draws a dash per fragment from a distance-field texture, and a line's
 * cost is its pixels: at 50,000 lines dashes doubled the frame time under software
 * rendering (`npm run bench -- map`). In a mesh that dense, dashes and widths are no longer
 * readable anyway. Kind then shows through colour and opacity, a document through a wider
 * orange-brown line, and the legend says so.
 */
export const DENSE_LINES_MIN = 5_001;

/** Whether a map with `relationCount` relation lines uses the dense line style. */
export const isDense = (relationCount: number): boolean => relationCount >= DENSE_LINES_MIN;

/**
 * From this many relations on, the map draws all relation lines only from
 * {@link CROWDED_LINES_ZOOM} on; below it, only the lines of the selected or hovered node.
 * 100,000 lines across Germany are an unreadable mat, and drawing them is the slowest frame the
 * app has (seconds per frame with software rendering: measured by `npm run bench -- scale`).
 */
export const CROWDED_LINES_MIN = 10_001;
/** Zoom from which a crowded map draws every relation line (a region, not the country). */
export const CROWDED_LINES_ZOOM = 8;

/** Whether a map with `relationCount` relation lines draws them all only when zoomed in. */
export const isCrowded = (relationCount: number): boolean => relationCount >= CROWDED_LINES_MIN;

/** Widths of the dense style (px, at every zoom). */
const DENSE_WIDTH: Readonly<Record<LineKind, number>> = {
  member: 1,
  partner: 1,
  network: 1,
  solution: 1.4,
  documented: 1.8,
};

/** The style a line kind is drawn with: its own, or its dense variant (solid and thin). */
export function relationStyle(kind: LineKind, dense = false): LineStyle {
  const s = RELATION_STYLES[kind];
  return dense ? { ...s, dash: null, width: DENSE_WIDTH[kind] } : s;
}

/** Consortium areas (hull + buffer around the members of one project). */
export const AREA = {
  fill: '#CC79A7',
  fillOpacity: 0.12,
  line: '#8A3E6C',
  selectedFillOpacity: 0.28,
} as const;

/** Map text: labels with a halo, and the cluster badges. */
export const TEXT = {
  label: '#1B1B1B',
  labelMuted: '#3D4651',
  halo: '#FFFFFF',
  /** Text on a cluster disc. */
  clusterText: '#FFFFFF',
  clusterFill: '#3D4651',
  /** Text of the Staffel badge on a project disc (on a white badge). */
  badgeText: '#1B1B1B',
  badgeFill: '#FFFFFF',
} as const;

/** Highlight colours for selection and neighbours. */
export const HIGHLIGHT = {
  selected: '#000000',
  related: '#000000',
  dimOpacity: 0.25,
} as const;

/**
 * Community colours (regional analysis, „colour by community“): Paul Tol's „muted“ scheme
 * plus three Okabe–Ito hues, cycled for more communities. Colour is not the only carrier:
 * the community number is shown in the analysis panel and the list of communities.
 */
export const COMMUNITY_COLORS: readonly string[] = [
  '#332288',
  '#88CCEE',
  '#44AA99',
  '#117733',
  '#999933',
  '#DDCC77',
  '#CC6677',
  '#882255',
  '#AA4499',
  '#E69F00',
  '#0072B2',
  '#D55E00',
];

/** Colour of community `i` (0 = largest); cycles after {@link COMMUNITY_COLORS}. */
export function communityColor(i: number): string {
  if (!Number.isInteger(i) || i < 0) return UNKNOWN_COLOR;
  return COMMUNITY_COLORS[i % COMMUNITY_COLORS.length];
}

/**
 * Fill of a node honouring the „colour by“ switch: by community when asked and known, else
 * by type. The hook for renderers (map, graph) that colour per node.
 */
export function nodeFill(
  node: { id: string; type: string },
  colorBy: 'type' | 'community',
  communities: ReadonlyMap<string, number> | null | undefined,
): string {
  if (colorBy === 'community' && communities) {
    const c = communities.get(node.id);
    if (c !== undefined) return communityColor(c);
  }
  return nodeColor(node.type);
}

/**
 * Columnar colours for a canvas renderer (the network graph): a palette and one index per
 * node, by type or — with `colorBy: 'community'` — by community. Hook for the graph view.
 */
export function sceneColors(
  ids: readonly string[],
  typeIndex: ArrayLike<number>,
  types: readonly string[],
  colorBy: 'type' | 'community',
  communities: ReadonlyMap<string, number> | null | undefined,
): { colorIndex: Uint8Array; palette: string[] } {
  if (colorBy !== 'community' || !communities)
    return { colorIndex: Uint8Array.from(typeIndex), palette: types.map(nodeColor) };
  const palette = [...COMMUNITY_COLORS, UNKNOWN_COLOR];
  const colorIndex = new Uint8Array(ids.length);
  ids.forEach((id, i) => {
    const c = communities.get(id);
    colorIndex[i] = c === undefined ? COMMUNITY_COLORS.length : c % COMMUNITY_COLORS.length;
  });
  return { colorIndex, palette };
}
