/**
 * The shareable part of the app state, to and from the URL query string.
 * `parseUrlState` never throws: whatever it cannot use (an unknown id, an
 * invalid filter value, a malformed camera) is left out and listed in `ignored`,
 * so a damaged or outdated link still opens the app with what it can use.
 */
import { EMPTY_FILTERS, FACET_VALUES, type Filters } from './filters';
import type { ActorType, Category, DocumentKind, RelationKind, Staffel } from '../data/vocab';

export const VIEWS = ['split', 'map', 'graph', 'list'] as const;
export type View = (typeof VIEWS)[number];
export const LAYOUT_MODES = ['force', 'geo', 'type'] as const;
export type LayoutMode = (typeof LAYOUT_MODES)[number];

export interface Camera {
  lng: number;
  lat: number;
  zoom: number;
}

export interface UrlState {
  selected: string | null;
  filters: Filters;
  view: View;
  layout: LayoutMode;
  camera: Camera | null;
}

export const DEFAULT_URL_STATE: UrlState = {
  selected: null,
  filters: EMPTY_FILTERS,
  view: 'split',
  layout: 'force',
  camera: null,
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
  return p;
}

export interface ParseOptions {
  /** Ids that exist in the loaded dataset; an unknown `sel` is ignored. */
  isKnownId?: (id: string) => boolean;
  /** orgForm values that exist in the data; unknown ones are ignored. */
  isKnownOrgForm?: (value: string) => boolean;
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
        valid = (FACET_VALUES[key] as readonly (string | number)[]).includes(value);
      }
      if (valid && !out.includes(value)) out.push(value);
      else if (!valid) ignored.push({ param, value: raw });
    }
    (filters as unknown as Record<string, unknown>)[key] = out;
  }
  filters.staffel = filters.staffel as Staffel[];
  filters.category = filters.category as Category[];
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

  return { state: { selected, filters, view, layout, camera }, ignored };
}
