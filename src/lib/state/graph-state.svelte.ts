/**
 * View state of the network graph that is not shared with other views: ego network depth,
 * the measure node size follows, pinned nodes and the zoom. The layout mode lives in AppState (`app.layoutMode`) because
 * every view uses it. Size, pins and zoom are part of a shared link (url-sync), so they live
 * here, outside the graph component; created with the rest in `createAppContexts`.
 */
import { createContext } from 'svelte';
import { SvelteMap } from 'svelte/reactivity';
import type { AppState } from './app-state.svelte';
import type { GraphZoom } from './url-state';
import type { SizeMetric } from '../graph/metrics';

export type EgoHops = 0 | 1 | 2;

export class GraphState {
  /** 0 = whole graph; 1 or 2 = only the selection's ego network of that depth. */
  egoHops: EgoHops = $state(0);
  /** The network measure node size follows ("Größe nach"). */
  sizeBy: SizeMetric = $state('degree');
  /** Node id → pinned position in layout units. */
  readonly pinned = new SvelteMap<string, readonly [number, number]>();
  /**
   * The view the reader zoomed or panned to (relative to the fitted view), or null while
   * the graph shows its fitted view. Written by the graph when a gesture ends.
   */
  zoom: GraphZoom | null = $state.raw(null);
  /** A view to go to (from a link), with a counter so the same view can be asked twice. */
  zoomRequest: { zoom: GraphZoom | null; seq: number } | null = $state.raw(null);
  /**
   * While a link's view holds: the selection and highlights (see {@link viewKey}) the link
   * showed with it. The graph does not fit to those (the link's view wins); it fits again
   * once they change or the reader moves the camera. Null: nothing holds.
   */
  hold: string | null = null;
  #seq = 0;

  /** A story step or "fit Germany" ends the reader's ego network; pins and zoom are the presenter's and stay. */
  constructor(app: AppState) {
    app.onCleanSlate((reason) => {
      if (reason === 'story') this.egoHops = 0;
    });
  }

  pin = (id: string, x: number, y: number): void => {
    this.pinned.set(id, [x, y]);
  };

  unpin = (id: string): void => {
    this.pinned.delete(id);
  };

  unpinAll = (): void => {
    this.pinned.clear();
  };

  /** Drops the pins of nodes `ids` does not have (a new graph). */
  keepPinsOf = (ids: ReadonlyMap<string, unknown>): void => {
    for (const id of [...this.pinned.keys()]) if (!ids.has(id)) this.pinned.delete(id);
  };

  /** Asks the graph to show `zoom` (null: the fitted view), holding it for `holdKey`. */
  requestZoom = (zoom: GraphZoom | null, holdKey: string | null = null): void => {
    this.zoom = zoom;
    this.hold = zoom ? holdKey : null;
    this.zoomRequest = { zoom, seq: ++this.#seq };
  };
}

/** What the graph fits to: the selection and the highlights, as one comparable key. */
export function viewKey(app: Pick<AppState, 'selectedId' | 'highlightIds'>): string {
  return `${app.selectedId ?? ''}|${app.highlightIds.join(' ')}`;
}

export const [getGraphState, setGraphState] = createContext<GraphState>();
