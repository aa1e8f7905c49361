import { describe, expect, it } from 'vitest';
import {
  COOPERATION_FORMS,
  nearestByForm,
  nearestDocuments,
  nearestDocumentByKind,
  nearestProjects,
  projectProfiles,
  type ProjectProfile,
} from '../../../src/lib/geo/nearest';
import { PLACES, smallDataset } from './analysis-dataset';

const profiles = () => projectProfiles(smallDataset());
const erlangen = [...PLACES.erlangen];

describe('projectProfiles: forms from the data', () => {
  it.each<[string, string[]]>([
    ['alpha', ['hochschule', 'kommunaleGmbH']],
    ['beta', ['hochschule', 'interkommunal']], // by category
    ['gamma', ['digitalagentur', 'energieagentur']], // digital agency by seedLabel
    ['delta', ['energieagentur', 'interkommunal']], // by two members
  ])('%s has %j', (id, forms) => {
    expect(profiles().find((p) => p.id === id)!.forms).toEqual(forms);
  });

  it('names the partners behind a form', () => {
    const gamma = profiles().find((p) => p.id === 'gamma')!;
    expect(gamma.formVia.digitalagentur).toEqual(['agentur-owl']);
  });

  it('collects documents, including those on relations', () => {
    const delta = profiles().find((p) => p.id === 'delta')!;
    expect(delta.documents.map((d) => d.kind)).toEqual(['Kooperationsvertrag']);
  });
});

describe('nearest lookups from Erlangen (not a project)', () => {
  it('nearest projects with distances, nearest first', () => {
    const near = nearestProjects(profiles(), erlangen, 3);
    expect(near.map((n) => n.profile.id)).toEqual(['alpha', 'beta', 'delta']);
    expect(near[0].km).toBeCloseTo(35, 0);
    expect(near[1].km).toBeGreaterThan(near[0].km);
  });

  it('nearest for each cooperation form', () => {
    const by = nearestByForm(profiles(), erlangen);
    expect(Object.keys(by)).toEqual([...COOPERATION_FORMS]);
    expect(by.hochschule!.profile.id).toBe('alpha');
    expect(by.kommunaleGmbH!.profile.id).toBe('alpha');
    expect(by.interkommunal!.profile.id).toBe('beta');
    // Energy agencies: Detmold is nearer to Erlangen than Lemgo.
    expect(by.energieagentur!.profile.id).toBe('delta');
    expect(by.digitalagentur!.profile.id).toBe('gamma');
  });

  it('is null for a form no project has', () => {
    const ps = profiles().map((p): ProjectProfile => ({ ...p, forms: [] }));
    expect(Object.values(nearestByForm(ps, erlangen)).every((x) => x === null)).toBe(true);
  });

  it('nearest documents, optionally by kind', () => {
    const docs = nearestDocuments(profiles(), erlangen);
    expect(docs.map((d) => [d.document.kind, d.profile.id])).toEqual([
      ['Weiterleitungsvertrag', 'alpha'],
      ['Kooperationsvertrag', 'delta'],
    ]);
    expect(
      nearestDocuments(profiles(), erlangen, { kinds: ['Kooperationsvertrag'] }).map(
        (d) => d.document.id,
      ),
    ).toEqual(['doc-delta-kv']);
  });

  it('the nearest document of each kind, kinds in the order asked, absent kinds left out', () => {
    const docs = nearestDocumentByKind(profiles(), erlangen, [
      'Kooperationsvertrag',
      'Mustervertrag',
      'Weiterleitungsvertrag',
    ]);
    expect(docs.map((d) => [d.document.kind, d.profile.id])).toEqual([
      ['Kooperationsvertrag', 'delta'],
      ['Weiterleitungsvertrag', 'alpha'],
    ]);
  });

  it('counts a document once, at its nearest owner', () => {
    const ps = profiles();
    const shared = { id: 'd', title: 'D', kind: 'Kooperationsvertrag' as const, link: null };
    const withShared = ps.map((p) => ({ ...p, documents: [shared] }));
    const docs = nearestDocuments(withShared, [...PLACES.lemgo]);
    expect(docs).toHaveLength(1);
    expect(docs[0].profile.id).toBe('gamma');
    expect(docs[0].km).toBe(0);
  });

  it('handles no projects and does not mutate', () => {
    expect(nearestProjects([], erlangen)).toEqual([]);
    const ps = profiles();
    const before = JSON.stringify(ps);
    nearestByForm(ps, erlangen);
    nearestDocuments(ps, erlangen);
    nearestDocumentByKind(ps, erlangen, ['Kooperationsvertrag']);
    expect(JSON.stringify(ps)).toBe(before);
  });
});
