/**
 * Workshop proposals in the graph exports: with proposals passed in, the
 * export's model is the view's (`buildGraph(ds, proposals)`), a proposed edge
 * is drawn dashed in the proposal colour and a proposed new actor gets a
 * dashed ring in that colour; without proposals the export is what it was
 * (no proposal colour anywhere). Partitions: no proposals / one between
 * existing nodes / one with a new actor; no filter / a filter that keeps or
 * drops the proposal's ends.
 */
import { describe, expect, it } from 'vitest';
import { exportGraph } from '../../../src/lib/export/graph-scene';
import { graphSvg, type SvgOptions } from '../../../src/lib/export/graph-svg';
import { buildGraph } from '../../../src/lib/graph/model';
import { FADED_ALPHA } from '../../../src/lib/graph/render';
import { PROPOSAL_STYLE, RELATION_STYLES } from '../../../src/lib/palette';
import { applyFilters, EMPTY_FILTERS } from '../../../src/lib/state/filters';
import { STAFFELN } from '../../../src/lib/data/vocab';
import { proposal } from '../helpers/proposal';
import { shippedDataset } from '../helpers/dataset';

const ds = shippedDataset();
const all = applyFilters(ds, EMPTY_FILTERS);

// Bamberg (a project) and a partner it is not linked to in the data.
const partner = ds.nodes.find(
  (n) =>
    n.kind !== 'project' &&
    !ds.relations.some(
      (r) =>
        (r.source === 'bamberg' && r.target === n.id) ||
        (r.target === 'bamberg' && r.source === n.id),
    ),
)!;
const between = proposal({ id: 'proposal-between', from: 'bamberg', to: partner.id });
const newActor = proposal({
  id: 'proposal-new',
  from: 'bamberg',
  newActor: { name: 'Neue <Genossenschaft>', type: 'Genossenschaft', coordinates: [10.9, 49.9] },
});
const both = [between, newActor];

const options: SvgOptions = {
  width: 1400,
  height: 900,
  title: 'T',
  attribution: 'A',
  legend: [{ color: '#000000', shape: 'disc', label: 'x' }],
};

const lines = (svg: string): string[] => svg.match(/<line [^>]*\/>/g) ?? [];
const edgeLines = (svg: string): string[] =>
  lines(svg.slice(svg.indexOf('<g id="edges"'), svg.indexOf('<g id="nodes"')));
const proposedDash = PROPOSAL_STYLE.dash!.map((d) => d * PROPOSAL_STYLE.width * 2).join(' ');

describe('graph export with proposals', () => {
  it('uses the same model as the view: the dataset graph plus the proposals', () => {
    const eg = exportGraph(ds, all, [], 'force', both);
    const view = buildGraph(ds, both);
    expect(eg.graph.ids).toEqual(view.ids);
    expect(Array.from(eg.graph.edgeProposed)).toEqual(Array.from(view.edgeProposed));
    expect(eg.scene.edgeProposed).toBe(eg.graph.edgeProposed);
    expect(eg.scene.nodeProposed).toBe(eg.graph.nodeProposed);
    const base = buildGraph(ds);
    expect(eg.graph.n).toBe(base.n + 1);
    expect(eg.graph.edgeSource.length).toBe(base.edgeSource.length + 2);
    expect(eg.proposedShown).toBe(2);
  });

  it('SVG: the proposed edges are dashed in the proposal colour, the new actor has a dashed ring', () => {
    const eg = exportGraph(ds, all, [], 'force', both);
    const baseEdges = edgeLines(graphSvg(exportGraph(ds, all, [], 'force'), options)).length;
    const svg = graphSvg(eg, options);
    const edges = edgeLines(svg);
    expect(edges).toHaveLength(baseEdges + 2);
    const purple = edges.filter((l) => l.includes(`stroke="${PROPOSAL_STYLE.color}"`));
    expect(purple).toHaveLength(2);
    for (const l of purple) {
      expect(l).toContain(`stroke-dasharray="${proposedDash}"`);
      expect(l).toContain(`stroke-width="${PROPOSAL_STYLE.width}"`);
    }
    // The proposed edge ends where the nodes are drawn.
    const circle = (id: string) =>
      svg.match(new RegExp(`<(?:circle|rect) ([^>]*)data-id="${id}"`))![1];
    const at = (attrs: string, a: string) => attrs.match(new RegExp(`${a}="([^"]+)"`))![1];
    const bamberg = circle('bamberg');
    expect(purple.every((l) => l.includes(`x1="${at(bamberg, 'cx')}"`))).toBe(true);
    // The new actor: drawn, with its (escaped) name, and a dashed ring in the proposal colour.
    expect(svg).toContain('data-id="proposal-new"');
    expect(svg).toContain('Neue &#60;Genossenschaft&#62;');
    expect(svg).not.toContain('<Genossenschaft>');
    const ring = svg.match(/<circle [^>]*data-proposed="proposal-new"[^>]*\/>/);
    expect(ring).not.toBeNull();
    expect(ring![0]).toContain(`stroke="${PROPOSAL_STYLE.color}"`);
    expect(ring![0]).toContain('stroke-dasharray="4 3"');
    expect(ring![0]).toContain('fill="none"');
    // Only the new actor has a ring; an existing node never does.
    expect(svg.match(/data-proposed="/g)).toHaveLength(1);
  });

  it('without proposals the export is unchanged: same output as before, no proposal colour', () => {
    const withDefault = graphSvg(exportGraph(ds, all, ['bamberg'], 'force'), options);
    const withEmpty = graphSvg(exportGraph(ds, all, ['bamberg'], 'force', []), options);
    expect(withEmpty).toBe(withDefault);
    expect(withDefault.toLowerCase()).not.toContain(PROPOSAL_STYLE.color.toLowerCase());
    expect(withDefault).not.toContain('data-proposed');
    const eg = exportGraph(ds, all, [], 'force');
    expect(eg.proposedShown).toBe(0);
    expect(eg.graph.n).toBe(buildGraph(ds).n);
    // Sanity: the palette's relation colours differ from the proposal colour, so the check means something.
    expect(Object.values(RELATION_STYLES).map((s) => s.color)).not.toContain(PROPOSAL_STYLE.color);
  });

  it('a filter that drops the proposal’s ends drops the proposal; a new actor follows its neighbour', () => {
    const bambergStaffel = ds.byId.get('bamberg')!.staffel!;
    const other = STAFFELN.find((y) => y !== bambergStaffel)!;
    const without = applyFilters(ds, { ...EMPTY_FILTERS, staffel: [other] });
    expect(without.nodes.has('bamberg')).toBe(false);
    const eg = exportGraph(ds, without, [], 'force', both);
    expect(eg.hidden[eg.graph.index.get('proposal-new')!]).toBe(1);
    expect(eg.proposedShown).toBe(0);
    expect(graphSvg(eg, options)).not.toContain(PROPOSAL_STYLE.color);

    const keep = applyFilters(ds, { ...EMPTY_FILTERS, staffel: [bambergStaffel] });
    expect(keep.nodes.has('bamberg')).toBe(true);
    const eg2 = exportGraph(ds, keep, [], 'force', [newActor]);
    expect(eg2.hidden[eg2.graph.index.get('proposal-new')!]).toBe(0);
    expect(eg2.proposedShown).toBe(1);
  });

  it('a proposed edge is faded like any other edge while something is highlighted', () => {
    const eg = exportGraph(ds, all, ['5-fuer-suedwestfalen'], 'force', [between]);
    const purple = edgeLines(graphSvg(eg, options)).filter((l) => l.includes(PROPOSAL_STYLE.color));
    expect(purple).toHaveLength(1);
    const alpha = String(Math.round(PROPOSAL_STYLE.opacity * FADED_ALPHA * 100) / 100);
    expect(alpha).not.toBe('1');
    expect(purple[0]).toContain(`stroke-opacity="${alpha}"`);
  });
});
