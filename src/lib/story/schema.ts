/**
 * The story format (`data/stories/*.json`, documented in `docs/stories.md`) and
 * its validation. Pure: no DOM, no Svelte.
 *
 * Validation works step by step, so a story with one broken step still shows
 * which steps are fine: every problem names the step (1-based, as the facilitator
 * counts) and the field path (`steps[2].caption.en`). Problems of the story as a
 * whole (wrong version, no steps) reject it outright.
 *
 * valibot: https://valibot.dev/api/safeParse/
 */
import * as v from 'valibot';
import { EMPTY_FILTERS, type Filters } from '../state/filters';
import {
  DEFAULT_URL_STATE,
  LAYOUT_MODES,
  parseUrlState,
  toSearchParams,
  type Camera,
  type LayoutMode,
} from '../state/url-state';
import { pushAll } from '../util/arrays';

/** The format version this app reads and writes. */
export const STORY_VERSION = 1;

const Text = v.pipe(v.string(), v.maxLength(4000));
const NonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(300));

/** A text in both UI languages. */
export const LocalizedSchema = v.strictObject({ de: Text, en: Text });
const LocalizedTitleSchema = v.strictObject({ de: NonEmpty, en: NonEmpty });

export const CameraSchema = v.strictObject({
  lng: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
  lat: v.pipe(v.number(), v.minValue(-85), v.maxValue(85)),
  zoom: v.pipe(v.number(), v.minValue(0), v.maxValue(22)),
});

const StringList = v.array(v.pipe(v.string(), v.maxLength(200)));

/** Filters as in the app; values are checked against the vocabularies by {@link checkFilters}. */
export const FiltersSchema = v.strictObject({
  staffel: v.optional(v.array(v.number()), []),
  category: v.optional(StringList, []),
  land: v.optional(StringList, []),
  partnerType: v.optional(StringList, []),
  relationKind: v.optional(StringList, []),
  hasDocuments: v.optional(v.boolean(), false),
  documentKind: v.optional(StringList, []),
  orgForm: v.optional(StringList, []),
});

export const StepSchema = v.strictObject({
  title: LocalizedTitleSchema,
  caption: LocalizedSchema,
  /** Map camera; null keeps the camera where it is. */
  camera: v.nullable(CameraSchema),
  filters: FiltersSchema,
  /** Selected project or actor id, or null. */
  selected: v.nullable(v.string()),
  layout: v.picklist(LAYOUT_MODES),
  /** Node or relation ids to emphasise on the map and in the graph. */
  highlight: v.array(v.string()),
});

const StoryHeadSchema = v.object({
  version: v.literal(STORY_VERSION),
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  title: LocalizedTitleSchema,
  steps: v.pipe(v.array(v.unknown()), v.minLength(1)),
});

export type Localized = v.InferOutput<typeof LocalizedSchema>;

export interface StoryStep {
  title: Localized;
  caption: Localized;
  camera: Camera | null;
  filters: Filters;
  selected: string | null;
  layout: LayoutMode;
  highlight: string[];
}

export interface Story {
  version: typeof STORY_VERSION;
  id: string;
  title: Localized;
  steps: StoryStep[];
}

/** One problem; `step` is 1-based, or null for the story as a whole. */
export interface StoryProblem {
  step: number | null;
  /** Field path, e.g. `steps[2].caption.en` or `version`. */
  field: string;
  message: Localized;
}

export interface StoryCheck {
  /**
   * The story with only its valid steps, or null when the story as a whole is
   * unusable (not an object, wrong version, no steps, or no valid step left).
   */
  story: Story | null;
  /** Every problem found. Empty when the story is fully valid. */
  problems: StoryProblem[];
  /** 1-based numbers of the steps that were dropped. */
  droppedSteps: number[];
}

export interface CheckOptions {
  /** Ids of the loaded dataset (nodes and relations); unknown highlight/selected ids are problems. */
  isKnownId?: (id: string) => boolean;
  /** orgForm values that exist in the data. */
  isKnownOrgForm?: (value: string) => boolean;
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? [])
    .map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`))
    .join('')
    .replace(/^\./, '');
}

function schemaMessage(issue: v.BaseIssue<unknown>): Localized {
  if (issue.input === undefined && issue.kind === 'schema')
    return { de: 'Pflichtfeld fehlt', en: 'required field is missing' };
  if (issue.type === 'strict_object' && issue.input !== undefined)
    return { de: 'unbekanntes Feld', en: 'unknown field' };
  return {
    de: `ungültiger Wert (erwartet ${issue.expected ?? '?'}, erhalten ${issue.received})`,
    en: `invalid value (expected ${issue.expected ?? '?'}, got ${issue.received})`,
  };
}

/** Filters values checked with the URL parser, so a story accepts exactly what a link accepts. */
export function checkFilters(
  raw: v.InferOutput<typeof FiltersSchema>,
  isKnownOrgForm?: (value: string) => boolean,
): { filters: Filters; bad: { field: keyof Filters; value: string }[] } {
  const params = toSearchParams({
    ...DEFAULT_URL_STATE,
    filters: { ...EMPTY_FILTERS, ...raw } as Filters,
  });
  const { state, ignored } = parseUrlState(params, { isKnownOrgForm });
  const FIELD_OF: Record<string, keyof Filters> = {
    r: 'staffel',
    cat: 'category',
    land: 'land',
    pt: 'partnerType',
    rk: 'relationKind',
    dk: 'documentKind',
    org: 'orgForm',
    doc: 'hasDocuments',
  };
  const bad = ignored.map((i) => ({
    field: FIELD_OF[i.param] ?? 'orgForm',
    value: i.param === 'land' ? `DE-${i.value}` : i.value,
  }));
  return { filters: state.filters, bad };
}

/** Validates one step; returns the step or its problems (with 1-based `n`). */
export function checkStep(
  raw: unknown,
  index: number,
  opts: CheckOptions = {},
): { step: StoryStep | null; problems: StoryProblem[] } {
  const n = index + 1;
  const at = (field: string) => `steps[${index}]${field ? `.${field}` : ''}`;
  const parsed = v.safeParse(StepSchema, raw);
  if (!parsed.success) {
    return {
      step: null,
      problems: parsed.issues.map((issue) => ({
        step: n,
        field: at(pathOf(issue)),
        message: schemaMessage(issue),
      })),
    };
  }
  const s = parsed.output;
  const problems: StoryProblem[] = [];
  const { filters, bad } = checkFilters(s.filters, opts.isKnownOrgForm);
  for (const b of bad)
    problems.push({
      step: n,
      field: at(`filters.${b.field}`),
      message: { de: `unbekannter Wert „${b.value}“`, en: `unknown value “${b.value}”` },
    });
  if (opts.isKnownId) {
    if (s.selected !== null && !opts.isKnownId(s.selected))
      problems.push({
        step: n,
        field: at('selected'),
        message: { de: `unbekannte Id „${s.selected}“`, en: `unknown id “${s.selected}”` },
      });
    s.highlight.forEach((id, i) => {
      if (!opts.isKnownId!(id))
        problems.push({
          step: n,
          field: at(`highlight[${i}]`),
          message: { de: `unbekannte Id „${id}“`, en: `unknown id “${id}”` },
        });
    });
  }
  if (problems.length) return { step: null, problems };
  return {
    step: {
      title: s.title,
      caption: s.caption,
      camera: s.camera,
      filters,
      selected: s.selected,
      layout: s.layout,
      highlight: [...new Set(s.highlight)],
    },
    problems,
  };
}

/**
 * Validates a parsed story file. Never throws. With problems in some steps,
 * `story` holds the valid ones (the caller asks before keeping them).
 */
export function checkStory(raw: unknown, opts: CheckOptions = {}): StoryCheck {
  const head = v.safeParse(StoryHeadSchema, raw);
  if (!head.success) {
    return {
      story: null,
      droppedSteps: [],
      problems: head.issues.map((issue) => {
        const field = pathOf(issue) || '(story)';
        const message =
          field === 'version' && issue.input !== undefined
            ? {
                de: `Version ${JSON.stringify(issue.input)} wird nicht unterstützt (erwartet ${STORY_VERSION})`,
                en: `version ${JSON.stringify(issue.input)} is not supported (expected ${STORY_VERSION})`,
              }
            : field === 'steps' && Array.isArray(issue.input)
              ? { de: 'die Geschichte hat keine Schritte', en: 'the story has no steps' }
              : schemaMessage(issue);
        return { step: null, field, message };
      }),
    };
  }
  const steps: StoryStep[] = [];
  const problems: StoryProblem[] = [];
  const droppedSteps: number[] = [];
  head.output.steps.forEach((rawStep, i) => {
    const r = checkStep(rawStep, i, opts);
    if (r.step) steps.push(r.step);
    else droppedSteps.push(i + 1);
    pushAll(problems, r.problems);
  });
  const story: Story | null = steps.length
    ? { version: STORY_VERSION, id: head.output.id, title: head.output.title, steps }
    : null;
  return { story, problems, droppedSteps };
}

/** Parses JSON text and checks it; a JSON syntax error is a problem of the story as a whole. */
export function parseStory(text: string, opts: CheckOptions = {}): StoryCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const detail = (e as Error).message;
    return {
      story: null,
      droppedSteps: [],
      problems: [
        {
          step: null,
          field: '(file)',
          message: { de: `kein gültiges JSON (${detail})`, en: `not valid JSON (${detail})` },
        },
      ],
    };
  }
  return checkStory(raw, opts);
}

/** Serialises a story in the documented key order, 2-space indented, with a final newline. */
export function serializeStory(story: Story): string {
  const out = {
    version: story.version,
    id: story.id,
    title: story.title,
    steps: story.steps.map((s) => ({
      title: s.title,
      caption: s.caption,
      camera: s.camera,
      filters: compactFilters(s.filters),
      selected: s.selected,
      layout: s.layout,
      highlight: s.highlight,
    })),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

/** Only the non-empty filter fields (defaults are implied). */
export function compactFilters(f: Filters): Partial<Filters> {
  const out: Partial<Filters> = {};
  for (const [k, value] of Object.entries(f) as [keyof Filters, Filters[keyof Filters]][]) {
    if (Array.isArray(value) ? value.length : value)
      (out as Record<string, unknown>)[k] = Array.isArray(value) ? [...value] : value;
  }
  return out;
}

/** Check options for a dataset: node and relation ids, and the orgForm values its projects use. */
export function checkOptionsFor(ds: {
  byId: ReadonlyMap<string, unknown>;
  relations: readonly { id: string }[];
  nodes: readonly { project?: { orgForms: readonly string[] } }[];
}): CheckOptions {
  const rel = new Set(ds.relations.map((r) => r.id));
  const org = new Set(ds.nodes.flatMap((n) => n.project?.orgForms ?? []));
  return { isKnownId: (id) => ds.byId.has(id) || rel.has(id), isKnownOrgForm: (o) => org.has(o) };
}
