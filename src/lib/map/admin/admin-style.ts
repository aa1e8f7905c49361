/**
 * Styles of the official-area layers (Kreise, Gemeinden) and of the white-spot choropleth:
 * zoom ranges, colours, label text and priority. Pure; the layers read these, the legend and
 * the tests too.
 */
import type { ExpressionSpecification } from 'maplibre-gl';

/** Zoom from which the Kreise are fetched and their borders drawn. */
export const KREIS_ZOOM = 6;
/** Zoom from which Kreis names show. */
export const KREIS_LABEL_ZOOM = 7;
/**
 * Zoom from which the Gemeinden are fetched: from regional zoom the consortium areas need
 * them, and they are there before their borders are drawn.
 */
export const GEMEINDE_LOAD_ZOOM = 7;
/** Zoom from which Gemeinde borders and names show (the fine Kreis borders too). */
export const GEMEINDE_ZOOM = 8.5;

export const ADMIN_COLORS = {
  /** Kreis borders: darker than Gemeinde borders, lighter than Land borders. */
  kreisLine: '#9aa2ad',
  gemeindeLine: '#c9ccd1',
  kreisLabel: '#5d6670',
  gemeindeLabel: '#4a525c',
  halo: '#fbfaf6',
} as const;

/**
 * The label of a Kreis: its `BEZ` before the name („Landkreis Bamberg“, „Kreis Lippe“),
 * unless the name already says what it is („Hochsauerlandkreis“, „Region Hannover“,
 * „Städteregion Aachen“, „Regionalverband Saarbrücken“, „Eifelkreis Bitburg-Prüm“) or it is
 * a kreisfreie Stadt (its name alone).
 */
export function kreisLabelText(name: string, bez: string): string {
  if (bez === 'Kreisfreie Stadt' || bez === 'Stadtkreis') return name;
  if (/kreis|region|verband/i.test(name)) return name;
  return `${bez} ${name}`;
}

/**
 * Placement order of Gemeinde labels (`symbol-sort-key`, lower first): Städte before
 * Gemeinden, then by population, so the names that orient people win a collision.
 */
export function gemeindeLabelSortKey(): ExpressionSpecification {
  return ['-', ['case', ['==', ['get', 'bez'], 'Stadt'], 0, 100_000_000], ['get', 'population']];
}

/** Opacity that fades a layer in from `zoom` (starting at 30 %) over half a zoom level. */
export function fadeIn(zoom: number, to = 1): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], zoom, 0.3 * to, zoom + 0.5, to];
}

/**
 * Colours of the white-spot classes (`SPOT_CLASSES`: inside, ≤ 25, ≤ 50, ≤ 100, farther):
 * ColorBrewer YlOrRd (5), sequential and colour-blind safe; the farther, the darker.
 * https://colorbrewer2.org/#type=sequential&scheme=YlOrRd&n=5
 */
export const SPOT_COLORS = ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'] as const;

/** Fill colour by the feature-state `cls` written by the white-spot analysis. */
export function spotFill(): ExpressionSpecification {
  return [
    'match',
    ['coalesce', ['feature-state', 'cls'], -1],
    ...SPOT_COLORS.flatMap((c, i) => [i, c]),
    'rgba(0,0,0,0)',
  ] as unknown as ExpressionSpecification;
}
