/**
 * One legend for a figure of several panels (the map + network poster): every symbol once.
 * Rows of the panels that mean the same thing (`LegendItem.key`: a project category's colour,
 * a relation kind's line, the selection ring…) and look the same become one row, the first
 * panel's (the map's rows are the more descriptive). Where the panels draw the same thing
 * differently (a highlight ring black on the map and orange in the network), or a row is
 * drawn by a later panel only (the network's node shapes and size), its label names the
 * panel: „Netzwerk: Partner“. Pure.
 */
import type { LegendItem } from './png';

/** A row's symbol, for comparing panels: its visible colour and its dash. */
function symbolOf(l: LegendItem): string {
  const white = /^#f{3}(f{3})?$/i.test(l.color);
  const ink = white && l.stroke ? l.stroke : l.color;
  return `${ink.toLowerCase()}|${(l.dash ?? []).join(',')}`;
}

/**
 * Legend rows of several panels in order, each symbol once (see the module note).
 * @param lists one list of rows per panel, in the figure's order
 * @param panelLabel the label of a row of panel `i`, naming the panel
 *   (e.g. `(i, label) => t('export.legend.inPanel', { panel: names[i], label })`); without it
 *   rows are only merged
 */
export function mergeLegends(
  lists: readonly (readonly LegendItem[])[],
  panelLabel?: (panel: number, label: string) => string,
): LegendItem[] {
  const id = (l: LegendItem) => l.key ?? `label:${l.label}`;
  /** For each identity: the panels it appears in, and whether they draw it alike. */
  const groups = new Map<string, { panels: Set<number>; symbols: Set<string> }>();
  lists.forEach((items, panel) => {
    for (const l of items) {
      const g = groups.get(id(l)) ?? { panels: new Set(), symbols: new Set() };
      g.panels.add(panel);
      g.symbols.add(symbolOf(l));
      groups.set(id(l), g);
    }
  });
  const out: LegendItem[] = [];
  const taken = new Set<string>();
  lists.forEach((items, panel) => {
    for (const l of items) {
      const g = groups.get(id(l))!;
      const alike = g.symbols.size === 1;
      if (alike) {
        if (taken.has(id(l))) continue;
        taken.add(id(l));
      } else if (taken.has(`${id(l)}|${panel}|${symbolOf(l)}`)) continue;
      else taken.add(`${id(l)}|${panel}|${symbolOf(l)}`);
      // Name the panel where the same thing looks different, or only a later panel has it.
      const named = panelLabel && (!alike || (panel > 0 && g.panels.size === 1));
      out.push(named ? { ...l, label: panelLabel(panel, l.label) } : l);
    }
  });
  return out;
}
