/**
 * XML parsing for the import worker, where there is no `DOMParser`: @xmldom/xmldom, a pure
 * JavaScript W3C DOM that @tmcw/togeojson and graphology's GEXF/GraphML parsers accept. It
 * resolves no external entities (no XXE) and expands no DTD-defined entities.
 *
 * Errors (malformed XML) come back with the line the parser stopped at; warnings are ignored.
 *
 * @see https://github.com/xmldom/xmldom#api
 */
import { DOMParser, type Document } from '@xmldom/xmldom';

export type XmlResult = { ok: true; doc: Document } | { ok: false; detail: string; line?: number };

export function parseXml(text: string): XmlResult {
  let detail = '';
  let line: number | undefined;
  try {
    const doc = new DOMParser({
      onError: (level, message, context) => {
        if (level === 'warning') return;
        detail ||= String(message).split('\n')[0];
        const l = (context as { locator?: { lineNumber?: number } } | undefined)?.locator
          ?.lineNumber;
        line ??= typeof l === 'number' ? l : undefined;
        if (level === 'fatalError') throw new Error(detail);
      },
    }).parseFromString(text, 'application/xml');
    if (!doc.documentElement) return { ok: false, detail: detail || 'no root element', line };
    return { ok: true, doc };
  } catch (e) {
    const m = /line:?\s*(\d+)/i.exec(String((e as Error).message));
    return {
      ok: false,
      detail: detail || (e instanceof Error ? e.message.split('\n')[0] : String(e)),
      line: line ?? (m ? Number(m[1]) : undefined),
    };
  }
}
