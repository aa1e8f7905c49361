/**
 * Participants' proposals during a workshop: the list (persisted in IndexedDB,
 * see `store.ts`), and the "place a new actor on the map" mode. Kept apart from
 * AppState's dataset on purpose: proposals are drawn by their own layers and
 * exported by their own buttons, never merged into the sourced data.
 */
import { createContext } from 'svelte';
import { memoryProposalStore, openProposalStore, type ProposalStore } from './store';
import { createProposal, type NewActor, type Proposal } from './types';

export class ProposalState {
  list: Proposal[] = $state.raw([]);
  /** The next map click places the new actor. */
  placing = $state(false);
  /** Where the new actor was placed, [lon, lat]. */
  placed: [number, number] | null = $state.raw(null);
  /** Storage failed (private mode, quota): proposals live only until reload. */
  volatile = $state(false);
  ready = $state(false);

  #store: ProposalStore;

  constructor(store?: ProposalStore) {
    this.#store =
      store ?? (typeof indexedDB === 'undefined' ? memoryProposalStore() : openProposalStore());
    if (typeof indexedDB === 'undefined' && !store) this.volatile = true;
  }

  async load(): Promise<void> {
    try {
      this.list = await this.#store.list();
    } catch {
      this.#fallBack();
    }
    this.ready = true;
  }

  #fallBack(): void {
    this.volatile = true;
    const keep = this.list;
    this.#store = memoryProposalStore();
    for (const p of keep) void this.#store.put(p);
  }

  async add(input: {
    from: string;
    to: string | null;
    newActor: NewActor | null;
    note: string;
    author: string;
  }): Promise<Proposal> {
    const p: Proposal = createProposal(input);
    try {
      await this.#store.put(p);
    } catch {
      this.#fallBack();
      await this.#store.put(p);
    }
    this.list = [...this.list, p];
    this.placed = null;
    return p;
  }

  async remove(id: string): Promise<void> {
    try {
      await this.#store.delete(id);
    } catch {
      this.#fallBack();
    }
    this.list = this.list.filter((p) => p.id !== id);
  }

  place = (at: [number, number]): void => {
    this.placed = [Math.round(at[0] * 1e5) / 1e5, Math.round(at[1] * 1e5) / 1e5];
    this.placing = false;
  };
}

export const [getProposalState, setProposalState, hasProposalState] =
  createContext<ProposalState>();
