import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import {
  PROJECTOR_MIN_TEXT_PX,
  atLeastTextSize,
  mapOutputs,
  scaledRadius,
} from '../../src/lib/projector';

describe('projector text sizes (issue 16: labels stayed at 11 px in presentation mode)', () => {
  it('raises literals and keeps larger ones', () => {
    expect(atLeastTextSize(11)).toBe(PROJECTOR_MIN_TEXT_PX);
    expect(atLeastTextSize(30)).toBe(30);
    expect(atLeastTextSize(undefined)).toBe(PROJECTOR_MIN_TEXT_PX);
  });

  it('raises each output of a zoom interpolation, leaving its stops', () => {
    expect(atLeastTextSize(['interpolate', ['linear'], ['zoom'], 4, 11, 10, 30])).toEqual([
      'interpolate',
      ['linear'],
      ['zoom'],
      4,
      24,
      10,
      30,
    ]);
    expect(atLeastTextSize(['step', ['zoom'], 10, 8, 14])).toEqual(['step', ['zoom'], 24, 8, 24]);
  });

  it('wraps a data expression in max and scales radii', () => {
    expect(atLeastTextSize(['get', 'size'])).toEqual(['max', 24, ['get', 'size']]);
    expect(scaledRadius(9, 2)).toBe(18);
    expect(scaledRadius(['case', ['get', 'a'], 2, 3], 2)).toEqual([
      '*',
      2,
      ['case', ['get', 'a'], 2, 3],
    ]);
    expect(mapOutputs(undefined, (v) => v, 5)).toBe(5);
  });

  it('what it writes is a valid MapLibre style', () => {
    const style = {
      version: 8,
      glyphs: 'fonts/{fontstack}/{range}.pbf',
      sources: { p: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
      layers: [
        {
          id: 't',
          type: 'symbol',
          source: 'p',
          layout: {
            'text-field': ['get', 'name'],
            'text-size': atLeastTextSize([
              'interpolate',
              ['linear'],
              ['zoom'],
              4,
              ['get', 's'],
              10,
              14,
            ]),
          },
        },
        {
          id: 'c',
          type: 'circle',
          source: 'p',
          paint: {
            'circle-radius': scaledRadius([
              'interpolate',
              ['linear'],
              ['zoom'],
              4,
              ['case', ['boolean', ['feature-state', 'selected'], false], 2, 3],
              10,
              9,
            ]),
          },
        },
      ],
    } as unknown as StyleSpecification;
    expect(validateStyleMin(style)).toEqual([]);
  });
});
