/**
 * Column names of imported tables: German and English spellings, case-, space- and
 * umlaut-insensitive. The canonical names are documented in docs/data-format.md and used by
 * the downloadable templates.
 */

export const NODE_COLUMNS = {
  id: ['id', 'kennung', 'nr', 'nummer'],
  name: ['name', 'bezeichnung', 'akteur', 'organisation', 'titel des knotens'],
  kind: ['kind', 'art', 'knotentyp', 'knotenart', 'node kind'],
  type: ['type', 'typ', 'akteurstyp', 'actor type'],
  lon: [
    'lon',
    'lng',
    'long',
    'longitude',
    'laenge',
    'laengengrad',
    'x',
    'rechtswert',
    'easting',
    'ost',
    'east',
  ],
  lat: ['lat', 'latitude', 'breite', 'breitengrad', 'y', 'hochwert', 'northing', 'nord', 'north'],
  place: ['place', 'ort', 'gemeinde', 'municipality', 'stadt', 'city', 'sitz', 'seat', 'kommune'],
  land: ['land', 'bundesland', 'state'],
  key: [
    'key',
    'ags',
    'gemeindeschluessel',
    'gemeindeschlussel',
    'municipality key',
    'ars',
    'schluessel',
    'kreisschluessel',
  ],
  url: ['url', 'link', 'website', 'webseite', 'quelle', 'sources', 'quellen', 'homepage'],
  notes: ['notes', 'notiz', 'notizen', 'bemerkung', 'bemerkungen', 'beschreibung', 'description'],
  altNames: ['altnames', 'alt names', 'aliases', 'alias', 'abkuerzung', 'andere namen'],
  staffel: ['staffel', 'round', 'jahr', 'year'],
  category: ['category', 'kategorie'],
  project: ['project', 'projekt', 'modellprojekt'],
  relation: ['relation', 'beziehung', 'relation kind'],
  role: ['role', 'rolle'],
} as const;

export const EDGE_COLUMNS = {
  source: ['source', 'von', 'from', 'quelle id', 'start'],
  target: ['target', 'nach', 'to', 'ziel', 'end'],
  kind: ['kind', 'art', 'relation', 'beziehung', 'type', 'typ'],
  role: ['role', 'rolle'],
  url: ['url', 'link', 'quelle', 'sources', 'quellen'],
  id: ['id'],
} as const;

export type NodeColumn = keyof typeof NODE_COLUMNS;
export type EdgeColumn = keyof typeof EDGE_COLUMNS;

/** Normalise a header: lower case, umlauts spelled out, punctuation to spaces. */
export function normalizeHeader(h: string): string {
  return h
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface ColumnMap<C extends string> {
  /** Canonical column → index in the header. */
  index: Partial<Record<C, number>>;
  /** Header indices that matched nothing (reported, not silently dropped). */
  unknown: number[];
  /** Header indices whose canonical column appeared earlier already. */
  duplicate: number[];
}

export function mapColumns<C extends string>(
  header: readonly string[],
  aliases: Record<C, readonly string[]>,
): ColumnMap<C> {
  const lookup = new Map<string, C>();
  for (const [canonical, names] of Object.entries(aliases) as [C, readonly string[]][])
    for (const n of names) if (!lookup.has(n)) lookup.set(n, canonical);
  const index: Partial<Record<C, number>> = {};
  const unknown: number[] = [];
  const duplicate: number[] = [];
  header.forEach((h, i) => {
    const c = lookup.get(normalizeHeader(h));
    if (c === undefined) {
      if (h.trim() !== '') unknown.push(i);
    } else if (index[c] !== undefined) duplicate.push(i);
    else index[c] = i;
  });
  return { index, unknown, duplicate };
}

/** A table is an edge list when it has a source and a target column. */
export function isEdgeHeader(header: readonly string[]): boolean {
  const m = mapColumns(header, { source: EDGE_COLUMNS.source, target: EDGE_COLUMNS.target });
  return m.index.source !== undefined && m.index.target !== undefined;
}
