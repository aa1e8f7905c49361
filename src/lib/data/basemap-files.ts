/**
 * The four basemap files that ship in `data/basemap/`. Vite copies them into the build as
 * hashed assets on our own origin, so they load offline. `url` is what the build serves,
 * `file` the name a message gives.
 */
import laenderUrl from '../../../data/basemap/laender.geojson?url';
import labelsUrl from '../../../data/basemap/laender-labels.geojson?url';
import countriesUrl from '../../../data/basemap/countries.geojson?url';
import countryLabelsUrl from '../../../data/basemap/countries-labels.geojson?url';

export const BASEMAP_FILES = {
  laender: { url: laenderUrl, file: 'data/basemap/laender.geojson', kind: 'area' },
  labels: { url: labelsUrl, file: 'data/basemap/laender-labels.geojson', kind: 'point' },
  countries: { url: countriesUrl, file: 'data/basemap/countries.geojson', kind: 'area' },
  countryLabels: {
    url: countryLabelsUrl,
    file: 'data/basemap/countries-labels.geojson',
    kind: 'point',
  },
} as const;
