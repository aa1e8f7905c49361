import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SymbolLayerSpecification } from 'maplibre-gl';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { LAENDER } from '../../../src/lib/data/laender';
import { parseBasemapLayer, type Basemap } from '../../../src/lib/data/basemap';
import {
  BASEMAP_LAYERS,
  BASEMAP_SOURCES,
  FONT,
  buildBasemapStyle,
} from '../../../src/lib/map/style/basemap-style';
import { BASEMAP_SOURCE_FILES, basemapStyleByUrl } from '../../../src/lib/map/style/basemap-by-url';

function read<K extends 'area' | 'point'>(file: string, kind: K) {
  const r = parseBasemapLayer(JSON.parse(readFileSync(`data/basemap/${file}`, 'utf8')), file, kind);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const data: Basemap = {
  laender: read('laender.geojson', 'area') as Basemap['laender'],
  labels: read('laender-labels.geojson', 'point') as Basemap['labels'],
  countries: read('countries.geojson', 'area') as Basemap['countries'],
  countryLabels: read('countries-labels.geojson', 'point') as Basemap['countryLabels'],
};
const fontUrl = 'http://localhost/assets/noto.woff2';

describe('buildBasemapStyle', () => {
  const style = buildBasemapStyle({ data, fontUrl, lang: 'de' });

  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('holds every Land as a source feature and label', () => {
    const src = style.sources[BASEMAP_SOURCES.laender] as unknown as { data: Basemap['laender'] };
    expect(src.data.features.map((f) => f.properties.id).sort()).toEqual(
      LAENDER.map((l) => l.id).sort(),
    );
    const labels = style.sources[BASEMAP_SOURCES.labels] as unknown as {
      data: Basemap['labels'];
    };
    expect(labels.data.features.map((f) => f.properties.name).sort()).toEqual(
      LAENDER.map((l) => l.de).sort(),
    );
  });

  it('has land, borders, labels and background layers in drawing order', () => {
    const ids = style.layers.map((l) => l.id);
    expect(ids[0]).toBe(BASEMAP_LAYERS.background);
    for (const id of Object.values(BASEMAP_LAYERS)) expect(ids).toContain(id);
    expect(ids.indexOf(BASEMAP_LAYERS.laenderFill)).toBeLessThan(
      ids.indexOf(BASEMAP_LAYERS.laenderLine),
    );
    expect(ids.at(-1)).toBe(BASEMAP_LAYERS.laenderLabel);
  });

  it('uses only the bundled font, declared in font-faces, and no glyph server', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style['font-faces']).toEqual({ [FONT]: [{ url: fontUrl }] });
    const symbols = style.layers.filter((l): l is SymbolLayerSpecification => l.type === 'symbol');
    expect(symbols.length).toBeGreaterThan(0);
    for (const l of symbols) expect(l.layout?.['text-font']).toEqual([FONT]);
  });

  it.each([
    ['de', 'name'],
    ['en', 'name_en'],
  ] as const)('labels in %s read the %s property', (lang, field) => {
    const s = buildBasemapStyle({ data, fontUrl, lang });
    const label = s.layers.find(
      (l) => l.id === BASEMAP_LAYERS.laenderLabel,
    ) as SymbolLayerSpecification;
    expect(label.layout?.['text-field']).toEqual(['get', field]);
  });

  it('references no remote URL other than the font it was given', () => {
    const text = JSON.stringify(buildBasemapStyle({ data, fontUrl, lang: 'de' }));
    const urls = text.match(/https?:\/\/[^"]+/g) ?? [];
    expect(urls).toEqual([fontUrl]);
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify(data);
    buildBasemapStyle({ data, fontUrl, lang: 'en', contrast: true });
    expect(JSON.stringify(data)).toBe(before);
  });
});

describe('parseBasemapLayer', () => {
  it('names the feature and field of a shape problem', () => {
    const bad = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'DE-BY', name: 'Bayern', name_en: 'Bavaria' },
          geometry: { type: 'Point', coordinates: [1, 2] },
        },
        {
          type: 'Feature',
          properties: { id: 'DE-BW', name_en: 'x' },
          geometry: { type: 'Point', coordinates: [1, 2] },
        },
      ],
    };
    const r = parseBasemapLayer(bad, 'labels.geojson', 'point');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatchObject({
        file: 'labels.geojson',
        code: 'shape',
        feature: '#1',
        field: 'properties.name',
      });
    }
  });

  it('rejects an empty collection', () => {
    const r = parseBasemapLayer({ type: 'FeatureCollection', features: [] }, 'x.geojson', 'area');
    expect(r.ok).toBe(false);
  });
});

// The map is made with `validateStyle: false` (MapView.svelte): the style it starts with is
// checked here instead, in every variant the app can start with.
describe('basemapStyleByUrl (the style the map starts with)', () => {
  it.each([
    ['de', false],
    ['en', false],
    ['de', true],
  ] as const)('is a valid MapLibre style (%s, contrast %s)', (lang, contrast) => {
    const style = basemapStyleByUrl({ fontUrl, lang, base: 'http://localhost/', contrast });
    expect(validateStyleMin(style)).toEqual([]);
    for (const id of Object.keys(BASEMAP_SOURCE_FILES))
      expect((style.sources[id] as { data: unknown }).data).toMatch(/^http:\/\/localhost\//);
  });
});
