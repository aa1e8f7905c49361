/**
 * The current filtered selection as a table and as GeoJSON, for the minutes.
 * Pure: dataset + visible sets in, plain rows / FeatureCollection out.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { Dataset } from '../data/dataset';
import type { Visible } from '../state/filters';

export type ExportLang = 'de' | 'en';

const HEAD: Record<ExportLang, string[]> = {
  de: [
    'id',
    'art',
    'name',
    'typ',
    'staffel',
    'land',
    'laengengrad',
    'breitengrad',
    'verbunden_mit',
    'quellen',
  ],
  en: [
    'id',
    'kind',
    'name',
    'type',
    'call',
    'state',
    'longitude',
    'latitude',
    'connected_to',
    'sources',
  ],
};
const KIND: Record<ExportLang, Record<'project' | 'actor', string>> = {
  de: { project: 'Modellprojekt', actor: 'Akteur' },
  en: { project: 'model project', actor: 'actor' },
};

function sourcesOf(ds: Dataset, id: string): string[] {
  const n = ds.byId.get(id);
  return [...(n?.project?.sources ?? n?.actor?.sources ?? [])];
}

/** Visible nodes in dataset order, each with the names of the visible nodes it is related to. */
export function selectionRows(ds: Dataset, visible: Visible, lang: ExportLang = 'de'): unknown[][] {
  const rows: unknown[][] = [HEAD[lang]];
  for (const n of ds.nodes) {
    if (!visible.nodes.has(n.id)) continue;
    const linked = (ds.relationsOf.get(n.id) ?? [])
      .filter((r) => visible.relations.has(r.id))
      .map((r) => ds.byId.get(r.source === n.id ? r.target : r.source)?.name ?? '')
      .filter(Boolean);
    rows.push([
      n.id,
      KIND[lang][n.kind],
      n.name,
      n.type,
      n.staffel ?? '',
      n.land ?? '',
      n.coordinates[0],
      n.coordinates[1],
      [...new Set(linked)].join(' | '),
      sourcesOf(ds, n.id).join(' '),
    ]);
  }
  return rows;
}

/** Visible nodes as Points and visible relations as LineStrings between their ends. */
export function selectionGeoJson(
  ds: Dataset,
  visible: Visible,
): FeatureCollection<Point | LineString> {
  const features: Feature<Point | LineString>[] = [];
  for (const n of ds.nodes) {
    if (!visible.nodes.has(n.id)) continue;
    features.push({
      type: 'Feature',
      id: n.id,
      geometry: { type: 'Point', coordinates: [n.coordinates[0], n.coordinates[1]] },
      properties: {
        id: n.id,
        kind: n.kind,
        name: n.name,
        type: n.type,
        ...(n.staffel ? { staffel: n.staffel } : {}),
        ...(n.land ? { land: n.land } : {}),
        sources: sourcesOf(ds, n.id),
      },
    });
  }
  for (const r of ds.relations) {
    if (!visible.relations.has(r.id)) continue;
    const a = ds.byId.get(r.source);
    const b = ds.byId.get(r.target);
    if (!a || !b) continue;
    features.push({
      type: 'Feature',
      id: r.id,
      geometry: { type: 'LineString', coordinates: [[...a.coordinates], [...b.coordinates]] },
      properties: {
        id: r.id,
        kind: r.kind,
        source: r.source,
        target: r.target,
        sources: [...r.sources],
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
