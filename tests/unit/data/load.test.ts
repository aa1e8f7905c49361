import { describe, expect, it } from 'vitest';
import { parseDataPackage } from '../../../src/lib/data/load';
import { makeLaender, makePackage } from '../../fixtures/data/mini-package';
import { landIndex } from '../../../src/lib/data/land-index';

const raw = () => {
  const p = makePackage();
  return JSON.parse(JSON.stringify(p)) as Record<string, unknown>;
};

describe('parseDataPackage', () => {
  it('returns typed data for valid input', () => {
    const r = parseDataPackage(raw() as never, landIndex(makeLaender()));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.data.projects.features).toHaveLength(73);
      expect(r.issues).toEqual([]);
    }
  });

  it('treats a missing networks file as empty', () => {
    const input = raw();
    delete input.networks;
    input.relations = (input.relations as { kind: string }[]).filter((r) => r.kind !== 'network');
    const r = parseDataPackage(input as never, landIndex(makeLaender()));
    expect(r.ok && r.data.networks).toEqual([]);
  });

  it('reports every schema problem with file, feature and field', () => {
    const input = raw() as {
      projects: { features: { properties: Record<string, unknown> }[] };
      relations: Record<string, unknown>[];
    };
    input.projects.features[3].properties.staffel = 1850;
    input.projects.features[7].properties.bundesland = 'BY';
    input.relations[1].kind = 'friend';
    const r = parseDataPackage(input as never, landIndex(makeLaender()));
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.file, i.feature, i.row, i.field])).toEqual([
      ['schema', 'data/projects.geojson', 'p-04', 3, 'properties.staffel'],
      ['schema', 'data/projects.geojson', 'p-08', 7, 'properties.bundesland'],
      ['schema', 'data/relations.json', 'partner:p-01:org-b', 1, 'kind'],
    ]);
    expect(r.issues[0].expected).toBe('>=1900');
  });

  it('names a feature by index when its id is unusable', () => {
    const input = raw() as { actors: { features: { properties: Record<string, unknown> }[] } };
    input.actors.features[1].properties.id = 42;
    const r = parseDataPackage(input as never);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.feature, i.field])).toEqual([['#1', 'properties.id']]);
  });

  it('blocks data with broken references, keeps other findings as warnings', () => {
    const broken = raw() as { relations: Record<string, unknown>[] };
    broken.relations[0].target = 'nobody';
    expect(parseDataPackage(broken as never).ok).toBe(false);

    const warn = raw() as { projects: { features: { properties: Record<string, unknown> }[] } };
    warn.projects.features[0].properties.sources = [];
    const r = parseDataPackage(warn as never);
    expect(r.ok).toBe(true);
    expect(r.issues.map((i) => i.code)).toEqual(['missing-source']);
  });
});
