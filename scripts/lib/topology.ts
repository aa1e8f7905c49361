/**
 * Polygons (EPSG:31467, metres) → a compact, quantised TopoJSON in WGS84 whose neighbours
 * share their borders, so simplification leaves no gaps or overlaps and a dissolve
 * (`topojson-client` `merge`/`mergeArcs`) leaves no slivers.
 *
 * Steps, all with well-kept libraries: `topojson-server` (topology: shared arcs),
 * `topojson-simplify` (Visvalingam, planar triangle area in m², arcs simplified once for
 * both neighbours), `proj4` (via {@link gk3ToWgs84}, arc by arc, so shared arcs stay shared),
 * `topojson-client` (`quantize`: delta-encoded integers).
 * https://github.com/topojson/topojson-server · https://github.com/topojson/topojson-simplify
 */
import polylabel from 'polylabel';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { gk3ToWgs84 } from './vg5000';

export interface TopologyOptions {
  /**
   * Points whose Visvalingam triangle is smaller than this (m²) are dropped. 1 km² keeps the
   * shape of a Gemeinde at zoom 10 (one pixel ≈ 100 m).
   */
  minWeight: number;
  /** Grid cells per bbox side for quantisation (1e5 ≈ 9 m across Germany). */
  quantization: number;
}

/** Shoelace area of a ring in the units of its coordinates (absolute value). */
function ringArea(ring: readonly Position[]): number {
  let s = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++)
    s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return Math.abs(s / 2);
}

/** Area of a (Multi)Polygon: exteriors minus holes. */
export function planarArea(g: Polygon | MultiPolygon): number {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let a = 0;
  for (const p of polys) p.forEach((ring, i) => (a += i === 0 ? ringArea(ring) : -ringArea(ring)));
  return a;
}

type Arcs = number[][][];

/** Arc indices (≥ 0) used by a TopoJSON geometry. */
function arcsOf(g: { type: string; arcs?: unknown }): number[] {
  const out: number[] = [];
  const walk = (x: unknown) => {
    if (typeof x === 'number') out.push(x < 0 ? ~x : x);
    else if (Array.isArray(x)) x.forEach(walk);
  };
  walk(g.arcs);
  return out;
}

/**
 * Build, simplify, reproject and quantise. Every object keeps at least 60 % of its area:
 * where simplification would shrink a small Gemeinde (a ring of two arcs collapses to a
 * line), the biggest interior point of each of its arcs is kept, and the arcs are simplified
 * again.
 * @param objects named collections of EPSG:31467 polygons; `id` and `properties` are kept
 * @returns a quantised WGS84 Topology
 */
export function simplifiedTopology(
  objects: Record<string, FeatureCollection<Polygon | MultiPolygon>>,
  { minWeight, quantization }: TopologyOptions,
): Topology {
  const topo = topology(objects) as unknown as Topology<Objects<object>>;
  const pre = presimplify(topo);
  const arcs = pre.arcs as unknown as Arcs;
  let simplified = simplify(pre, minWeight);
  for (let round = 0; round < 5; round++) {
    let protectedArcs = 0;
    for (const [name, fc] of Object.entries(objects)) {
      const geoms = (simplified.objects[name] as GeometryCollection).geometries as {
        type: string;
        arcs?: unknown;
      }[];
      const after = feature(simplified, simplified.objects[name] as GeometryCollection).features;
      after.forEach((f, i) => {
        const before = planarArea(fc.features[i].geometry);
        const now = f.geometry ? planarArea(f.geometry as Polygon | MultiPolygon) : 0;
        if (now >= 0.6 * before) return;
        for (const a of arcsOf(geoms[i])) {
          const arc = arcs[a];
          // Keep the interior point with the largest weight (and two on a closed single arc).
          const interior = arc.slice(1, -1).filter((p) => p[2] !== Infinity);
          interior.sort((p, q) => q[2] - p[2]);
          const closed =
            arc[0][0] === arc[arc.length - 1][0] && arc[0][1] === arc[arc.length - 1][1];
          for (const p of interior.slice(0, closed ? 2 : 1)) p[2] = Infinity;
          protectedArcs++;
        }
      });
    }
    if (protectedArcs === 0) break;
    simplified = simplify(pre, minWeight);
  }
  const projected = {
    ...simplified,
    bbox: undefined,
    arcs: (simplified.arcs as unknown as Arcs).map((arc) => arc.map((p) => gk3ToWgs84(p))),
  } as unknown as Topology<Objects<object>>;
  delete projected.bbox;
  return quantize(projected, quantization);
}

/**
 * A label point inside a (Multi)Polygon: the pole of inaccessibility (`polylabel`) of its
 * largest part, computed on the unsimplified EPSG:31467 polygon to `precisionM` metres,
 * returned as [lon, lat] rounded to 4 decimals (≈ 10 m).
 */
export function labelPoint(g: Polygon | MultiPolygon, precisionM = 50): [number, number] {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let best = polys[0];
  let bestArea = -1;
  for (const p of polys) {
    const a = ringArea(p[0]);
    if (a > bestArea) [best, bestArea] = [p, a];
  }
  const xy = polylabel(best as [number, number][][], precisionM);
  const [lon, lat] = gk3ToWgs84(xy);
  return [round4(lon), round4(lat)];
}

export const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
export const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

/**
 * A Topology as text with one geometry and one arc per line: reviewable diffs, and the same
 * bytes for the same input.
 */
export function topologyText(t: Topology, header: Record<string, unknown>): string {
  const lines: string[] = ['{'];
  for (const [k, v] of Object.entries(header))
    lines.push(`  ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
  lines.push(`  "type": "Topology",`);
  lines.push(`  "transform": ${JSON.stringify(t.transform)},`);
  lines.push(`  "objects": {`);
  const names = Object.keys(t.objects);
  names.forEach((name, j) => {
    const geoms = (t.objects[name] as GeometryCollection).geometries;
    lines.push(`    ${JSON.stringify(name)}: { "type": "GeometryCollection", "geometries": [`);
    lines.push(geoms.map((g) => `      ${JSON.stringify(g)}`).join(',\n'));
    lines.push(`    ] }${j < names.length - 1 ? ',' : ''}`);
  });
  lines.push('  },');
  lines.push('  "arcs": [');
  lines.push(t.arcs.map((a) => `    ${JSON.stringify(a)}`).join(',\n'));
  lines.push('  ]');
  lines.push('}');
  return lines.join('\n') + '\n';
}

export type { Feature };
