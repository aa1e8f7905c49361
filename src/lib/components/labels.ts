/** Display labels for dataset values in the UI language (pure). */
import type { DatasetNode } from '../data/dataset';
import { landById } from '../data/laender';
import { ACTOR_TYPE_LABELS, CATEGORY_LABELS, type Label } from '../data/vocab';
import type { Lang } from '../i18n/translate';
import { own } from '../util/lookup';

export function typeLabel(n: DatasetNode, lang: Lang): string {
  if (n.kind === 'project' && !n.type) return lang === 'de' ? 'Projekt' : 'Project';
  const labels: Readonly<Record<string, Label>> =
    n.kind === 'project' ? CATEGORY_LABELS : ACTOR_TYPE_LABELS;
  return own(labels, n.type)?.[lang] ?? n.type;
}

export function landLabel(id: string | undefined, lang: Lang): string {
  if (!id) return '–';
  return landById(id)?.[lang] ?? id;
}
