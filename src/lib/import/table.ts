/**
 * Tables (CSV, spreadsheet sheets) → node or edge records. A table with `source` and `target`
 * columns is an edge list; any other table is a node list. Unknown columns, a header split over
 * two rows (merged header cells) and rows with more cells than the header are reported.
 */
import { EDGE_COLUMNS, NODE_COLUMNS, isEdgeHeader, mapColumns, normalizeHeader } from './columns';
import { parseNumber } from './csv';
import { issue, quote, type ImportIssue } from './issues';
import { MAX_TEXT_LENGTH } from './limits';
import { cleanField, cleanText } from './text';
import { unguardFormula } from '../export/csv';
import { nodeTextFields, type EdgeRecord, type NodeRecord, type Table } from './records';

export interface TableRecords {
  nodes: NodeRecord[];
  edges: EdgeRecord[];
  issues: ImportIssue[];
}

/** Spreadsheet column letter of a 0-based index: 0 → A, 27 → AB. */
export function columnLetter(i: number): string {
  let s = '';
  let n = i + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const KNOWN_HEADERS = new Set(
  [...Object.values(NODE_COLUMNS), ...Object.values(EDGE_COLUMNS)].flat() as string[],
);

/**
 * Merged header cells: a workbook whose header spans two rows („Koordinaten“ over „lat“ and
 * „lon“) leaves empty cells in the first row that the second row fills with column names.
 * Combine the two rows and say so.
 */
function combineSplitHeader(table: Table, issues: ImportIssue[]): Table {
  const { header, rows } = table;
  const next = rows[0];
  if (!next) return table;
  const gaps = header.map((h, i) => (h.trim() === '' ? i : -1)).filter((i) => i >= 0);
  const subHeaders = next.cells.filter((c) => KNOWN_HEADERS.has(normalizeHeader(c)));
  if (gaps.length === 0 || subHeaders.length < 2) return table;
  if (!gaps.some((i) => KNOWN_HEADERS.has(normalizeHeader(next.cells[i] ?? '')))) return table;
  const combined = header.map((h, i) => {
    const sub = next.cells[i] ?? '';
    return KNOWN_HEADERS.has(normalizeHeader(sub)) ? sub : h;
  });
  const cols = gaps.map(columnLetter).join(', ');
  issues.push(
    issue(
      'header-merged',
      { file: table.file, row: table.headerRow },
      cols,
      {
        de: `Die Kopfzeile ist über zwei Zeilen verteilt (verbundene Zellen, leer in Spalte ${cols}). Die Spaltennamen aus Zeile ${next.row} wurden verwendet.`,
        en: `The header spans two rows (merged cells, empty in column ${cols}). The column names from row ${next.row} were used.`,
      },
      {
        de: 'Verbundene Zellen in der Kopfzeile auflösen: eine Zeile, ein Spaltenname je Spalte.',
        en: 'Unmerge the header cells: one row, one column name per column.',
      },
      'warning',
    ),
  );
  return { ...table, header: combined, headerRow: next.row, rows: rows.slice(1) };
}

function clip(
  value: string,
  at: { file: string; row: number },
  field: string,
  issues: ImportIssue[],
): string {
  if (value.length <= MAX_TEXT_LENGTH) return value;
  issues.push(
    issue(
      'invalid-value',
      at,
      field,
      {
        de: `Der Wert ist ${value.length} Zeichen lang; gekürzt auf ${MAX_TEXT_LENGTH}.`,
        en: `The value is ${value.length} characters long; cut to ${MAX_TEXT_LENGTH}.`,
      },
      { de: 'Lange Texte kürzen.', en: 'Shorten long texts.' },
      'warning',
    ),
  );
  return value.slice(0, MAX_TEXT_LENGTH);
}

/** Turn a table into records. Never throws. */
export function tableToRecords(input: Table): TableRecords {
  const issues: ImportIssue[] = [];
  // Header cells normalised silently: invisible characters there only hide a column name.
  const table = combineSplitHeader(
    { ...input, header: input.header.map((h) => cleanText(h).text) },
    issues,
  );
  const file = table.file;
  const edges = isEdgeHeader(table.header);
  const aliases = edges ? EDGE_COLUMNS : NODE_COLUMNS;
  const cols = mapColumns(table.header, aliases as Record<string, readonly string[]>);
  const at = { file, row: table.headerRow };

  for (const i of cols.unknown)
    issues.push(
      issue(
        'unknown-column',
        at,
        table.header[i],
        {
          de: `Unbekannte Spalte ${quote(table.header[i])} (${columnLetter(i)}): ihre Werte werden nicht übernommen.`,
          en: `Unknown column ${quote(table.header[i])} (${columnLetter(i)}): its values are not imported.`,
        },
        {
          de: 'Spaltennamen siehe Vorlage (z. B. name, lat, lon, ort, land, ags, typ).',
          en: 'See the template for column names (e.g. name, lat, lon, place, land, key, type).',
        },
        'warning',
      ),
    );
  for (const i of cols.duplicate)
    issues.push(
      issue(
        'header-duplicate',
        at,
        table.header[i],
        {
          de: `Die Spalte ${quote(table.header[i])} (${columnLetter(i)}) kommt doppelt vor; nur die erste wird gelesen.`,
          en: `Column ${quote(table.header[i])} (${columnLetter(i)}) appears twice; only the first is read.`,
        },
        {
          de: 'Doppelte Spalte umbenennen oder löschen.',
          en: 'Rename or delete the duplicate column.',
        },
        'warning',
      ),
    );

  const idx = cols.index as Record<string, number | undefined>;
  const usable = edges
    ? true
    : ['name', 'place', 'key', 'lat', 'lon'].some((c) => idx[c] !== undefined);
  if (!usable) {
    issues.push(
      issue(
        'header-missing',
        at,
        '(header)',
        {
          de: 'Die erste Zeile enthält keine bekannten Spaltennamen (name, lat/lon, ort oder ags; für Kanten source und target).',
          en: 'The first row holds no known column names (name, lat/lon, place or key; for edges source and target).',
        },
        {
          de: 'Die erste Zeile muss die Spaltennamen enthalten – Vorlage herunterladen.',
          en: 'The first row must hold the column names – download the template.',
        },
      ),
    );
    return { nodes: [], edges: [], issues };
  }

  const headers: Record<string, string> = {};
  for (const [c, i] of Object.entries(idx)) if (i !== undefined) headers[c] = table.header[i];
  const nodes: NodeRecord[] = [];
  const edgeRecords: EdgeRecord[] = [];
  const width = table.header.length;
  for (const { row, cells } of table.rows) {
    const ref = { file, row };
    const extra = cells.slice(width).filter((c) => c.trim() !== '');
    if (extra.length > 0) {
      issues.push(
        issue(
          'csv-columns',
          ref,
          columnLetter(width),
          {
            de: `Die Zeile hat ${cells.length} Zellen, die Kopfzeile nur ${width}. Die Zeile wird nicht importiert.`,
            en: `The row has ${cells.length} cells, the header only ${width}. The row is not imported.`,
          },
          {
            de: 'Trennzeichen in Werten in Anführungszeichen setzen ("Musterstadt; Nord").',
            en: 'Put values that contain the separator in double quotes ("Town; North").',
          },
        ),
      );
      continue;
    }
    const get = (c: string): string | undefined => {
      const i = idx[c];
      if (i === undefined) return undefined;
      // The app's own CSV neutralises formulas with an apostrophe: take it off again.
      const raw = unguardFormula(cells[i] ?? '');
      if (raw.trim() === '') return undefined;
      // The one text normaliser (text.ts); a value of only invisible characters is empty.
      const v = cleanField(raw, ref, table.header[i], issues, c === 'notes');
      return v === '' ? undefined : clip(v, ref, table.header[i], issues);
    };
    if (edges) {
      edgeRecords.push({
        ref,
        fieldPrefix: '',
        source: get('source'),
        target: get('target'),
        kind: get('kind'),
        role: get('role'),
        url: get('url'),
      });
      continue;
    }
    const lonRaw = get('lon');
    const latRaw = get('lat');
    const rec: NodeRecord = {
      ref,
      fieldPrefix: '',
      headers,
      id: get('id'),
      ...nodeTextFields(get),
    };
    const alt = get('altNames');
    if (alt)
      rec.altNames = alt
        .split(/[|;]/)
        .map((s) => s.trim())
        .filter(Boolean);
    if (lonRaw !== undefined || latRaw !== undefined) {
      const lonField = table.header[idx.lon ?? -1] ?? 'lon';
      const latField = table.header[idx.lat ?? -1] ?? 'lat';
      rec.pair = {
        x: parseNumber(lonRaw),
        y: parseNumber(latRaw),
        fields: [lonField, latField],
        raw: [lonRaw ?? '', latRaw ?? ''],
      };
    }
    nodes.push(rec);
  }
  if (table.rows.length === 0)
    issues.push(
      issue(
        'empty',
        { file },
        '(file)',
        { de: 'Die Tabelle enthält keine Datenzeilen.', en: 'The table holds no data rows.' },
        {
          de: 'Unter der Kopfzeile eine Zeile je Knoten oder Kante eintragen.',
          en: 'Add one row per node or edge below the header.',
        },
      ),
    );
  return { nodes, edges: edgeRecords, issues };
}
