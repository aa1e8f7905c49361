/**
 * Map benchmark page. `?mode=ours|baseline&data=synthetic|real&seed=1`.
 * ours: the app's MapView + ProjectLayers over the data. baseline: a bare MapLibre map with
 * one circle layer and one line layer over the same node and line GeoJSON.
 * Exposes `window.__map` (and `window.__app` for ours) and sets `window.__ready`.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { mount } from 'svelte';
import { buildDataset, type Dataset } from '../../src/lib/data/dataset';
import { loadDataset } from '../../src/lib/data/load-dataset';
import { toGeoJSON } from '../../src/lib/geo/to-geojson';
import { syntheticPackage } from './synthetic';
import BenchMap from './BenchMap.svelte';

maplibregl.setWorkerUrl(workerUrl);
const q = new URLSearchParams(location.search);
const w = window as unknown as Record<string, unknown>;

async function dataset(): Promise<Dataset> {
  if (q.get('data') === 'real') {
    const r = await loadDataset();
    if (!r.ok) throw new Error('dataset failed to load');
    return r.dataset;
  }
  return buildDataset(syntheticPackage(11_000, 50_000, Number(q.get('seed') ?? 1)));
}

function baseline(ds: Dataset): void {
  const g = toGeoJSON(ds.nodes, ds.relations, { spreadMetres: 0 });
  const nodes = {
    type: 'FeatureCollection',
    features: [...g.projects.features, ...g.actors.features],
  };
  const map = new maplibregl.Map({
    container: 'app',
    style: {
      version: 8,
      sources: {
        nodes: { type: 'geojson', data: nodes as GeoJSON.FeatureCollection },
        lines: { type: 'geojson', data: g.relations },
      },
      layers: [
        { id: 'bg', type: 'background', paint: { 'background-color': '#fbfaf6' } },
        {
          id: 'lines',
          type: 'line',
          source: 'lines',
          paint: { 'line-color': '#4A5562', 'line-width': 1 },
        },
        {
          id: 'nodes',
          type: 'circle',
          source: 'nodes',
          paint: { 'circle-color': '#0072B2', 'circle-radius': 4 },
        },
      ],
    },
    bounds: [
      [5.8, 47.2],
      [15.1, 55.1],
    ],
    attributionControl: false,
  });
  w.__map = map;
}

const ds = await dataset();
if (q.get('mode') === 'baseline') baseline(ds);
else {
  mount(BenchMap, { target: document.getElementById('app')!, props: { dataset: ds } });
  // MapView publishes window.__map only under __TEST_HANDLES__; find it through the DOM.
}
w.__ready = true;
