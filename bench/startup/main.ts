/**
 * The start-up baseline: a bare MapLibre page with the app's basemap style and the project
 * points (the file the app's map reads first, data/project-points.geojson), as a MapLibre
 * developer would write it — sources by URL (parsed in MapLibre's
 * worker), one circle layer, nothing else. `?x=&y=&w=&h=` places the map where the app's
 * map pane is, so both draw the same pixels. It sets the same start-up mark as the app,
 * detected the same way (src/lib/map/startup-marks.ts).
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import fontUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import projectsUrl from '../../data/project-points.geojson?url';
import { GERMANY_BBOX } from '../../src/lib/data/laender';
import { basemapStyleByUrl } from '../../src/lib/map/style/basemap-by-url';
import { STARTUP_MARKS, markWhenDrawn } from '../../src/lib/map/startup-marks';

maplibregl.setWorkerUrl(workerUrl);
const q = new URLSearchParams(location.search);
const box = document.getElementById('map')!;
for (const k of ['x', 'y', 'w', 'h'] as const) {
  const prop = { x: 'left', y: 'top', w: 'width', h: 'height' }[k];
  box.style[prop as 'left'] = `${Number(q.get(k) ?? (k === 'w' || k === 'h' ? 800 : 0))}px`;
}

// The app's basemap style, sources by URL, as the app builds it.
const style = basemapStyleByUrl({
  fontUrl: new URL(fontUrl, document.baseURI).href,
  lang: 'de',
  base: document.baseURI,
});
style.sources.projects = { type: 'geojson', data: new URL(projectsUrl, document.baseURI).href };
style.layers.push({
  id: 'projects',
  type: 'circle',
  source: 'projects',
  paint: {
    'circle-color': '#0072B2',
    'circle-radius': 9,
    'circle-stroke-color': '#FFFFFF',
    'circle-stroke-width': 1.5,
  },
});

const map = new maplibregl.Map({
  container: box,
  style,
  bounds: [
    [GERMANY_BBOX[0], GERMANY_BBOX[1]],
    [GERMANY_BBOX[2], GERMANY_BBOX[3]],
  ],
  fitBoundsOptions: { padding: 24 },
  fadeDuration: 0,
  attributionControl: false,
});
markWhenDrawn(map, {
  source: 'projects',
  layer: 'projects',
  drawn: STARTUP_MARKS.projectsDrawn,
  ready: STARTUP_MARKS.mapReady,
});
