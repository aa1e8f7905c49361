/**
 * How a gazetteer place is named in lists and labels. Its own module (types only), so views
 * can name places without loading the gazetteer code.
 */
import type { Place } from './gazetteer';

/** „Landkreis Bamberg“, „Stadt Bamberg“, „Verbandsgemeinde Weißenthurm“; a Gemeinde or Ort by its name. */
export function placeLabel(p: Pick<Place, 'kind' | 'bez' | 'name'>): string {
  if (p.kind === 'ort' || p.bez === 'Gemeinde') return p.name;
  return `${p.bez} ${p.name}`;
}
