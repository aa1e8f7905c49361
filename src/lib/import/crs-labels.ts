/**
 * The coordinate reference systems the import knows by code: what German GIS offices, Länder
 * surveys and Europe-wide statistics export in. Kept apart from `coords.ts` so the dialog can
 * name them without pulling in proj4 (which only the worker needs).
 *
 * Definitions are the proj4 strings of epsg.io. `guess` marks the systems tried when a file
 * has metres and declares nothing.
 *
 * @see https://epsg.io/25832 https://epsg.io/25833 https://epsg.io/31467 https://epsg.io/3035
 */

export interface KnownCrs {
  label: string;
  /** proj4 definition; null for geographic WGS 84 and ETRS89 (nothing to convert). */
  def: string | null;
  /** Tried when guessing a system for undeclared metres. */
  guess: boolean;
}

const utm = (zone: number, prefix = false) =>
  prefix
    ? `+proj=tmerc +lat_0=0 +lon_0=${zone * 6 - 183} +k=0.9996 +x_0=${zone}500000 +y_0=0 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs`
    : `+proj=utm +zone=${zone} +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs`;
const gk = (zone: number) =>
  `+proj=tmerc +lat_0=0 +lon_0=${zone * 3} +k=1 +x_0=${zone}500000 +y_0=0 +ellps=bessel +towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7 +units=m +no_defs +type=crs`;

export const KNOWN_CRS: Readonly<Record<string, KnownCrs>> = {
  'EPSG:4326': { label: 'WGS 84 (EPSG:4326)', def: null, guess: false },
  'EPSG:4258': { label: 'ETRS89 (EPSG:4258)', def: null, guess: false },
  'EPSG:25832': { label: 'ETRS89 / UTM 32N (EPSG:25832)', def: utm(32), guess: true },
  'EPSG:25833': { label: 'ETRS89 / UTM 33N (EPSG:25833)', def: utm(33), guess: true },
  'EPSG:4647': {
    label: 'ETRS89 / UTM 32N, Zone vorangestellt (EPSG:4647)',
    def: utm(32, true),
    guess: false,
  },
  'EPSG:5650': {
    label: 'ETRS89 / UTM 33N, Zone vorangestellt (EPSG:5650)',
    def: utm(33, true),
    guess: false,
  },
  'EPSG:31466': { label: 'DHDN / Gauß-Krüger Zone 2 (EPSG:31466)', def: gk(2), guess: true },
  'EPSG:31467': { label: 'DHDN / Gauß-Krüger Zone 3 (EPSG:31467)', def: gk(3), guess: true },
  'EPSG:31468': { label: 'DHDN / Gauß-Krüger Zone 4 (EPSG:31468)', def: gk(4), guess: true },
  'EPSG:31469': { label: 'DHDN / Gauß-Krüger Zone 5 (EPSG:31469)', def: gk(5), guess: true },
  'EPSG:3857': {
    label: 'Web Mercator (EPSG:3857)',
    def: '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs +type=crs',
    guess: true,
  },
  'EPSG:3035': {
    label: 'ETRS89 / LAEA Europa (EPSG:3035)',
    def: '+proj=laea +lat_0=52 +lon_0=10 +x_0=4321000 +y_0=3210000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs',
    guess: true,
  },
};

/** The label of a system for the dialog: the known label, or the id as written. */
export function crsLabel(id: string): string {
  return KNOWN_CRS[id]?.label ?? id;
}

/** ESRI `.prj` names (which carry no EPSG code) of the systems above. */
export const ESRI_NAMES: Readonly<Record<string, string>> = {
  GCS_WGS_1984: 'EPSG:4326',
  GCS_ETRS_1989: 'EPSG:4258',
  ETRS_1989_UTM_Zone_32N: 'EPSG:25832',
  ETRS_1989_UTM_Zone_33N: 'EPSG:25833',
  ETRS_1989_UTM_Zone_N32: 'EPSG:4647',
  ETRS_1989_UTM_Zone_N33: 'EPSG:5650',
  DHDN_3_Degree_Gauss_Zone_2: 'EPSG:31466',
  DHDN_3_Degree_Gauss_Zone_3: 'EPSG:31467',
  DHDN_3_Degree_Gauss_Zone_4: 'EPSG:31468',
  DHDN_3_Degree_Gauss_Zone_5: 'EPSG:31469',
  WGS_1984_Web_Mercator_Auxiliary_Sphere: 'EPSG:3857',
  ETRS_1989_LAEA: 'EPSG:3035',
};
