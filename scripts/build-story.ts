/**
 * `npx tsx scripts/build-story.ts`: derive the default workshop story
 * `data/stories/interkommunale-kooperation.json` from the shipped data.
 *
 * The story retells the 2022 workshop talk ("Interkommunale Kooperation
 * zielführend gestalten", `/work/shared/seed`) with the live data: every
 * highlighted id comes from `data/seed-items.json` (which the data build checks
 * against the dataset), every name and count from the dataset itself, every
 * camera from the coordinates of the highlighted nodes. Deterministic: the same
 * data gives byte-identical output.
 *
 * Usage: `npx tsx scripts/build-story.ts [--check]` (`--check` fails if the file is out of date).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset } from '../src/lib/data/dataset';
import { loadShippedDataset, readDataFile } from './lib/shipped';
import { EMPTY_FILTERS, applyFilters, type Filters } from '../src/lib/state/filters';
import {
  ACTOR_TYPE_LABELS,
  DOCUMENT_KIND_LABELS,
  type ActorType,
  type DocumentKind,
} from '../src/lib/data/vocab';
import { fitCamera } from '../src/lib/story/camera';
import {
  STORY_VERSION,
  checkStory,
  serializeStory,
  type Story,
  type StoryStep,
} from '../src/lib/story/schema';

interface SeedItem {
  id: string;
  section: 'cooperation' | 'orgForm' | 'document';
  heading: string;
  seed: string;
  projects: string[];
  actors: { id: string; type: string; seedLabel?: string }[];
  relations: string[];
  orgForms: { project: string; orgForm: string }[];
  documents: { id: string; kind: string }[];
}

const OUT = 'data/stories/interkommunale-kooperation.json';
const read = readDataFile;

/** The six forms of cooperation of the talk, in its order, with the partner types counted for each. */
const COOPERATION_FORMS = [
  {
    heading: 'Kooperation unter Kommunen und Landkreisen',
    de: 'Kommunen mit Landkreisen',
    en: 'Municipalities with districts',
    count: 'member-landkreis',
  },
  {
    heading: 'Kooperation unter Gemeinden',
    de: 'Gemeinden untereinander',
    en: 'Municipalities with each other',
    count: 'member-kommunen',
  },
  {
    heading: 'Kooperation mit Digitalagenturen',
    de: 'Mit Digitalagenturen',
    en: 'With digital agencies',
    types: ['Digitalagentur'],
  },
  {
    heading: 'Kooperation mit Energieagenturen',
    de: 'Mit Energieagenturen',
    en: 'With energy agencies',
    types: ['Energieagentur'],
  },
  {
    heading: 'Kooperation mit Hochschulen',
    de: 'Mit Hochschulen',
    en: 'With universities',
    types: ['Hochschule'],
  },
  {
    heading: 'Kooperation mit kommunaler GmbH',
    de: 'Mit kommunalen Unternehmen',
    en: 'With municipal companies',
    types: ['kommunale GmbH', 'Stadtwerke'],
  },
] as const;

const ORG_FORMS = [
  {
    heading: 'Neugründung Smart City Stabsstellen',
    de: 'Neue Smart-City-Stabsstellen',
    en: 'New smart city staff units',
    deBody: 'Neu gegründet als Stabsstelle',
    enBody: 'Founded as new staff units (Stabsstellen)',
  },
  {
    heading: 'Smart City Innovation Unit',
    de: 'Smart City Innovation Unit',
    en: 'Smart City Innovation Unit',
    deBody: 'Beschäftigte der Stadt und ihrer Unternehmen in einer Einheit',
    enBody: 'Staff of the city and its companies in one unit',
  },
  {
    heading: 'Einführung Smart City Projektbüros',
    de: 'Smart-City-Projektbüros',
    en: 'Smart city project offices',
    deBody: 'Eigene Smart-City-Projektbüros eingeführt',
    enBody: 'Project offices (Projektbüros), one of them mobile',
  },
  {
    heading: 'Einführung Lenkungsgruppe',
    de: 'Lenkungsgruppe',
    en: 'Steering group',
    deBody: 'Eine Lenkungsgruppe eingeführt',
    enBody: 'A steering group (Lenkungsgruppe) of mayors and heads of administration',
  },
] as const;

const GERMANY = fitCamera([
  [5.87, 47.27],
  [15.04, 55.06],
]);

const projekte = (n: number) => (n === 1 ? '1 Modellprojekt' : `${n} Modellprojekte`);
const projects_ = (n: number) => (n === 1 ? '1 model project' : `${n} model projects`);

function nameOf(ds: Dataset, id: string): string {
  return ds.byId.get(id)?.name ?? id;
}

/** Projects, actors and relations of some seed items, without duplicates, in item order. */
function idsOf(items: SeedItem[]): string[] {
  const ids = items.flatMap((i) => [...i.projects, ...i.actors.map((a) => a.id), ...i.relations]);
  return [...new Set(ids)];
}

function cameraOf(ds: Dataset, ids: string[]) {
  const pts = ids.flatMap((id) => {
    const n = ds.byId.get(id);
    return n ? [n.coordinates] : [];
  });
  return fitCamera(pts) ?? GERMANY;
}

function step(
  ds: Dataset,
  title: { de: string; en: string },
  caption: { de: string; en: string },
  highlight: string[],
  extra: Partial<Pick<StoryStep, 'filters' | 'selected' | 'layout' | 'camera'>> = {},
): StoryStep {
  return {
    title,
    caption,
    camera: extra.camera !== undefined ? extra.camera : cameraOf(ds, highlight),
    filters: extra.filters ?? EMPTY_FILTERS,
    selected: extra.selected ?? null,
    layout: extra.layout ?? 'force',
    highlight,
  };
}

/**
 * The filter a partner-type slide sets, and how many projects it leaves: the story counts
 * exactly as the filter panel does (`applyFilters`, which also counts the deck's labels).
 */
function partnerTypeFilter(ds: Dataset, types: readonly ActorType[]) {
  const filters: Filters = { ...EMPTY_FILTERS, partnerType: [...types] };
  return { filters, count: applyFilters(ds, filters).projects.size };
}

/** An actor's name, with its type per sources where the deck labels it differently. */
function nameWithType(ds: Dataset, id: string, lang: 'de' | 'en'): string {
  const n = ds.byId.get(id);
  const label = n?.actor?.seedLabel;
  if (!n || !label || label === n.type) return nameOf(ds, id);
  const t = ACTOR_TYPE_LABELS[n.type as ActorType]?.[lang] ?? n.type;
  return lang === 'de' ? `${n.name} (laut Quellen: ${t})` : `${n.name} (per sources: ${t})`;
}

function projectsWithMembers(ds: Dataset, mode: 'member-landkreis' | 'member-kommunen'): number {
  let count = 0;
  for (const n of ds.nodes) {
    if (n.kind !== 'project') continue;
    const members = (ds.relationsOf.get(n.id) ?? [])
      .filter((r) => r.kind === 'member' && r.source === n.id)
      .map((r) => ds.byId.get(r.target)?.type);
    const kommunen = members.filter((t) => t === 'Kommune').length;
    const kreise = members.filter((t) => t === 'Landkreis').length;
    if (mode === 'member-landkreis' ? kreise > 0 && kommunen + kreise > 1 : kommunen > 1) count++;
  }
  return count;
}

export function buildStory(ds: Dataset, seed: SeedItem[]): Story {
  const projects = ds.nodes.filter((n) => n.kind === 'project').length;
  const steps: StoryStep[] = [];
  const coop = seed.filter((s) => s.section === 'cooperation');
  const org = seed.filter((s) => s.section === 'orgForm');
  const docs = seed.filter((s) => s.section === 'document');

  steps.push(
    step(
      ds,
      {
        de: 'Interkommunale Kooperation zielführend gestalten',
        en: 'Making inter-municipal cooperation work',
      },
      {
        de: `Was gibt es schon unter den **${projects} Modellprojekten Smart Cities**?\n\n- sechs Formen der Kooperation\n- neue Organisationsformen\n- Verträge und Hilfsmittel, die schon geteilt werden\n\nHervorgehoben: alle Beispiele aus dem Vortrag.`,
        en: `What already exists among the **${projects} Smart City model projects**?\n\n- six forms of cooperation\n- new organisational forms\n- contracts and tools that are already shared\n\nHighlighted: every example from the talk.`,
      },
      [...new Set(seed.flatMap((s) => s.projects))],
      { camera: GERMANY },
    ),
  );

  for (const form of COOPERATION_FORMS) {
    const items = coop.filter((s) => s.heading.endsWith(form.heading));
    if (!items.length) throw new Error(`no seed item for ${form.heading}`);
    const byType = 'types' in form ? partnerTypeFilter(ds, form.types) : null;
    const count =
      'types' in form
        ? partnerTypeFilter(ds, form.types).count
        : projectsWithMembers(ds, form.count);
    const lines = (lang: 'de' | 'en') =>
      items.map((it) => {
        const who = it.actors.map((a) => nameWithType(ds, a.id, lang)).join(', ');
        return `- **${nameOf(ds, it.projects[0])}**${who ? `: ${who}` : ''}`;
      });
    const typeList = (lang: 'de' | 'en') =>
      'types' in form
        ? form.types
            .map((t) =>
              lang === 'de' ? `„${ACTOR_TYPE_LABELS[t].de}“` : `“${ACTOR_TYPE_LABELS[t].en}”`,
            )
            .join(lang === 'de' ? ' oder ' : ' or ')
        : '';
    const countDe =
      'types' in form
        ? `Filter Partnertyp ${typeList('de')} (laut Quellen oder Workshop-Folien): ${projekte(count)} im Datensatz.`
        : form.count === 'member-landkreis'
          ? `Im Datensatz: ${projekte(count)} mit einem Landkreis unter mehreren Mitgliedern.`
          : `Im Datensatz: ${projekte(count)} mit mehreren Gemeinden als Mitgliedern.`;
    const countEn =
      'types' in form
        ? `Filter partner type ${typeList('en')} (per sources or the workshop slides): ${projects_(count)} in the data.`
        : form.count === 'member-landkreis'
          ? `In the data: ${projects_(count)} with a district among several members.`
          : `In the data: ${projects_(count)} with several municipalities as members.`;
    steps.push(
      step(
        ds,
        { de: `Kooperation: ${form.de}`, en: `Cooperation: ${form.en}` },
        {
          de: `Beispiele aus dem Vortrag:\n${lines('de').join('\n')}\n\n${countDe}`,
          en: `Examples from the talk:\n${lines('en').join('\n')}\n\n${countEn}`,
        },
        idsOf(items),
        { selected: items[0].projects[0], ...(byType ? { filters: byType.filters } : {}) },
      ),
    );
  }

  for (const form of ORG_FORMS) {
    const items = org.filter((s) => s.heading.endsWith(form.heading));
    if (!items.length) throw new Error(`no seed item for ${form.heading}`);
    const values = [...new Set(items.flatMap((i) => i.orgForms.map((o) => o.orgForm)))].sort();
    const count = ds.nodes.filter(
      (n) => n.kind === 'project' && n.project?.orgForms.some((o) => values.includes(o)),
    ).length;
    const lines = items.map((it) => {
      const name = nameOf(ds, it.projects[0]);
      const detail = it.seed.startsWith(`${name}: `) ? it.seed.slice(name.length + 2) : it.seed;
      return `- **${name}**${detail === name ? '' : `: ${detail}`}`;
    });
    const filters: Filters = { ...EMPTY_FILTERS, orgForm: values };
    steps.push(
      step(
        ds,
        { de: `Organisationsform: ${form.de}`, en: `Organisational form: ${form.en}` },
        {
          de: `${form.deBody}:\n${lines.join('\n')}\n\nFilter: Organisationsform ${values.map((v) => `„${v}“`).join(', ')} – im Datensatz bei ${count === 1 ? 'einem Modellprojekt' : `${count} Modellprojekten`}.`,
          en: `${form.enBody}:\n${items.map((it) => `- **${nameOf(ds, it.projects[0])}**`).join('\n')}\n\nFilter: organisational form ${values.map((v) => `“${v}”`).join(', ')} – ${projects_(count)} in the data.`,
        },
        idsOf(items),
        { filters, selected: items.length === 1 ? items[0].projects[0] : null },
      ),
    );
  }

  {
    // Two slides, so each fits a projector column: the contracts the projects share, then
    // the template for everyone. Bullets name kind and parties; titles and sources are in
    // the app's "Verträge und Vorlagen" list.
    const records = docs.flatMap((d) =>
      d.documents.map((x) => {
        const r = ds.documents.find((doc) => doc.id === x.id);
        if (!r) throw new Error(`unknown document ${x.id}`);
        return r;
      }),
    );
    const placed = records.filter((r) => r.project);
    const templates = records.filter((r) => !r.project);
    const highlight = new Set<string>(idsOf(docs));
    for (const r of placed) {
      highlight.add(r.project!);
      if (r.relation) {
        highlight.add(r.relation);
        const rel = ds.relations.find((x) => x.id === r.relation);
        if (rel) highlight.add(rel.target);
      }
    }
    const kind = (k: DocumentKind, lang: 'de' | 'en') => DOCUMENT_KIND_LABELS[k][lang];
    /** One bullet per project: its documents' kinds, each with the other party. */
    const bullets = (lang: 'de' | 'en') =>
      [...new Set(placed.map((r) => r.project!))].map((p) => {
        const items = placed
          .filter((r) => r.project === p)
          .map((r) => {
            const rel = r.relation ? ds.relations.find((x) => x.id === r.relation) : undefined;
            const other = rel ? nameOf(ds, rel.target) : r.with;
            return `${kind(r.kind, lang)}${other ? ` ${lang === 'de' ? 'mit' : 'with'} ${other}` : ''}`;
          });
        return `- **${nameOf(ds, p)}**: ${items.join('; ')}`;
      });
    const kinds = [...new Set(placed.map((r) => r.kind))];
    const filters: Filters = { ...EMPTY_FILTERS, documentKind: kinds };
    const shown = applyFilters(ds, filters).projects.size;
    const ofKinds = ds.documents.filter((d) => kinds.includes(d.kind)).length;
    steps.push(
      step(
        ds,
        { de: 'Verträge, die es schon gibt', en: 'Contracts that already exist' },
        {
          de: `${bullets('de').join('\n')}\n\nFilter Dokumentart ${kinds.map((k) => `„${kind(k, 'de')}“`).join(', ')}: ${projekte(shown)} im Datensatz, ${ofKinds} Dokumente dieser Arten.`,
          en: `${bullets('en').join('\n')}\n\nFilter document kind ${kinds.map((k) => `“${kind(k, 'en')}”`).join(', ')}: ${projects_(shown)} in the data, ${ofKinds} documents of these kinds.`,
        },
        [...highlight],
        { filters, layout: 'geo' },
      ),
    );

    const withDocs = applyFilters(ds, { ...EMPTY_FILTERS, hasDocuments: true }).projects.size;
    const link = (r: (typeof records)[number]) => r.sources.find((x) => x.startsWith('https://'));
    steps.push(
      step(
        ds,
        { de: 'Vorlagen für alle', en: 'Templates for everyone' },
        {
          de: `${templates.map((r) => `- **${kind(r.kind, 'de')}**: ${r.title}${r.by ? ` – von ${r.by}` : ''}${link(r) ? `\n  ${link(r)}` : ''}`).join('\n')}\n\nAlle ${ds.documents.length} Dokumente mit Quelle und Link: Seitenleiste „Verträge“. Filter: ${projekte(withDocs)} mit Dokumenten.`,
          en: `${templates.map((r) => `- **${kind(r.kind, 'en')}**: ${r.title}${r.by ? ` – by ${r.by}` : ''}${link(r) ? `\n  ${link(r)}` : ''}`).join('\n')}\n\nAll ${ds.documents.length} documents with source and link: sidebar “Contracts”. Filter: ${projects_(withDocs)} with documents.`,
        },
        [],
        { filters: { ...EMPTY_FILTERS, hasDocuments: true }, camera: GERMANY },
      ),
    );
  }

  {
    const dossier = ds.documents.find((d) => d.id === 'doc-dossier-kooperationen');
    const dossierUrl = dossier?.sources.find((s) => s.startsWith('https://'));
    const swf = ds.byId.get('5-fuer-suedwestfalen');
    const swfUrl = swf?.project?.sources.find((s) => s.includes('smart-city-dialog.de'));
    const de = [
      'Maßnahmen und Kooperationspartner aller Modellprojekte:',
      '- https://www.smart-city-dialog.de',
      ...(swfUrl ? [`- Beispiel ${nameOf(ds, '5-fuer-suedwestfalen')}: ${swfUrl}`] : []),
      ...(dossier && dossierUrl ? [`- ${dossier.title}: ${dossierUrl}`] : []),
      '',
      'Jeder Eintrag in diesem Atlas nennt seine Quellen.',
    ];
    const en = [
      'Measures and partners of every model project:',
      '- https://www.smart-city-dialog.de',
      ...(swfUrl ? [`- Example ${nameOf(ds, '5-fuer-suedwestfalen')}: ${swfUrl}`] : []),
      ...(dossier && dossierUrl ? [`- ${dossier.title}: ${dossierUrl}`] : []),
      '',
      'Every entry in this atlas names its sources.',
    ];
    steps.push(
      step(
        ds,
        { de: 'Mehr erfahren', en: 'Find out more' },
        { de: de.join('\n'), en: en.join('\n') },
        swf ? [swf.id] : [],
        { camera: GERMANY, selected: swf ? swf.id : null },
      ),
    );
  }

  return {
    version: STORY_VERSION,
    id: 'interkommunale-kooperation',
    title: {
      de: 'Interkommunale Kooperation zielführend gestalten',
      en: 'Making inter-municipal cooperation work',
    },
    steps,
  };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve('scripts/build-story.ts');
if (isMain) {
  const ds = loadShippedDataset();
  const story = buildStory(ds, read('seed-items.json') as SeedItem[]);
  const orgForms = new Set(ds.nodes.flatMap((n) => n.project?.orgForms ?? []));
  const relIds = new Set(ds.relations.map((r) => r.id));
  const check = checkStory(JSON.parse(serializeStory(story)), {
    isKnownId: (id) => ds.byId.has(id) || relIds.has(id),
    isKnownOrgForm: (o) => orgForms.has(o),
  });
  if (check.problems.length) {
    console.error(check.problems);
    process.exit(1);
  }
  const text = serializeStory(story);
  if (process.argv.includes('--check')) {
    const current = readFileSync(OUT, 'utf8');
    if (current !== text) {
      console.error(`${OUT} is out of date: run npx tsx scripts/build-story.ts`);
      process.exit(1);
    }
    console.log(`${OUT} is up to date (${story.steps.length} steps)`);
  } else {
    writeFileSync(OUT, text);
    console.log(`wrote ${OUT}: ${story.steps.length} steps`);
  }
}
