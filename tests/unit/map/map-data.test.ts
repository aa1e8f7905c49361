/** The project map's sources over the shipped dataset, and the pure style helpers. */
import { beforeAll, describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import {
  consortiumAreasOf,
  linesPassing,
  projectMapData,
  strongRelationIds,
  truePositionSteps,
  type Areas,
} from '../../../src/lib/map/map-data';
import { toGeoJSON } from '../../../src/lib/geo/to-geojson';
import { runToEnd } from '../../../src/lib/util/time-slice';
import { changedKeys } from '../../../src/lib/map/layers/diff';
import { emphasisOpacity, typeColor } from '../../../src/lib/map/style/expressions';
import { NODE_TYPE_COLORS } from '../../../src/lib/palette';
import { shippedDataset } from '../helpers/dataset';

describe('projectMapData on the shipped dataset', () => {
  const ds = shippedDataset();
  const data = projectMapData(ds);
  // Built later than the points, in slices (what the map does after its first frame).
  let areas: Areas;
  beforeAll(async () => {
    areas = await consortiumAreasOf(data);
  });

  it('places all 73 projects, and every node is either placed or reported', () => {
    expect(data.projects.features).toHaveLength(73);
    const placed = data.projects.features.length + data.actors.features.length;
    const reportedNodes = data.notLocated.filter((n) => n.what === 'node').length;
    expect(placed + reportedNodes).toBe(ds.nodes.length);
  });

  it('draws every relation whose ends are placed and reports the rest', () => {
    const reported = data.notLocated.filter((n) => n.what === 'relation').length;
    expect(data.relations.features.length + reported).toBe(ds.relations.length);
  });

  it('marks Bamberg–Universität Bamberg as documented with a Weiterleitungsvertrag', () => {
    const line = data.relations.features.find(
      (f) => f.properties.id === 'partner:bamberg:org-universitaet-bamberg',
    );
    expect(line?.properties.documented).toBe(true);
    expect(line?.properties.documentKinds).toContain('Weiterleitungsvertrag');
  });

  it.each([
    ['brandis-partheland', 7],
    ['hamburg-leipzig-muenchen-cut', 3],
    ['kreis-schleswig-flensburg', 3],
  ])('the %s area contains its %i drawn member points', (id, n) => {
    const area = areas.features.find((f) => f.properties.id === id);
    expect(area).toBeDefined();
    const members = ds.byId.get(id)!.project!.members;
    expect(members).toHaveLength(n);
    for (const m of members) {
      const pt = data.actors.features.find((f) => f.properties.id === m)!;
      expect(booleanPointInPolygon(pt.geometry.coordinates, area!), m).toBe(true);
    }
  });

  it('no actor is drawn exactly on a project symbol', () => {
    const projectAt = new Set(data.projects.features.map((f) => f.geometry.coordinates.join()));
    for (const a of data.actors.features)
      expect(projectAt.has(a.geometry.coordinates.join()), a.properties.id).toBe(false);
  });
});

describe('style helpers', () => {
  it('changedKeys finds added, removed and changed keys only', () => {
    expect(
      changedKeys(
        { a: 1, b: ['x', 1], c: 'same' },
        { a: 2, b: ['x', 1], c: 'same', d: true },
      ).sort(),
    ).toEqual(['a', 'd']);
    expect(changedKeys({ a: 1 }, undefined)).toEqual(['a']);
  });

  it('typeColor maps every known type to its palette colour', () => {
    const expr = typeColor() as unknown[];
    for (const [t, c] of Object.entries(NODE_TYPE_COLORS)) {
      const i = expr.indexOf(t);
      expect(i, t).toBeGreaterThan(1);
      expect(expr[i + 1]).toBe(c);
    }
  });

  it('emphasisOpacity dims only when something is selected', () => {
    expect((emphasisOpacity(0.8, false) as unknown[]).at(-1)).toBe(0.8);
    expect((emphasisOpacity(0.8, true) as unknown[]).at(-1)).toBeLessThan(0.8);
  });
});

describe('projectMapData builds no more than it must (issue 18)', () => {
  const ds = shippedDataset();
  const data = projectMapData(ds);

  it("takes the dataset's node index and gives what toGeoJSON builds on its own", () => {
    const own = toGeoJSON(ds.nodes, ds.relations, {
      documentKinds: new Map(
        [...ds.documentedRelations].map((id) => [
          id,
          [...new Set((ds.documentsOfRelation.get(id) ?? []).map((d) => d.kind))],
        ]),
      ),
    });
    expect(data.projects).toEqual(own.projects);
    expect(data.actors).toEqual(own.actors);
    expect(data.relations).toEqual(own.relations);
    expect(data.notLocated).toEqual(own.notLocated);
  });

  it('draws a line between the drawn positions of its ends', () => {
    for (const f of data.relations.features.slice(0, 50)) {
      const [a, b] = f.geometry.coordinates;
      expect(a).toEqual(data.positions.get(f.properties.source));
      expect(b).toEqual(data.positions.get(f.properties.target));
    }
  });

  it('gives the true (not spread) actor positions only when asked', () => {
    const positions = runToEnd(truePositionSteps(data.actors));
    expect(positions.size).toBe(data.actors.features.length);
    for (const f of data.actors.features.slice(0, 50))
      expect(positions.get(f.properties.id)).toEqual([f.properties.trueLon, f.properties.trueLat]);
    expect('positions' in data.areaInput).toBe(false);
  });
});

describe('strongRelationIds (the lines drawn strong)', () => {
  const ds = shippedDataset();
  const own = (id: string) => (ds.relationsOf.get(id) ?? []).map((r) => r.id);

  it('the selected node: every line it has, each once', () => {
    const ids = strongRelationIds(ds, ['bamberg'], []);
    expect(ids).toContain('partner:bamberg:org-universitaet-bamberg');
    expect(new Set(ids)).toEqual(new Set(own('bamberg')));
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('selected and hovered: both nodes’ lines, a shared one once; nulls and unknown ids skipped', () => {
    const ids = strongRelationIds(ds, ['paderborn', null, 'moenchengladbach', 'nowhere'], []);
    expect(new Set(ids)).toEqual(new Set([...own('paderborn'), ...own('moenchengladbach')]));
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('highlighted nodes: only the lines whose both ends are highlighted', () => {
    const line = ds.relations.find((r) => r.source === 'bamberg')!;
    expect(strongRelationIds(ds, [], ['bamberg', line.target])).toContain(line.id);
    expect(strongRelationIds(ds, [], ['bamberg'])).toEqual([]);
    expect(strongRelationIds(ds, [null], [])).toEqual([]);
  });
});

describe('linesPassing (the relation lines MapLibre gets)', () => {
  const line = (id: string, a: [number, number], b: [number, number]) => ({
    type: 'Feature' as const,
    geometry: { type: 'LineString' as const, coordinates: [a, b] },
    properties: { id },
  });
  const fc = {
    type: 'FeatureCollection' as const,
    features: [
      line('west', [6, 50], [7, 51]),
      line('east', [13, 52], [14, 53]),
      line('across', [6, 50], [14, 53]),
    ],
  };

  it('no filter and no box: the collection itself', () => {
    expect(linesPassing(fc, null, null)).toBe(fc);
  });

  it('keeps the ids that pass the filters', () => {
    const ids = linesPassing(fc, new Set(['east', 'nowhere']), null).features;
    expect(ids.map((f) => f.properties.id)).toEqual(['east']);
  });

  it('keeps the lines whose bounding box meets the box, a line across it too', () => {
    const near = linesPassing(fc, null, [12.5, 51.5, 15, 54]).features;
    expect(near.map((f) => f.properties.id)).toEqual(['east', 'across']);
    const both = linesPassing(fc, new Set(['across']), [12.5, 51.5, 15, 54]).features;
    expect(both.map((f) => f.properties.id)).toEqual(['across']);
    expect(linesPassing(fc, null, [0, 0, 1, 1]).features).toEqual([]);
  });
});
