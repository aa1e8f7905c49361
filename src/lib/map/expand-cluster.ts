/**
 * Zooms the map in to where an actor cluster breaks apart, centred on it: what a click on a
 * cluster and Enter on a cluster in the keyboard walk both do.
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/GeoJSONSource/#getclusterexpansionzoom
 */
import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import { SOURCES } from './layer-ids';

export function expandCluster(map: MaplibreMap, clusterId: number, center: [number, number]): void {
  const src = map.getSource(SOURCES.actors) as GeoJSONSource | undefined;
  src
    ?.getClusterExpansionZoom(clusterId)
    .then((zoom) => map.easeTo({ center, zoom: zoom + 0.1 }))
    .catch(() => {});
}
