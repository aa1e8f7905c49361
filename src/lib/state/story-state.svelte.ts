/**
 * Workshop state: the story being shown or edited, the current step, the
 * presentation mode, and the bridge to the map camera.
 *
 * A step is applied by writing to AppState (filters, selection, layout,
 * highlights, camera): the views react as they do to any other change. The
 * presenter may then explore freely; `deviated` notices it and `restore()`
 * ("zurück zur Folie") applies the step again.
 */
import { createContext } from 'svelte';
import type { AppState } from './app-state.svelte';
import type { Camera } from './url-state';
import {
  STORY_VERSION,
  parseStory,
  serializeStory,
  checkOptionsFor,
  type CheckOptions,
  type Story,
  type StoryCheck,
  type StoryStep,
} from '../story/schema';
import type { NetworkSnapshot } from '../export/network';
import { DEFAULT_STORY_FILE, DEFAULT_STORY_ID, loadShippedStory } from '../story/load-stories';

/** What <StoryCamera> offers from inside the map. */
export interface MapBridge {
  /** The current camera, rounded as the URL rounds it. */
  readCamera(): Camera;
  /** The map as a 2D canvas at ≥ 2× density (see export/png.ts). */
  capture(): Promise<HTMLCanvasElement>;
}

/** What <NetworkGraph> offers the exports: the scene as shown now, or null before anything is drawn. */
export interface GraphBridge {
  snapshot(): NetworkSnapshot | null;
}

const SAVED_KEY = 'kooperationsatlas.stories';

const sameList = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

export class StoryState {
  /** The story shown and edited; replaced whole on every edit. */
  story: Story | null = $state.raw(null);
  /** Index of the current step, or -1 when no step is applied. */
  index = $state(-1);
  presenting = $state(false);
  /** Set by <StoryCamera> when the user moved the map after a step. */
  userMoved = $state(false);
  /** The last camera a step asked for, with a counter so the same camera can be asked for twice. */
  cameraRequest: { camera: Camera; seq: number } | null = $state.raw(null);
  /** Problems of the last loaded or imported story. */
  lastCheck: StoryCheck | null = $state.raw(null);
  /** Stories saved in this browser. */
  saved: Story[] = $state.raw([]);
  /**
   * The live map, as far as the workshop needs it; registered by <StoryCamera>
   * (which lives inside <MapView>), null while there is no map.
   */
  mapBridge: MapBridge | null = $state.raw(null);
  /**
   * The live network view, for exports "as shown"; registered by
   * <NetworkGraph>, null while the graph pane is not mounted.
   */
  graphBridge: GraphBridge | null = $state.raw(null);

  readonly #app: AppState;
  readonly #storage: Storage | null;
  #seq = 0;
  /** The step the last presentation was left at (−1: none). */
  #resume = -1;

  constructor(app: AppState, storage: Storage | null = null) {
    this.#app = app;
    this.#storage = storage;
    this.saved = this.#readSaved();
  }

  step: StoryStep | null = $derived(
    this.story && this.index >= 0 ? (this.story.steps[this.index] ?? null) : null,
  );
  count = $derived(this.story?.steps.length ?? 0);

  /** The views no longer show the current step (the presenter explored). */
  deviated = $derived.by(() => {
    const s = this.step;
    if (!s) return false;
    const a = this.#app;
    return (
      this.userMoved ||
      a.selectedId !== s.selected ||
      a.layoutMode !== s.layout ||
      !sameList(a.highlightIds, s.highlight) ||
      JSON.stringify(a.filters) !== JSON.stringify(s.filters)
    );
  });

  /** Options to validate stories against the loaded dataset. */
  checkOptions(): CheckOptions {
    const ds = this.#app.dataset;
    return ds ? checkOptionsFor(ds) : {};
  }

  /** Loads the default story (once the dataset is there, so its ids can be checked). */
  async loadDefault(fetchFn?: typeof fetch): Promise<StoryCheck> {
    const check = await loadShippedStory(DEFAULT_STORY_FILE, this.checkOptions(), fetchFn);
    this.lastCheck = check.problems.length ? check : null;
    if (check.story) this.open(check.story);
    return check;
  }

  #defaultLoad: Promise<StoryCheck> | null = null;

  /**
   * Opens the default story unless a story is open already; callers share one load, so
   * the menu and a shared link never open it twice (a second `open` would reset the step).
   */
  ensureDefault = (): Promise<StoryCheck | null> => {
    if (this.story) return Promise.resolve(null);
    this.#defaultLoad ??= this.loadDefault().finally(() => (this.#defaultLoad = null));
    return this.#defaultLoad;
  };

  /** Whether a link may name this story: the shipped one, the open one, or one saved here. */
  isKnownStory = (id: string): boolean =>
    id === DEFAULT_STORY_ID || this.story?.id === id || this.saved.some((s) => s.id === id);

  /** Opens the story with this id (see {@link isKnownStory}); false when it cannot. */
  async openById(id: string): Promise<boolean> {
    if (this.story?.id === id) return true;
    const saved = this.saved.find((s) => s.id === id);
    if (saved) {
      this.open(saved);
      return true;
    }
    if (id !== DEFAULT_STORY_ID) return false;
    await this.ensureDefault();
    return this.story?.id === id;
  }

  /**
   * Makes step `i` current as a shared link shows it: its highlights, but the link's own
   * filters, selection and camera (which may differ from the step's, "deviated").
   */
  showStep = (i: number): void => {
    const step = this.story?.steps[i];
    if (!step) return;
    this.index = i;
    this.#app.emphasize('story', step.highlight);
  };

  open(story: Story): void {
    this.story = story;
    this.index = -1;
    this.#resume = -1;
  }

  /** Applies step `i` to the app (clamped to the story). */
  go = (i: number): void => {
    const story = this.story;
    if (!story || !story.steps.length) return;
    const n = Math.max(0, Math.min(story.steps.length - 1, i));
    this.index = n;
    this.#apply(story.steps[n]);
  };

  next = (): void => this.go(this.index + 1);
  prev = (): void => this.go(Math.max(0, this.index - 1));
  /** "zurück zur Folie": the current step again. */
  restore = (): void => this.go(Math.max(0, this.index));

  /** A step starts from a clean screen and sets only what it names. */
  #apply(s: StoryStep): void {
    const app = this.#app;
    app.cleanSlate('story');
    app.setFilters(s.filters);
    app.layoutMode = s.layout;
    app.select(s.selected, 'story');
    app.emphasize('story', s.highlight);
    if (s.camera) {
      app.camera = s.camera;
      this.cameraRequest = { camera: s.camera, seq: ++this.#seq };
    }
    this.userMoved = false;
  }

  /** Starts presenting at the current step, else where the last presentation was left. */
  start = (): void => {
    this.presenting = true;
    this.go(this.index >= 0 ? this.index : Math.max(0, this.#resume));
  };

  /**
   * Leaves the presentation, and with it the story: its highlights end and no step is
   * current any more (exports are no longer titled after the slide). Filters, selection
   * and camera stay, so the presenter can go on from what the room last saw.
   */
  stop = (): void => {
    this.#resume = this.index;
    this.close();
  };

  /** Leaves the story: highlights off, the rest of the view stays as it is. */
  close = (): void => {
    this.presenting = false;
    this.index = -1;
    this.#app.release('story');
  };

  /** The slide title while the views still show the current step, else null (for exports). */
  slideTitle = (lang: 'de' | 'en'): string | null =>
    this.step && !this.deviated ? this.step.title[lang] : null;

  // ---- editor -------------------------------------------------------------

  /** The current view as a step (title and caption to be filled in). */
  capture(title = { de: '', en: '' }): StoryStep {
    const app = this.#app;
    return {
      title: {
        de: title.de || `Schritt ${this.count + 1}`,
        en: title.en || `Step ${this.count + 1}`,
      },
      caption: { de: '', en: '' },
      camera: this.mapBridge?.readCamera() ?? app.camera,
      filters: app.filters,
      selected: app.selectedId,
      layout: app.layoutMode,
      highlight: app.highlightIds.length
        ? [...app.highlightIds]
        : app.selectedId
          ? [app.selectedId]
          : [],
    };
  }

  /** Adds the current view as a new step after the current one and goes there. */
  addCurrentView = (): void => {
    const step = this.capture();
    const story = this.story ?? this.#emptyStory();
    const at = this.index < 0 ? story.steps.length : this.index + 1;
    const steps = [...story.steps.slice(0, at), step, ...story.steps.slice(at)];
    this.story = { ...story, steps };
    this.index = at;
    this.#apply(step);
  };

  updateStep = (i: number, patch: Partial<StoryStep>): void => {
    if (!this.story?.steps[i]) return;
    const steps = this.story.steps.map((s, j) => (j === i ? { ...s, ...patch } : s));
    this.story = { ...this.story, steps };
  };

  /** Replaces step `i`'s view (camera, filters, selection, layout, highlights) with the current one. */
  recapture = (i: number): void => {
    const s = this.story?.steps[i];
    if (!s) return;
    const c = this.capture();
    this.updateStep(i, { ...c, title: s.title, caption: s.caption });
  };

  moveStep = (i: number, delta: -1 | 1): void => {
    const story = this.story;
    const j = i + delta;
    if (!story || j < 0 || j >= story.steps.length) return;
    const steps = [...story.steps];
    [steps[i], steps[j]] = [steps[j], steps[i]];
    this.story = { ...story, steps };
    if (this.index === i) this.index = j;
    else if (this.index === j) this.index = i;
  };

  deleteStep = (i: number): void => {
    const story = this.story;
    if (!story?.steps[i]) return;
    const steps = story.steps.filter((_, j) => j !== i);
    this.story = { ...story, steps };
    if (this.index >= steps.length) this.index = steps.length - 1;
  };

  #emptyStory(): Story {
    return {
      version: STORY_VERSION,
      id: `eigene-geschichte-${Date.now().toString(36)}`,
      title: { de: 'Eigene Geschichte', en: 'My story' },
      steps: [],
    };
  }

  // ---- persistence --------------------------------------------------------

  #readSaved(): Story[] {
    try {
      const raw = this.#storage?.getItem(SAVED_KEY);
      if (!raw) return [];
      const list = JSON.parse(raw) as unknown[];
      return list.flatMap((x) => {
        const c = parseStory(JSON.stringify(x));
        return c.story && !c.problems.length ? [c.story] : [];
      });
    } catch {
      return [];
    }
  }

  /** Saves the story in this browser (replacing a saved story with the same id). */
  save = (): boolean => {
    const story = this.story;
    if (!story || !story.steps.length) return false;
    const list = [...this.saved.filter((s) => s.id !== story.id), story];
    try {
      this.#storage?.setItem(
        SAVED_KEY,
        JSON.stringify(list.map((s) => JSON.parse(serializeStory(s)) as unknown)),
      );
    } catch {
      return false;
    }
    this.saved = list;
    return true;
  };

  removeSaved = (id: string): void => {
    const list = this.saved.filter((s) => s.id !== id);
    this.#storage?.setItem(
      SAVED_KEY,
      JSON.stringify(list.map((s) => JSON.parse(serializeStory(s)) as unknown)),
    );
    this.saved = list;
  };

  exportJson(): string | null {
    return this.story ? serializeStory(this.story) : null;
  }

  /**
   * Checks an imported file. A fully valid story is opened at once; otherwise
   * the check is returned and kept in `lastCheck`, and the caller may open the
   * valid steps (`check.story`) after the user confirms.
   */
  importText(text: string): StoryCheck {
    const check = parseStory(text, this.checkOptions());
    this.lastCheck = check.problems.length ? check : null;
    if (check.story && !check.problems.length) this.open(check.story);
    return check;
  }
}

export const [getStoryState, setStoryState, hasStoryState] = createContext<StoryState>();
