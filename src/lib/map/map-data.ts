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
  Feature,
  FeatureCollection,
  Geometry,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import type { Dataset } from '../data/dataset';
import { documentKinds } from '../data/dataset';
import { toGeoJSONSteps, type MapData } from '../geo/to-geojson';
import type { AreaProperties, ConsortiumInput } from '../geo/consortium-areas';
import type { TerritoryInput } from '../geo/territory-areas';
import { STEP_CHUNK, runSliced, runToEnd } from '../graph/time-slice';
import { features } from '../features';

export type Areas = FeatureCollection<Polygon | MultiPolygon, AreaProperties>;
export const NO_AREAS: Areas = { type: 'FeatureCollection', features: [] };

export interface ProjectMapData extends MapData {
  /** What the buffered consortium areas are built from (see {@link consortiumAreasOf}). */
  areaInput: { projects: ConsortiumInput[]; positions: Map<string, Position> };
}

export function projectMapData(ds: Dataset): ProjectMapData {
  return runToEnd(projectMapDataSteps(ds));
}

/** {@link projectMapData} as a generator for `runSliced` (100,000 nodes take ~1 s in one go). */
export function* projectMapDataSteps(ds: Dataset): Generator<void, ProjectMapData, void> {
  const kinds = new Map<string, string[]>();
  for (const id of ds.documentedRelations) kinds.set(id, documentKinds(ds, id));
  const data = yield* toGeoJSONSteps(ds.nodes, ds.relations, { documentKinds: kinds });
  const projects: ConsortiumInput[] = [];
  let step = 0;
  for (const n of ds.nodes) {
    if (++step % STEP_CHUNK === 0) yield;
    if (n.kind === 'project')
      projects.push({ id: n.id, name: n.name, members: n.project?.members ?? [] });
  }
  // Areas are drawn around the true member seats, not the spread positions.
  const truePositions = new Map<string, Position>();
  for (const f of data.actors.features as Feature[]) {
    if (++step % STEP_CHUNK === 0) yield;
    truePositions.set(String(f.properties?.id), [
      Number(f.properties?.trueLon),
      Number(f.properties?.trueLat),
    ]);
  }
  return { ...data, areaInput: { projects, positions: truePositions } };
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
  const { projects, positions } = data.areaInput;
  return runSliced(consortiumAreaSteps(projects, positions, { bufferKm: 6 }), { signal });
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
