/**
 * Dataset → everything the project map draws: node and relation sources (via
 * lib/geo/to-geojson) and the "nicht verortet" report, computed once per dataset (filters,
 * hover and selection never rebuild it), in one pure step or time-sliced
 * ({@link projectMapDataSteps}). Consortium areas are the members'
 * territory (AdminState, once the Gemeinden are loaded); where those cannot be loaded, the
 * buffered shapes of {@link consortiumAreasOf} (Turf), built on demand in slices from a
 * module loaded then.
 */
import type {
  FeatureCollection,
  Geometry,
  LineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import type { Dataset } from '../data/dataset';
import { documentKinds } from '../data/dataset';
import { toGeoJSONSteps, type MapData } from '../geo/to-geojson';
import type { AreaProperties, ConsortiumInput } from '../geo/consortium-areas';
import type { TerritoryInput } from '../geo/territory-areas';
import { STEP_CHUNK, runSliced, runToEnd } from '../util/time-slice';
import { features } from '../features';

export type Areas = FeatureCollection<Polygon | MultiPolygon, AreaProperties>;
export const NO_AREAS: Areas = { type: 'FeatureCollection', features: [] };

export interface ProjectMapData extends MapData {
  /**
   * The projects the buffered consortium areas are built from (see {@link consortiumAreasOf},
   * which takes the members' true positions from `actors` only when it is needed).
   */
  areaInput: { projects: ConsortiumInput[] };
}

/** No data yet: every source empty. */
export const NO_MAP_DATA: ProjectMapData = {
  projects: { type: 'FeatureCollection', features: [] },
  actors: { type: 'FeatureCollection', features: [] },
  relations: { type: 'FeatureCollection', features: [] },
  positions: new Map(),
  notLocated: [],
  areaInput: { projects: [] },
};

export function projectMapData(ds: Dataset): ProjectMapData {
  return runToEnd(projectMapDataSteps(ds));
}

/** {@link projectMapData} as a generator for `runSliced` (100,000 nodes take ~1 s in one go). */
export function* projectMapDataSteps(ds: Dataset): Generator<void, ProjectMapData, void> {
  const kinds = new Map<string, string[]>();
  for (const id of ds.documentedRelations) kinds.set(id, documentKinds(ds, id));
  const data = yield* toGeoJSONSteps(ds.nodes, ds.relations, {
    documentKinds: kinds,
    byId: ds.byId,
  });
  const projects: ConsortiumInput[] = [];
  let step = 0;
  for (const n of ds.nodes) {
    if (++step % STEP_CHUNK === 0) yield;
    if (n.kind === 'project')
      projects.push({ id: n.id, name: n.name, members: n.project?.members ?? [] });
  }
  return { ...data, areaInput: { projects } };
}

/**
 * Where the data put each actor (`trueLon`, `trueLat`), not where the map spread it to: the
 * buffered areas are drawn around the true member seats. Built only for those areas (the
 * fallback when the Gemeinden cannot be loaded), never with every dataset.
 */
export function* truePositionSteps(
  actors: ProjectMapData['actors'],
): Generator<void, Map<string, Position>, void> {
  const out = new Map<string, Position>();
  let step = 0;
  for (const f of actors.features) {
    if (++step % STEP_CHUNK === 0) yield;
    out.set(f.properties.id, [f.properties.trueLon, f.properties.trueLat]);
  }
  return out;
}

/**
 * The buffered consortium areas (6 km around the members) of `data`: loads the Turf module
 * on first use and builds one area per slice of the main thread. Rejects when `signal`
 * aborts.
 */
export async function consortiumAreasOf(
  data: ProjectMapData,
  signal?: AbortSignal,
): Promise<Areas> {
  const { consortiumAreaSteps } = await features.consortiumAreas.load();
  signal?.throwIfAborted();
  const positions = await runSliced(truePositionSteps(data.actors), { signal });
  return runSliced(consortiumAreaSteps(data.areaInput.projects, positions, { bufferKm: 6 }), {
    signal,
  });
}

/**
 * The features of `fc` whose `id` is in `ids`, as a new collection (features shared, not
 * copied). For the point sources, so filtered-out nodes neither count in clusters nor
 * take label space. Does not mutate its input.
 */
export function visibleFeatures<G extends Geometry, P extends { id: string }>(
  fc: FeatureCollection<G, P>,
  ids: ReadonlySet<string>,
): FeatureCollection<G, P> {
  return { ...fc, features: fc.features.filter((f) => ids.has(f.properties.id)) };
}

/**
 * The straight lines of `fc` whose id is in `ids` (null: every id) and that, if `box`
 * ([west, south, east, north], degrees) is given, have their bounding box overlap it: what a
 * crowded map gives MapLibre near the view. `fc` itself when nothing is left out; else a new
 * collection sharing the features. Uses each line's first and last position. Pure.
 */
export function linesPassing<P extends { id: string }>(
  fc: FeatureCollection<LineString, P>,
  ids: ReadonlySet<string> | null,
  box: readonly [number, number, number, number] | null,
): FeatureCollection<LineString, P> {
  if (!ids && !box) return fc;
  const features = fc.features.filter((f) => {
    if (ids && !ids.has(f.properties.id)) return false;
    if (!box) return true;
    const [w, s, e, n] = box;
    const c = f.geometry.coordinates;
    const [x0, y0] = c[0];
    const [x1, y1] = c[c.length - 1];
    return (
      Math.max(x0, x1) >= w &&
      Math.min(x0, x1) <= e &&
      Math.max(y0, y1) >= s &&
      Math.min(y0, y1) <= n
    );
  });
  return { ...fc, features };
}

/**
 * Ids of the relations drawn as strong lines: every relation of each node in `focused` (the
 * selected node; on a crowded map also the hovered one), and each relation whose source and
 * target are both in `highlighted` (stories, analysis). Unknown ids are skipped; each id
 * once, in the order found. Pure.
 */
export function strongRelationIds(
  ds: Pick<Dataset, 'relationsOf'>,
  focused: readonly (string | null)[],
  highlighted: readonly string[],
): string[] {
  const ids: string[] = [];
  for (const id of focused) if (id) for (const r of ds.relationsOf.get(id) ?? []) ids.push(r.id);
  const lit = new Set(highlighted);
  for (const id of lit)
    for (const r of ds.relationsOf.get(id) ?? [])
      if (r.source === id && lit.has(r.target)) ids.push(r.id);
  return [...new Set(ids)];
}

/** Actor types whose official key is their territory (a Gemeinde, Verband or Kreis). */
const TERRITORIAL_TYPES: ReadonlySet<string> = new Set(['Kommune', 'Landkreis']);

/**
 * Each project with its members, for `territoryAreas`: a Kommune or Landkreis member brings
 * its official key (`ars` for an Amt/Verbandsgemeinde, else `ags`); every member brings its
 * position for the fallback circle. Pure.
 */
export function territoryInputs(ds: Dataset): TerritoryInput[] {
  const out: TerritoryInput[] = [];
  for (const n of ds.nodes) {
    if (n.kind !== 'project') continue;
    out.push({
      id: n.id,
      name: n.name,
      members: (n.project?.members ?? []).flatMap((id) => {
        const m = ds.byId.get(id);
        if (!m) return [];
        const a = m.actor;
        const key = a && TERRITORIAL_TYPES.has(a.type) ? (a.ars ?? a.ags) : undefined;
        const placed = !a?.located;
        return [{ id, ...(key ? { key } : {}), ...(placed ? { position: m.coordinates } : {}) }];
      }),
    });
  }
  return out;
}
