import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_URL_STATE,
  LAYOUT_MODES,
  VIEWS,
  parseUrlState,
  roundCamera,
  toSearchParams,
  type UrlState,
} from '../../../src/lib/state/url-state';
import { EMPTY_FILTERS, FACET_VALUES } from '../../../src/lib/state/filters';
import {
  ACTOR_TYPES,
  CATEGORIES,
  DOCUMENT_KINDS,
  RELATION_KINDS,
  STAFFELN,
} from '../../../src/lib/data/vocab';
import { LAENDER } from '../../../src/lib/data/laender';

const subset = <T>(values: readonly T[]) => fc.subarray([...values]);

const stateArb: fc.Arbitrary<UrlState> = fc.record({
  selected: fc.option(fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/), { nil: null }),
  filters: fc.record({
    staffel: subset(STAFFELN),
    category: subset(CATEGORIES),
    land: subset(LAENDER.map((l) => l.id)),
    partnerType: subset(ACTOR_TYPES.filter((t) => t !== 'Kommune')),
    relationKind: subset(RELATION_KINDS),
    hasDocuments: fc.boolean(),
    documentKind: subset(DOCUMENT_KINDS),
    orgForm: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 3 }),
  }),
  view: fc.constantFrom(...VIEWS),
  layout: fc.constantFrom(...LAYOUT_MODES),
  camera: fc.option(
    fc
      .record({
        lng: fc.double({ min: -180, max: 180, noNaN: true }),
        lat: fc.double({ min: -85, max: 85, noNaN: true }),
        zoom: fc.double({ min: 0, max: 22, noNaN: true }),
      })
      .map(roundCamera),
    { nil: null },
  ),
});

describe('URL state', () => {
  it('state → URL → state is the identity', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        const url = `?${toSearchParams(s).toString()}`;
        const back = parseUrlState(url);
        expect(back.ignored).toEqual([]);
        expect(back.state).toEqual(s);
      }),
      { numRuns: 500 },
    );
  });

  it('the default state is an empty query', () => {
    expect(toSearchParams(DEFAULT_URL_STATE).toString()).toBe('');
    expect(parseUrlState('')).toEqual({ state: DEFAULT_URL_STATE, ignored: [] });
  });

  it('writes readable parameters', () => {
    const s: UrlState = {
      ...DEFAULT_URL_STATE,
      selected: 'bamberg',
      filters: { ...EMPTY_FILTERS, staffel: [2019], land: ['DE-BY'] },
      layout: 'geo',
    };
    expect(toSearchParams(s).toString()).toBe('sel=bamberg&r=2019&land=BY&layout=geo');
  });

  it.each([
    ['sel=nope', [{ param: 'sel', value: 'nope' }]],
    ['r=2018', [{ param: 'r', value: '2018' }]],
    ['land=XX&land=BY', [{ param: 'land', value: 'XX' }]],
    ['cat=Dorf', [{ param: 'cat', value: 'Dorf' }]],
    ['view=3d', [{ param: 'view', value: '3d' }]],
    ['layout=circle', [{ param: 'layout', value: 'circle' }]],
    ['cam=1,2', [{ param: 'cam', value: '1,2' }]],
    ['cam=10,NaN,5', [{ param: 'cam', value: '10,NaN,5' }]],
    ['cam=10,95,5', [{ param: 'cam', value: '10,95,5' }]],
    ['doc=yes', [{ param: 'doc', value: 'yes' }]],
  ])('ignores what it cannot use: %s', (query, ignored) => {
    const r = parseUrlState(query, { isKnownId: (id) => id === 'bamberg' });
    expect(r.ignored).toEqual(ignored);
  });

  it('keeps the usable part of a damaged link', () => {
    const r = parseUrlState('sel=gone&r=2019&r=1999&land=by&view=list', {
      isKnownId: () => false,
    });
    expect(r.state.selected).toBeNull();
    expect(r.state.filters.staffel).toEqual([2019]);
    expect(r.state.filters.land).toEqual(['DE-BY']);
    expect(r.state.view).toBe('list');
    expect(r.ignored.map((i) => i.param)).toEqual(['r', 'sel']);
  });

  it('FACET_VALUES lists every land', () => {
    expect(FACET_VALUES.land).toHaveLength(16);
  });
});
