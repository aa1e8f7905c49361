/**
 * The official administrative areas (`data/admin/*.topo.json`, built by
 * `scripts/build-admin.ts` from the BKG's VG5000, Stand 01.01.2021): decoding, the territory
 * of an official key, dissolves and border meshes. Pure: TopoJSON in, GeoJSON out, nothing
 * mutated; the app fetches the files on first need (`load-admin.ts`).
 *
 * Every level is dissolved from the one Gemeinde topology, whose neighbours share their
 * borders, so a Kreis, a Verband or a consortium of Gemeinden is one polygon without slivers
 * (`topojson-client` `merge`), and far-apart members stay separate parts.
 * https://github.com/topojson/topojson-client#merge · #mesh
 */
import { feature, merge, mesh } from 'topojson-client';
import type {
  Feature,
  FeatureCollection,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
} from 'geojson';
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import * as v from 'valibot';
import { arsToAgs, officialKeyCandidates } from './official-keys';

type AreaGeometry = (TopoPolygon | TopoMultiPolygon) & { id: string };

const GeometrySchema = (id: RegExp) =>
  v.object({
    type: v.picklist(['Polygon', 'MultiPolygon']),
    id: v.pipe(v.string(), v.regex(id)),
    arcs: v.array(v.unknown()),
    properties: v.optional(v.unknown()),
  });

const topologySchema = (object: string, id: RegExp) =>
  v.object({
    type: v.literal('Topology'),
    transform: v.object({
      scale: v.tuple([v.number(), v.number()]),
      translate: v.tuple([v.number(), v.number()]),
    }),
    objects: v.object({
      [object]: v.object({
        type: v.literal('GeometryCollection'),
        geometries: v.pipe(v.array(GeometrySchema(id)), v.minLength(1)),
      }),
    }),
    arcs: v.array(v.array(v.array(v.number()))),
  });

export const GemeindenFileSchema = topologySchema('gemeinden', /^\d{12}$/);
export const KreiseFileSchema = v.object({
  ...topologySchema('kreise', /^\d{5}$/).entries,
  objects: v.object({
    kreise: v.object({
      type: v.literal('GeometryCollection'),
      geometries: v.pipe(
        v.array(
          v.object({
            ...GeometrySchema(/^\d{5}$/).entries,
            properties: v.object({
              name: v.string(),
              bez: v.string(),
              label: v.tuple([v.number(), v.number()]),
            }),
          }),
        ),
        v.minLength(1),
      ),
    }),
  }),
});

/** The Gemeinde topology with its key indices. */
export interface AdminGemeinden {
  readonly topology: Topology;
  /** Every Gemeinde and gemeindefreies Gebiet, `id` = 12-digit ARS. */
  readonly geometries: readonly AreaGeometry[];
  /** AGS (8 digits) → index into `geometries`. */
  readonly byAgs: ReadonlyMap<string, number>;
}

/** A Kreis of the coarse Kreis file. */
export interface KreisProperties {
  /** Kreisschlüssel, 5 digits (also the feature id). */
  ags: string;
  name: string;
  /** BKG `BEZ`: Kreis, Landkreis, Kreisfreie Stadt, Stadtkreis. */
  bez: string;
  /** A point inside the Kreis (pole of inaccessibility), [lon, lat]. */
  label: [number, number];
}

export interface AdminKreise {
  readonly topology: Topology;
  /** Polygons (id = Kreisschlüssel), for fills and the choropleth. */
  readonly polygons: FeatureCollection<Polygon | MultiPolygon, KreisProperties>;
}

/**
 * Decode `data/admin/gemeinden.topo.json`.
 * @throws valibot.ValiError when the file does not have the expected shape
 */
export function decodeGemeinden(raw: unknown): AdminGemeinden {
  v.parse(GemeindenFileSchema, raw);
  const topology = raw as Topology;
  const geometries = (topology.objects.gemeinden as GeometryCollection)
    .geometries as AreaGeometry[];
  const byAgs = new Map<string, number>();
  geometries.forEach((g, i) => byAgs.set(arsToAgs(g.id), i));
  return { topology, geometries, byAgs };
}

/**
 * Decode `data/admin/kreise.topo.json` into polygons with their names and label points.
 * @throws valibot.ValiError when the file does not have the expected shape
 */
export function decodeKreise(raw: unknown): AdminKreise {
  v.parse(KreiseFileSchema, raw);
  const topology = raw as Topology;
  const fc = feature(topology, topology.objects.kreise as GeometryCollection) as FeatureCollection<
    Polygon | MultiPolygon,
    Omit<KreisProperties, 'ags'>
  >;
  return {
    topology,
    polygons: {
      type: 'FeatureCollection',
      features: fc.features.map((f) => ({
        ...f,
        properties: { ...f.properties, ags: String(f.id) },
      })),
    },
  };
}

/**
 * Indices of the Gemeinden that make up the unit an official key names: a Gemeinde (AGS or
 * ARS), a Verband (9 digits: the Gemeinden whose ARS starts with it), a Kreis (5 digits) or a
 * Land (2). Tries every reading of the key (a lost leading zero restored). Empty when the key
 * names nothing in the file.
 */
export function gemeindenOf(admin: AdminGemeinden, key: string): number[] {
  for (const k of officialKeyCandidates(key)) {
    if (k.kind === 'gemeinde') {
      const i = admin.byAgs.get(k.key);
      if (i !== undefined) return [i];
      continue;
    }
    const out: number[] = [];
    admin.geometries.forEach((g, i) => {
      if (g.id.startsWith(k.key)) out.push(i);
    });
    if (out.length) return out;
  }
  return [];
}

/**
 * The union of Gemeinden as one MultiPolygon: shared borders removed, adjacent Gemeinden one
 * part, separate ones separate parts. Null for no index.
 */
export function dissolve(admin: AdminGemeinden, indices: readonly number[]): MultiPolygon | null {
  if (indices.length === 0) return null;
  return merge(admin.topology, indices.map((i) => admin.geometries[i]) as never) as MultiPolygon;
}

/** Every Gemeinde as a GeoJSON feature (id = ARS, property `ags`), for fills and hit tests. */
export function gemeindePolygons(
  admin: AdminGemeinden,
): FeatureCollection<Polygon | MultiPolygon, { ars: string; ags: string }> {
  return {
    type: 'FeatureCollection',
    features: admin.geometries.map((g) => {
      const f = feature(admin.topology, g) as Feature<Polygon | MultiPolygon>;
      return { ...f, id: g.id, properties: { ars: g.id, ags: arsToAgs(g.id) } };
    }),
  };
}

/** Which borders a mesh draws: between Gemeinden of one Kreis, between Kreise, between Länder. */
export type BorderLevel = 'gemeinde' | 'kreis';

/**
 * Inner borders of the Gemeinde topology at one level, each drawn once: `gemeinde` gives the
 * borders between two Gemeinden of the same Kreis, `kreis` those between two Kreise (Land
 * borders included; the basemap draws them on top). The outer border of Germany is left to
 * the basemap.
 */
export function gemeindeBorders(admin: AdminGemeinden, level: BorderLevel): MultiLineString {
  const kreis = (g: { id?: string | number }) => String(g.id).slice(0, 5);
  return mesh(admin.topology, admin.topology.objects.gemeinden as GeometryCollection, (a, b) =>
    a === b ? false : level === 'gemeinde' ? kreis(a) === kreis(b) : kreis(a) !== kreis(b),
  );
}

/** Inner borders of the coarse Kreis file (each drawn once). */
export function kreisBorders(kreise: AdminKreise): MultiLineString {
  return mesh(
    kreise.topology,
    kreise.topology.objects.kreise as GeometryCollection,
    (a, b) => a !== b,
  );
}

/** One label point per Kreis (inside it), with `name`, `bez` and `ags`. */
export function kreisLabels(kreise: AdminKreise): FeatureCollection<Point, KreisProperties> {
  return {
    type: 'FeatureCollection',
    features: kreise.polygons.features.map((f) => ({
      type: 'Feature',
      id: f.properties.ags,
      geometry: { type: 'Point', coordinates: f.properties.label },
      properties: f.properties,
    })),
  };
}
