/**
 * The offline basemap style, built in code. All data is inline GeoJSON that the
 * app fetched from its own origin; labels use `font-faces` pointing at the
 * bundled Noto Sans, so no glyph server or tile server is ever contacted.
 *
 * Style spec: https://maplibre.org/maplibre-style-spec/
 * font-faces: https://maplibre.org/maplibre-style-spec/font-faces/
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { Basemap } from '../../data/basemap';
import type { Lang } from '../../i18n/translate';
import { basemapColors } from '../../palette';

/** The one font name all our symbol layers ask for. */
export const FONT = 'Noto Sans Regular';
export const FONT_STACK = [FONT];

export const BASEMAP_SOURCES = {
  countries: 'basemap-countries',
  countryLabels: 'basemap-countries-labels',
  laender: 'basemap-laender',
  labels: 'basemap-laender-labels',
} as const;

export const BASEMAP_LAYERS = {
  background: 'basemap-background',
  countriesFill: 'basemap-countries-fill',
  countriesLine: 'basemap-countries-line',
  countriesLabel: 'basemap-countries-label',
  laenderFill: 'basemap-laender-fill',
  laenderLine: 'basemap-laender-line',
  laenderLabel: 'basemap-laender-label',
} as const;

/** The property that holds a feature's name in `lang`. */
export const nameField = (lang: Lang): ['get', string] => [
  'get',
  lang === 'de' ? 'name' : 'name_en',
];

export interface BasemapStyleOptions {
  data: Basemap;
  /** Absolute URL of the bundled font file (woff2). */
  fontUrl: string;
  lang: Lang;
  /** High-contrast colours for projectors. */
  contrast?: boolean;
}

export function buildBasemapStyle({
  data,
  fontUrl,
  lang,
  contrast = false,
}: BasemapStyleOptions): StyleSpecification {
  const c = basemapColors(contrast);
  return {
    version: 8,
    name: 'Kooperationsatlas offline',
    'font-faces': { [FONT]: [{ url: fontUrl }] },
    sources: {
      [BASEMAP_SOURCES.countries]: { type: 'geojson', data: data.countries },
      [BASEMAP_SOURCES.laender]: { type: 'geojson', data: data.laender, promoteId: 'id' },
      [BASEMAP_SOURCES.labels]: { type: 'geojson', data: data.labels },
      [BASEMAP_SOURCES.countryLabels]: { type: 'geojson', data: data.countryLabels },
    },
    layers: [
      { id: BASEMAP_LAYERS.background, type: 'background', paint: { 'background-color': c.water } },
      {
        id: BASEMAP_LAYERS.countriesFill,
        type: 'fill',
        source: BASEMAP_SOURCES.countries,
        paint: { 'fill-color': c.neighbour },
      },
      {
        id: BASEMAP_LAYERS.countriesLine,
        type: 'line',
        source: BASEMAP_SOURCES.countries,
        paint: { 'line-color': c.neighbourLine, 'line-width': 0.8 },
      },
      {
        id: BASEMAP_LAYERS.laenderFill,
        type: 'fill',
        source: BASEMAP_SOURCES.laender,
        paint: { 'fill-color': c.land },
      },
      {
        id: BASEMAP_LAYERS.laenderLine,
        type: 'line',
        source: BASEMAP_SOURCES.laender,
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': c.landLine,
          'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.6, 9, 1.6],
        },
      },
      {
        id: BASEMAP_LAYERS.countriesLabel,
        type: 'symbol',
        source: BASEMAP_SOURCES.countryLabels,
        minzoom: 4.5,
        layout: {
          'text-field': nameField(lang),
          'text-font': FONT_STACK,
          'text-size': 12,
          'text-letter-spacing': 0.1,
          'text-transform': 'uppercase',
        },
        paint: {
          'text-color': c.neighbourLabel,
          'text-halo-color': c.neighbour,
          'text-halo-width': 1,
        },
      },
      {
        id: BASEMAP_LAYERS.laenderLabel,
        type: 'symbol',
        source: BASEMAP_SOURCES.labels,
        layout: {
          'text-field': nameField(lang),
          'text-font': FONT_STACK,
          'text-size': ['interpolate', ['linear'], ['zoom'], 4, 10, 8, 15],
          'text-letter-spacing': 0.04,
          'text-max-width': 8,
          // Länder names must all stay visible: they orient the audience.
          'text-allow-overlap': true,
          'text-ignore-placement': true,
        },
        paint: {
          'text-color': c.landLabel,
          'text-halo-color': c.land,
          'text-halo-width': 1.5,
        },
      },
    ],
  };
}
