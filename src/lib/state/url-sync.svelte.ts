/**
 * Keeps the URL and the view in step. A selection change pushes a history entry (so Back
 * steps through selections); everything else replaces the current one. `popstate` applies
 * the URL without writing it back. The URL holds what a person expects a shared link to
 * show (see url-state.ts): besides AppState, the language, the analysis panel, the story
 * step and the network's zoom, pins and node size measure, read from and written to their own state classes.
 * Call `startUrlSync` during component initialisation (it uses `$effect`).
 */
import { facetValues } from './filters';
import {
  DEFAULT_ANALYSIS,
  DEFAULT_URL_STATE,
  parseUrlState,
  toSearchParams,
  type Ignored,
  type UrlState,
} from './url-state';
import type { AppState } from './app-state.svelte';
import type { AnalysisState } from './analysis-state.svelte';
import { viewKey, type GraphState } from './graph-state.svelte';
import type { StoryState } from './story-state.svelte';
import type { Lang } from '../i18n/translate';
import { tick } from 'svelte';

/** The state classes besides AppState that a link covers; each is optional. */
export interface UrlParts {
  i18n?: { lang: Lang; set(lang: Lang, opts?: { persist?: boolean }): void };
  analysis?: AnalysisState;
  story?: StoryState;
  graph?: GraphState;
}

export interface UrlSyncOptions {
  /** Called with what the URL held that could not be used. */
  onignored?: (ignored: Ignored[]) => void;
}

/** The whole shareable view, read from the app and its parts. */
export function currentUrlState(app: AppState, parts: UrlParts = {}): UrlState {
  const a = parts.analysis;
  const story = parts.story;
  const step = story?.story && story.index >= 0 ? story.index + 1 : 0;
  return {
    ...app.toUrlState(),
    lang: parts.i18n?.lang ?? null,
    analysis: a
      ? {
          tab: a.tab,
          clusterKm: a.clusterKm,
          clusterAllActors: a.clusterAllActors,
          sharedIncludeMembers: a.sharedIncludeMembers,
          origin: a.origin ? { lon: a.origin.lon, lat: a.origin.lat, name: a.origin.name } : null,
        }
      : DEFAULT_ANALYSIS,
    story: step && story?.story ? { id: story.story.id, step } : null,
    graph: {
      zoom: parts.graph?.zoom ?? null,
      pins: parts.graph ? [...parts.graph.pinned].map(([id, [x, y]]) => [id, x, y]) : [],
      sizeBy: parts.graph?.sizeBy ?? DEFAULT_URL_STATE.graph.sizeBy,
    },
  };
}

/** Applies a parsed link to the app and its parts (the story opens asynchronously). */
function applyUrlState(app: AppState, parts: UrlParts, s: UrlState): void {
  if (s.lang && parts.i18n && parts.i18n.lang !== s.lang)
    parts.i18n.set(s.lang, { persist: false });
  app.applyUrlState(s);
  const a = parts.analysis;
  if (a) {
    a.tab = s.analysis.tab;
    a.clusterKm = s.analysis.clusterKm;
    a.clusterAllActors = s.analysis.clusterAllActors;
    a.sharedIncludeMembers = s.analysis.sharedIncludeMembers;
    const o = s.analysis.origin;
    const same =
      o && a.origin && a.origin.lon === o.lon && a.origin.lat === o.lat && a.origin.name === o.name;
    if (!same) a.setOrigin(o ? { lon: o.lon, lat: o.lat, name: o.name } : null);
  }
  const g = parts.graph;
  if (g) {
    g.sizeBy = s.graph.sizeBy;
    const pins = new Map(s.graph.pins.map(([id, x, y]) => [id, [x, y] as const]));
    for (const id of [...g.pinned.keys()]) if (!pins.has(id)) g.unpin(id);
    for (const [id, [x, y]] of pins) {
      const old = g.pinned.get(id);
      if (!old || old[0] !== x || old[1] !== y) g.pin(id, x, y);
    }
  }
  // The network's zoom goes last: the link's selection and story highlights ask the graph
  // to fit them, and the view the link names must win over those fits.
  const zoomLast = (): void => {
    if (!g) return;
    void tick().then(() => {
      const z = s.graph.zoom;
      const cur = g.zoom;
      if (z?.k !== cur?.k || z?.cx !== cur?.cx || z?.cy !== cur?.cy) g.requestZoom(z, viewKey(app));
    });
  };
  const story = parts.story;
  const want = s.story;
  if (story && want && (story.story?.id !== want.id || story.index !== want.step - 1)) {
    void story.openById(want.id).then((ok) => {
      if (ok) story.showStep(want.step - 1);
      zoomLast();
    });
    return;
  }
  if (story && !want && story.index >= 0 && !story.presenting) story.close();
  zoomLast();
}

/** Apply the current URL to the app; returns what was ignored. */
export function applyLocation(
  app: AppState,
  parts: UrlParts = {},
  search: string = location.search,
): Ignored[] {
  const ds = app.dataset;
  // Lookup tables, not reactive state.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  const orgForms = new Set(ds?.nodes.flatMap((n) => n.project?.orgForms ?? []) ?? []);
  const values = ds ? facetValues(ds) : null;
  const { state, ignored } = parseUrlState(search, {
    isKnownId: (id) => !!ds?.byId.has(id),
    isKnownOrgForm: (o) => orgForms.has(o),
    isKnownValue: values ? (key, value) => values[key].includes(value) : undefined,
    isKnownDocument: (id) => app.documentById.has(id),
    isKnownStory: parts.story ? (id) => parts.story!.isKnownStory(id) : undefined,
  });
  applyUrlState(app, parts, state);
  return ignored;
}

export function startUrlSync(app: AppState, parts: UrlParts = {}, opts: UrlSyncOptions = {}): void {
  // After popstate the state equals the URL, so the effect below finds nothing to
  // write (or, for a damaged URL, cleans it with replaceState).
  let lastSelected = `${app.selectedId}|${app.selectedDocumentId}`;

  $effect(() => {
    // Until the dataset is there, the URL is the input: don't overwrite it.
    if (!app.dataset) return;
    const query = toSearchParams(currentUrlState(app, parts)).toString();
    const selected = `${app.selectedId}|${app.selectedDocumentId}`;
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) {
      lastSelected = selected;
      return;
    }
    if (selected !== lastSelected) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    lastSelected = selected;
  });

  $effect(() => {
    const onpop = () => {
      const ignored = applyLocation(app, parts);
      lastSelected = `${app.selectedId}|${app.selectedDocumentId}`;
      if (ignored.length) opts.onignored?.(ignored);
    };
    window.addEventListener('popstate', onpop);
    return () => window.removeEventListener('popstate', onpop);
  });
}
