import { describe, expect, it } from 'vitest';
import { validateDataPackage } from '../../../src/lib/data/validate';
import { makeLaender, makePackage } from '../../fixtures/data/mini-package';
import { landIndex } from '../../../src/lib/data/land-index';

describe('validateDataPackage', () => {
  it('finds nothing wrong in a consistent dataset', () => {
    expect(validateDataPackage(makePackage(), landIndex(makeLaender()))).toEqual([]);
  });

  it('does not mutate its input', () => {
    const pkg = makePackage();
    const laender = makeLaender();
    pkg.actors.features.push(structuredClone(pkg.actors.features[0]));
    const before = structuredClone(pkg);
    validateDataPackage(pkg, landIndex(laender));
    expect(pkg).toEqual(before);
    expect(laender).toEqual(makeLaender());
  });

  it('reports a duplicate id', () => {
    const pkg = makePackage();
    pkg.actors.features.push(structuredClone(pkg.actors.features[0]));
    expect(validateDataPackage(pkg, landIndex(makeLaender()))).toEqual([
      {
        code: 'duplicate-id',
        file: 'data/actors.geojson',
        feature: 'kommune-a',
        row: 2,
        field: 'properties.id',
        message: {
          de: 'Doppelte ID „kommune-a“ (schon vergeben in data/actors.geojson #0).',
          en: 'Duplicate id "kommune-a" (already used in data/actors.geojson #0).',
        },
        expected: 'an id used by no other project or actor',
      },
    ]);
  });

  it('reports a relation to an unknown id', () => {
    const pkg = makePackage();
    pkg.relations[1].target = 'org-nowhere';
    expect(validateDataPackage(pkg, landIndex(makeLaender()))).toEqual([
      {
        code: 'unknown-ref',
        file: 'data/relations.json',
        feature: 'partner:p-01:org-b',
        row: 1,
        field: 'target',
        message: {
          de: 'Verweis auf unbekannte ID „org-nowhere“.',
          en: 'Reference to unknown id "org-nowhere".',
        },
        expected: 'an actor id in data/actors.geojson',
      },
    ]);
  });

  it('reports a document pointing at an unknown relation', () => {
    const pkg = makePackage();
    pkg.documents[0].relation = 'partner:p-01:org-x';
    const issues = validateDataPackage(pkg, landIndex(makeLaender()));
    expect(issues.map((i) => [i.code, i.file, i.feature, i.field])).toEqual([
      ['unknown-ref', 'data/documents.json', 'doc-p-01-weiterleitungsvertrag', 'relation'],
    ]);
  });

  it('reports a point outside its Land', () => {
    const pkg = makePackage();
    pkg.projects.features[4].geometry.coordinates = [9, 50]; // inside the "Hessen" square
    expect(validateDataPackage(pkg, landIndex(makeLaender()))).toEqual([
      {
        code: 'outside-land',
        file: 'data/projects.geojson',
        feature: 'p-05',
        row: 4,
        field: 'geometry.coordinates',
        message: {
          de: 'Punkt [9, 50] liegt 71.5 km außerhalb von DE-BY (in DE-HE).',
          en: 'Point [9, 50] lies 71.5 km outside DE-BY (in DE-HE).',
        },
        expected: 'a point inside DE-BY (tolerance 3 km)',
      },
    ]);
  });

  it('accepts a point just outside its Land, within the tolerance', () => {
    const pkg = makePackage();
    pkg.projects.features[4].geometry.coordinates = [9.98, 49]; // ~1.5 km west of the square
    expect(validateDataPackage(pkg, landIndex(makeLaender()))).toEqual([]);
  });

  it('reports swapped lat/lon', () => {
    const pkg = makePackage();
    pkg.projects.features[1].geometry.coordinates = [49, 11.02];
    expect(validateDataPackage(pkg, landIndex(makeLaender()))).toEqual([
      {
        code: 'swapped-coords',
        file: 'data/projects.geojson',
        feature: 'p-02',
        row: 1,
        field: 'geometry.coordinates',
        message: {
          de: 'Koordinaten [49, 11.02] sind vertauscht (Breite vor Länge).',
          en: 'Coordinates [49, 11.02] are swapped (latitude before longitude).',
        },
        expected: '[lon, lat] = [11.02, 49]',
      },
    ]);
  });

  it('reports an actor outside Germany', () => {
    const pkg = makePackage();
    pkg.actors.features[1].geometry.coordinates = [12.57, 55.68]; // Copenhagen
    expect(validateDataPackage(pkg, landIndex(makeLaender()))).toEqual([
      {
        code: 'outside-germany',
        file: 'data/actors.geojson',
        feature: 'org-b',
        row: 1,
        field: 'geometry.coordinates',
        message: {
          de: 'Koordinaten [12.57, 55.68] liegen außerhalb Deutschlands.',
          en: 'Coordinates [12.57, 55.68] lie outside Germany.',
        },
        expected: '[lon, lat] within [5.8, 47.2]–[15.1, 55.1]',
      },
    ]);
  });

  it('reports a missing source', () => {
    const pkg = makePackage();
    pkg.projects.features[2].properties.sources = [];
    expect(validateDataPackage(pkg, landIndex(makeLaender()))).toEqual([
      {
        code: 'missing-source',
        file: 'data/projects.geojson',
        feature: 'p-03',
        row: 2,
        field: 'properties.sources',
        message: { de: 'Keine Quelle angegeben.', en: 'No source given.' },
        expected: 'at least one URL or "seed"',
      },
    ]);
  });

  it('reports a round count that is not 13/32/28', () => {
    const pkg = makePackage();
    pkg.projects.features[0].properties.staffel = 2020;
    expect(validateDataPackage(pkg, landIndex(makeLaender()))).toEqual([
      {
        code: 'round-count',
        file: 'data/projects.geojson',
        field: 'properties.staffel',
        message: {
          de: 'Staffel 2019 hat 12 Projekte statt 13.',
          en: 'Round 2019 has 12 projects instead of 13.',
        },
        expected: '13 projects in 2019 (13/32/28)',
      },
      {
        code: 'round-count',
        file: 'data/projects.geojson',
        field: 'properties.staffel',
        message: {
          de: 'Staffel 2020 hat 33 Projekte statt 32.',
          en: 'Round 2020 has 33 projects instead of 32.',
        },
        expected: '32 projects in 2020 (13/32/28)',
      },
    ]);
  });

  it('lists every problem, not just the first', () => {
    const pkg = makePackage();
    pkg.actors.features.push(structuredClone(pkg.actors.features[1]));
    pkg.relations[0].target = 'kommune-x';
    pkg.projects.features[1].geometry.coordinates = [49, 11.02];
    pkg.projects.features[2].properties.sources = [];
    pkg.projects.features.pop();
    const codes = validateDataPackage(pkg, landIndex(makeLaender())).map((i) => i.code);
    expect(codes.sort()).toEqual(
      ['duplicate-id', 'missing-source', 'round-count', 'swapped-coords', 'unknown-ref'].sort(),
    );
  });

  it('skips the Land check without polygons, but still checks the bounding box', () => {
    const pkg = makePackage();
    pkg.projects.features[4].geometry.coordinates = [9, 50];
    pkg.projects.features[5].geometry.coordinates = [49, 11];
    expect(validateDataPackage(pkg).map((i) => [i.code, i.feature])).toEqual([
      ['swapped-coords', 'p-06'],
    ]);
  });

  it('reports a lead that is not a member', () => {
    const pkg = makePackage();
    pkg.projects.features[0].properties.members = [];
    const issues = validateDataPackage(pkg, landIndex(makeLaender()));
    expect(issues.map((i) => [i.code, i.feature, i.field, i.message.en])).toEqual([
      ['lead-not-member', 'p-01', 'properties.lead', 'The lead "kommune-a" is not listed in members.'],
    ]);
  });
});
