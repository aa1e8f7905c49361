import { describe, expect, it } from 'vitest';
import { mapLegendItems, type MapLegendOptions } from '../../../src/lib/map/legend-items';
import { translate } from '../../../src/lib/i18n/translate';
import type { MessageKey } from '../../../src/lib/i18n/messages';
import { CATEGORIES } from '../../../src/lib/data/vocab';
import { ACTOR_GROUPS } from '../../../src/lib/palette';
import { LEGEND_LINE_KINDS } from '../../../src/lib/map/legend-lines';

const t = (k: MessageKey) => translate('de', k);
const base: MapLegendOptions = {
  dense: false,
  selected: false,
  highlighted: false,
  proposals: false,
  analysis: null,
};

describe('the map legend lists every symbol the map draws (issue 16)', () => {
  it('project discs, the round number, members, partner groups, grey groups, lines and areas', () => {
    const items = mapLegendItems(t, 'de', base);
    const shapes = items.map((i) => i.shape);
    expect(items.filter((i) => i.label.startsWith('Modellprojekt:'))).toHaveLength(
      CATEGORIES.length,
    );
    expect(shapes).toContain('badge');
    expect(shapes).toContain('cluster');
    expect(shapes).toContain('area');
    expect(items.filter((i) => i.shape === 'line')).toHaveLength(LEGEND_LINE_KINDS.length);
    // Shared solutions between model projects have their line too.
    expect(items.some((i) => i.shape === 'line' && /Lösung/.test(i.label))).toBe(true);
    // Members plus one entry per partner group.
    expect(items.filter((i) => i.small)).toHaveLength(ACTOR_GROUPS.length);
    expect(new Set(items.map((i) => i.label)).size).toBe(items.length);
  });

  it.each<[Partial<MapLegendOptions>, string]>([
    [{ proposals: true }, 'Vorgeschlagen'],
    [{ proposals: true, newActors: true }, 'Vorgeschlagener neuer Akteur'],
    [{ highlighted: true }, 'hervorgehoben'],
    [{ selected: true }, 'Auswahl'],
    [{ analysis: 'near' }, 'Nähe'],
    [{ analysis: 'clusters' }, 'Landesgrenzen'],
    [{ analysis: 'reach' }, 'Reichweite'],
  ])('what is on screen now: %j adds "%s"', (extra, label) => {
    expect(mapLegendItems(t, 'de', base).some((i) => i.label.includes(label))).toBe(false);
    expect(
      mapLegendItems(t, 'de', { ...base, ...extra }).some((i) => i.label.includes(label)),
    ).toBe(true);
  });

  it('is in English in an English session', () => {
    const en = mapLegendItems((k) => translate('en', k), 'en', base);
    expect(en[0].label).toMatch(/^Model project: /);
  });
});
