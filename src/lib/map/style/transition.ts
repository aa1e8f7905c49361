/**
 * Paint transitions under `prefers-reduced-motion`. MapLibre fades every changed paint value
 * over the style's `transition` (default 300 ms), drawing a frame each display refresh until it
 * ends: the selection's dimming alone cost about ten map frames, each 100–380 ms on a laptop
 * without a good GPU. With reduced motion a change is instant: each paint value we set carries
 * its own `<property>-transition` of `{duration: 0, delay: 0}` (style spec, "Transition");
 * without, the style's default fade stays.
 * https://maplibre.org/maplibre-style-spec/transition/
 */
import type { Map as MaplibreMap, TransitionSpecification } from 'maplibre-gl';

/** No fade, no delay: what a paint change gets under reduced motion. */
export const NO_TRANSITION: TransitionSpecification = Object.freeze({ duration: 0, delay: 0 });

/**
 * The paint properties of the style spec without a transition (`"transition": false` in
 * maplibre-gl-style-spec's `v8.json`; a unit test checks this list against it). MapLibre
 * rejects a `-transition` for them with an `error` event.
 */
const UNTRANSITIONABLE = new Set([
  'fill-antialias',
  'fill-layer-blend',
  'fill-translate-anchor',
  'fill-extrusion-translate-anchor',
  'fill-extrusion-vertical-gradient',
  'line-layer-blend',
  'line-translate-anchor',
  'line-gradient',
  'circle-translate-anchor',
  'circle-pitch-scale',
  'circle-pitch-alignment',
  'heatmap-weight',
  'heatmap-color',
  'icon-translate-anchor',
  'text-translate-anchor',
  'raster-layer-blend',
  'raster-resampling',
  'raster-fade-duration',
  'resampling',
  'hillshade-illumination-direction',
  'hillshade-illumination-altitude',
  'hillshade-illumination-anchor',
  'hillshade-method',
  'color-relief-color',
]);

/** True when the paint property `name` takes a `-transition` (every other paint property does). */
export const isTransitionable = (name: string): boolean =>
  !UNTRANSITIONABLE.has(name) && !name.endsWith('-transition');

/** The paint transition for the reader's setting: none with reduced motion, else the style's. */
export const paintTransition = (reducedMotion: boolean): TransitionSpecification | undefined =>
  reducedMotion ? NO_TRANSITION : undefined;

/**
 * Sets a paint property of a layer, first setting its `-transition` to `transition`
 * (`undefined`: the style's default fade). Unchanged values cost nothing: MapLibre compares
 * both with what the layer holds.
 * @param map the map, its style loaded; `layer` must exist (else MapLibre fires `error`)
 * @param name a paint property of the layer's type, e.g. `circle-opacity`
 * @param value a style-spec value or expression (plain JSON)
 * @param transition `NO_TRANSITION` under reduced motion (see {@link paintTransition})
 */
export function setPaint(
  map: MaplibreMap,
  layer: string,
  name: string,
  value: unknown,
  transition: TransitionSpecification | undefined,
): void {
  if (isTransitionable(name))
    map.setPaintProperty(layer, `${name}-transition` as 'circle-opacity', transition as never);
  map.setPaintProperty(layer, name as 'circle-opacity', value as never);
}
