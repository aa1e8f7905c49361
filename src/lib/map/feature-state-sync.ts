/**
 * Diffed feature-state writes: remember which ids carry a boolean state key and only
 * touch the ones that changed, so a new selection or filter costs O(changed), not O(all).
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#setfeaturestate
 */
import type { Map as MaplibreMap } from 'maplibre-gl';

export interface Target {
  source: string;
  id: string;
}

export class BooleanStateSync {
  #on = new Map<string, Target>();

  constructor(private readonly key: string) {}

  /** Set `key` true on exactly `targets` (and false on the ones that had it before). */
  apply(map: MaplibreMap, targets: Iterable<Target>): void {
    const next = new Map<string, Target>();
    for (const t of targets) next.set(`${t.source}\u0000${t.id}`, t);
    for (const [k, t] of this.#on)
      if (!next.has(k) && map.getSource(t.source))
        map.setFeatureState({ source: t.source, id: t.id }, { [this.key]: false });
    for (const [k, t] of next)
      if (!this.#on.has(k) && map.getSource(t.source))
        map.setFeatureState({ source: t.source, id: t.id }, { [this.key]: true });
    this.#on = next;
  }
}
