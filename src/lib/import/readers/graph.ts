/**
 * Network files → a node sheet and an edge sheet: GEXF (Gephi, Gephi Lite) through
 * graphology-gexf, GraphML (Gephi, yEd, networkx, Cytoscape) through graphology-graphml, both on
 * an @xmldom/xmldom document so they run in the import worker.
 *
 * Node columns: `id`, `label` and every declared attribute. Gephi's `viz:` layout values (x, y,
 * size, colour) are positions in the drawing, not on the earth, and are left out; nodes are
 * placed by coordinate attributes (`latitude`/`longitude`, as Gephi's geo layout writes them),
 * by key or by name. yEd keeps labels in its graphics (`y:NodeLabel`); those are read too.
 * Locations in messages are the element ids: `node „p1“`, `edge „0“`.
 *
 * @see https://graphology.github.io/standard-library/gexf.html
 * @see https://graphology.github.io/standard-library/graphml.html
 */
import { MultiGraph } from 'graphology';
import createGexfParser from 'graphology-gexf/common/parser.js';
import createGraphmlParser from 'graphology-graphml/common/parser.js';
import {
  DOMParser,
  type Document as XmlDocument,
  type Element as XmlElement,
} from '@xmldom/xmldom';
import { issue, type ImportIssue } from '../issues';
import { MAX_FEATURES, MAX_XML_BYTES } from '../limits';
import { cellText, columnsOf, type Sheet } from '../sheet';
import { own } from '../../util/lookup';
import { xmlIssue, xmlTooLarge, type XmlRead } from './kml';
import { parseXml } from './xml';

// The parsers check `source instanceof Document`: give them xmldom's Document class.
const XmlDocumentClass = new DOMParser().parseFromString('<t/>', 'application/xml').constructor;
const parseGexf = createGexfParser(DOMParser, XmlDocumentClass);
const parseGraphml = createGraphmlParser(DOMParser, XmlDocumentClass);

/** Drawing attributes (Gephi `viz:`, yEd graphics, graphology's own), not data. */
const DRAWING = new Set(['x', 'y', 'z', 'size', 'color', 'shape', 'thickness', 'label', 'id']);

/** yEd writes labels inside `<y:NodeLabel>`; graphology-graphml does not read them. */
function yedLabels(doc: XmlDocument): Map<string, string> {
  const out = new Map<string, string>();
  const nodes = doc.getElementsByTagName('node');
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i] as unknown as XmlElement;
    const label =
      n.getElementsByTagName('y:NodeLabel')[0] ?? n.getElementsByTagNameNS('*', 'NodeLabel')[0];
    const text = label?.textContent?.trim();
    const id = n.getAttribute('id');
    if (id && text) out.set(id, text);
  }
  return out;
}

/** Attributes a yEd key carries for its graphics: their values are the label text run together. */
function graphicsKeys(doc: XmlDocument): Set<string> {
  const out = new Set<string>();
  const keys = doc.getElementsByTagName('key');
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as unknown as XmlElement;
    if (k.getAttribute('yfiles.type')) {
      out.add(k.getAttribute('id') ?? '');
      out.add(String(k.getAttribute('attr.name')));
    }
  }
  return out;
}

/** Read GEXF or GraphML text. Never throws. */
export function readGraphText(file: string, format: 'gexf' | 'graphml', text: string): XmlRead {
  if (text.length > MAX_XML_BYTES)
    return { sheets: [], issues: [xmlTooLarge(file, text.length)], count: 0 };
  const parsed = parseXml(text);
  if (!parsed.ok)
    return { sheets: [], issues: [xmlIssue(file, parsed.detail, parsed.line)], count: 0 };
  const doc = parsed.doc;
  let graph: MultiGraph;
  try {
    graph =
      format === 'gexf'
        ? parseGexf(MultiGraph, doc, { addMissingNodes: true, allowUndeclaredAttributes: true })
        : parseGraphml(MultiGraph, doc, { addMissingNodes: true });
  } catch (e) {
    return {
      sheets: [],
      issues: [xmlIssue(file, e instanceof Error ? e.message : String(e))],
      count: 0,
    };
  }
  const issues: ImportIssue[] = [];
  if (graph.order + graph.size > MAX_FEATURES) {
    issues.push(
      issue(
        'too-many-features',
        { file },
        'node, edge',
        {
          key: 'issue.limit.features',
          params: { count: graph.order + graph.size, max: MAX_FEATURES },
        },
        { key: 'hint.limit.split' },
      ),
    );
    return { sheets: [], issues, count: graph.order + graph.size };
  }
  const labels = format === 'graphml' ? yedLabels(doc) : new Map<string, string>();
  const graphics = format === 'graphml' ? graphicsKeys(doc) : new Set<string>();
  const skip = new Set([...DRAWING, ...graphics]);

  const nodeAttrs: { id: string; a: Record<string, unknown> }[] = [];
  graph.forEachNode((id, a) => nodeAttrs.push({ id, a }));
  const hasLabel = nodeAttrs.some(({ id, a }) => typeof a.label === 'string' || labels.has(id));
  const nodeColumns = [
    { label: 'id', parts: ['id'] },
    ...(hasLabel ? [{ label: 'label', parts: ['label'] }] : []),
    ...columnsOf(
      nodeAttrs.map((n) => n.a),
      skip,
    ),
  ];
  const nodes: Sheet = {
    file,
    format,
    sheet: 'node',
    role: 'nodes',
    columns: nodeColumns,
    rows: nodeAttrs.map(({ id, a }) => ({
      ref: { file, feature: `node „${id.slice(0, 60)}“` },
      cells: nodeColumns.map((c) =>
        c.label === 'id'
          ? id
          : c.label === 'label'
            ? cellText(a.label ?? labels.get(id))
            : cellText(own(a, c.label)),
      ),
    })),
  };

  const edgeAttrs: { key: string; s: string; t: string; a: Record<string, unknown> }[] = [];
  graph.forEachEdge((key, a, s, t) => edgeAttrs.push({ key, s, t, a }));
  const edgeColumns = [
    { label: 'source', parts: ['source'] },
    { label: 'target', parts: ['target'] },
    ...columnsOf(
      edgeAttrs.map((e) => e.a),
      skip,
    ),
  ];
  const edges: Sheet = {
    file,
    format,
    sheet: 'edge',
    role: 'edges',
    columns: edgeColumns,
    rows: edgeAttrs.map(({ key, s, t, a }) => ({
      ref: { file, feature: `edge „${key.slice(0, 60)}“` },
      cells: edgeColumns.map((c) =>
        c.label === 'source' ? s : c.label === 'target' ? t : cellText(own(a, c.label)),
      ),
    })),
  };
  if (graph.order === 0)
    issues.push(
      issue(
        'empty',
        { file },
        'node',
        { key: 'issue.xml.empty', params: { element: 'node' } },
        { key: 'hint.xml.empty' },
      ),
    );
  return {
    sheets: [nodes, ...(edges.rows.length ? [edges] : [])],
    issues,
    count: graph.order + graph.size,
  };
}
