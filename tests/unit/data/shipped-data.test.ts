/**
 * The committed dataset in `data/`: it passes the validator, and every item of the 2022
 * workshop slide deck (`data/seed-items.json`) is present, typed and connected as listed.
 */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { landIndex } from '../../../src/lib/data/land-index';
import { parseDataPackage } from '../../../src/lib/data/load';
import { LaenderCollectionSchema } from '../../../src/lib/data/schemas';
import type { DataPackage } from '../../../src/lib/data/types';
import { ACTOR_TYPES, ORG_FORMS } from '../../../src/lib/data/vocab';
import type { SeedItem } from '../../../scripts/lib/seed';

const read = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../data/${file}`, import.meta.url), 'utf8'));

const laender = v.parse(LaenderCollectionSchema, read('basemap/laender.geojson'));
const result = parseDataPackage(
  {
    projects: read('projects.geojson'),
    actors: read('actors.geojson'),
    relations: read('relations.json'),
    documents: read('documents.json'),
    networks: read('networks.json'),
    solutions: read('solutions.json'),
  },
  landIndex(laender),
);
const seedItems = read('seed-items.json') as SeedItem[];

function data(): DataPackage {
  if (!result.ok) throw new Error('shipped data does not parse');
  return result.data;
}

describe('shipped data', () => {
  it('passes the schemas and the validator with no issues', () => {
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('has 73 projects, 13/32/28 per round, each with a point and a source', () => {
    const projects = data().projects.features;
    expect(projects).toHaveLength(73);
    const per = (s: number) => projects.filter((f) => f.properties.staffel === s).length;
    expect([per(2019), per(2020), per(2021)]).toEqual([13, 32, 28]);
    for (const f of projects) expect(f.properties.sources.length).toBeGreaterThan(0);
  });

  it('deduplicates partner organisations across projects', () => {
    const { relations } = data();
    const projectsOf = (actor: string) =>
      relations.filter((r) => r.target === actor).map((r) => r.source).sort();
    expect(projectsOf('org-city-and-bits')).toEqual([
      'darmstadt',
      'guben',
      'kempten',
      'landkreis-hameln-pyrmont',
      'landkreis-mayen-koblenz',
      'ulm',
    ]);
    expect(projectsOf('org-th-owl')).toEqual(['detmold', 'kreis-hoexter', 'lemgo-kalletal']);
    expect(projectsOf('org-fraunhofer-iosb-ina')).toEqual(['hildesheim', 'lemgo-kalletal']);
  });

  it('keeps both labels where deck and sources disagree', () => {
    const actor = (id: string) => data().actors.features.find((f) => f.properties.id === id)?.properties;
    expect(actor('org-suedwestfalen-agentur')).toMatchObject({
      type: 'kommunale GmbH',
      seedLabel: 'Digitalagentur',
    });
    expect(actor('org-westfalen-weser')).toMatchObject({ type: 'Stadtwerke', seedLabel: 'Energieagentur' });
  });

  it('links every project document with a single counterpart to its relation or network', () => {
    const docs = data().documents.filter((d) => d.project && d.with);
    const unlinked = docs.filter((d) => !d.relation && !d.network).map((d) => d.id);
    // Only the Eifelkreis agreements name several counterparts ("Verbandsgemeinden und Stadt Bitburg").
    expect(unlinked).toEqual([
      'doc-eifelkreis-bitburg-pruem-kooperationsvereinbarung',
      'doc-eifelkreis-bitburg-pruem-kooperationsvertrag',
    ]);
  });

  it('uses only known vocabularies', () => {
    for (const f of data().actors.features) expect(ACTOR_TYPES).toContain(f.properties.type);
    const orgForms = new Set(data().projects.features.flatMap((f) => f.properties.orgForms));
    for (const o of orgForms) expect(Object.keys(ORG_FORMS)).toContain(o);
  });

  it('places partners whose seat is unknown or abroad at a project they work with', () => {
    const { actors, relations, projects } = data();
    for (const a of actors.features.filter((f) => f.properties.located)) {
      const at = a.geometry.coordinates.join();
      const projectPoints = relations
        .filter((r) => r.target === a.properties.id)
        .map((r) => projects.features.find((p) => p.properties.id === r.source)?.geometry.coordinates.join());
      expect(projectPoints, a.properties.id).toContain(at);
    }
  });
});

describe('seed deck items', () => {
  it('covers the deck: 10 cooperations, 7 organisational forms, 5 documents', () => {
    const count = (s: SeedItem['section']) => seedItems.filter((i) => i.section === s).length;
    expect([count('cooperation'), count('orgForm'), count('document')]).toEqual([10, 7, 5]);
  });

  it.each(seedItems.map((i) => [i.id, i] as const))('%s is present, typed and connected', (_, item) => {
    const { projects, actors, relations, documents } = data();
    const project = (id: string) => projects.features.find((f) => f.properties.id === id);
    for (const id of item.projects) expect(project(id), id).toBeDefined();
    for (const a of item.actors) {
      const found = actors.features.find((f) => f.properties.id === a.id)?.properties;
      expect(found, a.id).toBeDefined();
      expect(found?.type, a.id).toBe(a.type);
      if (a.seedLabel) expect(found?.seedLabel, a.id).toBe(a.seedLabel);
      // Each listed actor is connected to one of the item's projects.
      expect(
        relations.some((r) => r.target === a.id && item.projects.includes(r.source)),
        `${a.id} connected`,
      ).toBe(true);
    }
    for (const id of item.relations) {
      const r = relations.find((x) => x.id === id);
      expect(r, id).toBeDefined();
      expect(item.projects, id).toContain(r?.source);
    }
    for (const o of item.orgForms) expect(project(o.project)?.properties.orgForms).toContain(o.orgForm);
    for (const d of item.documents) {
      const doc = documents.find((x) => x.id === d.id);
      expect(doc, d.id).toBeDefined();
      expect(doc?.kind).toBe(d.kind);
      if (doc?.project) expect(item.projects).toContain(doc.project);
      if (doc?.relation) expect(item.relations).toContain(doc.relation);
    }
  });

  it('ties the deck documents to their counterparts', () => {
    const doc = (id: string) => data().documents.find((d) => d.id === id);
    expect(doc('doc-bamberg-weiterleitungsvertrag')?.relation).toBe('partner:bamberg:org-universitaet-bamberg');
    expect(doc('doc-paderborn-weiterleitungsvertrag')?.relation).toBe('partner:paderborn:org-westfalen-weser');
    expect(doc('doc-solingen-beitrittserklaerung')?.network).toBe('open-smartcity-app');
    expect(doc('doc-muster-kooperationsvertrag')?.by).toMatch(/KTS.*bbh/);
    expect(doc('doc-5-fuer-suedwestfalen-kooperationsvertrag')?.relation).toBe(
      'partner:5-fuer-suedwestfalen:org-suedwestfalen-agentur',
    );
  });
});
