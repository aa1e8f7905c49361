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
  /** Targets that carry the key now, by `source\0id`. */
  #on = new Map<string, Target>();
  /** The source objects the states in {@link #on} were written to. */
  #written = new Map<string, unknown>();

  constructor(private readonly key: string) {}

  /**
   * Set `key` true on exactly `targets` (and false on the ones that had it before). A target
   * whose source is not on the map yet is left for a later call (sources are added when they
   * first have data: call again then); a source removed and added again lost its states, so
   * they are written anew.
   */
  apply(map: MaplibreMap, targets: Iterable<Target>): void {
    const live = new Map<string, unknown>();
    const sourceOf = (id: string): unknown => {
      if (!live.has(id)) live.set(id, map.getSource(id));
      return live.get(id);
    };
    const next = new Map<string, Target>();
    for (const t of targets) next.set(`${t.source}\u0000${t.id}`, t);
    for (const [k, t] of this.#on) {
      const s = sourceOf(t.source);
      if (!next.has(k) && s && s === this.#written.get(t.source))
        map.setFeatureState({ source: t.source, id: t.id }, { [this.key]: false });
    }
    const on = new Map<string, Target>();
    for (const [k, t] of next) {
      const s = sourceOf(t.source);
      if (!s) continue;
      if (!this.#on.has(k) || s !== this.#written.get(t.source))
        map.setFeatureState({ source: t.source, id: t.id }, { [this.key]: true });
      on.set(k, t);
    }
    this.#on = on;
    this.#written = new Map([...live].filter(([, s]) => s !== undefined));
  }
}
