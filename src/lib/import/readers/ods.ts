/**
 * OpenDocument spreadsheets (LibreOffice/OpenOffice Calc `.ods`) → grids of cell text, one per
 * visible sheet. The ZIP is opened with fflate and `content.xml` parsed with @xmldom/xmldom; the
 * table model is then read as ODF 1.2 §9.1 defines it: `table:table-row` and
 * `table:table-cell` with their `number-rows-repeated` / `number-columns-repeated` counts,
 * numbers from `office:value`, text from the `text:p` paragraphs.
 *
 * Why no library: the registry has no maintained ODS reader. SheetJS publishes its current
 * versions only off the npm registry; its npm release (0.18.5) has known advisories for crafted
 * files (CVE-2023-30533, CVE-2024-22363). The XML parsing is the library's; what is ours is the
 * walk over rows and cells, with repeat counts capped so a sheet that declares a million empty
 * rows costs nothing.
 *
 * @see https://docs.oasis-open.org/office/OpenDocument/v1.3/os/part3-schema/OpenDocument-v1.3-os-part3-schema.html#__RefHeading__1415578_253892949
 */
import { pushAll } from '../../util/arrays';
import type { Element as XmlElement } from '@xmldom/xmldom';
import type { GridRow } from '../header-finder';
import { MAX_FEATURES, MAX_XML_BYTES } from '../limits';
import { parseXml } from './xml';
import { readZipEntries, type ZipProblem } from '../zip';

const TABLE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0';
const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';
const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
const STYLE = 'urn:oasis:names:tc:opendocument:xmlns:style:1.0';

/** Most columns read per row (a row may declare 16,384 repeated empty cells). */
const MAX_COLUMNS = 1024;

export interface OdsSheet {
  name: string;
  hidden: boolean;
  rows: GridRow[];
}

export type OdsResult =
  | { ok: true; sheets: OdsSheet[] }
  | { ok: false; detail: string }
  | { ok: false; problem: ZipProblem };

/** The cells of a row in order: `table-cell` and (under a merge) `covered-table-cell`. */
function cellsOf(row: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = row.firstChild; n; n = n.nextSibling) {
    const e = n as XmlElement;
    if (
      n.nodeType === 1 &&
      e.namespaceURI === TABLE &&
      (e.localName === 'table-cell' || e.localName === 'covered-table-cell')
    )
      out.push(e);
  }
  return out;
}

/** Rows of a table, also those inside header-row, row-group and rows containers. */
function rowsOf(table: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = table.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const e = n as XmlElement;
    if (e.namespaceURI !== TABLE) continue;
    if (e.localName === 'table-row') out.push(e);
    else if (['table-header-rows', 'table-row-group', 'table-rows'].includes(e.localName ?? ''))
      pushAll(out, rowsOf(e));
  }
  return out;
}

function cellText(cell: XmlElement): string {
  const type = cell.getAttributeNS(OFFICE, 'value-type');
  if (type === 'float' || type === 'percentage' || type === 'currency') {
    const v = cell.getAttributeNS(OFFICE, 'value');
    if (v) return v;
  }
  if (type === 'date') return (cell.getAttributeNS(OFFICE, 'date-value') ?? '').slice(0, 10);
  if (type === 'boolean') return cell.getAttributeNS(OFFICE, 'boolean-value') ?? '';
  const paragraphs = cell.getElementsByTagNameNS(TEXT, 'p');
  const lines: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) lines.push(paragraphs[i].textContent ?? '');
  return lines.join('\n');
}

const repeat = (el: XmlElement, attr: string) => {
  const n = Number(el.getAttributeNS(TABLE, attr) || '1');
  return Number.isInteger(n) && n > 0 ? n : 1;
};

/** Read the sheets of an `.ods` file. Never throws. */
export function readOds(bytes: Uint8Array): OdsResult {
  const z = readZipEntries(bytes, (n) => n === 'content.xml');
  if (!z.ok) return z;
  const content = z.files['content.xml'];
  if (!content) return { ok: false, detail: 'content.xml missing' };
  if (content.length > MAX_XML_BYTES)
    return { ok: false, detail: `content.xml > ${MAX_XML_BYTES / 1048576} MB` };
  const parsed = parseXml(new TextDecoder().decode(content));
  if (!parsed.ok) return { ok: false, detail: parsed.detail };
  const doc = parsed.doc;

  // Table styles that hide a sheet (style:table-properties table:display="false").
  const hiddenStyles = new Set<string>();
  const styles = doc.getElementsByTagNameNS(STYLE, 'style');
  for (let i = 0; i < styles.length; i++) {
    const s = styles[i];
    const props = s.getElementsByTagNameNS(STYLE, 'table-properties')[0];
    if (props?.getAttributeNS(TABLE, 'display') === 'false')
      hiddenStyles.add(s.getAttributeNS(STYLE, 'name') ?? '');
  }

  const sheets: OdsSheet[] = [];
  const tables = doc.getElementsByTagNameNS(TABLE, 'table');
  let total = 0;
  for (let t = 0; t < tables.length; t++) {
    const table = tables[t];
    const rows: GridRow[] = [];
    let rowNumber = 1;
    for (const row of rowsOf(table)) {
      const times = repeat(row, 'number-rows-repeated');
      const cells: string[] = [];
      for (const cell of cellsOf(row)) {
        const text = cellText(cell);
        const n = Math.min(repeat(cell, 'number-columns-repeated'), MAX_COLUMNS - cells.length);
        for (let k = 0; k < n; k++) cells.push(text);
        if (cells.length >= MAX_COLUMNS) break;
      }
      while (cells.length > 0 && cells[cells.length - 1].trim() === '') cells.pop();
      if (cells.length > 0) {
        // A repeated non-empty row is rare (copies); repeated empty rows cost nothing.
        for (let k = 0; k < Math.min(times, MAX_FEATURES + 2 - rows.length); k++)
          rows.push({ row: rowNumber + k, cells: [...cells] });
      }
      rowNumber += times;
      if (rows.length > MAX_FEATURES + 1) break;
    }
    total += rows.length;
    sheets.push({
      name: table.getAttributeNS(TABLE, 'name') ?? `Tabelle${t + 1}`,
      hidden: hiddenStyles.has(table.getAttributeNS(TABLE, 'style-name') ?? ''),
      rows,
    });
    if (total > 4 * MAX_FEATURES) break;
  }
  return { ok: true, sheets };
}
