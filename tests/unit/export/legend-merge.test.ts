import { describe, expect, it } from 'vitest';
import { buildGraph, layoutGraphOf } from '../../../src/lib/graph/model';
import { computeLayout } from '../../../src/lib/graph/layout';
import { buildScene } from '../../../src/lib/graph/scene';
import { networkLegendItems, type NetworkSnapshot } from '../../../src/lib/export/network';
import { mergeLegends } from '../../../src/lib/export/legend-merge';
import { mapLegendItems } from '../../../src/lib/map/legend-items';
import { translate, type Params } from '../../../src/lib/i18n/translate';
import type { MessageKey } from '../../../src/lib/i18n/messages';
import type { LegendItem } from '../../../src/lib/export/png';
import { shippedDataset } from '../helpers/dataset';

const ds = shippedDataset();
const graph = buildGraph(ds, []);
const { positions } = computeLayout(layoutGraphOf(graph), { mode: 'type' });

/** The map + network poster's legend, as the export menu builds it. */
function poster(lang: 'de' | 'en', map: { selected: boolean; highlighted: boolean }): LegendItem[] {
  const t = (k: MessageKey, p?: Params) => translate(lang, k, p);
  const scene = buildScene({
    graph,
    positions,
    selected: map.selected ? 0 : -1,
    highlighted: map.highlighted ? [3] : [],
  });
  const panels = [t('export.map'), t('export.graph')];
  return mergeLegends(
    [
      mapLegendItems(t, lang, { dense: false, proposals: false, analysis: null, ...map }),
      networkLegendItems({ scene } as NetworkSnapshot, { t, lang }),
    ],
    (i, label) => t('export.legend.inPanel', { panel: panels[i], label }),
  );
}

describe('the map + network poster legend lists each symbol once', () => {
  it('a category or group colour once (the map’s row), not again as a network swatch', () => {
    const rows = poster('de', { selected: false, highlighted: false });
    const labels = rows.map((r) => r.label);
    expect(labels).toContain('Modellprojekt: Großstadt');
    expect(labels).not.toContain('Großstadt');
    expect(labels).toContain('Partner: Hochschule');
    expect(labels).not.toContain('Hochschule');
    expect(labels.filter((l) => /Kommune/.test(l))).toEqual([
      'Mitglieder: Kommunen und Landkreise (kleine Kreise, weißer Ring)',
      'Netzwerk: Mitglied (Kommune, Landkreis)',
    ]);
    // The line with a document: one row.
    expect(labels.filter((l) => /Dokument/.test(l))).toHaveLength(1);
    // No two rows with the same meaning and the same look.
    const seen = rows.map((r) => `${r.key ?? r.label}|${r.color.toLowerCase()}`);
    expect(new Set(seen).size).toBe(seen.length);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('names the panel where only the network draws a symbol (its node shapes and size)', () => {
    const labels = poster('de', { selected: false, highlighted: false }).map((r) => r.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        'Netzwerk: Modellprojekt',
        'Netzwerk: Partner',
        expect.stringMatching(/^Netzwerk: Größe nach/),
      ]),
    );
  });

  it('the same meaning drawn differently gets a row per panel, each naming its panel', () => {
    const rows = poster('en', { selected: true, highlighted: true });
    const highlight = rows.filter((r) => r.key === 'ring:highlighted');
    expect(highlight.map((r) => r.label)).toEqual([
      'Map: highlighted (story, analysis): thick black ring, others fade',
      'Network: Highlighted',
    ]);
    expect(highlight[0].color).not.toBe(highlight[1].color);
  });

  it('without panel names it only merges', () => {
    const a: LegendItem = { color: '#0072B2', shape: 'disc', label: 'A', key: 'k' };
    const b: LegendItem = { color: '#0072b2', shape: 'square', label: 'B', key: 'k' };
    const c: LegendItem = { color: '#000000', shape: 'ring', label: 'C', key: 'r' };
    const d: LegendItem = { color: '#B34700', shape: 'ring', label: 'D', key: 'r' };
    expect(
      mergeLegends([
        [a, c],
        [b, d],
      ]).map((r) => r.label),
    ).toEqual(['A', 'C', 'D']);
  });
});
