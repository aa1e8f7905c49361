import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ANALYSIS_TABS,
  COLOR_MODES,
  DEFAULT_URL_STATE,
  LAYOUT_MODES,
  SIDEBAR_TABS,
  VIEWS,
  parseUrlState,
  roundCamera,
  roundGraphZoom,
  toSearchParams,
  type UrlState,
} from '../../../src/lib/state/url-state';
import { SIZE_METRICS } from '../../../src/lib/graph/size-metrics';
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
  document: fc.option(fc.stringMatching(/^doc-[a-z0-9]+$/), { nil: null }),
  view: fc.constantFrom(...VIEWS),
  layout: fc.constantFrom(...LAYOUT_MODES),
  lang: fc.constantFrom(null, 'de' as const, 'en' as const),
  sidebar: fc.constantFrom(...SIDEBAR_TABS),
  analysis: fc.record({
    tab: fc.constantFrom(...ANALYSIS_TABS),
    clusterKm: fc.integer({ min: 1, max: 200 }),
    clusterAllActors: fc.boolean(),
    sharedIncludeMembers: fc.boolean(),
    origin: fc.option(
      fc.record({
        lon: fc.integer({ min: -18_000_000, max: 18_000_000 }).map((x) => x / 1e5),
        lat: fc.integer({ min: -8_500_000, max: 8_500_000 }).map((x) => x / 1e5),
        name: fc.option(fc.stringMatching(/^[A-Za-zäöüß][A-Za-zäöüß ,.-]{0,30}[a-zß]$/), {
          nil: null,
        }),
      }),
      { nil: null },
    ),
  }),
  colorBy: fc.constantFrom(...COLOR_MODES),
  story: fc.option(
    fc.record({
      id: fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/),
      step: fc.integer({ min: 1, max: 999 }),
    }),
    { nil: null },
  ),
  graph: fc.record({
    zoom: fc.option(
      fc
        .record({
          k: fc.integer({ min: 1, max: 100_000 }).map((x) => x / 1000),
          cx: fc.integer({ min: -100_000, max: 100_000 }).map((x) => x / 10),
          cy: fc.integer({ min: -100_000, max: 100_000 }).map((x) => x / 10),
        })
        .map(roundGraphZoom),
      { nil: null },
    ),
    pins: fc
      .uniqueArray(fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/), { maxLength: 3 })
      .chain((ids) =>
        fc.tuple(
          ...ids.map((id) =>
            fc.tuple(
              fc.constant(id),
              fc.integer({ min: -10_000, max: 10_000 }).map((x) => x / 10),
              fc.integer({ min: -10_000, max: 10_000 }).map((x) => x / 10),
            ),
          ),
        ),
      ),
    sizeBy: fc.constantFrom(...SIZE_METRICS),
  }),
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

  it.each([
    ['lang=fr', 'lang'],
    ['tab=karte', 'tab'],
    ['at=heatmap', 'at'],
    ['ckm=0', 'ckm'],
    ['ckm=abc', 'ckm'],
    ['call=yes', 'call'],
    ['near=abc', 'near'],
    ['near=10,95,Nordpol', 'near'],
    ['color=rainbow', 'color'],
    ['story=', 'story'],
    ['story=x&step=0', 'step'],
    ['step=3', 'step'],
    ['gz=0,1,2', 'gz'],
    ['gz=1,2', 'gz'],
    ['pin=bamberg', 'pin'],
    ['pin=bamberg,1,x', 'pin'],
    ['dok=', 'dok'],
    ['size=pagerank', 'size'],
  ])('ignores a view parameter it cannot use: %s', (query, param) => {
    const r = parseUrlState(query);
    expect(r.ignored.map((i) => i.param)).toEqual([param]);
  });

  it('an old link (before the view parameters) opens as it did', () => {
    const r = parseUrlState('sel=bamberg&r=2019&view=map&layout=geo&cam=10.5,51,6');
    expect(r.ignored).toEqual([]);
    expect(r.state).toEqual({
      ...DEFAULT_URL_STATE,
      selected: 'bamberg',
      filters: { ...EMPTY_FILTERS, staffel: [2019] },
      view: 'map',
      layout: 'geo',
      camera: { lng: 10.5, lat: 51, zoom: 6 },
    });
  });

  it('writes the view parameters readably', () => {
    const s: UrlState = {
      ...DEFAULT_URL_STATE,
      lang: 'en',
      sidebar: 'analysis',
      analysis: {
        ...DEFAULT_URL_STATE.analysis,
        tab: 'near',
        origin: { lon: 11.19123456, lat: 53.86, name: 'Grevesmühlen' },
      },
      story: { id: 'interkommunale-kooperation', step: 5 },
      graph: {
        zoom: { k: 2.5, cx: 100.04, cy: -3 },
        pins: [['bamberg', 1.26, 2]],
        sizeBy: 'betweenness',
      },
    };
    expect(decodeURIComponent(toSearchParams(s).toString())).toBe(
      'lang=en&tab=analysis&near=11.19123,53.86,Grevesmühlen&story=interkommunale-kooperation&step=5&gz=2.5,100,-3&pin=bamberg,1.3,2&size=betweenness',
    );
  });

  it.each(SIZE_METRICS)('keeps the network node size „%s“ through a link', (sizeBy) => {
    const s: UrlState = {
      ...DEFAULT_URL_STATE,
      view: 'graph',
      layout: 'geo',
      graph: { ...DEFAULT_URL_STATE.graph, sizeBy },
    };
    const query = toSearchParams(s).toString();
    // Degree is the default and needs no parameter; every other measure is named.
    expect(query).toBe(
      sizeBy === 'degree' ? 'view=graph&layout=geo' : `view=graph&layout=geo&size=${sizeBy}`,
    );
    const back = parseUrlState(`?${query}`);
    expect(back.ignored).toEqual([]);
    expect(back.state.graph.sizeBy).toBe(sizeBy);
    expect(back.state).toEqual(s);
  });

  it('a story or document the reader cannot open is ignored, the rest kept', () => {
    const r = parseUrlState('story=fremd&step=2&dok=doc-x&lang=en', {
      isKnownStory: () => false,
      isKnownDocument: () => false,
    });
    expect(r.state.story).toBeNull();
    expect(r.state.document).toBeNull();
    expect(r.state.lang).toBe('en');
    expect(r.ignored.map((i) => i.param)).toEqual(['dok', 'story']);
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
