/**
 * Downloadable templates: a node table and an edge table with the canonical column names
 * (docs/data-format.md) and example rows that import without errors. The XLSX holds both as
 * two sheets; it is written with write-excel-file, loaded only when the user asks for it.
 */
import { toCsv } from '../export/csv';

export const NODE_TEMPLATE_HEADER = [
  'id',
  'name',
  'kind',
  'staffel',
  'kategorie',
  'lat',
  'lon',
  'ort',
  'land',
  'ags',
  'projekt',
  'url',
  'notizen',
] as const;

export const NODE_TEMPLATE_ROWS: readonly (readonly string[])[] = [
  [
    'smart-region',
    'Smart Region Musterkreis',
    'Projekt',
    '2021',
    'Interkommunale Kooperation/Landkreis',
    '49.8917',
    '10.8869',
    '',
    'BY',
    '',
    '',
    'https://example.org',
    'Beispielprojekt',
  ],
  [
    'hallstadt',
    'Hallstadt',
    'Kommune',
    '',
    '',
    '',
    '',
    'Hallstadt',
    'BY',
    '',
    'smart-region',
    '',
    '',
  ],
  [
    'uni-bamberg',
    'Otto-Friedrich-Universität Bamberg',
    'Hochschule',
    '',
    '',
    '',
    '',
    'Bamberg',
    'BY',
    '',
    'smart-region',
    '',
    '',
  ],
];

export const EDGE_TEMPLATE_HEADER = ['source', 'target', 'kind', 'rolle', 'url'] as const;
export const EDGE_TEMPLATE_ROWS: readonly (readonly string[])[] = [
  ['smart-region', 'hallstadt', 'member', '', ''],
  ['smart-region', 'uni-bamberg', 'partner', 'Begleitforschung', 'https://example.org'],
];

/**
 * CSV text with `;` (what German Excel opens directly), a BOM and CRLF line ends: the Excel
 * variant of the app's one CSV writer (`export/csv.ts`, formulas neutralised).
 */
export function templateCsv(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  return toCsv([header, ...rows], { excel: true });
}

/** The workbook template (two sheets: Knoten, Kanten). */
export async function templateXlsx(): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const sheet = (header: readonly string[], rows: readonly (readonly string[])[]) => [
    header.map((h) => ({ value: h, fontWeight: 'bold' as const })),
    ...rows.map((r) =>
      r.map((c) =>
        c !== '' && /^-?\d+(\.\d+)?$/.test(c) && !/^0\d/.test(c) ? Number(c) : c || null,
      ),
    ),
  ];
  return writeXlsxFile([
    { sheet: 'Knoten', data: sheet(NODE_TEMPLATE_HEADER, NODE_TEMPLATE_ROWS) },
    { sheet: 'Kanten', data: sheet(EDGE_TEMPLATE_HEADER, EDGE_TEMPLATE_ROWS) },
  ]).toBlob();
}
