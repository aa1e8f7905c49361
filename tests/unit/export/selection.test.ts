import { describe, expect, it } from 'vitest';
import {
  documentRows,
  exportCounts,
  exportScope,
  selectionGeoJson,
  selectionRows,
} from '../../../src/lib/export/selection';
import { otherEnd } from '../../../src/lib/data/dataset';
import { applyFilters, EMPTY_FILTERS } from '../../../src/lib/state/filters';
import { graphSvg } from '../../../src/lib/export/graph-svg';
import { exportGraph } from '../../../src/lib/export/graph-scene';
import { shippedDataset } from '../helpers/dataset';

const ds = shippedDataset();

describe('selection exports', () => {
  it('exports exactly the visible nodes and relations', () => {
    const visible = applyFilters(ds, { ...EMPTY_FILTERS, staffel: [2019] });
    const rows = selectionRows(ds, visible);
    expect(rows.length - 1).toBe(visible.nodes.size);
    const fc = selectionGeoJson(ds, visible);
    const points = fc.features.filter((f) => f.geometry.type === 'Point');
    const lines = fc.features.filter((f) => f.geometry.type === 'LineString');
    expect(points).toHaveLength(visible.nodes.size);
    expect(lines).toHaveLength(visible.relations.size);
    expect(new Set(points.map((f) => f.id))).toEqual(visible.nodes);
  });

  it('has headers in the chosen language', () => {
    const visible = applyFilters(ds, EMPTY_FILTERS);
    expect(selectionRows(ds, visible, 'de')[0]).toContain('verbunden_mit');
    expect(selectionRows(ds, visible, 'en')[0]).toContain('connected_to');
  });
});

describe('graph SVG', () => {
  it('draws visible nodes only, labels highlights and escapes text', () => {
    const visible = applyFilters(ds, { ...EMPTY_FILTERS, staffel: [2019] });
    const eg = exportGraph(ds, visible, ['bamberg', '5-fuer-suedwestfalen'], 'force');
    const svg = graphSvg(eg, {
      width: 800,
      height: 600,
      title: 'A <b>&</b> "T"',
      attribution: 'Natural Earth',
      legend: [{ color: '#000', shape: 'disc', label: 'x' }],
    });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('A &#60;b&#62;&#38;&#60;/b&#62; &#34;T&#34;');
    const drawn = (svg.match(/data-id="/g) ?? []).length;
    expect(drawn).toBe(visible.nodes.size);
    // Bamberg is a 2020 project: filtered out, so not labelled; Südwestfalen (2019) is.
    expect(eg.highlighted.map((i) => eg.graph.ids[i])).toEqual(['5-fuer-suedwestfalen']);
  });
});

describe('export scope and counts (issue 16: the menu said 376 entries, the file held 709)', () => {
  const all = applyFilters(ds, EMPTY_FILTERS);

  it('the counts the menu shows are the rows and features the files hold', () => {
    const c = exportCounts(ds, all);
    const rows = selectionRows(ds, all);
    expect(rows.length - 1).toBe(c.projects + c.actors);
    const fc = selectionGeoJson(ds, all);
    expect(fc.features.filter((f) => f.geometry.type === 'Point')).toHaveLength(
      c.projects + c.actors,
    );
    expect(fc.features.filter((f) => f.geometry.type === 'LineString')).toHaveLength(c.relations);
    expect(documentRows(ds, all).length - 1).toBe(c.documents);
    expect(c.documents).toBe(ds.documents.length);
  });

  it('one selected project narrows the scope to it, its relations and their other ends', () => {
    const scope = exportScope(ds, all, 'bamberg');
    const rels = ds.relationsOf.get('bamberg')!;
    expect(scope.relations.size).toBe(rels.length);
    expect(scope.nodes.has('bamberg')).toBe(true);
    expect(scope.nodes.has('org-universitaet-bamberg')).toBe(true);
    expect(scope.nodes.size).toBe(1 + new Set(rels.map((r) => otherEnd(r, 'bamberg'))).size);
    const c = exportCounts(ds, scope);
    expect(selectionRows(ds, scope).length - 1).toBe(c.projects + c.actors);
    // Bamberg's documents plus the templates without a project.
    const docs = documentRows(ds, scope).map((r) => r[0]);
    expect(docs).toContain('doc-bamberg-weiterleitungsvertrag');
    expect(docs).toContain('doc-muster-kooperationsvertrag');
    expect(docs).not.toContain('doc-paderborn-weiterleitungsvertrag');
  });

  it('a selection outside the filter leaves the filtered scope as it is', () => {
    const v = applyFilters(ds, { ...EMPTY_FILTERS, staffel: [2019] });
    expect(exportScope(ds, v, 'bamberg')).toBe(v);
  });

  it('the table has organisational forms, documents and the deck’s type', () => {
    const rows = selectionRows(ds, all, 'de');
    const head = rows[0] as string[];
    const col = (name: string) => head.indexOf(name);
    expect(col('organisationsformen')).toBeGreaterThan(0);
    const bochum = rows.find((r) => r[0] === 'bochum')!;
    expect(bochum[col('organisationsformen')]).toContain('Innovation Unit');
    const bamberg = rows.find((r) => r[0] === 'bamberg')!;
    expect(bamberg[col('dokumente')]).toContain('Weiterleitungsvertrag MPSC Bamberg');
    const weser = rows.find((r) => r[0] === 'org-westfalen-weser')!;
    expect(weser[col('typ')]).toBe('Stadtwerke');
    expect(weser[col('typ_laut_folien_2022')]).toBe('Energieagentur');
  });

  it('documents say where they are known from, in both languages', () => {
    const de = documentRows(ds, all, 'de');
    const bamberg = de.find((r) => r[0] === 'doc-bamberg-weiterleitungsvertrag')!;
    expect(bamberg.at(-1)).toBe('nur Workshop-Folien 2022');
    expect(documentRows(ds, all, 'en')[0]).toContain('provenance');
  });
});
