/**
 * Stage 3 of an import: records with positions → a {@link DataPackage}, checked by the same
 * `parseDataPackage()` (schemas + validator) the shipped data goes through.
 *
 * Rows that cannot become valid records are left out and listed; records that break the
 * package's integrity (duplicate ids, references to missing records) are removed one by one
 * until the package parses ({@link settle}). Nothing is dropped without an issue.
 */
import * as v from 'valibot';
import { LAENDER } from '../data/laender';
import { BLOCKING_CODES, parseDataPackage, type RawDataPackage } from '../data/load';
import {
  ActorFeatureSchema,
  ActorPropertiesSchema,
  DocumentRecordSchema,
  NetworkSchema,
  SolutionSchema,
  ProjectFeatureSchema,
  ProjectPropertiesSchema,
  RelationSchema,
} from '../data/schemas';
import type {
  ActorProperties,
  DataPackage,
  Issue,
  ProjectProperties,
  Relation,
} from '../data/types';
import { isMapPosition } from '../data/geometry';
import { normalizeHttpUrl } from '../data/url';
import { FILES } from '../data/validate';
import {
  ACTOR_TYPES,
  ACTOR_TYPE_LABELS,
  CATEGORIES,
  CATEGORY_LABELS,
  STAFFELN,
  type ActorType,
  type Category,
  type RelationKind,
} from '../data/vocab';
import { maybeLandId, normalizePlaceName, type Gazetteer } from '../geo/gazetteer';
import { reproject, inGermany } from './coords';
import { nearestPlace } from './geocode';
import { issue, quote, type ImportIssue, type SourceRef } from './issues';
import type { Decisions, Located } from './locate';
import type { EdgeRecord, NodeRecord } from './records';
import { cleanDeep } from './text';

type Key = 'projects' | 'actors' | 'relations' | 'documents' | 'networks' | 'solutions';
const KEYS: readonly Key[] = [
  'projects',
  'actors',
  'relations',
  'documents',
  'networks',
  'solutions',
];
const FILE_KEY: Record<string, Key> = {
  [FILES.projects]: 'projects',
  [FILES.actors]: 'actors',
  [FILES.relations]: 'relations',
  [FILES.documents]: 'documents',
  [FILES.networks]: 'networks',
  [FILES.solutions]: 'solutions',
};

/** A package under construction: raw records with the origin of each. */
export interface Built {
  records: Record<Key, unknown[]>;
  prov: Record<Key, SourceRef[]>;
}

export function emptyBuilt(): Built {
  return {
    records: {
      projects: [],
      actors: [],
      relations: [],
      documents: [],
      networks: [],
      solutions: [],
    },
    prov: { projects: [], actors: [], relations: [], documents: [], networks: [], solutions: [] },
  };
}

/** An ASCII kebab-case id: „Großpösna (Nord)“ → `grosspoesna-nord`. */
export function toId(text: string): string {
  return normalizePlaceName(text).replace(/ /g, '-').slice(0, 80).replace(/-+$/, '');
}

const norm = (s: string) => normalizePlaceName(s);

function matchVocab<T extends string>(
  value: string,
  values: readonly T[],
  labels: Readonly<Record<T, { de: string; en: string }>>,
  extra: ReadonlyMap<string, T> = new Map(),
): T | undefined {
  const n = norm(value);
  return (
    values.find((x) => norm(x) === n || norm(labels[x].de) === n || norm(labels[x].en) === n) ??
    extra.get(n)
  );
}

const PROJECT_KINDS = new Set(['project', 'projekt', 'modellprojekt', 'model project']);
// Maps, not objects: a value spelled `constructor` must find nothing (see util/lookup.ts).
const CATEGORY_EXTRA = new Map<string, Category>(
  Object.entries({
    grossstadt: 'Großstadt',
    'large city': 'Großstadt',
    kleinstadt: 'Kleinstadt/Landgemeinde',
    landgemeinde: 'Kleinstadt/Landgemeinde',
    'interkommunale kooperation': 'Interkommunale Kooperation/Landkreis',
    landkreis: 'Interkommunale Kooperation/Landkreis',
    ik: 'Interkommunale Kooperation/Landkreis',
  }) as [string, Category][],
);
const TYPE_EXTRA = new Map<string, ActorType>(
  Object.entries({
    gemeinde: 'Kommune',
    stadt: 'Kommune',
    city: 'Kommune',
    town: 'Kommune',
    kreis: 'Landkreis',
    university: 'Hochschule',
    universitaet: 'Hochschule',
    company: 'Unternehmen',
    firma: 'Unternehmen',
    association: 'Verein',
    zweckverband: 'Verband',
    other: 'Sonstige',
  }) as [string, ActorType][],
);
const RELATION_EXTRA = new Map<string, RelationKind>(
  Object.entries({
    member: 'member',
    mitglied: 'member',
    partner: 'partner',
    network: 'network',
    netzwerk: 'network',
  }) as [string, RelationKind][],
);

function urls(
  raw: string | undefined,
  ref: SourceRef,
  field: string,
  issues: ImportIssue[],
): string[] {
  if (!raw) return [];
  const out: string[] = [];
  for (const part of raw.split(/[\s|]+/).filter(Boolean)) {
    const url = normalizeHttpUrl(part);
    if (url) out.push(url);
    else
      issues.push(
        issue(
          'invalid-url',
          ref,
          field,
          {
            de: `${quote(part)} ist kein http(s)-Link; er wird nicht übernommen.`,
            en: `${quote(part)} is not an http(s) link; it is not imported.`,
          },
          {
            de: 'Links mit http:// oder https:// angeben.',
            en: 'Give links starting with http:// or https://.',
          },
          'warning',
        ),
      );
  }
  return out;
}

interface NodeOut {
  id: string;
  kind: 'project' | 'actor';
  name: string;
  type?: ActorType;
  ref: SourceRef;
}

/**
 * Records + positions + decisions → raw package records with provenance.
 */
export function buildFromRecords(
  nodes: readonly NodeRecord[],
  edges: readonly EdgeRecord[],
  located: Located,
  decisions: Decisions,
  gazetteer: Gazetteer | null,
  into: Built = emptyBuilt(),
): { built: Built; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const usedIds = new Set<string>();
  const explicitIds = new Map<string, number>();
  const byId = new Map<string, NodeOut>();
  const byName = new Map<string, NodeOut[]>();
  const rawIdToId = new Map<string, string>();
  const pendingMembership: { node: NodeOut; rec: NodeRecord }[] = [];
  const nextSuffix = new Map<string, number>();
  const addName = (name: string, out: NodeOut) => {
    const key = norm(name);
    const list = byName.get(key);
    if (list) list.push(out);
    else byName.set(key, [out]);
  };
  let reprojected = 0;
  let swappedCount = 0;
  const firstFile = nodes[0]?.ref.file ?? edges[0]?.ref.file ?? '';

  nodes.forEach((rec, i) => {
    const loc = located.locs[i];
    const f = (name: string) => rec.headers?.[name] ?? `${rec.fieldPrefix}${name}`;
    let pos: [number, number] | null = null;
    let place = undefined as (typeof loc & { place?: unknown })['place'];
    if (loc.s === 'ok') {
      pos = loc.pos;
      place = loc.place;
    } else if (loc.s === 'swapped') {
      if (decisions.swap) {
        pos = loc.pos;
        swappedCount++;
      } else
        issues.push(
          issue(
            'coords-swapped',
            rec.ref,
            rec.pair ? `${rec.pair.fields[0]}, ${rec.pair.fields[1]}` : f('lat'),
            {
              de: `Länge und Breite sind vertauscht ([${rec.pair?.raw.join(', ')}]); die Zeile wird ohne Bestätigung nicht importiert.`,
              en: `Longitude and latitude are swapped ([${rec.pair?.raw.join(', ')}]); the row is not imported without confirmation.`,
            },
            {
              de: 'Vertauschen bestätigen oder Spalten tauschen.',
              en: 'Confirm the swap or exchange the columns.',
            },
          ),
        );
    } else if (loc.s === 'projected') {
      const p = decisions.crs ? reproject(decisions.crs, loc.x, loc.y) : null;
      if (p && (inGermany(p[0], p[1]) || (rec.crs && isMapPosition(p[0], p[1])))) {
        pos = p;
        reprojected++;
      } else
        issues.push(
          issue(
            decisions.crs || located.crsCandidates.length === 0
              ? 'coords-range'
              : 'coords-projected',
            rec.ref,
            rec.pair ? `${rec.pair.fields[0]}, ${rec.pair.fields[1]}` : f('lon'),
            decisions.crs || located.crsCandidates.length === 0
              ? {
                  de: `[${loc.x}, ${loc.y}] liegt ${decisions.crs ? `in ${decisions.crs} nicht` : 'in keinem bekannten Bezugssystem'} in Deutschland.`,
                  en: `[${loc.x}, ${loc.y}] lies in Germany ${decisions.crs ? `not in ${decisions.crs}` : 'in no known reference system'}.`,
                }
              : {
                  de: `[${loc.x}, ${loc.y}] sind projizierte Koordinaten (Meter); ohne Umrechnung wird die Zeile nicht importiert.`,
                  en: `[${loc.x}, ${loc.y}] are projected coordinates (metres); the row is not imported without reprojection.`,
                },
            {
              de: 'Das Bezugssystem wählen (UTM 32/33, Gauß-Krüger 3, Web Mercator) oder in WGS 84 exportieren.',
              en: 'Choose the reference system (UTM 32/33, Gauss-Krüger 3, Web Mercator) or export in WGS 84.',
            },
          ),
        );
    } else if (loc.s === 'ambiguous') {
      const choice = decisions.choices[i];
      const c = choice === undefined ? undefined : loc.candidates[choice];
      if (c) {
        pos = [c.lon, c.lat];
        place = c;
      } else
        issues.push(
          issue(
            'geocode-ambiguous',
            rec.ref,
            rec.place ? f('place') : f('name'),
            {
              de: `${quote(loc.query)} passt auf ${loc.candidates.length} Orte (${loc.candidates
                .slice(0, 3)
                .map((p) => `${p.name}, ${p.land.slice(3)}`)
                .join('; ')}); ohne Auswahl wird die Zeile nicht importiert.`,
              en: `${quote(loc.query)} matches ${loc.candidates.length} places (${loc.candidates
                .slice(0, 3)
                .map((p) => `${p.name}, ${p.land.slice(3)}`)
                .join('; ')}); the row is not imported without a choice.`,
            },
            {
              de: 'Den gemeinten Ort auswählen oder land bzw. ags ergänzen.',
              en: 'Choose the place meant, or add land or key.',
            },
          ),
        );
    }
    if (!pos) return;
    pos = [Math.round(pos[0] * 1e6) / 1e6, Math.round(pos[1] * 1e6) / 1e6];

    // Verbatim: properties already in the app's format (re-import of the shipped GeoJSON).
    if (rec.properties) {
      const asProject = v.safeParse(ProjectPropertiesSchema, rec.properties);
      const asActor = asProject.success ? null : v.safeParse(ActorPropertiesSchema, rec.properties);
      const props = asProject.success ? asProject.output : asActor?.success ? asActor.output : null;
      if (props) {
        const key: Key = asProject.success ? 'projects' : 'actors';
        into.records[key].push({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: pos },
          properties: props,
        });
        into.prov[key].push(rec.ref);
        const out: NodeOut = {
          id: props.id,
          kind: asProject.success ? 'project' : 'actor',
          name: props.name,
          type: asProject.success ? undefined : (props as ActorProperties).type,
          ref: rec.ref,
        };
        usedIds.add(props.id);
        byId.set(props.id, out);
        addName(props.name, out);
        return;
      }
    }

    const name = rec.name ?? rec.place ?? (place as { name?: string } | undefined)?.name;
    if (!name) {
      issues.push(
        issue(
          'missing-field',
          rec.ref,
          f('name'),
          { de: 'Der Name fehlt.', en: 'The name is missing.' },
          { de: 'Spalte „name“ ausfüllen.', en: 'Fill in the “name” column.' },
        ),
      );
      return;
    }
    // Id: the row's own (as kebab-case), else from the name; own ids must be unique.
    let id: string;
    let release = () => {};
    if (rec.id) {
      id = toId(rec.id);
      if (!id) {
        issues.push(
          issue(
            'invalid-value',
            rec.ref,
            f('id'),
            {
              de: `Die ID ${quote(rec.id)} enthält keine Buchstaben oder Ziffern.`,
              en: `The id ${quote(rec.id)} contains no letters or digits.`,
            },
            {
              de: 'IDs aus Buchstaben, Ziffern und Bindestrichen.',
              en: 'Ids of letters, digits and hyphens.',
            },
          ),
        );
        return;
      }
      const first = explicitIds.get(id);
      if (first !== undefined || usedIds.has(id)) {
        issues.push(
          issue(
            'duplicate-id',
            rec.ref,
            f('id'),
            {
              de: `Die ID ${quote(rec.id)} kommt schon vor${first !== undefined ? ` (Zeile ${first})` : ''}; diese Zeile wird nicht importiert.`,
              en: `The id ${quote(rec.id)} is already used${first !== undefined ? ` (row ${first})` : ''}; this row is not imported.`,
            },
            { de: 'Jeder Zeile eine eigene ID geben.', en: 'Give every row its own id.' },
          ),
        );
        return;
      }
      explicitIds.set(id, rec.ref.row ?? -1);
      rawIdToId.set(rec.id, id);
    } else {
      // Next free suffix per base, remembered: 20,000 rows of one name stay linear.
      const base = toId(name) || 'knoten';
      let n = nextSuffix.get(base) ?? 1;
      id = n === 1 ? base : `${base}-${n}`;
      while (usedIds.has(id) || explicitIds.has(id)) id = `${base}-${++n}`;
      nextSuffix.set(base, n + 1);
      release = () => nextSuffix.set(base, n);
    }
    usedIds.add(id);

    const isProject =
      (rec.kind !== undefined && PROJECT_KINDS.has(norm(rec.kind))) ||
      (rec.type !== undefined && PROJECT_KINDS.has(norm(rec.type)));
    const sources = urls(rec.url, rec.ref, f('url'), issues);
    const altNames = rec.altNames ?? [];

    if (isProject) {
      const staffel = rec.staffel === undefined ? undefined : Number.parseInt(rec.staffel, 10);
      // The app's own CSV export writes a project's category in its type column.
      const fromType = rec.category === undefined && rec.type !== undefined;
      const categoryRaw =
        fromType && PROJECT_KINDS.has(norm(rec.type!)) ? undefined : (rec.category ?? rec.type);
      const category = categoryRaw
        ? matchVocab(categoryRaw, CATEGORIES, CATEGORY_LABELS, CATEGORY_EXTRA)
        : undefined;
      let land = maybeLandId(rec.land);
      if (!land && place) land = (place as { land: string }).land;
      if (!land && rec.key) land = LAENDER.find((l) => l.ags === rec.key!.slice(0, 2))?.id;
      if (!land && gazetteer) land = nearestPlace(gazetteer, pos[0], pos[1])?.land;
      const problems: [string, ImportIssue['message'], ImportIssue['hint']][] = [];
      if (!STAFFELN.includes(staffel as never))
        problems.push([
          f('staffel'),
          rec.staffel === undefined
            ? { de: 'Die Staffel fehlt.', en: 'The round (Staffel) is missing.' }
            : {
                de: `Staffel ${quote(rec.staffel)} ist unbekannt.`,
                en: `Round ${quote(rec.staffel)} is unknown.`,
              },
          { de: 'Staffel 2019, 2020 oder 2021.', en: 'Round 2019, 2020 or 2021.' },
        ]);
      if (!category)
        problems.push([
          categoryRaw !== undefined && fromType ? f('type') : f('category'),
          categoryRaw === undefined
            ? { de: 'Die Kategorie fehlt.', en: 'The category is missing.' }
            : {
                de: `Kategorie ${quote(categoryRaw)} ist unbekannt.`,
                en: `Category ${quote(categoryRaw)} is unknown.`,
              },
          { de: `Eine von: ${CATEGORIES.join(', ')}.`, en: `One of: ${CATEGORIES.join(', ')}.` },
        ]);
      if (!land)
        problems.push([
          f('land'),
          rec.land === undefined
            ? { de: 'Das Land fehlt.', en: 'The Land is missing.' }
            : {
                de: `Land ${quote(rec.land)} ist unbekannt.`,
                en: `Land ${quote(rec.land)} is unknown.`,
              },
          {
            de: 'Kürzel (BY, DE-BY) oder Name (Bayern).',
            en: 'Code (BY, DE-BY) or name (Bayern, Bavaria).',
          },
        ]);
      if (problems.length > 0) {
        for (const [field, message, hint] of problems)
          issues.push(
            issue(
              rec.staffel === undefined && field.endsWith('staffel')
                ? 'missing-field'
                : categoryRaw === undefined && field.endsWith('category')
                  ? 'missing-field'
                  : rec.land === undefined && field.endsWith('land')
                    ? 'missing-field'
                    : 'invalid-value',
              rec.ref,
              field,
              message,
              hint,
            ),
          );
        usedIds.delete(id);
        release();
        return;
      }
      const props: ProjectProperties = {
        id,
        name,
        altNames,
        staffel: staffel as ProjectProperties['staffel'],
        category: category!,
        bundesland: land!,
        lead: null,
        leadName: '',
        members: [],
        title: null,
        orgForms: [],
        sources,
        confidence: 'medium',
        notes: rec.notes ?? '',
      };
      into.records.projects.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: pos },
        properties: props,
      });
      into.prov.projects.push(rec.ref);
      const out: NodeOut = { id, kind: 'project', name, ref: rec.ref };
      byId.set(id, out);
      addName(name, out);
      return;
    }

    let type: ActorType = 'Kommune';
    const typeRaw = rec.type ?? rec.kind;
    if (typeRaw) {
      const t = matchVocab(typeRaw, ACTOR_TYPES, ACTOR_TYPE_LABELS, TYPE_EXTRA);
      if (t) type = t;
      else {
        type = 'Sonstige';
        issues.push(
          issue(
            'invalid-value',
            rec.ref,
            rec.type ? f('type') : f('kind'),
            {
              de: `Typ ${quote(typeRaw)} ist unbekannt; als „Sonstige“ importiert.`,
              en: `Type ${quote(typeRaw)} is unknown; imported as “Sonstige” (other).`,
            },
            {
              de: `Einer von: ${ACTOR_TYPES.join(', ')}, oder „Projekt“.`,
              en: `One of: ${ACTOR_TYPES.join(', ')}, or “project”.`,
            },
            'warning',
          ),
        );
      }
    }
    const p = place as { ags?: string; name?: string } | undefined;
    const keyOk = rec.key && /^\d{5}(?:\d{3})?$/.test(rec.key) ? rec.key : undefined;
    const ags =
      type === 'Kommune' || type === 'Landkreis'
        ? (keyOk ?? (type === 'Kommune' && p?.ags ? p.ags : undefined))
        : undefined;
    const props: ActorProperties = {
      id,
      name,
      type,
      ...(altNames.length ? { altNames } : {}),
      ...(ags ? { ags } : {}),
      ...(type !== 'Kommune' && (rec.place ?? p?.name) ? { seat: rec.place ?? p?.name } : {}),
      ...(pos && (located.locs[i] as { abroad?: boolean }).abroad
        ? { located: 'abroad' as const }
        : {}),
      sources,
    };
    if (rec.notes)
      issues.push(
        issue(
          'unknown-column',
          rec.ref,
          f('notes'),
          {
            de: 'Notizen werden nur für Projekte gespeichert; bei diesem Akteur nicht übernommen.',
            en: 'Notes are kept for projects only; not imported for this actor.',
          },
          { de: 'Notizen in die Projektzeile schreiben.', en: 'Put notes on the project row.' },
          'warning',
        ),
      );
    into.records.actors.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: pos },
      properties: props,
    });
    into.prov.actors.push(rec.ref);
    const out: NodeOut = { id, kind: 'actor', name, type, ref: rec.ref };
    byId.set(id, out);
    addName(name, out);
    if (rec.project) pendingMembership.push({ node: out, rec });
  });

  if (swappedCount > 0)
    issues.push(
      issue(
        'coords-swapped',
        { file: firstFile },
        'lat, lon',
        {
          de: `Bei ${swappedCount} Zeilen waren Länge und Breite vertauscht; sie wurden getauscht.`,
          en: `${swappedCount} rows had longitude and latitude swapped; they were exchanged.`,
        },
        {
          de: 'Spalten in der Quelldatei tauschen.',
          en: 'Exchange the columns in the source file.',
        },
        'warning',
      ),
    );
  if (reprojected > 0)
    issues.push(
      issue(
        'coords-projected',
        { file: firstFile },
        'lat, lon',
        {
          de: `${reprojected} Zeilen wurden aus ${decisions.crs} nach WGS 84 umgerechnet.`,
          en: `${reprojected} rows were reprojected from ${decisions.crs} to WGS 84.`,
        },
        {
          de: 'Künftig in WGS 84 (EPSG:4326) exportieren.',
          en: 'Export in WGS 84 (EPSG:4326) next time.',
        },
        'warning',
      ),
    );

  // ---- relations ---------------------------------------------------------------------------
  const resolve = (ref: string): NodeOut | undefined | 'ambiguous' => {
    const direct = byId.get(rawIdToId.get(ref) ?? ref) ?? byId.get(toId(ref));
    if (direct) return direct;
    const named = byName.get(norm(ref));
    if (!named) return undefined;
    return named.length === 1 ? named[0] : 'ambiguous';
  };
  const relIds = new Set<string>();
  const projectMembers = new Map<string, string[]>();
  const addRelation = (
    a: NodeOut,
    b: NodeOut,
    kindRaw: string | undefined,
    role: string | undefined,
    sources: string[],
    ref: SourceRef,
    field: string,
  ) => {
    const [src, dst] = a.kind === 'actor' && b.kind === 'project' ? [b, a] : [a, b];
    if (src.kind === 'actor') {
      issues.push(
        issue(
          'edge-kind',
          ref,
          field,
          {
            de: `${quote(a.name)} und ${quote(b.name)} sind beide Akteure; eine Verbindung braucht ein Projekt an einem Ende.`,
            en: `${quote(a.name)} and ${quote(b.name)} are both actors; a connection needs a project at one end.`,
          },
          {
            de: 'Die Akteure über ein gemeinsames Projekt verbinden (Spalte kind = Projekt).',
            en: 'Connect the actors through a shared project (column kind = project).',
          },
        ),
      );
      return;
    }
    let kind: RelationKind | undefined = kindRaw ? RELATION_EXTRA.get(norm(kindRaw)) : undefined;
    if (kindRaw && !kind)
      issues.push(
        issue(
          'invalid-value',
          ref,
          'kind',
          {
            de: `Beziehungsart ${quote(kindRaw)} ist unbekannt; sie wird aus den Enden abgeleitet.`,
            en: `Relation kind ${quote(kindRaw)} is unknown; it is derived from the two ends.`,
          },
          { de: 'member, partner oder network.', en: 'member, partner or network.' },
          'warning',
        ),
      );
    if (dst.kind === 'project') kind = 'network';
    else if (kind === 'network' || !kind)
      kind = dst.type === 'Kommune' || dst.type === 'Landkreis' ? 'member' : 'partner';
    if (dst.id === src.id) return;
    const id = `${kind}:${src.id}:${dst.id}`;
    if (relIds.has(id)) {
      issues.push(
        issue(
          'duplicate-id',
          ref,
          field,
          {
            de: `Die Verbindung ${quote(src.name)} – ${quote(dst.name)} kommt doppelt vor; nur die erste wird übernommen.`,
            en: `The connection ${quote(src.name)} – ${quote(dst.name)} appears twice; only the first is imported.`,
          },
          { de: 'Doppelte Zeile löschen.', en: 'Delete the duplicate row.' },
          'warning',
        ),
      );
      return;
    }
    relIds.add(id);
    const r: Relation = {
      id,
      source: src.id,
      target: dst.id,
      kind,
      ...(role ? { role } : {}),
      sources,
    };
    into.records.relations.push(r);
    into.prov.relations.push(ref);
    if (kind === 'member') {
      const list = projectMembers.get(src.id);
      if (list) list.push(dst.id);
      else projectMembers.set(src.id, [dst.id]);
    }
  };
  const unresolved = (
    ref: SourceRef,
    field: string,
    value: string | undefined,
    what: 'ambiguous' | undefined,
  ) =>
    issues.push(
      issue(
        value === undefined ? 'missing-field' : 'unknown-ref',
        ref,
        field,
        value === undefined
          ? { de: 'Das Feld ist leer.', en: 'The field is empty.' }
          : what === 'ambiguous'
            ? {
                de: `${quote(value)} passt auf mehrere Knoten; die Verbindung wird nicht importiert.`,
                en: `${quote(value)} matches several nodes; the connection is not imported.`,
              }
            : {
                de: `Kein Knoten mit ID oder Namen ${quote(value)}; die Verbindung wird nicht importiert.`,
                en: `No node with id or name ${quote(value)}; the connection is not imported.`,
              },
        {
          de: 'ID oder Namen eines importierten Knotens angeben (Knoten-Datei mit importieren).',
          en: 'Give the id or name of an imported node (import the node file as well).',
        },
      ),
    );

  for (const { node, rec } of pendingMembership) {
    const pr = resolve(rec.project!);
    if (pr && pr !== 'ambiguous' && pr.kind === 'project')
      addRelation(
        pr,
        node,
        rec.relation,
        rec.role,
        [],
        rec.ref,
        rec.headers?.project ?? `${rec.fieldPrefix}project`,
      );
    else
      unresolved(
        rec.ref,
        rec.headers?.project ?? `${rec.fieldPrefix}project`,
        rec.project,
        pr === 'ambiguous' ? 'ambiguous' : undefined,
      );
  }
  for (const e of edges) {
    const a = e.source === undefined ? undefined : resolve(e.source);
    const b = e.target === undefined ? undefined : resolve(e.target);
    if (!a || a === 'ambiguous') {
      unresolved(e.ref, 'source', e.source, a === 'ambiguous' ? a : undefined);
      continue;
    }
    if (!b || b === 'ambiguous') {
      unresolved(e.ref, 'target', e.target, b === 'ambiguous' ? b : undefined);
      continue;
    }
    addRelation(a, b, e.kind, e.role, urls(e.url, e.ref, 'url', issues), e.ref, 'source');
  }
  for (const f of into.records.projects as { properties: ProjectProperties }[]) {
    const add = projectMembers.get(f.properties.id);
    if (add) f.properties.members = [...new Set([...f.properties.members, ...add])];
  }
  return { built: into, issues };
}

/**
 * A bundle's raw collections → a build, every record with its origin and its text normalised
 * (warnings into `issues`).
 */
export function builtFromBundle(
  file: string,
  raw: RawDataPackage,
  into: Built = emptyBuilt(),
  issues: ImportIssue[] = [],
): Built {
  const lists: Record<Key, unknown> = {
    projects: (raw.projects as { features?: unknown })?.features,
    actors: (raw.actors as { features?: unknown })?.features,
    relations: raw.relations,
    documents: raw.documents,
    networks: raw.networks ?? [],
    solutions: raw.solutions ?? [],
  };
  for (const key of KEYS) {
    const list = Array.isArray(lists[key]) ? (lists[key] as unknown[]) : [];
    list.forEach((rec, i) => {
      const id =
        (rec as { properties?: { id?: unknown }; id?: unknown })?.properties?.id ??
        (rec as { id?: unknown })?.id;
      const ref = {
        file,
        feature: `${key}[${i}]${typeof id === 'string' ? ` (${id.slice(0, 80)})` : ''}`,
      };
      // The one text normaliser (text.ts), as for every other reader.
      into.records[key].push(cleanDeep(rec, ref, '', issues));
      into.prov[key].push(ref);
    });
  }
  return into;
}

const ELEMENT_SCHEMAS: Record<Key, v.GenericSchema> = {
  projects: ProjectFeatureSchema,
  actors: ActorFeatureSchema,
  relations: RelationSchema,
  documents: DocumentRecordSchema,
  networks: NetworkSchema,
  solutions: SolutionSchema,
};

const HIDDEN_VALIDATOR_CODES = new Set(['round-count', 'missing-source']);

function fromValidator(
  i: Issue,
  ref: SourceRef | undefined,
  severity: 'error' | 'warning',
): ImportIssue {
  const code: ImportIssue['code'] =
    i.code === 'schema' ||
    i.code === 'duplicate-id' ||
    i.code === 'unknown-ref' ||
    i.code === 'outside-germany'
      ? i.code
      : i.code === 'swapped-coords'
        ? 'coords-swapped'
        : 'invalid-value';
  return issue(
    code,
    ref ?? { file: i.file, ...(i.feature ? { feature: i.feature } : {}) },
    i.field,
    i.message,
    i.expected
      ? { de: `Erwartet: ${i.expected}`, en: `Expected: ${i.expected}` }
      : { de: 'Siehe docs/data-format.md.', en: 'See docs/data-format.md.' },
    severity,
  );
}

export interface Settled {
  /** The package, or null when nothing usable is left. */
  data: DataPackage | null;
  issues: ImportIssue[];
  /** Records per collection that made it in. */
  counts: Record<Key, number>;
  /** Where each imported project and actor came from. */
  importedRefs: SourceRef[];
}

/**
 * Check a build with the app's schemas and validator, leaving out what cannot be used, until
 * `parseDataPackage()` accepts it.
 * - Each record is checked with its schema on its own; failing records are left out (error).
 * - Blocking validator findings remove the offending record (duplicate id, a relation or
 *   document pointing nowhere) or just the bad reference inside a project or network (warning).
 * - Non-blocking findings come back as warnings (except the MPSC round count and missing
 *   sources, which do not apply to a user's own data).
 */
export function settle(built: Built): Settled {
  const issues: ImportIssue[] = [];
  const rec = { ...built.records };
  const prov = { ...built.prov };
  for (const key of KEYS) {
    const keepR: unknown[] = [];
    const keepP: SourceRef[] = [];
    rec[key].forEach((r, i) => {
      const res = v.safeParse(ELEMENT_SCHEMAS[key], r);
      if (res.success) {
        keepR.push(res.output);
        keepP.push(prov[key][i]);
      } else {
        for (const vi of res.issues.slice(0, 5)) {
          const field = (vi.path ?? []).map((p) => String(p.key)).join('.') || '(record)';
          issues.push(
            issue(
              'schema',
              prov[key][i],
              field,
              {
                de: `Ungültiger Wert (${vi.received}): ${vi.message}; der Datensatz wird nicht importiert.`,
                en: `Invalid value (${vi.received}): ${vi.message}; the record is not imported.`,
              },
              {
                de: `Erwartet: ${vi.expected ?? vi.message}`,
                en: `Expected: ${vi.expected ?? vi.message}`,
              },
            ),
          );
        }
      }
    });
    rec[key] = keepR;
    prov[key] = keepP;
  }

  for (let round = 0; round < 20; round++) {
    const raw: RawDataPackage = {
      projects: { type: 'FeatureCollection', features: rec.projects },
      actors: { type: 'FeatureCollection', features: rec.actors },
      relations: rec.relations,
      documents: rec.documents,
      networks: rec.networks,
      solutions: rec.solutions,
    };
    const parsed = parseDataPackage(raw);
    const blocking = parsed.issues.filter((i) => BLOCKING_CODES.has(i.code));
    if (parsed.ok || blocking.length === 0) {
      if (!parsed.ok) break; // cannot happen: ok is false only with blocking issues
      for (const i of parsed.issues) {
        if (HIDDEN_VALIDATOR_CODES.has(i.code)) continue;
        const key = FILE_KEY[i.file];
        issues.push(
          fromValidator(i, key && i.row !== undefined ? prov[key][i.row] : undefined, 'warning'),
        );
      }
      const counts = Object.fromEntries(KEYS.map((k) => [k, rec[k].length])) as Record<Key, number>;
      const empty = counts.projects + counts.actors === 0;
      return {
        data: empty ? null : parsed.data,
        issues,
        counts,
        importedRefs: [...prov.projects, ...prov.actors],
      };
    }
    const drop = new Map<Key, Set<number>>(KEYS.map((k) => [k, new Set<number>()]));
    for (const i of blocking) {
      const key = FILE_KEY[i.file];
      if (!key || i.row === undefined) continue;
      const ref = prov[key][i.row];
      const record = rec[key][i.row] as Record<string, unknown>;
      // A bad reference inside a project (members, lead) or a network (projects): drop the reference.
      const inner = /^(properties\.members|projects)\[(\d+)\]$/.exec(i.field);
      if (i.code === 'unknown-ref' && (inner || i.field === 'properties.lead')) {
        const holder = (key === 'projects' ? record.properties : record) as Record<string, unknown>;
        if (i.field === 'properties.lead') holder.lead = null;
        else {
          const listKey = key === 'projects' ? 'members' : 'projects';
          const list = holder[listKey] as string[];
          const bad = list[Number(inner![2])];
          holder[listKey] = list.filter((x) => x !== bad);
        }
        issues.push(fromValidator(i, ref, 'warning'));
        continue;
      }
      if (
        i.code === 'unknown-ref' &&
        (i.field === 'network' || i.field === 'relation' || i.field === 'project') &&
        key === 'documents'
      ) {
        // A document stays usable without the link to a missing record.
        delete record[i.field];
        issues.push(fromValidator(i, ref, 'warning'));
        continue;
      }
      drop.get(key)!.add(i.row);
      issues.push(fromValidator(i, ref, 'error'));
    }
    for (const key of KEYS) {
      const d = drop.get(key)!;
      if (d.size === 0) continue;
      rec[key] = rec[key].filter((_, i) => !d.has(i));
      prov[key] = prov[key].filter((_, i) => !d.has(i));
    }
  }
  return {
    data: null,
    issues,
    counts: { projects: 0, actors: 0, relations: 0, documents: 0, networks: 0, solutions: 0 },
    importedRefs: [],
  };
}
