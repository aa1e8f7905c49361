/**
 * The map's legend as data: one entry for every symbol the map can draw — project discs by
 * category, the round number on them, members and partners by group, grey groups of
 * nearby actors, relation lines, consortium areas — plus what is on screen now (selection,
 * highlights, workshop proposals, analysis overlays). The exported figures draw these
 * (export/png.ts), so an image's legend lists every symbol on it. Pure; colours from the
 * shared palette, the same values the layers use.
 */
import { CATEGORIES, CATEGORY_LABELS } from '../data/vocab';
import type { MessageKey } from '../i18n/messages';
import type { LegendItem } from '../export/png';
import {
  ACTOR_GROUPS,
  ACTOR_GROUP_COLORS,
  AREA,
  CATEGORY_COLORS,
  HIGHLIGHT,
  PROPOSAL_STYLE,
  RING,
  TEXT,
} from '../palette';
import { legendLines } from './legend-lines';
import { OVERLAY } from './analysis/overlay-style';

/** What the map shows besides its always-present symbols. */
export interface MapLegendOptions {
  /** The dataset is dense (thin solid lines, see `isDense`). */
  dense: boolean;
  /** A node is selected (thick ring, the rest faded). */
  selected: boolean;
  /** Something is highlighted (story, analysis, a document). */
  highlighted: boolean;
  /** Workshop proposals are drawn. */
  proposals: boolean;
  /** A proposal names a new actor ("Von" or "Mit"): its hollow marker is drawn. Default false. */
  newActors?: boolean;
  /** The open analysis section's overlay, if any. */
  analysis: 'near' | 'clusters' | 'reach' | null;
}

/** Translate function of the UI. */
type T = (key: MessageKey) => string;

/** Every legend entry of the map as it is now, in reading order. */
export function mapLegendItems(t: T, lang: 'de' | 'en', o: MapLegendOptions): LegendItem[] {
  const items: LegendItem[] = [
    ...CATEGORIES.map((c): LegendItem => ({
      color: CATEGORY_COLORS[c],
      stroke: RING.project,
      shape: 'disc',
      label: `${t('legend.item.project')}: ${CATEGORY_LABELS[c][lang]}`,
      key: `category:${c}`,
    })),
    {
      color: TEXT.badgeFill,
      stroke: RING.project,
      shape: 'badge',
      text: '20',
      label: t('legend.round'),
    },
    {
      color: ACTOR_GROUP_COLORS.gebietskoerperschaft,
      stroke: RING.member,
      shape: 'disc',
      small: true,
      label: t('legend.members'),
      key: 'group:gebietskoerperschaft',
    },
    ...ACTOR_GROUPS.filter((g) => g !== 'gebietskoerperschaft').map((g): LegendItem => ({
      color: ACTOR_GROUP_COLORS[g],
      stroke: RING.partner,
      shape: 'disc',
      small: true,
      label: `${t('legend.item.partner')}: ${t(`legend.group.${g}` as MessageKey)}`,
      key: `group:${g}`,
    })),
    { color: TEXT.clusterFill, shape: 'cluster', text: '12', label: t('legend.cluster') },
    ...legendLines(o.dense).map((l): LegendItem => ({
      color: l.style.color,
      shape: 'line',
      dash: l.style.dash,
      label: t(l.label),
      key: `line:${l.kind}`,
    })),
    { color: AREA.fill, stroke: AREA.line, shape: 'area', label: t('legend.area') },
  ];
  if (o.proposals)
    items.push({
      color: PROPOSAL_STYLE.color,
      shape: 'line',
      dash: PROPOSAL_STYLE.dash,
      label: t('graph.legend.proposed'),
      key: 'line:proposed',
    });
  if (o.proposals && o.newActors)
    items.push({
      color: '#ffffff',
      stroke: PROPOSAL_STYLE.color,
      shape: 'disc',
      label: t('network.legend.proposedNode'),
      key: 'node:proposed',
    });
  if (o.analysis === 'clusters')
    items.push(
      {
        color: OVERLAY.cluster,
        stroke: OVERLAY.cluster,
        shape: 'area',
        label: t('legend.analysis.cluster'),
      },
      {
        color: OVERLAY.crossBorder,
        stroke: OVERLAY.crossBorder,
        shape: 'area',
        dash: [1.5, 1],
        label: t('legend.analysis.crossBorder'),
      },
    );
  if (o.analysis === 'reach')
    items.push(
      { color: OVERLAY.reach, shape: 'line', dash: [4, 2], label: t('legend.analysis.reach') },
      {
        color: OVERLAY.threshold,
        shape: 'line',
        dash: [1, 2],
        label: t('legend.analysis.threshold'),
      },
    );
  if (o.analysis === 'near')
    items.push({
      color: OVERLAY.near,
      shape: 'line',
      dash: [2, 1],
      label: t('legend.analysis.near'),
    });
  if (o.selected || o.highlighted)
    items.push({
      color: HIGHLIGHT.selected,
      shape: 'ring',
      label: t(o.highlighted ? 'legend.highlight' : 'legend.selection'),
      key: o.highlighted ? 'ring:highlighted' : 'ring:selected',
    });
  return items;
}
