import { describe, expect, it } from 'vitest';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { BooleanStateSync } from '../../../src/lib/map/feature-state-sync';
import {
  FOCUS_RELATION_LAYERS,
  LAYER_ORDER,
  LAYERS,
  RELATION_LAYERS,
  above,
} from '../../../src/lib/map/layer-ids';

/** The part of a MapLibre map the sync uses: sources that come and go, and the writes. */
function fakeMap() {
  const sources = new Map<string, object>();
  const writes: string[] = [];
  const map = {
    getSource: (id: string) => sources.get(id),
    setFeatureState: (f: { source: string; id: string }, s: Record<string, boolean>) =>
      writes.push(`${f.source}/${f.id}=${Object.values(s)[0]}`),
  } as unknown as MaplibreMap;
  return {
    map,
    writes,
    add: (id: string) => sources.set(id, {}),
    remove: (id: string) => sources.delete(id),
  };
}

describe('BooleanStateSync (sources added when they first have data)', () => {
  it('writes only what changed', () => {
    const m = fakeMap();
    m.add('p');
    const sync = new BooleanStateSync('selected');
    sync.apply(m.map, [{ source: 'p', id: 'a' }]);
    sync.apply(m.map, [
      { source: 'p', id: 'a' },
      { source: 'p', id: 'b' },
    ]);
    sync.apply(m.map, [{ source: 'p', id: 'b' }]);
    expect(m.writes).toEqual(['p/a=true', 'p/b=true', 'p/a=false']);
  });

  it('a target whose source is not there yet is written once the source is added', () => {
    const m = fakeMap();
    m.add('p');
    const sync = new BooleanStateSync('related');
    const targets = [
      { source: 'p', id: 'a' },
      { source: 'lines', id: 'r1' },
    ];
    sync.apply(m.map, targets);
    expect(m.writes).toEqual(['p/a=true']);
    m.add('lines');
    sync.apply(m.map, targets);
    expect(m.writes).toEqual(['p/a=true', 'lines/r1=true']);
  });

  it('a source added again (its states gone) gets them written anew', () => {
    const m = fakeMap();
    m.add('p');
    const sync = new BooleanStateSync('hidden');
    sync.apply(m.map, [{ source: 'p', id: 'a' }]);
    m.remove('p');
    sync.apply(m.map, [{ source: 'p', id: 'a' }]);
    m.add('p');
    sync.apply(m.map, [{ source: 'p', id: 'a' }]);
    expect(m.writes).toEqual(['p/a=true', 'p/a=true']);
  });

  it('does not write false to a source that is gone', () => {
    const m = fakeMap();
    m.add('p');
    const sync = new BooleanStateSync('hover');
    sync.apply(m.map, [{ source: 'p', id: 'a' }]);
    m.remove('p');
    sync.apply(m.map, []);
    expect(m.writes).toEqual(['p/a=true']);
  });
});

describe('above (where a late layer is inserted)', () => {
  it.each([
    [LAYERS.areasFill, LAYER_ORDER.slice(1)],
    [
      RELATION_LAYERS.documented,
      [
        ...Object.values(FOCUS_RELATION_LAYERS),
        ...LAYER_ORDER.slice(LAYER_ORDER.indexOf(LAYERS.clusters)),
      ],
    ],
    // The strong lines above every resting line, in the same order by style.
    [
      FOCUS_RELATION_LAYERS.member,
      LAYER_ORDER.slice(LAYER_ORDER.indexOf(FOCUS_RELATION_LAYERS.partner)),
    ],
    [LAYERS.actorLabels, [LAYERS.projects, LAYERS.projectBadges, LAYERS.projectLabels]],
    [LAYERS.projectLabels, []],
  ])('%s goes below %j', (id, expected) => {
    expect(above(id)).toEqual(expected);
  });

  it('lists every project layer once, and refuses others', () => {
    const relationLayers =
      Object.keys(RELATION_LAYERS).length + Object.keys(FOCUS_RELATION_LAYERS).length;
    expect(new Set(LAYER_ORDER).size).toBe(Object.keys(LAYERS).length + relationLayers);
    expect(LAYER_ORDER.length).toBe(new Set(LAYER_ORDER).size);
    expect(() => above('basemap-laender-fill')).toThrow();
  });
});
