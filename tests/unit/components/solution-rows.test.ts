import { describe, expect, it } from 'vitest';
import {
  rolePhrase,
  solutionRows,
  type SolutionPart,
} from '../../../src/lib/components/solution-rows';
import { translate } from '../../../src/lib/i18n/translate';
import { shippedDataset } from '../helpers/dataset';

const say = (p: SolutionPart, perspective: 'own' | 'other') => {
  const { key, params } = rolePhrase(p, perspective);
  return translate('de', key, params);
};

describe('solutionRows', () => {
  const ds = shippedDataset();

  it('shows Paderborn that Mönchengladbach uses its solution', () => {
    const rows = solutionRows(ds, 'paderborn');
    const udp = rows.find((r) => r.solution.id === 'udp-paderborn')!;
    expect(say(udp.own, 'own')).toBe('entwickelt (federführend)');
    expect(udp.others.map((o) => `${o.name}: ${say(o, 'other')}`)).toEqual([
      'Mönchengladbach: nutzt die Lösung von Paderborn',
    ]);
    // Paderborn itself took over Halle's digital twin.
    const hal = rows.find((r) => r.solution.id === 'hal-plan')!;
    expect(say(hal.own, 'own')).toBe('nutzt die Lösung von Halle (Saale)');
  });

  it('sorts by solution name and lists adopters of the selected project first', () => {
    const rows = solutionRows(ds, 'bad-belzig-wiesenburg');
    expect(rows.map((r) => r.solution.id)).toEqual(['smart-village-app']);
    expect(rows[0].others.map((o) => o.id)).toEqual(['detmold', 'hagenow']);
    const names = solutionRows(ds, 'moenchengladbach').map((r) => r.solution.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'de')));
  });

  it('is empty for a project without shared solutions and for unknown ids', () => {
    expect(solutionRows(ds, 'zwoenitz')).toEqual([]);
    expect(solutionRows(ds, 'nope')).toEqual([]);
  });
});

describe('rolePhrase', () => {
  const base: SolutionPart = { id: 'a', name: 'A', role: 'develops', lead: false, sources: [] };
  it.each([
    [base, 'entwickelt mit'],
    [{ ...base, lead: true }, 'entwickelt (federführend)'],
    [{ ...base, role: 'adopts' as const, from: { id: 'b', name: 'B' } }, 'nutzt die Lösung von B'],
    [{ ...base, role: 'adopts' as const }, 'übernimmt die Lösung'],
    [{ ...base, role: 'pilots' as const }, 'erprobt die Lösung'],
  ])('phrases %o', (part, text) => {
    expect(say(part, 'other')).toBe(text);
  });
});
