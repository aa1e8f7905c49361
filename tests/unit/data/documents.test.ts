import { describe, expect, it } from 'vitest';
import {
  documentEntries,
  documentProject,
  documentKindCounts,
  documentSearchTerms,
  documentYear,
  provenanceOf,
  webSources,
} from '../../../src/lib/data/documents';
import { buildSearchIndex, search } from '../../../src/lib/search/search';
import { shippedDataset } from '../helpers/dataset';

describe('documentYear: only what the title or notes say', () => {
  it.each<[string, string | undefined, number | null]>([
    ['Letter of Intent Region Partheland (Nov. 2018)', undefined, 2018],
    ['Kooperationsvereinbarung Stadt Einbeck – Dataport (30.11.2021)', undefined, 2021],
    ['Zwei Kooperationsverträge (zusammen ca. 2 Mio. €, 2023)', undefined, 2023],
    ['Kooperationsvertrag Stadt Kiel (Drucksache 1292/2023)', undefined, 2023],
    ['Weiterleitungsvertrag MPSC Bamberg – Universität Bamberg', undefined, null],
    ['Geschäftsordnung', 'signed 2019, amended 2024', 2024],
    ['Postleitzahl 20255 is no year', undefined, null],
  ])('%s', (title, notes, year) => {
    expect(documentYear({ title, notes })).toBe(year);
  });
});

describe('provenance of sources', () => {
  it.each<[string[], string]>([
    [['seed'], 'seed-only'],
    [['seed', 'https://a.de/'], 'web-and-seed'],
    [['https://a.de/'], 'web'],
    [[], 'none'],
  ])('%j → %s', (sources, p) => {
    expect(provenanceOf(sources)).toBe(p);
  });
  it('web sources keep only http(s) links', () => {
    expect(webSources(['seed', 'https://a.de/x', 'http://b.de'])).toEqual([
      'https://a.de/x',
      'http://b.de',
    ]);
  });
});

describe('documentEntries on the shipped data', () => {
  const ds = shippedDataset();
  const entries = documentEntries(ds);
  const byId = new Map(entries.map((e) => [e.record.id, e]));

  it('lists every document once, with parties and the ids to emphasise', () => {
    expect(entries).toHaveLength(ds.documents.length);
    const bamberg = byId.get('doc-bamberg-weiterleitungsvertrag')!;
    expect(bamberg.projectId).toBe('bamberg');
    expect(bamberg.parties).toEqual(['Bamberg', 'Otto-Friedrich-Universität Bamberg']);
    expect(bamberg.emphasis).toEqual([
      'bamberg',
      'partner:bamberg:org-universitaet-bamberg',
      'org-universitaet-bamberg',
    ]);
    expect(bamberg.provenance).toBe('seed-only');
    expect(bamberg.links).toEqual([]);
  });

  it('a template has no project, its author as party, and its link', () => {
    const muster = byId.get('doc-muster-kooperationsvertrag')!;
    expect(muster.projectId).toBeNull();
    expect(muster.parties[0]).toMatch(/KTS/);
    expect(muster.provenance).toBe('web-and-seed');
    expect(muster.links[0]).toMatch(/^https:\/\//);
    expect(documentSearchTerms(muster)).toEqual(expect.arrayContaining(['Muster', 'Vorlage']));
  });

  it('a network document belongs to the network’s project', () => {
    expect(byId.get('doc-solingen-beitrittserklaerung')!.projectId).toBe('solingen');
  });

  it('counts per kind in vocabulary order', () => {
    const counts = documentKindCounts(entries);
    expect(counts.reduce((a, [, n]) => a + n, 0)).toBe(entries.length);
    expect(counts[0][0]).toBe('Weiterleitungsvertrag');
  });

  it('gives each document the project documentProject finds without an index (issue 18)', () => {
    expect(entries.map((e) => e.projectId)).toEqual(
      ds.documents.map((d) => documentProject(ds, d)),
    );
    expect(entries.some((e) => e.record.relation && e.projectId)).toBe(true);
  });

  it('does not mutate the dataset', () => {
    const before = JSON.stringify(ds.documents);
    documentEntries(ds);
    expect(JSON.stringify(ds.documents)).toBe(before);
  });
});

describe('documents in the search (issue 16: "Muster" must not just find Münster)', () => {
  const ds = shippedDataset();
  const index = buildSearchIndex([
    ...ds.nodes,
    ...documentEntries(ds).map((d) => ({
      id: d.record.id,
      name: d.record.title,
      altNames: documentSearchTerms(d),
      kind: 'document' as const,
    })),
  ]);
  const ids = (q: string) => search(index, q, 8).map((h) => h.id);

  it('"Muster" finds the Muster-Kooperationsvertrag first, before Münster', () => {
    const hits = ids('Muster');
    expect(hits[0]).toBe('doc-muster-kooperationsvertrag');
    if (hits.includes('muenster'))
      expect(hits.indexOf('muenster')).toBeGreaterThan(hits.indexOf('doc-muster-kooperationsvertrag'));
  });

  it.each<[string, string[]]>([
    ['Weiterleitungsvertrag', ['doc-bamberg-weiterleitungsvertrag', 'doc-paderborn-weiterleitungsvertrag']],
    ['Vorlage', ['doc-muster-kooperationsvertrag']],
    ['Kooperationsvertrag', ['doc-5-fuer-suedwestfalen-kooperationsvertrag', 'doc-muster-kooperationsvertrag']],
    ['Vertrag', ['doc-bamberg-weiterleitungsvertrag']],
    ['weiterleitungsvertrg', ['doc-bamberg-weiterleitungsvertrag']],
    ['template', ['doc-muster-kooperationsvertrag']],
  ])('"%s" finds %j', (q, expected) => {
    expect(ids(q)).toEqual(expect.arrayContaining(expected));
  });

  it('a place name still finds the place first', () => {
    expect(ids('Münster')[0]).toBe('muenster');
    expect(ids('Bamberg')[0]).toBe('bamberg');
  });
});
