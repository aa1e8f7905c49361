/**
 * The shareable part of the app state, to and from the URL query string: what a person
 * expects a shared link to show — selection (or a document), filters, view, layout, map
 * camera, the language, the sidebar tab, the analysis section with its settings and its
 * „near me“ origin, the colour mode, the story step, and the network's zoom, pins and the
 * measure its node size follows.
 * `parseUrlState` never throws: whatever it cannot use (an unknown id, an invalid filter
 * value, a malformed camera) is left out and listed in `ignored`, so a damaged or outdated
 * link still opens the app with what it can use. Every parameter is optional, so links
 * written by older versions open unchanged.
 */
import { EMPTY_FILTERS, FACET_VALUES, type Filters } from './filters';
import type { ActorType, DocumentKind, RelationKind } from '../data/vocab';
import { SIZE_METRICS, type SizeMetric } from '../graph/size-metrics';

export const VIEWS = ['split', 'map', 'graph', 'list'] as const;
export type View = (typeof VIEWS)[number];
export const LAYOUT_MODES = ['force', 'geo', 'type'] as const;
export type LayoutMode = (typeof LAYOUT_MODES)[number];

export const LANGS = ['de', 'en'] as const;
export type UrlLang = (typeof LANGS)[number];
/** The sidebar's tabs. */
export const SIDEBAR_TABS = ['filters', 'documents', 'analysis'] as const;
export type SidebarTab = (typeof SIDEBAR_TABS)[number];
/** The sections of the analysis panel. */
export const ANALYSIS_TABS = [
  'near',
  'spots',
  'clusters',
  'reach',
  'shared',
  'communities',
] as const;
export type AnalysisTab = (typeof ANALYSIS_TABS)[number];
export const COLOR_MODES = ['type', 'community'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

export interface Camera {
  lng: number;
  lat: number;
  zoom: number;
}

/** The analysis panel as a link keeps it. */
export interface AnalysisUrl {
  tab: AnalysisTab;
  /** DBSCAN distance in km (1–200). */
  clusterKm: number;
  clusterAllActors: boolean;
  sharedIncludeMembers: boolean;
  /** „Near me“ origin: [lon, lat] in WGS 84 and the place name, or null. */
  origin: { lon: number; lat: number; name: string | null } | null;
}

/**
 * The network's view: zoom `k` relative to the fitted view (1 = fitted) and the layout
 * point at the pane's centre (layout units), so it restores on any screen size.
 */
export interface GraphZoom {
  k: number;
  cx: number;
  cy: number;
}

/** A pinned network node: its id and position in layout units. */
export type GraphPin = [id: string, x: number, y: number];

export interface UrlState {
  selected: string | null;
  /** A selected document (its project, if any, is `selected`). */
  document: string | null;
  filters: Filters;
  view: View;
  layout: LayoutMode;
  camera: Camera | null;
  /** Interface language; null when the link does not say (the reader's choice stays). */
  lang: UrlLang | null;
  sidebar: SidebarTab;
  analysis: AnalysisUrl;
  colorBy: ColorMode;
  /** The story and its step (1-based, as the presenter counts), or null. */
  story: { id: string; step: number } | null;
  /** The network: zoom, pins, and the measure node size follows (`size`, default degree). */
  graph: { zoom: GraphZoom | null; pins: GraphPin[]; sizeBy: SizeMetric };
}

export const DEFAULT_ANALYSIS: AnalysisUrl = Object.freeze({
  tab: 'near',
  clusterKm: 50,
  clusterAllActors: false,
  sharedIncludeMembers: false,
  origin: null,
}) as AnalysisUrl;

export const DEFAULT_URL_STATE: UrlState = {
  selected: null,
  document: null,
  filters: EMPTY_FILTERS,
  view: 'split',
  layout: 'force',
  camera: null,
  lang: null,
  sidebar: 'filters',
  analysis: DEFAULT_ANALYSIS,
  colorBy: 'type',
  story: null,
  graph: { zoom: null, pins: [], sizeBy: 'degree' },
};

/** What a parameter held that could not be used, for the "ignored" note. */
export interface Ignored {
  param: string;
  value: string;
}

const LIST_PARAMS = {
  staffel: 'r',
  category: 'cat',
  land: 'land',
  partnerType: 'pt',
  relationKind: 'rk',
  documentKind: 'dk',
  orgForm: 'org',
} as const;

/** Rounds to `digits` decimals; `+ 0` turns -0 into 0. */
const round = (x: number, digits: number): number =>
  Math.round(x * 10 ** digits) / 10 ** digits + 0;

/** Round the network view as the URL stores it (1/1000 zoom, 1/10 layout unit). */
export function roundGraphZoom(z: GraphZoom): GraphZoom {
  return { k: round(z.k, 3), cx: round(z.cx, 1), cy: round(z.cy, 1) };
}

/** Round the camera as the URL stores it (≈ 1 m and 1/100 zoom); `+ 0` turns -0 into 0. */
export function roundCamera(c: Camera): Camera {
  return {
    lng: Math.round(c.lng * 1e5) / 1e5 + 0,
    lat: Math.round(c.lat * 1e5) / 1e5 + 0,
    zoom: Math.round(c.zoom * 100) / 100 + 0,
  };
}

export function toSearchParams(s: UrlState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.selected) p.set('sel', s.selected);
  for (const [key, param] of Object.entries(LIST_PARAMS) as [keyof typeof LIST_PARAMS, string][]) {
    const values = s.filters[key] as (string | number)[];
    for (const v of values)
      p.append(param, key === 'land' ? String(v).replace(/^DE-/, '') : String(v));
  }
  if (s.filters.hasDocuments) p.set('doc', '1');
  if (s.view !== DEFAULT_URL_STATE.view) p.set('view', s.view);
  if (s.layout !== DEFAULT_URL_STATE.layout) p.set('layout', s.layout);
  if (s.camera) {
    const c = roundCamera(s.camera);
    p.set('cam', `${c.lng},${c.lat},${c.zoom}`);
  }
  if (s.document) p.set('dok', s.document);
  if (s.lang) p.set('lang', s.lang);
  if (s.sidebar !== 'filters') p.set('tab', s.sidebar);
  const a = s.analysis;
  if (a.tab !== DEFAULT_ANALYSIS.tab) p.set('at', a.tab);
  if (a.clusterKm !== DEFAULT_ANALYSIS.clusterKm) p.set('ckm', String(a.clusterKm));
  if (a.clusterAllActors) p.set('call', '1');
  if (a.sharedIncludeMembers) p.set('smem', '1');
  if (a.origin) {
    const o = a.origin;
    const at = `${round(o.lon, 5)},${round(o.lat, 5)}`;
    p.set('near', o.name ? `${at},${o.name}` : at);
  }
  if (s.colorBy !== 'type') p.set('color', s.colorBy);
  if (s.story) {
    p.set('story', s.story.id);
    p.set('step', String(s.story.step));
  }
  if (s.graph.zoom) {
    const z = roundGraphZoom(s.graph.zoom);
    p.set('gz', `${z.k},${z.cx},${z.cy}`);
  }
  for (const [id, x, y] of s.graph.pins) p.append('pin', `${id},${round(x, 1)},${round(y, 1)}`);
  if (s.graph.sizeBy !== DEFAULT_URL_STATE.graph.sizeBy) p.set('size', s.graph.sizeBy);
  return p;
}

/** Three finite numbers from `a,b,c`, or null. */
function triple(raw: string): [number, number, number] | null {
  const parts = raw.split(',');
  if (parts.length !== 3 || parts.some((x) => x.trim() === '')) return null;
  const n = parts.map(Number);
  return n.every(Number.isFinite) ? (n as [number, number, number]) : null;
}

export interface ParseOptions {
  /** Ids that exist in the loaded dataset; an unknown `sel` is ignored. */
  isKnownId?: (id: string) => boolean;
  /** orgForm values that exist in the data; unknown ones are ignored. */
  isKnownOrgForm?: (value: string) => boolean;
  /**
   * Call years and categories the dataset has (an imported programme brings its own); without
   * it, the MPSC values are the known ones.
   */
  isKnownValue?: (key: 'staffel' | 'category', value: string | number) => boolean;
  /** Document ids of the loaded dataset; an unknown `dok` is ignored. */
  isKnownDocument?: (id: string) => boolean;
  /** Story ids this browser can open (shipped or saved); an unknown `story` is ignored. */
  isKnownStory?: (id: string) => boolean;
}

export function parseUrlState(
  search: string | URLSearchParams,
  opts: ParseOptions = {},
): { state: UrlState; ignored: Ignored[] } {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  const ignored: Ignored[] = [];
  const filters: Filters = { ...EMPTY_FILTERS };

  for (const [key, param] of Object.entries(LIST_PARAMS) as [keyof typeof LIST_PARAMS, string][]) {
    const out: (string | number)[] = [];
    for (const raw of p.getAll(param)) {
      let value: string | number = raw;
      let valid: boolean;
      if (key === 'orgForm') valid = raw !== '' && (opts.isKnownOrgForm?.(raw) ?? true);
      else {
        if (key === 'staffel') value = Number(raw);
        if (key === 'land') value = `DE-${raw.toUpperCase()}`;
        // Years and categories are the dataset's own (another programme may have others).
        valid =
          (key === 'staffel' || key === 'category') && opts.isKnownValue
            ? opts.isKnownValue(key, value)
            : (FACET_VALUES[key] as readonly (string | number)[]).includes(value);
      }
      if (valid && !out.includes(value)) out.push(value);
      else if (!valid) ignored.push({ param, value: raw });
    }
    (filters as unknown as Record<string, unknown>)[key] = out;
  }
  filters.partnerType = filters.partnerType as ActorType[];
  filters.relationKind = filters.relationKind as RelationKind[];
  filters.documentKind = filters.documentKind as DocumentKind[];

  const doc = p.get('doc');
  if (doc === '1') filters.hasDocuments = true;
  else if (doc !== null) ignored.push({ param: 'doc', value: doc });

  let selected: string | null = null;
  const sel = p.get('sel');
  if (sel !== null) {
    if (sel && (opts.isKnownId?.(sel) ?? true)) selected = sel;
    else ignored.push({ param: 'sel', value: sel });
  }

  const pick = <T extends string>(param: string, allowed: readonly T[], fallback: T): T => {
    const raw = p.get(param);
    if (raw === null) return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    ignored.push({ param, value: raw });
    return fallback;
  };
  const view = pick('view', VIEWS, DEFAULT_URL_STATE.view);
  const layout = pick('layout', LAYOUT_MODES, DEFAULT_URL_STATE.layout);

  let camera: Camera | null = null;
  const cam = p.get('cam');
  if (cam !== null) {
    const parts = cam.split(',').map(Number);
    const [lng, lat, zoom] = parts;
    if (
      parts.length === 3 &&
      parts.every(Number.isFinite) &&
      Math.abs(lng) <= 180 &&
      Math.abs(lat) <= 85 &&
      zoom >= 0 &&
      zoom <= 22
    )
      camera = { lng, lat, zoom };
    else ignored.push({ param: 'cam', value: cam });
  }

  let document: string | null = null;
  const dok = p.get('dok');
  if (dok !== null) {
    if (dok && (opts.isKnownDocument?.(dok) ?? true)) document = dok;
    else ignored.push({ param: 'dok', value: dok });
  }

  const rawLang = p.get('lang');
  let lang: UrlLang | null = null;
  if (rawLang !== null) {
    if ((LANGS as readonly string[]).includes(rawLang)) lang = rawLang as UrlLang;
    else ignored.push({ param: 'lang', value: rawLang });
  }
  const sidebar = pick('tab', SIDEBAR_TABS, DEFAULT_URL_STATE.sidebar);
  const colorBy = pick('color', COLOR_MODES, DEFAULT_URL_STATE.colorBy);

  const analysis: AnalysisUrl = { ...DEFAULT_ANALYSIS };
  analysis.tab = pick('at', ANALYSIS_TABS, DEFAULT_ANALYSIS.tab);
  const ckm = p.get('ckm');
  if (ckm !== null) {
    const km = Number(ckm);
    if (Number.isFinite(km) && km >= 1 && km <= 200) analysis.clusterKm = km;
    else ignored.push({ param: 'ckm', value: ckm });
  }
  const flag = (param: string): boolean => {
    const raw = p.get(param);
    if (raw === null) return false;
    if (raw === '1') return true;
    ignored.push({ param, value: raw });
    return false;
  };
  analysis.clusterAllActors = flag('call');
  analysis.sharedIncludeMembers = flag('smem');
  const near = p.get('near');
  if (near !== null) {
    const [lonRaw, latRaw, ...rest] = near.split(',');
    const lon = Number(lonRaw);
    const lat = Number(latRaw);
    const name = rest.join(',').trim();
    if (
      lonRaw?.trim() &&
      latRaw?.trim() &&
      Number.isFinite(lon) &&
      Number.isFinite(lat) &&
      Math.abs(lon) <= 180 &&
      Math.abs(lat) <= 85 &&
      name.length <= 200
    )
      analysis.origin = { lon, lat, name: name || null };
    else ignored.push({ param: 'near', value: near });
  }

  let story: UrlState['story'] = null;
  const storyId = p.get('story');
  const stepRaw = p.get('step');
  if (storyId !== null) {
    const step = stepRaw === null ? 1 : Number(stepRaw);
    if (!storyId || !(opts.isKnownStory?.(storyId) ?? true))
      ignored.push({ param: 'story', value: storyId });
    else if (!Number.isInteger(step) || step < 1 || step > 999)
      ignored.push({ param: 'step', value: stepRaw ?? '' });
    else story = { id: storyId, step };
  } else if (stepRaw !== null) ignored.push({ param: 'step', value: stepRaw });

  const graph: UrlState['graph'] = {
    zoom: null,
    pins: [],
    sizeBy: pick('size', SIZE_METRICS, DEFAULT_URL_STATE.graph.sizeBy),
  };
  const gz = p.get('gz');
  if (gz !== null) {
    const t = triple(gz);
    if (t && t[0] > 0 && t[0] <= 1000) graph.zoom = { k: t[0], cx: t[1], cy: t[2] };
    else ignored.push({ param: 'gz', value: gz });
  }
  for (const raw of p.getAll('pin')) {
    const i = raw.indexOf(',');
    const id = raw.slice(0, i);
    const xy = i > 0 ? raw.slice(i + 1).split(',') : [];
    const [x, y] = xy.map(Number);
    if (
      id &&
      (opts.isKnownId?.(id) ?? true) &&
      xy.length === 2 &&
      xy.every((v) => v.trim() !== '') &&
      Number.isFinite(x) &&
      Number.isFinite(y) &&
      !graph.pins.some((q) => q[0] === id)
    )
      graph.pins.push([id, x, y]);
    else ignored.push({ param: 'pin', value: raw });
  }

  return {
    state: {
      selected,
      document,
      filters,
      view,
      layout,
      camera,
      lang,
      sidebar,
      analysis,
      colorBy,
      story,
      graph,
    },
    ignored,
  };
}
