/**
 * Names of the projected reference systems the import recognises, for the dialog. Kept apart
 * from `coords.ts` so the main bundle does not pull in proj4 (which only the worker needs).
 */
import type { ProjectedCrs } from './coords';

export const CRS_LABELS: Record<ProjectedCrs, string> = {
  'EPSG:25832': 'ETRS89 / UTM 32N (EPSG:25832)',
  'EPSG:25833': 'ETRS89 / UTM 33N (EPSG:25833)',
  'EPSG:31467': 'DHDN / Gauß-Krüger Zone 3 (EPSG:31467)',
  'EPSG:3857': 'Web Mercator (EPSG:3857)',
};
