/** Ids of the official-area sources and layers (explicit, fixed; used by tests and the bench). */
export const ADMIN_SOURCES = {
  kreise: 'admin-kreise',
  gemeinden: 'admin-gemeinden',
  /** `data/admin/gemeinde-borders.geojson` (Gemeinde and Kreis borders), by URL. */
  gemeindeBorders: 'admin-gemeinde-borders',
  kreisLines: 'admin-kreis-lines',
  gemeindeLabels: 'admin-gemeinde-labels',
  kreisLabels: 'admin-kreis-labels',
} as const;

export const ADMIN_LAYERS = {
  kreiseFill: 'admin-kreise-fill',
  gemeindenFill: 'admin-gemeinden-fill',
  gemeindeLines: 'admin-gemeinde-lines',
  kreisLines: 'admin-kreis-lines',
  kreisLinesFine: 'admin-kreis-lines-fine',
  gemeindeLabels: 'admin-gemeinde-labels',
  kreisLabels: 'admin-kreis-labels',
  kreisCityLabels: 'admin-kreis-city-labels',
} as const;
