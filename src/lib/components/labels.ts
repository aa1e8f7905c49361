/** Display labels for dataset values in the UI language (pure). */
import type { DatasetNode } from '../data/dataset';
import { landById } from '../data/laender';
import { ACTOR_TYPE_LABELS, CATEGORY_LABELS, type Label } from '../data/vocab';
import type { Lang } from '../i18n/translate';
import { own } from '../util/lookup';
import type { NewActor } from '../proposals/types';

export function typeLabel(n: DatasetNode, lang: Lang): string {
  if (n.kind === 'project' && !n.type) return lang === 'de' ? 'Projekt' : 'Project';
  const labels: Readonly<Record<string, Label>> =
    n.kind === 'project' ? CATEGORY_LABELS : ACTOR_TYPE_LABELS;
  return own(labels, n.type)?.[lang] ?? n.type;
}

/**
 * The label the 2022 workshop deck gives an actor, where it differs from its type per
 * sources (Westfalen Weser: Stadtwerke per sources, "Energieagentur" in the deck), in
 * the UI language; null where they agree or the deck names none.
 */
export function deckLabel(n: DatasetNode, lang: Lang): string | null {
  const label = n.actor?.seedLabel;
  if (!label || label === n.type) return null;
  return own<Label>(ACTOR_TYPE_LABELS, label)?.[lang] ?? label;
}

export function landLabel(id: string | undefined, lang: Lang): string {
  if (!id) return '–';
  return landById(id)?.[lang] ?? id;
}

/**
 * A workshop's new actor in words: its type (the dataset's label where it is one of its
 * types) and the gazetteer place with its Land, „Kommune · Upahl, Mecklenburg-Vorpommern“;
 * '' when neither is known.
 */
export function newActorDetail(a: NewActor, lang: Lang): string {
  const type = own<Label>(ACTOR_TYPE_LABELS, a.type)?.[lang] ?? a.type;
  const place = a.place ? `${a.place.name}, ${landLabel(a.place.land, lang)}` : '';
  return [type, place].filter(Boolean).join(' · ');
}
