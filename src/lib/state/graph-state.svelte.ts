/**
 * View state of the network graph that is not shared with other views: ego
 * network depth, the measure node size follows, and pinned nodes. The layout mode lives in AppState
 * (`app.layoutMode`) because it is part of the shareable URL.
 */
import { createContext } from 'svelte';
import { SvelteMap } from 'svelte/reactivity';
import type { SizeMetric } from '../graph/metrics';

export type EgoHops = 0 | 1 | 2;

export class GraphState {
  /** 0 = whole graph; 1 or 2 = only the selection's ego network of that depth. */
  egoHops: EgoHops = $state(0);
  /** The network measure node size follows ("Größe nach"). */
  sizeBy: SizeMetric = $state('degree');
  /** Node id → pinned position in layout units. */
  readonly pinned = new SvelteMap<string, readonly [number, number]>();

  pin = (id: string, x: number, y: number): void => {
    this.pinned.set(id, [x, y]);
  };

  unpin = (id: string): void => {
    this.pinned.delete(id);
  };

  unpinAll = (): void => {
    this.pinned.clear();
  };
}

export const [getGraphState, setGraphState, hasGraphState] = createContext<GraphState>();
