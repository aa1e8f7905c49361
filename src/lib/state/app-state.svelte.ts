/**
 * App state shared by every view: the loaded dataset, the selection and the
 * hovered node. Views read it and send intents (`select`, `hover`); none keeps
 * its own copy. Filters, view mode and camera are added by the linked-exploration
 * work in the same class.
 */
import { createContext } from 'svelte';
import type { Dataset } from '../data/dataset';

export class AppState {
  /** The dataset; replaced whole, never mutated (hence raw). */
  dataset: Dataset | null = $state.raw(null);
  /** Id of the selected node (project or actor), or null. */
  selectedId: string | null = $state(null);
  /** Id of the node under the pointer or keyboard focus in any view, or null. */
  hoveredId: string | null = $state(null);

  selected = $derived(this.selectedId ? (this.dataset?.byId.get(this.selectedId) ?? null) : null);

  select = (id: string | null): void => {
    this.selectedId = id && this.dataset?.byId.has(id) ? id : null;
  };

  hover = (id: string | null): void => {
    this.hoveredId = id;
  };

  clearSelection = (): void => {
    this.selectedId = null;
  };
}

export const [getAppState, setAppState] = createContext<AppState>();
