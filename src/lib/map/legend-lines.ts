/**
 * The relation line entries of a legend, as the map draws them: the on-screen legend and
 * the exported figure's legend both list these, so they cannot disagree with the map.
 */
import type { MessageKey } from '../i18n/messages';
import { relationStyle, type LineKind, type LineStyle } from '../palette';

/** Legend order of the line kinds. */
export const LEGEND_LINE_KINDS = [
  'member',
  'partner',
  'network',
  'solution',
  'documented',
] as const;

/** Labels that name a dash or a thickness, replaced when the map is dense. */
const DENSE_LABELS: Partial<Record<LineKind, MessageKey>> = {
  member: 'legend.line.member.dense',
  partner: 'legend.line.partner.dense',
  network: 'legend.line.network.dense',
  solution: 'legend.line.solution.dense',
  documented: 'legend.line.documented.dense',
};

export interface LegendLine {
  kind: LineKind;
  style: LineStyle;
  label: MessageKey;
}

/** The line entries for a map, in its regular or (see `isDense`) dense style. */
export function legendLines(dense: boolean): LegendLine[] {
  return LEGEND_LINE_KINDS.map((kind) => ({
    kind,
    style: relationStyle(kind, dense),
    label: (dense && DENSE_LABELS[kind]) || `legend.line.${kind}`,
  }));
}
