/**
 * Participants' proposals during a workshop: the list (persisted in IndexedDB,
 * see `store.ts`), and the "place a new actor on the map" mode. Kept apart from
 * AppState's dataset on purpose: proposals are drawn by their own layers and
 * exported by their own buttons, never merged into the sourced data.
 *
 * Nothing entered is lost silently: a proposal the browser refuses to store (quota, blocked)
 * is not added and `add` throws a {@link StorageError}, so the form keeps it and says why.
 * Without IndexedDB at all, proposals live in memory and `volatile` says so up front. Stored
 * records that are not proposals are set aside as `damaged` (export as JSON, delete). Other
 * tabs of the atlas hear of every change through a BroadcastChannel and reload the list.
 *
 * @see https://developer.mozilla.org/en-US/docs/Web/API/BroadcastChannel
 */
import { createContext } from 'svelte';
import { storageProblem } from '../state/storage-errors';
import { rawJson } from '../state/stored-records';
import {
  memoryProposalStore,
  openProposalStore,
  type DamagedProposal,
  type ProposalStore,
} from './store';
import { createProposal, type NewActor, type Proposal, type ProposalEnd } from './types';

/** The channel other tabs of the atlas listen on (same origin). */
export const PROPOSALS_CHANNEL = 'kooperationsatlas-proposals';

/** Where a new actor was placed in the form: by a map click, or a gazetteer place by name. */
export type PlacedAt = Pick<NewActor, 'coordinates' | 'place'>;

/** Where each end's new actor was placed in the form so far (null: not yet). */
export type Placed = Record<ProposalEnd, PlacedAt | null>;

const NOTHING_PLACED: Placed = { from: null, to: null };

export class ProposalState {
  list: Proposal[] = $state.raw([]);
  /** The next map click places this end's new actor (null: map clicks select as usual). */
  placing: ProposalEnd | null = $state(null);
  /** Where the form's new actors were placed, per end; replaced whole on change. */
  placed: Placed = $state.raw(NOTHING_PLACED);
  /** Stored records that are not proposals (set aside). */
  damaged: DamagedProposal[] = $state.raw([]);
  /** Storage cannot be used at all (private mode): proposals live only until reload. */
  volatile = $state(false);
  ready = $state(false);

  #store: ProposalStore;
  #channel: BroadcastChannel | null = null;

  constructor(store?: ProposalStore, channel: string | null = PROPOSALS_CHANNEL) {
    this.#store =
      store ?? (typeof indexedDB === 'undefined' ? memoryProposalStore() : openProposalStore());
    if (typeof indexedDB === 'undefined' && !store) this.volatile = true;
    if (channel && typeof BroadcastChannel !== 'undefined') {
      this.#channel = new BroadcastChannel(channel);
      // Another tab added or removed a proposal: read the list again.
      this.#channel.onmessage = () => void this.load();
    }
  }

  async load(): Promise<void> {
    try {
      const { proposals, damaged } = await this.#store.list();
      this.list = proposals;
      this.damaged = damaged;
    } catch {
      this.#fallBack();
    }
    this.ready = true;
  }

  /** Storage cannot be opened at all: keep what is shown, in memory, and say so. */
  #fallBack(): void {
    this.volatile = true;
    const keep = this.list;
    this.#store = memoryProposalStore();
    for (const p of keep) void this.#store.put(p);
  }

  #announce(): void {
    this.#channel?.postMessage('changed');
  }

  /** Stop listening to other tabs. */
  dispose(): void {
    this.#channel?.close();
    this.#channel = null;
  }

  /**
   * Store a new proposal and tell the other tabs. What was placed in the form stays until
   * the form clears it (`unplace`), so a refused write loses nothing.
   * @param input both ends (an id or a new actor each, see {@link Proposal}), note, author
   * @throws {StorageError} when the browser refuses (quota, blocked); nothing is added then
   */
  async add(input: Omit<Proposal, 'id' | 'createdAt'>): Promise<Proposal> {
    const p: Proposal = createProposal(input);
    try {
      await this.#store.put(p);
    } catch (e) {
      // Quota, blocked, …: not stored, so not added; the caller keeps the input and says why.
      if (storageProblem(e) !== 'unavailable') throw e;
      this.#fallBack();
      await this.#store.put(p);
    }
    this.list = [...this.list, p];
    this.#announce();
    return p;
  }

  /**
   * Delete a proposal (or a damaged record).
   * @throws {StorageError} when the browser refuses; the list is unchanged then
   */
  async remove(id: string): Promise<void> {
    await this.#store.delete(id);
    this.list = this.list.filter((p) => p.id !== id);
    this.damaged = this.damaged.filter((d) => d.key !== id);
    this.#announce();
  }

  /** A stored record exactly as it is, as JSON (for saving a damaged one). */
  async rawJson(key: string): Promise<string> {
    return rawJson(await this.#store.raw(key));
  }

  /**
   * Place an end's new actor at [lon, lat] (rounded to 1e-5°, about 1 m) and stop placing.
   * @param end which end; defaults to the one being placed by map click (none: ignored)
   * @param place the gazetteer place it was placed in by name; none for a map click
   */
  place = (
    at: [number, number],
    end: ProposalEnd | null = this.placing,
    place?: NewActor['place'],
  ): void => {
    if (!end) return;
    const coordinates: [number, number] = [
      Math.round(at[0] * 1e5) / 1e5,
      Math.round(at[1] * 1e5) / 1e5,
    ];
    this.placed = { ...this.placed, [end]: place ? { coordinates, place } : { coordinates } };
    this.placing = null;
  };

  /** Forget where an end's new actor was placed (the form switched it back to existing). */
  unplace(end: ProposalEnd): void {
    if (this.placed[end]) this.placed = { ...this.placed, [end]: null };
    if (this.placing === end) this.placing = null;
  }
}

export const [getProposalState, setProposalState, hasProposalState] =
  createContext<ProposalState>();
