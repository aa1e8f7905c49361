/**
 * Node records with positions → project and actor features. Small pure functions, each
 * returning new values and issues; nothing passed in is changed.
 *
 * Any programme: a project needs an id and a name. Call year (Staffel), category and Land are
 * kept when the row gives them (or, for the Land, when its key or position tells), never
 * required. An MPSC category is recognised in German or English; any other text is kept as the
 * programme's own category.
 */
import { pushAll } from '../../util/arrays';
import * as v from 'valibot';
import { LAENDER } from '../../data/laender';
import { ActorPropertiesSchema, ProjectPropertiesSchema } from '../../data/schemas';
import type { ActorProperties, ProjectProperties } from '../../data/types';
import { ACTOR_TYPES, type ActorType } from '../../data/vocab';
import { foldName, maybeLandId, type Gazetteer } from '../../geo/gazetteer';
import { maybeOfficialKey } from '../../geo/official-keys';
import { nearestPlace } from '../geocode';
import { issue, quote, type ImportIssue, type SourceRef } from '../issues';
import type { NodeRecord } from '../records';
import type { Positioned } from './positions';
import { isProjectWord, matchActorType, matchCategory, urls } from './vocab';

/** Add a value to a map of lists, in place (linear for any number of values per key). */
export function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** An ASCII kebab-case id: „Großpösna (Nord)“ → `grosspoesna-nord`. */
export function toId(text: string): string {
  return foldName(text).replace(/ /g, '-').slice(0, 80).replace(/-+$/, '');
}

const fieldOf = (rec: NodeRecord, name: string) =>
  rec.headers?.[name] ?? `${rec.fieldPrefix}${name}`;

/** What later stages need to know of a built node. */
export interface NodeOut {
  id: string;
  kind: 'project' | 'actor';
  name: string;
  type?: ActorType;
  ref: SourceRef;
}

export type BuiltFeature =
  | {
      kind: 'project';
      feature: {
        type: 'Feature';
        geometry: { type: 'Point'; coordinates: [number, number] };
        properties: ProjectProperties;
      };
    }
  | {
      kind: 'actor';
      feature: {
        type: 'Feature';
        geometry: { type: 'Point'; coordinates: [number, number] };
        properties: ActorProperties;
      };
    };

const point = (pos: [number, number]) => ({ type: 'Point' as const, coordinates: pos });

/** Properties already in the app's own format (a re-imported GeoJSON of the atlas), as they are. */
export function verbatimFeature(rec: NodeRecord, pos: [number, number]): BuiltFeature | null {
  if (!rec.properties) return null;
  const asProject = v.safeParse(ProjectPropertiesSchema, rec.properties);
  if (asProject.success)
    return {
      kind: 'project',
      feature: { type: 'Feature', geometry: point(pos), properties: asProject.output },
    };
  const asActor = v.safeParse(ActorPropertiesSchema, rec.properties);
  if (asActor.success)
    return {
      kind: 'actor',
      feature: { type: 'Feature', geometry: point(pos), properties: asActor.output },
    };
  return null;
}

/**
 * The id of every record: its own (kebab-cased; must be unique), else one made from its name
 * (numbered when taken). Null for a record without position or name, or with a bad own id.
 */
export function assignIds(
  nodes: readonly NodeRecord[],
  positions: readonly Positioned[],
  names: readonly (string | undefined)[],
): { ids: (string | null)[]; fromRaw: Map<string, string>; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const used = new Set<string>();
  const explicitRow = new Map<string, number | string>();
  const fromRaw = new Map<string, string>();
  // Own ids first, so a generated id never takes one a later row names.
  const own = nodes.map((rec, i) => {
    if (!positions[i].pos || !names[i]) return null;
    const verbatim =
      typeof rec.properties?.id === 'string' && rec.properties.id === rec.id ? rec.id : undefined;
    const raw = verbatim ?? rec.id;
    if (raw === undefined) return undefined;
    const id = toId(raw);
    if (!id) {
      issues.push(
        issue(
          'invalid-value',
          rec.ref,
          fieldOf(rec, 'id'),
          { key: 'issue.id.empty', params: { value: quote(raw) } },
          { key: 'hint.id.format' },
        ),
      );
      return null;
    }
    if (explicitRow.has(id)) {
      const first = explicitRow.get(id)!;
      issues.push(
        issue(
          'duplicate-id',
          rec.ref,
          fieldOf(rec, 'id'),
          { key: 'issue.id.duplicate', params: { value: quote(raw), first: String(first) } },
          { key: 'hint.id.unique' },
        ),
      );
      return null;
    }
    explicitRow.set(id, rec.ref.row ?? rec.ref.feature ?? '');
    fromRaw.set(raw, id);
    used.add(id);
    return id;
  });
  // The next free suffix per base, remembered: 20,000 rows of one name stay linear.
  const nextSuffix = new Map<string, number>();
  const ids = own.map((id, i) => {
    if (id !== undefined) return id;
    const base = toId(names[i]!) || 'knoten';
    let n = nextSuffix.get(base) ?? 1;
    let out = n === 1 ? base : `${base}-${n}`;
    while (used.has(out)) out = `${base}-${++n}`;
    nextSuffix.set(base, n + 1);
    used.add(out);
    return out;
  });
  return { ids, fromRaw, issues };
}

/** The Land of a project: as written, from its place, its key or the nearest gazetteer place. */
function landOf(rec: NodeRecord, at: Positioned, gazetteer: Gazetteer | null): string | undefined {
  const written = maybeLandId(rec.land);
  if (written) return written;
  if (at.place) return at.place.land;
  const key = rec.key ? maybeOfficialKey(rec.key) : undefined;
  if (key) return LAENDER.find((l) => l.ags === key.land)?.id;
  if (gazetteer && at.pos && !at.abroad && !at.connections)
    return nearestPlace(gazetteer, at.pos[0], at.pos[1])?.land;
  return undefined;
}

function projectFeature(
  rec: NodeRecord,
  id: string,
  name: string,
  at: Positioned,
  gazetteer: Gazetteer | null,
): { built: BuiltFeature; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const sources = urls(rec.url, rec.ref, fieldOf(rec, 'url'));
  pushAll(issues, sources.issues);
  let staffel: number | undefined;
  if (rec.staffel !== undefined) {
    const n = Number(rec.staffel.trim().replace(/\.0+$/, ''));
    if (Number.isInteger(n) && n >= 1900 && n <= 2100) staffel = n;
    else
      issues.push(
        issue(
          'invalid-value',
          rec.ref,
          fieldOf(rec, 'staffel'),
          { key: 'issue.project.staffel', params: { value: quote(rec.staffel) } },
          { key: 'hint.project.staffel' },
          'warning',
        ),
      );
  }
  let category: string | undefined;
  // The atlas' own exports write a project's category in the type column.
  const categoryRaw = rec.category ?? (rec.type && !isProjectWord(rec.type) ? rec.type : undefined);
  if (categoryRaw !== undefined) {
    category = matchCategory(categoryRaw);
    if (!category) {
      category = categoryRaw.slice(0, 120);
      issues.push(
        issue(
          'invalid-value',
          rec.ref,
          fieldOf(rec, rec.category !== undefined ? 'category' : 'type'),
          { key: 'issue.project.ownCategory', params: { value: quote(categoryRaw) } },
          { key: 'hint.project.ownCategory' },
          'warning',
        ),
      );
    }
  }
  if (rec.land !== undefined && !maybeLandId(rec.land))
    issues.push(
      issue(
        'invalid-value',
        rec.ref,
        fieldOf(rec, 'land'),
        { key: 'issue.land.unknown', params: { value: quote(rec.land) } },
        { key: 'hint.land.format' },
        'warning',
      ),
    );
  const land = landOf(rec, at, gazetteer);
  const properties: ProjectProperties = {
    id,
    name,
    altNames: rec.altNames ?? [],
    ...(staffel !== undefined ? { staffel } : {}),
    ...(category !== undefined ? { category } : {}),
    ...(land ? { bundesland: land } : {}),
    ...(at.connections ? { located: 'connections' as const } : {}),
    lead: null,
    leadName: '',
    members: [],
    title: null,
    orgForms: [],
    sources: sources.urls,
    confidence: 'medium',
    notes: rec.notes ?? '',
  };
  return {
    built: { kind: 'project', feature: { type: 'Feature', geometry: point(at.pos!), properties } },
    issues,
  };
}

/** An actor's type: as written, else what its key or its place says it is. */
function actorType(rec: NodeRecord, at: Positioned): { type: ActorType; issue?: ImportIssue } {
  const written = rec.type ?? (isProjectWord(rec.kind) ? undefined : rec.kind);
  if (written) {
    const t = matchActorType(written);
    if (t) return { type: t };
    return {
      type: 'Sonstige',
      issue: issue(
        'invalid-value',
        rec.ref,
        rec.type ? fieldOf(rec, 'type') : fieldOf(rec, 'kind'),
        { key: 'issue.actor.type', params: { value: quote(written) } },
        { key: 'hint.actor.type', params: { types: ACTOR_TYPES.join(', ') } },
        'warning',
      ),
    };
  }
  // What the key names (the unit found for it, else its most likely reading).
  const kind =
    at.place?.kind === 'kreis' ? 'kreis' : rec.key ? maybeOfficialKey(rec.key)?.kind : undefined;
  if (kind === 'kreis') return { type: 'Landkreis' };
  if (kind === 'gemeinde' || kind === 'verband') return { type: 'Kommune' };
  // A row found in the gazetteer by its own name is a place, hence a municipality.
  if (at.place && !rec.place) return { type: 'Kommune' };
  return { type: 'Sonstige' };
}

function actorFeature(
  rec: NodeRecord,
  id: string,
  name: string,
  at: Positioned,
): { built: BuiltFeature; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const sources = urls(rec.url, rec.ref, fieldOf(rec, 'url'));
  pushAll(issues, sources.issues);
  const t = actorType(rec, at);
  if (t.issue) issues.push(t.issue);
  // The schema's `ags` holds an AGS (8 digits) or a Kreisschlüssel (5).
  const placeKey = at.place?.kind === 'kreis' ? at.place.key : at.place?.ags;
  const written = rec.key ? maybeOfficialKey(rec.key) : undefined;
  const writtenKey =
    written && (written.kind === 'gemeinde' || written.kind === 'kreis') ? written.key : undefined;
  const ags =
    t.type === 'Kommune' || t.type === 'Landkreis'
      ? (writtenKey ?? (placeKey || undefined))
      : undefined;
  const seat = t.type !== 'Kommune' ? (rec.place ?? at.place?.name) : undefined;
  const properties: ActorProperties = {
    id,
    name,
    type: t.type,
    ...(rec.altNames?.length ? { altNames: rec.altNames } : {}),
    ...(ags ? { ags } : {}),
    ...(seat ? { seat } : {}),
    ...(at.abroad ? { located: 'abroad' as const } : {}),
    ...(at.connections ? { located: 'connections' as const } : {}),
    sources: sources.urls,
  };
  return {
    built: { kind: 'actor', feature: { type: 'Feature', geometry: point(at.pos!), properties } },
    issues,
  };
}

/** The name a record goes by: its name column, else its place, else the place it was found as. */
export function nameOf(rec: NodeRecord, at: Positioned): string | undefined {
  return rec.name ?? rec.place ?? at.place?.name;
}

/** Build the feature of one placed, named record. */
export function nodeFeature(
  rec: NodeRecord,
  id: string,
  at: Positioned,
  gazetteer: Gazetteer | null,
): { built: BuiltFeature; issues: ImportIssue[] } {
  const verbatim = verbatimFeature(rec, at.pos!);
  if (verbatim) return { built: verbatim, issues: [] };
  const name = nameOf(rec, at)!;
  return isProjectWord(rec.kind) || isProjectWord(rec.type)
    ? projectFeature(rec, id, name, at, gazetteer)
    : actorFeature(rec, id, name, at);
}

/** Notes of actors are not kept: one note per file says how many were left out. */
export function droppedNotes(
  records: readonly NodeRecord[],
  kinds: readonly ('project' | 'actor')[],
): ImportIssue[] {
  const byFile = new Map<string, { count: number; field: string }>();
  records.forEach((rec, i) => {
    if (kinds[i] !== 'actor' || !rec.notes || rec.properties) return;
    const f = byFile.get(rec.ref.file) ?? { count: 0, field: fieldOf(rec, 'notes') };
    byFile.set(rec.ref.file, { ...f, count: f.count + 1 });
  });
  return [...byFile].map(([file, { count, field }]) =>
    issue(
      'unknown-column',
      { file },
      field,
      { key: 'issue.actor.notes', params: { count } },
      { key: 'hint.actor.notes' },
      'warning',
    ),
  );
}

/** The issue for a placed record without any name. */
export function missingName(rec: NodeRecord): ImportIssue {
  return issue(
    'missing-field',
    rec.ref,
    fieldOf(rec, 'name'),
    { key: 'issue.name.missing' },
    { key: 'hint.name.column' },
  );
}
