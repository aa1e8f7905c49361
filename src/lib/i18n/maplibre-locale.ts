/**
 * MapLibre's `locale` option in the interface language: the `maplibre.*` messages with the
 * prefix taken off (`maplibre.NavigationControl.ZoomIn` → `NavigationControl.ZoomIn`).
 */
import { maplibre } from './messages/maplibre';
import type { MessageKey } from './messages';

const PREFIX = 'maplibre.';

/** `{ 'NavigationControl.ZoomIn': 'Vergrößern', … }` for `t`'s language. */
export function mapLibreLocale(t: (key: MessageKey) => string): Record<string, string> {
  return Object.fromEntries(
    (Object.keys(maplibre.de) as (keyof typeof maplibre.de)[]).map((k) => [
      k.slice(PREFIX.length),
      t(k),
    ]),
  );
}
