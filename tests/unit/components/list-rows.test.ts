import { describe, expect, it } from 'vitest';
import { sortKey, sortRows } from '../../../src/lib/components/list-rows';
import { shippedDataset } from '../helpers/dataset';

describe('sortRows', () => {
  it('orders the shipped names exactly as Intl.Collator("de", { numeric: true })', () => {
    const names = shippedDataset().nodes.map((n) => n.name);
    const coll = new Intl.Collator('de', { numeric: true });
    const rows = names.map((name, i) => ({ id: String(i), name }));
    expect(sortRows(rows, 'name', 'asc').map((r) => r.name)).toEqual([...names].sort(coll.compare));
  });

  it.each([
    [
      ['Akteur 10', 'Akteur 9', 'akteur 1'],
      ['akteur 1', 'Akteur 9', 'Akteur 10'],
    ],
    [
      ['Zwickau', 'Ärzte', 'Aachen', 'Straße', 'Strasse'],
      ['Aachen', 'Ärzte', 'Strasse', 'Straße', 'Zwickau'],
    ],
  ])('%j → %j', (input, want) => {
    const rows = input.map((name, i) => ({ id: String(i), name }));
    expect(sortRows(rows, 'name', 'asc').map((r) => r.name)).toEqual(want);
  });

  it('sorts numbers as numbers, descending, and is stable', () => {
    const rows = [
      { id: 'a', name: 'A', n: 2 },
      { id: 'b', name: 'B', n: 10 },
      { id: 'c', name: 'C', n: 2 },
    ];
    expect(sortRows(rows, 'n', 'desc').map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });

  it('folds case and accents in the key', () => {
    expect(sortKey('Äpfel 7')).toBe(`apfel ${'7'.padStart(12, '0')}`);
  });
});
