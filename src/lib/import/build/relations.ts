/**
 * Relations of an import: from edge rows (by the id or name of each end, or, for a line, by the
 * nodes at its two ends), from a node's project column (membership) and from a node's
 * `verbunden_mit` list (the atlas' CSV export). An end that no imported node names may name a
 * project or actor of the built-in MPSC dataset: the import then extends that dataset.
 *
 * Kinds follow the ends: project–project is `network`; project–Kommune/Landkreis is `member`
 * unless the row says `partner`; otherwise `partner`. A relation needs a project at one end.
 * Pure: returns new relations and issues.
 */
import { pushAll } from '../../util/arrays';
import type { Relation } from '../../data/types';
import { normalizePlaceName } from '../../geo/gazetteer';
import { issue, quote, type ImportIssue, type SourceRef } from '../issues';
import type { EdgeRecord, NodeRecord } from '../records';
import type { NodeOut } from './nodes';
import { append, toId } from './nodes';
import { matchRelationKind, urls } from './vocab';

/** Nodes an import may point at: its own, then (optionally) the built-in dataset's. */
export interface NodeIndex {
  byId: ReadonlyMap<string, NodeOut>;
  byName: ReadonlyMap<string, readonly NodeOut[]>;
  /** Raw ids as written → assigned ids. */
  fromRaw: ReadonlyMap<string, string>;
  /** Positions of imported nodes, for lines. */
  at: ReadonlyMap<string, [number, number]>;
}

export function indexNodes(
  nodes: readonly NodeOut[],
  fromRaw: ReadonlyMap<string, string>,
  at: ReadonlyMap<string, [number, number]>,
): NodeIndex {
  const byId = new Map<string, NodeOut>();
  const byName = new Map<string, NodeOut[]>();
  for (const n of nodes) {
    byId.set(n.id, n);
    const k = normalizePlaceName(n.name);
    append(byName, k, n);
  }
  return { byId, byName, fromRaw, at };
}

type Resolved = { node: NodeOut; base: boolean } | 'ambiguous' | undefined;

function lookup(index: NodeIndex, ref: string): NodeOut | 'ambiguous' | undefined {
  const direct = index.byId.get(index.fromRaw.get(ref) ?? ref) ?? index.byId.get(toId(ref));
  if (direct) return direct;
  const named = index.byName.get(normalizePlaceName(ref));
  if (!named) return undefined;
  return named.length === 1 ? named[0] : 'ambiguous';
}

function resolve(own: NodeIndex, base: NodeIndex | null, ref: string): Resolved {
  const r = lookup(own, ref);
  if (r === 'ambiguous') return r;
  if (r) return { node: r, base: false };
  const b = base ? lookup(base, ref) : undefined;
  if (b === 'ambiguous') return b;
  return b ? { node: b, base: true } : undefined;
}

/** The imported node at a position (within ~10 m), for the ends of a line. */
function nodeAt(index: NodeIndex, p: [number, number]): NodeOut | undefined {
  let best: NodeOut | undefined;
  let bestD = 1e-4;
  for (const [id, q] of index.at) {
    const d = Math.hypot(q[0] - p[0], q[1] - p[1]);
    if (d < bestD) {
      bestD = d;
      best = index.byId.get(id);
    }
  }
  return best;
}

export interface BuiltRelations {
  relations: Relation[];
  prov: SourceRef[];
  /** Project id → member actor ids, for the project's `members`. */
  members: Map<string, string[]>;
  /** Ids of built-in nodes the relations point at. */
  baseRefs: Set<string>;
  issues: ImportIssue[];
}

const unresolved = (
  ref: SourceRef,
  field: string,
  value: string | undefined,
  ambiguous: boolean,
  base: boolean,
) =>
  issue(
    value === undefined ? 'missing-field' : 'unknown-ref',
    ref,
    field,
    value === undefined
      ? { key: 'issue.edge.empty' }
      : ambiguous
        ? { key: 'issue.edge.ambiguous', params: { value: quote(value) } }
        : {
            key: base ? 'issue.edge.unknownWithBase' : 'issue.edge.unknown',
            params: { value: quote(value) },
          },
    { key: 'hint.edge.unknown' },
  );

/** Build the relations. `base` is the built-in dataset's index, when the user lets the import extend it. */
export function buildRelations(
  own: NodeIndex,
  base: NodeIndex | null,
  memberships: readonly { node: NodeOut; rec: NodeRecord }[],
  edges: readonly EdgeRecord[],
): BuiltRelations {
  const out: BuiltRelations = {
    relations: [],
    prov: [],
    members: new Map(),
    baseRefs: new Set(),
    issues: [],
  };
  const seen = new Set<string>();

  const add = (
    kindField: string,
    a: Resolved & object,
    b: Resolved & object,
    kindRaw: string | undefined,
    role: string | undefined,
    sources: string[],
    ref: SourceRef,
    field: string,
    ownId?: string,
  ) => {
    const [src, dst] = a.node.kind === 'actor' && b.node.kind === 'project' ? [b, a] : [a, b];
    if (src.node.kind === 'actor') {
      out.issues.push(
        issue(
          'edge-kind',
          ref,
          field,
          { key: 'issue.edge.twoActors', params: { a: quote(a.node.name), b: quote(b.node.name) } },
          { key: 'hint.edge.twoActors' },
        ),
      );
      return;
    }
    let kind = kindRaw ? matchRelationKind(kindRaw) : undefined;
    if (kindRaw && !kind)
      out.issues.push(
        issue(
          'invalid-value',
          ref,
          kindField,
          { key: 'issue.edge.kind', params: { value: quote(kindRaw) } },
          { key: 'hint.edge.kind' },
          'warning',
        ),
      );
    // Project–project: a network, or a shared solution where the row says so (the atlas'
    // exports write `solution` for the links of `solutions.json`).
    if (dst.node.kind === 'project') kind = kind === 'solution' ? 'solution' : 'network';
    else if (kind === 'network' || kind === 'solution' || !kind)
      kind = dst.node.type === 'Kommune' || dst.node.type === 'Landkreis' ? 'member' : 'partner';
    if (dst.node.id === src.node.id) return;
    // The row's own id when it is one in the atlas' form for these ends (its exports keep the
    // network in the id: `network:smarte-hanse:rostock:luebeck`); else one made of the ends.
    const made = `${kind}:${src.node.id}:${dst.node.id}`;
    const id =
      ownId &&
      /^[a-z]+(?::[a-z0-9]+(?:-[a-z0-9]+)*)+$/.test(ownId) &&
      ownId.startsWith(`${kind}:`) &&
      ownId.endsWith(`:${src.node.id}:${dst.node.id}`)
        ? ownId
        : made;
    if (seen.has(id)) {
      out.issues.push(
        issue(
          'duplicate-id',
          ref,
          field,
          {
            key: 'issue.edge.duplicate',
            params: { a: quote(src.node.name), b: quote(dst.node.name) },
          },
          { key: 'hint.edge.duplicate' },
          'warning',
        ),
      );
      return;
    }
    seen.add(id);
    for (const end of [src, dst]) if (end.base) out.baseRefs.add(end.node.id);
    out.relations.push({
      id,
      source: src.node.id,
      target: dst.node.id,
      kind,
      ...(role ? { role } : {}),
      sources,
    });
    out.prov.push(ref);
    if (kind === 'member') append(out.members, src.node.id, dst.node.id);
  };

  const self = (node: NodeOut): Resolved & object => ({ node, base: false });
  const linkedNames = new Map(
    memberships.map(({ node, rec }) => [
      node.id,
      new Set((rec.linked ?? []).map(normalizePlaceName)),
    ]),
  );
  for (const { node, rec } of memberships) {
    const field = rec.headers?.project ?? `${rec.fieldPrefix}project`;
    if (rec.project !== undefined) {
      const pr = resolve(own, base, rec.project);
      if (pr && pr !== 'ambiguous' && pr.node.kind === 'project')
        add(
          rec.headers?.relation ?? 'relation',
          pr,
          self(node),
          rec.relation,
          rec.role,
          [],
          rec.ref,
          field,
        );
      else out.issues.push(unresolved(rec.ref, field, rec.project, pr === 'ambiguous', !!base));
    }
    for (const other of rec.linked ?? []) {
      let o = resolve(own, base, other);
      // A name two nodes share (the project „Bad Belzig“ and the town): the one that lists
      // this node back is meant (the export writes each connection at both ends).
      if (o === 'ambiguous') {
        const back = (own.byName.get(normalizePlaceName(other)) ?? []).filter(
          (c) => c.id !== node.id && linkedNames.get(c.id)?.has(normalizePlaceName(node.name)),
        );
        if (back.length === 1) o = { node: back[0], base: false };
      }
      const lfield = rec.headers?.linked ?? 'linked';
      if (o && o !== 'ambiguous') {
        // The export lists each relation at both ends: the first one read makes it.
        const kind = node.kind === 'project' && o.node.kind === 'project' ? 'network' : undefined;
        const key = [node.id, o.node.id].sort().join('|');
        if (seen.has(`linked|${key}`)) continue;
        seen.add(`linked|${key}`);
        if (node.kind === 'actor' && o.node.kind === 'actor') continue;
        add(lfield, self(node), o, kind, undefined, [], rec.ref, lfield);
      } else out.issues.push(unresolved(rec.ref, lfield, other, o === 'ambiguous', !!base));
    }
  }

  for (const e of edges) {
    const sField = e.headers?.source ?? 'source';
    const tField = e.headers?.target ?? 'target';
    const sources = urls(e.url, e.ref, e.headers?.url ?? 'url');
    pushAll(out.issues, sources.issues);
    if (e.line && e.source === undefined && e.target === undefined) {
      const a = nodeAt(own, e.line.from);
      const b = nodeAt(own, e.line.to);
      if (!a || !b) {
        out.issues.push(
          issue(
            'geometry-type',
            e.ref,
            'geometry.type',
            { key: 'issue.line.ends' },
            { key: 'hint.line.ends' },
          ),
        );
        continue;
      }
      add(
        e.headers?.kind ?? 'kind',
        self(a),
        self(b),
        e.kind,
        e.role,
        sources.urls,
        e.ref,
        'geometry',
      );
      continue;
    }
    const a = e.source === undefined ? undefined : resolve(own, base, e.source);
    if (!a || a === 'ambiguous') {
      out.issues.push(unresolved(e.ref, sField, e.source, a === 'ambiguous', !!base));
      continue;
    }
    const b = e.target === undefined ? undefined : resolve(own, base, e.target);
    if (!b || b === 'ambiguous') {
      out.issues.push(unresolved(e.ref, tField, e.target, b === 'ambiguous', !!base));
      continue;
    }
    add(e.headers?.kind ?? 'kind', a, b, e.kind, e.role, sources.urls, e.ref, sField, e.id);
  }
  return out;
}
