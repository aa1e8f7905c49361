/**
 * toGeoJSON's per-feature properties at the edges the scale work (issue 18) rewrote: the calls
 * an actor belongs to (kept as bits), document kinds per line, and the nodes index passed in.
 */
import { describe, expect, it } from 'vitest';
import { toGeoJSON, type NodeInput } from '../../../src/lib/geo/to-geojson';

const nodes: NodeInput[] = [
  {
    id: 'p19',
    kind: 'project',
    name: 'P 2019',
    type: 'Großstadt',
    coordinates: [9, 50],
    staffel: 2019,
  },
  {
    id: 'p20',
    kind: 'project',
    name: 'P 2020',
    type: 'Großstadt',
    coordinates: [10, 51],
    staffel: 2020,
  },
  {
    id: 'p21',
    kind: 'project',
    name: 'P 2021',
    type: 'Großstadt',
    coordinates: [11, 52],
    staffel: 2021,
  },
  {
    id: 'p22',
    kind: 'project',
    name: 'P 2022',
    type: 'Großstadt',
    coordinates: [12, 53],
    staffel: 2022,
  },
  { id: 'a', kind: 'actor', name: 'A', type: 'Verein', coordinates: [8, 49] },
  { id: 'b', kind: 'actor', name: 'B', type: 'Verein', coordinates: [8.5, 49.5] },
  { id: 'c', kind: 'actor', name: 'C', type: 'Verein', coordinates: [7.5, 48.5] },
];
const relations = [
  { id: 'r1', source: 'p19', target: 'a', kind: 'member' },
  { id: 'r2', source: 'p21', target: 'a', kind: 'partner' },
  { id: 'r3', source: 'p22', target: 'b', kind: 'partner' },
  { id: 'r4', source: 'p20', target: 'c', kind: 'partner' },
];
const documentKinds = new Map([
  ['r1', ['Vertrag', 'Satzung', 'Vertrag']],
  ['r2', []],
]);

const flags = (f: { properties: { s2019: boolean; s2020: boolean; s2021: boolean } }) => [
  f.properties.s2019,
  f.properties.s2020,
  f.properties.s2021,
];

describe('toGeoJSON properties', () => {
  const out = toGeoJSON(nodes, relations, { documentKinds, spreadMetres: 0 });
  const feature = (id: string) =>
    [...out.projects.features, ...out.actors.features].find((f) => f.properties.id === id)!;
  const line = (id: string) => out.relations.features.find((f) => f.properties.id === id)!;

  it.each([
    ['p19', [true, false, false]],
    ['p20', [false, true, false]],
    ['p21', [false, false, true]],
    ['p22', [false, false, false]],
    // Member of a 2019 project and partner of a 2021 one.
    ['a', [true, false, true]],
    // Only a project of a call without a flag.
    ['b', [false, false, false]],
    ['c', [false, true, false]],
  ])('%s carries the call flags %j', (id, expected) => {
    expect(flags(feature(id))).toEqual(expected);
  });

  it('gives roles from member relations', () => {
    expect(['a', 'b'].map((id) => feature(id).properties.role)).toEqual(['member', 'partner']);
  });

  it('lists each document kind once; a relation without documents is not documented', () => {
    expect(line('r1').properties).toMatchObject({
      documented: true,
      documentKinds: 'Vertrag, Satzung',
    });
    for (const id of ['r2', 'r3'])
      expect(line(id).properties).toMatchObject({ documented: false, documentKinds: '' });
  });

  it('gives the same result with the caller’s index of the nodes', () => {
    const byId = new Map(nodes.map((n) => [n.id, n]));
    expect(toGeoJSON(nodes, relations, { documentKinds, spreadMetres: 0, byId })).toEqual(out);
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify({ nodes, relations });
    toGeoJSON(nodes, relations, { documentKinds });
    expect(JSON.stringify({ nodes, relations })).toBe(before);
  });
});
