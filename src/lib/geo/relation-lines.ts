/**
 * Relations → straight LineStrings from the project to its member, partner or network
 * peer, with the properties the map styles by (kind, documented, document kinds, call).
 * A relation whose end has no drawn position is reported, not drawn.
 * Pure: GeoJSON in/out; no input is mutated. A line's two positions are the very arrays of
 * `positions` (shared, never written to).
 */
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import { STEP_CHUNK, runToEnd } from '../util/time-slice';

/** The part of a relation this stage reads. */
export interface RelationInput {
  id: string;
  source: string;
  target: string;
  kind: string;
}

export interface RelationProperties {
  id: string;
  source: string;
  target: string;
  kind: string;
  /** Whether the relation carries at least one document. */
  documented: boolean;
  /** Document kinds, joined with ', ' (MapLibre filters compare strings well). */
  documentKinds: string;
  /** The call of the project end (0 if unknown), for filters. */
  staffel: number;
}

export interface MissingEnd {
  id: string;
  /** "source name – target name", with the id where a name is unknown. */
  name: string;
  /** The end that has no position. */
  missing: string;
}

export interface RelationLineOptions {
  /** Document kinds per relation id (relations absent here carry none). */
  documentKinds?: ReadonlyMap<string, readonly string[]>;
  /** Display names by node id (for the report). */
  nameOf?: (id: string) => string | undefined;
  /** Call of a project by id (for filters). */
  staffelOf?: (id: string) => number | undefined;
}

export function relationLines(
  relations: readonly RelationInput[],
  positions: ReadonlyMap<string, Position>,
  options: RelationLineOptions = {},
): { lines: FeatureCollection<LineString, RelationProperties>; missing: MissingEnd[] } {
  return runToEnd(relationLinesSteps(relations, positions, options));
}

/** {@link relationLines} as a generator pausing every {@link STEP_CHUNK} relations (`runSliced`). */
export function* relationLinesSteps(
  relations: readonly RelationInput[],
  positions: ReadonlyMap<string, Position>,
  {
    documentKinds = new Map(),
    nameOf = () => undefined,
    staffelOf = () => undefined,
  }: RelationLineOptions = {},
): Generator<
  void,
  { lines: FeatureCollection<LineString, RelationProperties>; missing: MissingEnd[] },
  void
> {
  const features: Feature<LineString, RelationProperties>[] = [];
  const missing: MissingEnd[] = [];
  let step = 0;
  for (const r of relations) {
    if (++step % STEP_CHUNK === 0) yield;
    const a = positions.get(r.source);
    const b = positions.get(r.target);
    if (!a || !b) {
      missing.push({
        id: r.id,
        name: `${nameOf(r.source) ?? r.source} – ${nameOf(r.target) ?? r.target}`,
        missing: a ? r.target : r.source,
      });
      continue;
    }
    // Most relations carry no document: no Set, no array for them (100,000 lines at scale).
    const listed = documentKinds.get(r.id);
    const kinds = listed?.length ? [...new Set(listed)].join(', ') : '';
    features.push({
      type: 'Feature',
      // The ends' positions are shared, not copied: nothing downstream mutates a geometry
      // (MapLibre serialises its own copy), and 200,000 two-number arrays fewer is less GC.
      geometry: { type: 'LineString', coordinates: [a, b] },
      properties: {
        id: r.id,
        source: r.source,
        target: r.target,
        kind: r.kind,
        documented: kinds !== '',
        documentKinds: kinds,
        staffel: staffelOf(r.source) ?? 0,
      },
    });
  }
  return { lines: { type: 'FeatureCollection', features }, missing };
}
