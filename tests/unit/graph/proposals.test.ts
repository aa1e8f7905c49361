/**
 * Workshop proposals in the graph model and the renderer: a proposal between
 * two known nodes is one extra edge, one with a new actor ("Mit", "Von" or
 * both) an extra node per new actor and its edge, all flagged `proposed`; a proposal naming an unknown id is
 * skipped; the dataset itself never changes.
 */
import { describe, expect, it } from 'vitest';
import {
  buildGraph,
  buildGraphSteps,
  graphInputFromDataset,
  layoutGraphOf,
} from '../../../src/lib/graph/model';
import { computeLayout } from '../../../src/lib/graph/layout';
import { drawScene, type Scene } from '../../../src/lib/graph/render';
import { PROPOSAL_STYLE } from '../../../src/lib/palette';
import { runSliced } from '../../../src/lib/util/time-slice';
import { newTown, proposal } from '../helpers/proposal';
import { shippedDataset } from '../helpers/dataset';

const ds = shippedDataset();
const base = buildGraph(ds);

const between = proposal({ id: 'proposal-a', from: 'bamberg', to: 'org-hochschule-wismar' });
const newActor = proposal({
  id: 'proposal-b',
  from: 'bamberg',
  newActor: { name: 'Neue Genossenschaft', type: 'Genossenschaft', coordinates: [10.9, 49.9] },
});
/** A town not in the data proposes for itself: "Von" is a new actor. */
const newFrom = proposal({
  id: 'proposal-d',
  from: null,
  fromActor: newTown(),
  to: 'org-hochschule-wismar',
});
/** Both ends new. */
const bothNew = proposal({
  id: 'proposal-e',
  from: null,
  fromActor: newTown({ place: undefined }),
  newActor: { name: 'Bürgerenergie eG', type: 'Genossenschaft', coordinates: [11.3, 53.8] },
});
const projects = ds.nodes.filter((n) => n.kind === 'project');
const twoProjects = proposal({ id: 'proposal-c', from: projects[0].id, to: projects[1].id });

const edgeOf = (g: ReturnType<typeof buildGraph>, id: string): number => g.edgeIds.indexOf(id);

describe('graph with proposals', () => {
  it('without proposals: nothing is flagged proposed', () => {
    expect(base.nodeProposed.length).toBe(base.n);
    expect(base.edgeProposed.length).toBe(base.edgeSource.length);
    expect(base.nodeProposed.every((x) => x === 0)).toBe(true);
    expect(base.edgeProposed.every((x) => x === 0)).toBe(true);
  });

  it('a proposal between two existing nodes is one extra, proposed edge between them', () => {
    const g = buildGraph(ds, [between]);
    expect(g.n).toBe(base.n);
    expect(g.edgeSource.length).toBe(base.edgeSource.length + 1);
    const e = edgeOf(g, 'proposal-a');
    expect(e).toBeGreaterThanOrEqual(0);
    expect(g.ids[g.edgeSource[e]]).toBe('bamberg');
    expect(g.ids[g.edgeTarget[e]]).toBe('org-hochschule-wismar');
    expect(g.edgeProposed[e]).toBe(1);
    expect(g.edgeProposed.reduce((a, b) => a + b, 0)).toBe(1);
    expect(g.nodeProposed.every((x) => x === 0)).toBe(true);
    const b = g.index.get('bamberg')!;
    expect(g.degree[b]).toBe(base.degree[base.index.get('bamberg')!] + 1);
  });

  it.each([
    ['project – actor', between, 'partner'],
    ['project – project', twoProjects, 'network'],
  ])('edge kind of a %s proposal', (_name, p, kind) => {
    const g = buildGraph(ds, [p]);
    expect(['member', 'partner', 'network'][g.edgeKind[edgeOf(g, p.id)]]).toBe(kind);
  });

  it('a proposal with a new actor adds a proposed node (name, type, place) and its edge', () => {
    const g = buildGraph(ds, [newActor]);
    expect(g.n).toBe(base.n + 1);
    expect(g.edgeSource.length).toBe(base.edgeSource.length + 1);
    const i = g.index.get('proposal-b')!;
    expect(i).toBeDefined();
    expect(g.nodeProposed[i]).toBe(1);
    expect(g.names[i]).toBe('Neue Genossenschaft');
    expect(g.types[g.typeIndex[i]]).toBe('Genossenschaft');
    expect([g.lon[i], g.lat[i]]).toEqual([10.9, 49.9]);
    const e = edgeOf(g, 'proposal-b');
    expect(g.edgeProposed[e]).toBe(1);
    expect(new Set([g.edgeSource[e], g.edgeTarget[e]])).toEqual(
      new Set([g.index.get('bamberg')!, i]),
    );
    expect(g.degree[i]).toBe(1);
  });

  it('a new "Von" actor is a proposed node (name, type, place) with its edge to "Mit"', () => {
    const g = buildGraph(ds, [newFrom]);
    expect(g.n).toBe(base.n + 1);
    expect(g.edgeSource.length).toBe(base.edgeSource.length + 1);
    const i = g.index.get('proposal-d-von')!;
    expect(i).toBeDefined();
    expect(g.nodeProposed[i]).toBe(1);
    expect(g.names[i]).toBe('Gemeinde Upahl');
    expect(g.types[g.typeIndex[i]]).toBe('Kommune');
    expect([g.lon[i], g.lat[i]]).toEqual([11.2633, 53.8332]);
    const e = edgeOf(g, 'proposal-d');
    expect(g.edgeProposed[e]).toBe(1);
    expect(g.ids[g.edgeSource[e]]).toBe('proposal-d-von');
    expect(g.ids[g.edgeTarget[e]]).toBe('org-hochschule-wismar');
    expect(['member', 'partner', 'network'][g.edgeKind[e]]).toBe('partner');
  });

  it('both ends new: two proposed nodes joined by one proposed edge', () => {
    const g = buildGraph(ds, [bothNew]);
    expect(g.n).toBe(base.n + 2);
    expect(g.edgeSource.length).toBe(base.edgeSource.length + 1);
    const a = g.index.get('proposal-e-von')!;
    const b = g.index.get('proposal-e')!;
    expect([g.nodeProposed[a], g.nodeProposed[b]]).toEqual([1, 1]);
    expect([g.degree[a], g.degree[b]]).toEqual([1, 1]);
    const e = edgeOf(g, 'proposal-e');
    expect([g.edgeSource[e], g.edgeTarget[e]]).toEqual([a, b]);
  });

  it('a new actor named by several proposals is one node with an edge per proposal', () => {
    const again = proposal({ id: 'proposal-f', from: null, fromActor: newTown(), to: 'bamberg' });
    const g = buildGraph(ds, [newFrom, again]);
    expect(g.n).toBe(base.n + 1);
    const i = g.index.get('proposal-d-von')!;
    expect(g.degree[i]).toBe(2);
    expect(g.index.has('proposal-f-von')).toBe(false);
    // Another place is another actor, even with the same name.
    const elsewhere = proposal({
      id: 'proposal-g',
      from: null,
      fromActor: newTown({ coordinates: [12, 52] }),
      to: 'bamberg',
    });
    expect(buildGraph(ds, [newFrom, elsewhere]).n).toBe(base.n + 2);
  });

  it.each([
    ['an unknown "from"', proposal({ id: 'proposal-x', from: 'gibt-es-nicht', to: 'bamberg' })],
    ['an unknown "to"', proposal({ id: 'proposal-y', from: 'bamberg', to: 'gibt-es-nicht' })],
    [
      'a new actor but an unknown "from"',
      proposal({
        id: 'proposal-z',
        from: 'gibt-es-nicht',
        newActor: { name: 'X', type: 'Verein', coordinates: [10, 50] },
      }),
    ],
  ])('a proposal with %s is skipped, not thrown', (_name, bad) => {
    const g = buildGraph(ds, [bad, between]);
    expect(g.n).toBe(base.n);
    expect(g.edgeSource.length).toBe(base.edgeSource.length + 1);
    expect(g.index.has(bad.id)).toBe(false);
    expect(g.edgeIds).not.toContain(bad.id);
  });

  it('a graph built from the dataset equals the one built from its plain input (issue 18)', () => {
    // buildGraph reads the dataset item by item instead of through graphInputFromDataset.
    const list = [between, newActor, newFrom, bothNew, twoProjects];
    expect(buildGraph(ds, list)).toEqual(buildGraph(graphInputFromDataset(ds, list)));
    expect(buildGraph(ds)).toEqual(buildGraph(graphInputFromDataset(ds)));
  });

  it('never touches the dataset', () => {
    const nodes = ds.nodes.length;
    const relations = ds.relations.length;
    const input = graphInputFromDataset(ds, [between, newActor]);
    buildGraph(ds, [between, newActor]);
    expect([ds.nodes.length, ds.relations.length]).toEqual([nodes, relations]);
    expect(ds.byId.has('proposal-b')).toBe(false);
    expect(ds.relations.some((r) => r.id.startsWith('proposal-'))).toBe(false);
    // Only the proposals are flagged in the plain input.
    expect(input.nodes.filter((n) => n.proposed).map((n) => n.id)).toEqual(['proposal-b']);
    expect(input.edges.filter((e) => e.proposed).map((e) => e.id)).toEqual([
      'proposal-a',
      'proposal-b',
    ]);
    const copy = structuredClone(bothNew);
    graphInputFromDataset(ds, [bothNew]);
    expect(bothNew).toEqual(copy);
  });

  it('the sliced build gives the same graph', async () => {
    const sliced = await runSliced(buildGraphSteps(ds, [between, newActor]), { budgetMs: 0 });
    expect(sliced).toEqual(buildGraph(ds, [between, newActor]));
  });

  it('the geographic layout places the new actor, the same way every time', () => {
    const g = buildGraph(ds, [newActor]);
    const a = computeLayout(layoutGraphOf(g), { mode: 'geo', seed: 1 }).positions;
    const b = computeLayout(layoutGraphOf(g), { mode: 'geo', seed: 1 }).positions;
    const i = g.index.get('proposal-b')!;
    expect(Number.isFinite(a[2 * i]) && Number.isFinite(a[2 * i + 1])).toBe(true);
    expect(Array.from(a)).toEqual(Array.from(b));
  });
});

/** A 2D context stand-in that records each stroke with the style it was drawn in. */
function recorder(): {
  ctx: CanvasRenderingContext2D;
  strokes: { color: string; dash: number[]; segments: number; arcs: number }[];
} {
  const strokes: { color: string; dash: number[]; segments: number; arcs: number }[] = [];
  let dash: number[] = [];
  let segments = 0;
  let arcs = 0;
  const state: Record<string, unknown> = {};
  const methods: Record<string, (...a: unknown[]) => void> = {
    setLineDash: (d) => {
      dash = [...(d as number[])];
    },
    beginPath: () => {
      segments = 0;
      arcs = 0;
    },
    lineTo: () => {
      segments++;
    },
    arc: () => {
      arcs++;
    },
    stroke: () => {
      strokes.push({ color: String(state.strokeStyle), dash, segments, arcs });
    },
  };
  const ctx = new Proxy(state, {
    get: (t, k: string) => methods[k] ?? (k in t ? t[k] : () => {}),
    set: (t, k: string, v) => {
      t[k] = v;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  return { ctx, strokes };
}

describe('drawing proposals', () => {
  // a (project) – b (member), plus a proposed edge a – c and a proposed new actor c.
  const scene: Scene = {
    n: 3,
    positions: Float32Array.from([0, 0, 50, 0, 0, 50]),
    radius: Float32Array.from([6, 4, 4]),
    colorIndex: Uint8Array.from([0, 0, 0]),
    shape: Uint8Array.from([0, 1, 2]),
    palette: ['#0072B2'],
    edgeSource: Uint32Array.from([0, 0]),
    edgeTarget: Uint32Array.from([1, 2]),
    edgeDocumented: Uint8Array.from([0, 0]),
    edgeKind: Uint8Array.from([0, 1]),
    edgeProposed: Uint8Array.from([0, 1]),
    nodeProposed: Uint8Array.from([0, 0, 1]),
  };
  const options = {
    width: 200,
    height: 200,
    dpr: 1,
    view: { k: 1, x: 100, y: 100 },
  };

  it.each(['full', 'fast'] as const)(
    'at %s detail: the proposed edge is dashed in the proposal colour, the new actor gets a dashed ring',
    (lod) => {
      const { ctx, strokes } = recorder();
      drawScene(ctx, scene, { ...options, lod });
      const proposed = strokes.filter((s) => s.color === PROPOSAL_STYLE.color);
      const edges = proposed.filter((s) => s.segments > 0);
      const rings = proposed.filter((s) => s.arcs > 0);
      expect(edges.map((s) => s.segments)).toEqual([1]);
      expect(edges[0].dash.length).toBeGreaterThan(0);
      expect(rings.length).toBe(1);
      expect(rings[0].dash.length).toBeGreaterThan(0);
      // The sourced member edge is not drawn in the proposal style.
      const others = strokes.filter((s) => s.color !== PROPOSAL_STYLE.color && s.segments > 0);
      expect(others.map((s) => s.segments)).toEqual([1]);
    },
  );

  it('a scene without proposal flags draws nothing in the proposal colour', () => {
    const { ctx, strokes } = recorder();
    const plain: Scene = { ...scene, edgeProposed: undefined, nodeProposed: undefined };
    drawScene(ctx, plain, { ...options, lod: 'full' });
    expect(strokes.some((s) => s.color === PROPOSAL_STYLE.color)).toBe(false);
    expect(strokes.filter((s) => s.segments > 0).length).toBe(2);
  });
});
