import { describe, expect, it } from 'vitest';
import { editDistance, fold } from '../../../src/lib/search/normalize';
import {
  buildSearchIndex,
  search,
  solutionSearchItems,
  solutionTarget,
  suggest,
  type Searchable,
} from '../../../src/lib/search/search';
import { shippedDataset } from '../helpers/dataset';

describe('fold', () => {
  it.each([
    ['München', 'munchen'],
    ['Muenchen', 'munchen'],
    ['Munchen', 'munchen'],
    ['MÜNCHEN', 'munchen'],
    ['Köln', 'koln'],
    ['Koeln', 'koln'],
    ['Würzburg', 'wurzburg'],
    ['Wuerzburg', 'wurzburg'],
    ['Großpösna', 'grosspsna'.replace('psna', 'posna')],
    ['KL.digital GmbH', 'kl digital gmbh'],
    ['  Schleswig-Flensburg ', 'schleswig flensburg'],
  ])('%s → %s', (input, out) => {
    expect(fold(input)).toBe(out);
  });
});

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', 'abc', 0],
    ['abc', 'abd', 1],
    ['abc', 'acb', 1],
    ['kassel', 'kasel', 1],
    ['bamberg', 'bambreg', 1],
    ['abc', '', 3],
  ])('%s / %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
  it('stops early past max', () => {
    expect(editDistance('aaaaaaaa', 'bbbbbbbb', 2)).toBe(3);
  });
});

const items: Searchable[] = [
  { id: 'muenchen', name: 'München', altNames: [], kind: 'project' },
  { id: 'kommune-muenchen', name: 'München', altNames: [], kind: 'actor' },
  { id: 'koeln', name: 'Köln', altNames: [], kind: 'project' },
  { id: 'wuerzburg', name: 'Würzburg', altNames: [], kind: 'project' },
  {
    id: 'th-owl',
    name: 'Technische Hochschule Ostwestfalen-Lippe',
    altNames: ['TH OWL'],
    kind: 'actor',
  },
  { id: 'kl', name: 'KL.digital GmbH', altNames: [], kind: 'actor' },
  { id: 'bad-berleburg', name: 'Bad Berleburg', altNames: [], kind: 'actor' },
  { id: 'bamberg', name: 'Bamberg', altNames: [], kind: 'project' },
  { id: 'uni-bamberg', name: 'Universität Bamberg', altNames: [], kind: 'actor' },
];
const index = buildSearchIndex(items);

describe('search ranking', () => {
  it.each([
    ['Muenchen', 'muenchen'],
    ['Munchen', 'muenchen'],
    ['münchen', 'muenchen'],
    ['Koeln', 'koeln'],
    ['Wuerzburg', 'wuerzburg'],
    ['Wurzbrug', 'wuerzburg'],
    ['TH OWL', 'th-owl'],
    ['th owl', 'th-owl'],
    ['KL.digital', 'kl'],
    ['kl digital', 'kl'],
    ['Berleburg', 'bad-berleburg'],
    ['Bamberg', 'bamberg'],
    ['Uni Bamberg', 'uni-bamberg'],
    ['Bambreg', 'bamberg'],
  ])('%s → %s first', (q, id) => {
    expect(search(index, q)[0]?.id).toBe(id);
  });

  it('ranks a project before an actor of the same name', () => {
    expect(search(index, 'München').map((h) => h.id)).toEqual(['muenchen', 'kommune-muenchen']);
  });

  it('orders exact > prefix > word prefix > substring > typo', () => {
    const idx = buildSearchIndex([
      { id: 'typo', name: 'Bomberg', altNames: [], kind: 'actor' },
      { id: 'sub', name: 'Xbamberg', altNames: [], kind: 'actor' },
      { id: 'word', name: 'Universität Bamberg', altNames: [], kind: 'actor' },
      { id: 'prefix', name: 'Bamberger Land', altNames: [], kind: 'actor' },
      { id: 'exact', name: 'Bamberg', altNames: [], kind: 'actor' },
    ]);
    expect(search(idx, 'bamberg').map((h) => h.id)).toEqual([
      'exact',
      'prefix',
      'word',
      'sub',
      'typo',
    ]);
  });

  it('reports the alias that matched', () => {
    expect(search(index, 'TH OWL')[0].matched).toBe('TH OWL');
  });

  it('finds nothing for noise, and suggests the closest names', () => {
    expect(search(index, 'zzzzqqq')).toEqual([]);
    expect(search(index, '   ')).toEqual([]);
    expect(suggest(index, 'Kasselburg', 2)).toHaveLength(2);
    expect(suggest(index, 'Wurtzbürk')[0]).toBe('Würzburg');
  });
});

describe('search over the shipped dataset', () => {
  const ds = shippedDataset();
  const idx = buildSearchIndex(ds.nodes);
  it.each([
    ['Muenchen', 'München'],
    ['Koeln', 'Köln'],
    ['Wuerzburg', 'Würzburg'],
    ['TH OWL', 'Technische Hochschule Ostwestfalen-Lippe'],
    ['KL.digital', 'KL.digital GmbH'],
    ['Uni Bamberg', 'Universität Bamberg'],
  ])('%s finds %s', (q, name) => {
    const hits = search(idx, q, 5).map((h) => h.name);
    expect(hits.some((n) => n.includes(name))).toBe(true);
  });
});

describe('shared solutions in the search', () => {
  it('finds a solution by name and kind and selects its lead project', () => {
    const ds = shippedDataset();
    const index = buildSearchIndex([...ds.nodes, ...solutionSearchItems(ds)]);
    const hit = search(index, 'Smart Village App')[0];
    expect(hit.id).toBe('solution:smart-village-app');
    expect(solutionTarget(ds, hit.id)).toBe('bad-belzig-wiesenburg');
    expect(search(index, 'Digitaler Zwilling').map((h) => h.id)).toContain('solution:hal-plan');
    expect(solutionTarget(ds, 'paderborn')).toBe('paderborn');
  });
});
