import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  STORY_VERSION,
  checkStory,
  parseStory,
  serializeStory,
  type StoryCheck,
} from '../../../src/lib/story/schema';
import { shippedDataset } from '../helpers/dataset';

const ds = shippedDataset();
const relIds = new Set(ds.relations.map((r) => r.id));
const orgForms = new Set(ds.nodes.flatMap((n) => n.project?.orgForms ?? []));
const opts = {
  isKnownId: (id: string) => ds.byId.has(id) || relIds.has(id),
  isKnownOrgForm: (o: string) => orgForms.has(o),
};

const step = (over: Record<string, unknown> = {}) => ({
  title: { de: 'Titel', en: 'Title' },
  caption: { de: 'Text', en: 'Text' },
  camera: { lng: 10, lat: 51, zoom: 5 },
  filters: {},
  selected: null,
  layout: 'force',
  highlight: ['bamberg'],
  ...over,
});
const story = (steps: unknown[], over: Record<string, unknown> = {}) => ({
  version: STORY_VERSION,
  id: 'test',
  title: { de: 'T', en: 'T' },
  steps,
  ...over,
});
const fields = (c: StoryCheck) => c.problems.map((p) => `${p.step}:${p.field}`);

describe('checkStory', () => {
  it('accepts a valid story unchanged', () => {
    const c = checkStory(story([step(), step({ selected: 'bamberg', layout: 'geo' })]), opts);
    expect(c.problems).toEqual([]);
    expect(c.story?.steps).toHaveLength(2);
    expect(c.story?.steps[1].selected).toBe('bamberg');
    expect(c.droppedSteps).toEqual([]);
  });

  it.each([
    ['wrong version', story([step()], { version: 2 }), 'version'],
    [
      'missing version',
      (() => {
        const s: Record<string, unknown> = story([step()]);
        delete s.version;
        return s;
      })(),
      'version',
    ],
    ['no steps', story([]), 'steps'],
    ['steps not an array', story([], { steps: {} }), 'steps'],
    ['bad id', story([step()], { id: 'Not An Id' }), 'id'],
  ])('rejects the whole story: %s', (_name, raw, field) => {
    const c = checkStory(raw, opts);
    expect(c.story).toBeNull();
    expect(c.problems.map((p) => p.field)).toContain(field);
    expect(c.problems.every((p) => p.step === null)).toBe(true);
  });

  it('names the version it cannot read', () => {
    const c = checkStory(story([step()], { version: 7 }), opts);
    expect(c.problems[0].message.de).toContain('7');
    expect(c.problems[0].message.en).toContain('not supported');
  });

  it.each([
    [
      'missing caption',
      (() => {
        const s: Record<string, unknown> = step();
        delete s.caption;
        return s;
      })(),
      'steps[1].caption',
      'Pflichtfeld fehlt',
    ],
    [
      'missing English title',
      step({ title: { de: 'x' } }),
      'steps[1].title.en',
      'Pflichtfeld fehlt',
    ],
    ['empty title', step({ title: { de: ' ', en: 'x' } }), 'steps[1].title.de', 'ungültig'],
    [
      'unknown highlight id',
      step({ highlight: ['bamberg', 'no-such-id'] }),
      'steps[1].highlight[1]',
      'no-such-id',
    ],
    ['unknown selected id', step({ selected: 'atlantis' }), 'steps[1].selected', 'atlantis'],
    ['unknown layout', step({ layout: 'spiral' }), 'steps[1].layout', 'ungültig'],
    [
      'camera out of range',
      step({ camera: { lng: 10, lat: 95, zoom: 5 } }),
      'steps[1].camera.lat',
      'ungültig',
    ],
    ['unknown field', step({ colour: 'red' }), 'steps[1].colour', 'unbekanntes Feld'],
    [
      'unknown filter value',
      step({ filters: { category: ['Dorf'] } }),
      'steps[1].filters.category',
      'Dorf',
    ],
    [
      'unknown org form',
      step({ filters: { orgForm: ['Geheimbund'] } }),
      'steps[1].filters.orgForm',
      'Geheimbund',
    ],
    ['unknown Staffel', step({ filters: { staffel: [2018] } }), 'steps[1].filters.staffel', '2018'],
  ])('names step and field: %s', (_name, bad, field, text) => {
    const c = checkStory(story([step(), bad, step()]), opts);
    const p = c.problems.find((x) => x.field === field);
    expect(fields(c)).toContain(`2:${field}`);
    expect(p?.message.de).toContain(text);
    // The valid steps survive for the "keep the valid steps?" question.
    expect(c.droppedSteps).toEqual([2]);
    expect(c.story?.steps).toHaveLength(2);
  });

  it('returns no story when every step is broken', () => {
    const c = checkStory(story([step({ highlight: ['x'] })]), opts);
    expect(c.story).toBeNull();
    expect(c.droppedSteps).toEqual([1]);
  });

  it('without an id lookup, ids are not checked', () => {
    expect(checkStory(story([step({ highlight: ['anything'] })])).problems).toEqual([]);
  });

  it('reports broken JSON as a problem of the file', () => {
    const c = parseStory('{"version": 1,');
    expect(c.story).toBeNull();
    expect(c.problems[0].field).toBe('(file)');
  });

  it('does not mutate its input', () => {
    const raw = story([step({ highlight: ['bamberg', 'bamberg'] })]);
    const copy = structuredClone(raw);
    checkStory(raw, opts);
    expect(raw).toEqual(copy);
  });

  it('round-trips through serializeStory', () => {
    const c = checkStory(story([step({ filters: { hasDocuments: true, land: ['DE-BY'] } })]), opts);
    const again = parseStory(serializeStory(c.story!), opts);
    expect(again.problems).toEqual([]);
    expect(again.story).toEqual(c.story);
  });
});

describe('the shipped default story', () => {
  const text = readFileSync('data/stories/interkommunale-kooperation.json', 'utf8');
  const c = parseStory(text, opts);
  const seed = JSON.parse(readFileSync('data/seed-items.json', 'utf8')) as {
    section: string;
    projects: string[];
    actors: { id: string }[];
  }[];

  it('is valid against the shipped data (every id resolves)', () => {
    expect(c.problems).toEqual([]);
    expect(c.story!.steps.length).toBeGreaterThanOrEqual(13);
  });

  it('highlights every cooperation, org form and document example of the talk', () => {
    const all = new Set(c.story!.steps.flatMap((s) => s.highlight));
    for (const item of seed) {
      for (const p of item.projects) expect(all.has(p), p).toBe(true);
      for (const a of item.actors) expect(all.has(a.id), a.id).toBe(true);
    }
  });

  it('has six cooperation steps, four organisational-form steps, documents and more', () => {
    const titles = c.story!.steps.map((s) => s.title.de);
    expect(titles.filter((t) => t.startsWith('Kooperation:'))).toHaveLength(6);
    expect(titles.filter((t) => t.startsWith('Organisationsform:'))).toHaveLength(4);
    expect(titles.at(-1)).toBe('Mehr erfahren');
  });

  it('is what the build script writes (deterministic, derived from the data)', async () => {
    const { buildStory } = await import('../../../scripts/build-story');
    expect(
      serializeStory(buildStory(ds, JSON.parse(readFileSync('data/seed-items.json', 'utf8')))),
    ).toBe(text);
  });
});
