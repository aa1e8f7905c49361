/**
 * A MapLibre `circle-color` expression that colours features by network community
 * (`['match', ['get', 'id'], [ids of community 0], colour 0, …, fallback]`), used when the
 * analysis switches „colour by“ to community. Pure style-spec JSON.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { pushAll } from '../../util/arrays';
import { communityColor } from '../../palette';

export function communityColorExpression(
  members: readonly (readonly string[])[],
  fallback: ExpressionSpecification | string,
): ExpressionSpecification {
  // Several communities share a colour (the palette cycles): group ids by colour.
  const byColor = new Map<string, string[]>();
  members.forEach((ids, i) => {
    const c = communityColor(i);
    const list = byColor.get(c) ?? [];
    pushAll(list, ids);
    byColor.set(c, list);
  });
  if (byColor.size === 0)
    return (
      typeof fallback === 'string' ? ['to-color', fallback] : fallback
    ) as ExpressionSpecification;
  const branches: unknown[] = [];
  for (const [color, ids] of byColor) branches.push([...ids], color);
  return ['match', ['get', 'id'], ...branches, fallback] as unknown as ExpressionSpecification;
}
