/**
 * Gazetteer and admin files → the GeoJSON the admin layers draw. Pure, computed once per
 * loaded file.
 */
import type { FeatureCollection, MultiLineString, Point } from 'geojson';
import type { Gazetteer } from '../../geo/gazetteer';
import { kreisBorders, kreisLabels, type AdminKreise } from '../../geo/admin-areas';
import { kreisLabelText } from './admin-style';

const lines = (g: MultiLineString): FeatureCollection<MultiLineString> => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', geometry: g, properties: {} }],
});

export interface GemeindeLabel {
  name: string;
  bez: string;
  ags: string;
  population: number;
}

/** One label per Gemeinde at its position in the gazetteer (its town centre). */
export function gemeindeLabels(g: Gazetteer): FeatureCollection<Point, GemeindeLabel> {
  return {
    type: 'FeatureCollection',
    features: g.places
      .filter((p) => p.kind === 'gemeinde')
      .map((p) => ({
        type: 'Feature',
        id: p.ags,
        geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
        properties: { name: p.name, bez: p.bez, ags: p.ags, population: p.population },
      })),
  };
}

/** Kreis borders (coarse file) and Kreis label points with their text. */
export function kreisLayers(k: AdminKreise) {
  const labels = kreisLabels(k);
  return {
    lines: lines(kreisBorders(k)),
    labels: {
      ...labels,
      features: labels.features.map((f) => ({
        ...f,
        properties: { ...f.properties, text: kreisLabelText(f.properties.name, f.properties.bez) },
      })),
    },
  };
}
