import { describe, expect, it } from 'vitest';
import { selectionGeoJson, selectionRows } from '../../../src/lib/export/selection';
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
