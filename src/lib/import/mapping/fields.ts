import { normalizePlaceName } from '../../geo/gazetteer';

/**
 * The fields a column can be read as, and the words people's tools use for them: the atlas'
 * own templates and exports, Gephi (`Id`, `Label`, `Source`, `Target`), Kumu (`Label`, `From`,
 * `To`, `Type`), Destatis GV-ISys (`Satzart`, `Gemeindename`, the ARS columns), QGIS and ArcGIS
 * (`X`, `Y`, `POINT_X`, `WKT`), the BKG (`GEN`, `AGS`, `ARS`), in German and English. Headers are
 * compared after {@link normalizeHeader} (case, umlauts, punctuation, Destatis' hyphenation).
 */

export const NODE_FIELDS = [
  'id',
  'name',
  'kind',
  'type',
  'lat',
  'lon',
  'wkt',
  'coords',
  'place',
  'land',
  'key',
  'keyLand',
  'keyRb',
  'keyKreis',
  'keyVb',
  'keyGem',
  'recordType',
  'staffel',
  'category',
  'project',
  'relation',
  'role',
  'linked',
  'url',
  'notes',
  'altNames',
] as const;
export type NodeField = (typeof NODE_FIELDS)[number];

export const EDGE_FIELDS = ['source', 'target', 'kind', 'role', 'url', 'id'] as const;
export type EdgeField = (typeof EDGE_FIELDS)[number];

export type Field = NodeField | EdgeField;

/** Header words per field (normalised). Order matters only within a field. */
export const NODE_ALIASES: Readonly<Record<NodeField, readonly string[]>> = {
  id: ['id', 'kennung', 'nr', 'nummer', 'node id', 'knoten id', 'uid'],
  name: [
    'name',
    'label',
    'bezeichnung',
    'akteur',
    'organisation',
    'organization',
    'titel',
    'title',
    'gemeindename',
    'gen',
    'name des akteurs',
    'projektname',
    'project name',
  ],
  kind: ['kind', 'art', 'knotentyp', 'knotenart', 'node kind', 'element type', 'ebene'],
  type: [
    'type',
    'typ',
    'akteurstyp',
    'actor type',
    'organisationstyp',
    'organisationsform',
    'rechtsform',
    'kategorie des akteurs',
  ],
  lon: [
    'lon',
    'lng',
    'long',
    'longitude',
    'laenge',
    'laengengrad',
    'geogr laenge',
    'x',
    'point x',
    'x koordinate',
    'rechtswert',
    'easting',
    'ost',
    'east',
    'wgs84 lon',
  ],
  lat: [
    'lat',
    'latitude',
    'breite',
    'breitengrad',
    'geogr breite',
    'y',
    'point y',
    'y koordinate',
    'hochwert',
    'northing',
    'nord',
    'north',
    'wgs84 lat',
  ],
  wkt: [
    'wkt',
    'wkt geom',
    'ewkt',
    'geometry',
    'geometrie',
    'geom',
    'the geom',
    'geometry wkt',
    'geojson',
  ],
  coords: [
    'koordinaten',
    'koordinate',
    'geokoordinaten',
    'gps koordinaten',
    'coordinates',
    'coords',
    'gps',
    'lat lon',
    'lat long',
    'lat lng',
    'latlon',
    'latlng',
    'breite laenge',
  ],
  place: [
    'place',
    'ort',
    'gemeinde',
    'municipality',
    'stadt',
    'city',
    'sitz',
    'seat',
    'kommune',
    'standort',
    'location',
  ],
  land: ['land', 'bundesland', 'state', 'federal state'],
  key: [
    'key',
    'ags',
    'ars',
    'rs',
    'gemeindeschluessel',
    'amtlicher gemeindeschluessel',
    'gemeindekennziffer',
    'municipality key',
    'regionalschluessel',
    'amtlicher regionalschluessel',
    'schluessel',
    'kreisschluessel',
    'kreiskennziffer',
    'kreis schluessel',
    'district key',
    'ags 0',
  ],
  keyLand: [],
  keyRb: [],
  keyKreis: [],
  keyVb: [],
  keyGem: [],
  recordType: ['satzart', 'record type'],
  staffel: ['staffel', 'round', 'call', 'foerderjahr', 'foerderrunde', 'jahr', 'year'],
  category: ['category', 'kategorie', 'programmkategorie', 'projektkategorie'],
  project: ['project', 'projekt', 'modellprojekt', 'project id', 'projekt id'],
  relation: ['relation', 'beziehung', 'relation kind', 'rolle im projekt'],
  role: ['role', 'rolle'],
  linked: ['verbunden mit', 'connected to', 'verbunden'],
  url: [
    'url',
    'link',
    'website',
    'webseite',
    'quelle',
    'sources',
    'quellen',
    'homepage',
    'web',
    'internet',
  ],
  notes: [
    'notes',
    'notiz',
    'notizen',
    'bemerkung',
    'bemerkungen',
    'beschreibung',
    'description',
    'desc',
    'kommentar',
    'comment',
  ],
  altNames: [
    'altnames',
    'alt names',
    'aliases',
    'alias',
    'abkuerzung',
    'andere namen',
    'kurzname',
    'short name',
  ],
};

export const EDGE_ALIASES: Readonly<Record<EdgeField, readonly string[]>> = {
  source: ['source', 'von', 'from', 'quelle id', 'start', 'startknoten', 'source id'],
  target: ['target', 'nach', 'to', 'ziel', 'end', 'endknoten', 'target id'],
  kind: ['kind', 'art', 'relation', 'beziehung', 'type', 'typ', 'connection type', 'beziehungsart'],
  role: ['role', 'rolle', 'label'],
  url: ['url', 'link', 'quelle', 'sources', 'quellen'],
  id: ['id', 'relation id'],
};

/** Words for the parts of a Destatis key, under an „ARS“ or „AGS“ header. */
export const KEY_PART_ALIASES: Readonly<Record<string, NodeField>> = {
  land: 'keyLand',
  rb: 'keyRb',
  regierungsbezirk: 'keyRb',
  'reg bez': 'keyRb',
  kreis: 'keyKreis',
  vb: 'keyVb',
  verband: 'keyVb',
  gemeindeverband: 'keyVb',
  gem: 'keyGem',
  gemeinde: 'keyGem',
};

/** Header words that name a technical row number, never data (QGIS `fid`, ArcGIS `OBJECTID`). */
export const TECHNICAL = new Set([
  'fid',
  'objectid',
  'object id',
  'ogc fid',
  'gid',
  'shape',
  'shape length',
  'shape area',
  'weight',
  'gewicht',
  'timeset',
  'interval',
]);

const ALL_WORDS = new Set(
  [...Object.values(NODE_ALIASES), ...Object.values(EDGE_ALIASES)].flat() as string[],
);

/** Whether a header cell is one of the field words (any field, nodes or edges). */
export function isFieldWord(label: string): boolean {
  return ALL_WORDS.has(normalizeHeader(label, true)) || ALL_WORDS.has(normalizeHeader(label));
}

/**
 * Normalise a header as place names are (case, umlauts spelled out, punctuation to spaces);
 * with `join`, hyphens between letters are dropped first (Destatis' hyphenation: „Satz-art“
 * → `satzart`).
 */
export function normalizeHeader(h: string, join = false): string {
  return normalizePlaceName(join ? h.replace(/(\p{Ll})-(\p{Ll})/gu, '$1$2') : h);
}
