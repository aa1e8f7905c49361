/**
 * Everything the official areas need once their data is there, in one chunk that
 * `AdminState` imports on first need (`import()`), so none of it (TopoJSON decoding, the
 * polygon union behind consortium areas, the Kreis border mesh) is part of the start-up
 * JavaScript.
 */
export { loadGemeinden, loadKreise } from '../../geo/load-admin';
export { gemeindePolygons } from '../../geo/admin-areas';
export { territoryAreas } from '../../geo/territory-areas';
export { gemeindeLabels, kreisLayers } from './admin-data';
