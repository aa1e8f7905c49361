import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  activeCount,
  actorHasType,
  actorTypes,
  applyFilters,
  facetCounts,
  isEmptyFilters,
  orgFormsInData,
  projectDocumentKinds,
  toggleOption,
  type Filters,
} from '../../../src/lib/state/filters';
import { shippedDataset } from '../helpers/dataset';

const ds = shippedDataset();
const projects = ds.nodes.filter((n) => n.kind === 'project');
const f = (over: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...over });

describe('applyFilters', () => {
  it('shows everything without filters, isolated actors included', () => {
    const v = applyFilters(ds, EMPTY_FILTERS);
    expect(v.projects.size).toBe(73);
    expect(v.nodes.size).toBe(ds.nodes.length);
    expect(v.relations.size).toBe(ds.relations.length);
  });

  it('keeps an isolated actor without filters and hides it under a filter', () => {
    const lonely = { ...ds.nodes.find((n) => n.kind === 'actor')!, id: 'lonely' };
    const ds2 = {
      ...ds,
      nodes: [...ds.nodes, lonely],
      byId: new Map(ds.byId).set('lonely', lonely),
      all: { ...ds.all, nodes: new Set(ds.all.nodes).add('lonely') },
    };
    expect(applyFilters(ds2, EMPTY_FILTERS).nodes.has('lonely')).toBe(true);
    expect(applyFilters(ds2, f({ staffel: [2019] })).nodes.has('lonely')).toBe(false);
  });

  it.each([
    [2019, 13],
    [2020, 32],
    [2021, 28],
  ] as const)('round %i leaves %i projects', (staffel, n) => {
    expect(applyFilters(ds, f({ staffel: [staffel] })).projects.size).toBe(n);
  });

  it('ORs options within a facet and ANDs facets', () => {
    expect(applyFilters(ds, f({ staffel: [2019, 2020] })).projects.size).toBe(45);
    const both = applyFilters(ds, f({ staffel: [2019], land: ['DE-BY'] })).projects;
    for (const id of both) {
      const p = ds.byId.get(id)!.project!;
      expect(p.staffel).toBe(2019);
      expect(p.bundesland).toBe('DE-BY');
    }
  });

  it('shows only actors reached through visible relations', () => {
    const v = applyFilters(ds, f({ staffel: [2019] }));
    for (const id of v.nodes) {
      if (v.projects.has(id)) continue;
      const reached = (ds.relationsOf.get(id) ?? []).some(
        (r) => v.relations.has(r.id) && v.projects.has(r.source),
      );
      expect(reached, id).toBe(true);
    }
  });

  it('partner type keeps projects with such a partner and shows only those partners', () => {
    const v = applyFilters(ds, f({ partnerType: ['Hochschule'] }));
    expect(v.projects.has('bamberg')).toBe(true);
    for (const rid of v.relations) {
      const r = ds.relations.find((x) => x.id === rid)!;
      if (r.kind === 'partner') expect(ds.byId.get(r.target)!.type).toBe('Hochschule');
    }
  });

  it('relation kind member hides partners', () => {
    const v = applyFilters(ds, f({ relationKind: ['member'] }));
    expect(v.nodes.has('org-universitaet-bamberg')).toBe(false);
    expect([...v.relations].every((id) => id.startsWith('member:'))).toBe(true);
  });

  it('has documents keeps exactly the projects with documents', () => {
    const v = applyFilters(ds, f({ hasDocuments: true }));
    expect(v.projects.has('bamberg')).toBe(true);
    expect(v.projects.has('paderborn')).toBe(true);
    for (const id of v.projects) expect(ds.documentsOfProject.get(id)?.length).toBeGreaterThan(0);
  });

  it('does not mutate its input', () => {
    const filters = f({ staffel: [2019] });
    const before = JSON.stringify(filters);
    applyFilters(ds, filters);
    facetCounts(ds, filters);
    expect(JSON.stringify(filters)).toBe(before);
  });
});

describe('facetCounts', () => {
  it('counts each round as if it were the only one chosen', () => {
    const c = facetCounts(ds, EMPTY_FILTERS);
    expect(Object.fromEntries(c.staffel)).toEqual({ '2019': 13, '2020': 32, '2021': 28 });
  });

  it('a facet does not constrain its own counts but constrains the others', () => {
    const c = facetCounts(ds, f({ staffel: [2019] }));
    expect(c.staffel.get('2020')).toBe(32);
    const cats = [...c.category.values()].reduce((a, b) => a + b, 0);
    expect(cats).toBe(13);
  });

  it('land counts add up to all projects', () => {
    const c = facetCounts(ds, EMPTY_FILTERS);
    expect([...c.land.values()].reduce((a, b) => a + b, 0)).toBe(projects.length);
  });

  it('every count equals what applying that option leaves', () => {
    const base = f({ category: ['Großstadt'] });
    const c = facetCounts(ds, base);
    for (const [land, n] of c.land) {
      expect(applyFilters(ds, { ...base, land: [land] }).projects.size, land).toBe(n);
    }
    expect(applyFilters(ds, { ...base, hasDocuments: true }).projects.size).toBe(c.hasDocuments);
  });
});

describe('one truth per actor type (issue 16)', () => {
  it('a partner counts by its type per sources or by its deck label', () => {
    const weser = ds.byId.get('org-westfalen-weser')!;
    expect(weser.type).toBe('Stadtwerke');
    expect(actorHasType(weser, ['Energieagentur'])).toBe(true);
    expect(actorHasType(weser, ['Stadtwerke'])).toBe(true);
    expect(actorHasType(weser, ['Hochschule'])).toBe(false);
    expect(actorTypes(weser)).toEqual(['Stadtwerke', 'Energieagentur']);
    expect(actorTypes(ds.byId.get('org-universitaet-bamberg'))).toEqual(['Hochschule']);
  });

  it('the Energieagentur and Digitalagentur counts include the deck’s labels, and equal the filter', () => {
    const c = facetCounts(ds, EMPTY_FILTERS);
    for (const t of ['Energieagentur', 'Digitalagentur', 'Stadtwerke', 'kommunale GmbH'] as const)
      expect(applyFilters(ds, f({ partnerType: [t] })).projects.size, t).toBe(c.partnerType.get(t));
    expect(c.partnerType.get('Energieagentur')).toBeGreaterThanOrEqual(1);
    const v = applyFilters(ds, f({ partnerType: ['Digitalagentur'] }));
    expect(v.projects.has('5-fuer-suedwestfalen')).toBe(true);
    expect(v.nodes.has('org-suedwestfalen-agentur')).toBe(true);
  });
});

describe('document kind', () => {
  it('keeps projects with a document of a chosen kind; counts equal what the option leaves', () => {
    const v = applyFilters(ds, f({ documentKind: ['Weiterleitungsvertrag'] }));
    expect([...v.projects].sort()).toEqual(['bamberg', 'paderborn']);
    const c = facetCounts(ds, EMPTY_FILTERS);
    for (const [kind, n] of c.documentKind)
      expect(
        applyFilters(ds, f({ documentKind: [kind as Filters['documentKind'][number]] })).projects
          .size,
        kind,
      ).toBe(n);
    expect(activeCount(f({ documentKind: ['Mustervertrag', 'Publikation'] }))).toBe(2);
  });
});

describe('helpers', () => {
  it('toggleOption adds and removes without mutating', () => {
    const a = toggleOption(EMPTY_FILTERS, 'staffel', 2019);
    expect(a.staffel).toEqual([2019]);
    expect(EMPTY_FILTERS.staffel).toEqual([]);
    expect(toggleOption(a, 'staffel', 2019).staffel).toEqual([]);
  });
  it('activeCount and isEmptyFilters', () => {
    expect(isEmptyFilters(EMPTY_FILTERS)).toBe(true);
    const g = f({ staffel: [2019], hasDocuments: true, land: ['DE-BY', 'DE-NW'] });
    expect(isEmptyFilters(g)).toBe(false);
    expect(activeCount(g)).toBe(4);
  });
  it('orgFormsInData lists the seed forms', () => {
    const forms = orgFormsInData(ds).map(([o]) => o);
    for (const o of ['Stabsstelle', 'Innovation Unit', 'Projektbüro', 'Lenkungsgruppe'])
      expect(forms).toContain(o);
  });
});

describe('facets gathered while indexing (issue 18: no pass over every relation per filter change)', () => {
  it('equal a pass over each project’s relations', () => {
    for (const p of projects) {
      const rels = ds.relationsOf.get(p.id) ?? [];
      const kinds = new Set(rels.map((r) => r.kind));
      const types = new Set(
        rels
          .filter((r) => r.kind === 'partner' && r.source === p.id)
          .flatMap((r) => actorTypes(ds.byId.get(r.target))),
      );
      const facets = ds.facetsOfProject.get(p.id)!;
      expect(new Set(facets.relationKinds), p.id).toEqual(kinds);
      expect(new Set(facets.partnerTypes), p.id).toEqual(types);
    }
  });

  it('without a filter, everything is the dataset’s own sets', () => {
    expect(applyFilters(ds, EMPTY_FILTERS)).toBe(ds.all);
    expect([...ds.all.relations]).toEqual(ds.relations.map((r) => r.id));
  });
});

describe('„Dokumentart“ counts projects, the documents tab counts documents', () => {
  it('offers only kinds some project has: a template without a project is no project filter', () => {
    const kinds = projectDocumentKinds(ds);
    // The shipped model contract has no project: 1 document, 0 projects.
    expect(ds.documents.filter((d) => d.kind === 'Mustervertrag').length).toBeGreaterThan(0);
    expect(kinds).not.toContain('Mustervertrag');
    const counts = facetCounts(ds, EMPTY_FILTERS);
    expect(kinds.length).toBeGreaterThan(0);
    for (const k of kinds) expect(counts.documentKind.get(k) ?? 0).toBeGreaterThan(0);
  });
});
