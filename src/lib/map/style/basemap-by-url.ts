/**
 * The basemap style with its four GeoJSON sources given by URL, as a MapLibre developer
 * would write it: MapLibre's worker fetches and parses the files, so the map is created at
 * once and the main thread never holds, checks or copies the basemap's geometry before the
 * first frame. The app and the start-up bench's bare page (bench/startup/) build their map
 * from this one function, so they draw the same basemap the same way.
 *
 * The app still loads and checks the files itself after the first map (`loads.basemap`:
 * the Land of an actor's seat), and at once when MapLibre reports one of them broken, to
 * name file and reason (see App.svelte).
 *
 * https://maplibre.org/maplibre-style-spec/sources/#geojson (`data`: "A URL to a GeoJSON file")
 */
import type { GeoJSONSourceSpecification, StyleSpecification } from 'maplibre-gl';
import { BASEMAP_FILES } from '../../data/basemap-files';
import type { Basemap } from '../../data/basemap';
import type { Lang } from '../../i18n/translate';
import { BASEMAP_SOURCES, buildBasemapStyle } from './basemap-style';

/** Basemap source id → the shipped file it draws (`BASEMAP_FILES`). */
export const BASEMAP_SOURCE_FILES: Record<string, (typeof BASEMAP_FILES)[keyof Basemap]> = {
  [BASEMAP_SOURCES.laender]: BASEMAP_FILES.laender,
  [BASEMAP_SOURCES.labels]: BASEMAP_FILES.labels,
  [BASEMAP_SOURCES.countries]: BASEMAP_FILES.countries,
  [BASEMAP_SOURCES.countryLabels]: BASEMAP_FILES.countryLabels,
};

export interface BasemapByUrlOptions {
  /** Absolute URL of the bundled font file (woff2). */
  fontUrl: string;
  lang: Lang;
  /** What the files' (relative) URLs resolve against: the page's base URI. */
  base: string;
  /** High-contrast colours for projectors. */
  contrast?: boolean;
}

/** {@link buildBasemapStyle} with each basemap source's `data` the absolute URL of its file. */
export function basemapStyleByUrl({
  fontUrl,
  lang,
  base,
  contrast,
}: BasemapByUrlOptions): StyleSpecification {
  const empty = { type: 'FeatureCollection', features: [] } as never;
  const style = buildBasemapStyle({
    data: { laender: empty, labels: empty, countries: empty, countryLabels: empty },
    fontUrl,
    lang,
    contrast,
  });
  for (const [id, f] of Object.entries(BASEMAP_SOURCE_FILES))
    (style.sources[id] as GeoJSONSourceSpecification).data = new URL(f.url, base).href;
  return style;
}
