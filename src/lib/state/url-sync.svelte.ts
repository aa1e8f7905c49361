/**
 * Keeps the URL and the app state in step. A selection change pushes a history
 * entry (so Back steps through selections); filters, view, layout and camera
 * replace the current one. `popstate` applies the URL without writing it back.
 * Call `startUrlSync` during component initialisation (it uses `$effect`).
 */
import { facetValues } from './filters';
import { parseUrlState, toSearchParams, type Ignored } from './url-state';
import type { AppState } from './app-state.svelte';

export interface UrlSyncOptions {
  /** Called with what the URL held that could not be used. */
  onignored?: (ignored: Ignored[]) => void;
}

/** Apply the current URL to the app; returns what was ignored. */
export function applyLocation(app: AppState, search: string = location.search): Ignored[] {
  const ds = app.dataset;
  // A lookup table, not reactive state.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  const orgForms = new Set(ds?.nodes.flatMap((n) => n.project?.orgForms ?? []) ?? []);
  const values = ds ? facetValues(ds) : null;
  const { state, ignored } = parseUrlState(search, {
    isKnownId: (id) => !!ds?.byId.has(id),
    isKnownOrgForm: (o) => orgForms.has(o),
    ...(values ? { isKnownValue: (key, value) => values[key].includes(value) } : {}),
  });
  app.applyUrlState(state);
  return ignored;
}

export function startUrlSync(app: AppState, opts: UrlSyncOptions = {}): void {
  // After popstate the state equals the URL, so the effect below finds nothing to
  // write (or, for a damaged URL, cleans it with replaceState).
  let lastSelected = app.selectedId;

  $effect(() => {
    // Until the dataset is there, the URL is the input: don't overwrite it.
    if (!app.dataset) return;
    const query = toSearchParams(app.toUrlState()).toString();
    const selected = app.selectedId;
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
      const ignored = applyLocation(app);
      lastSelected = app.selectedId;
      if (ignored.length) opts.onignored?.(ignored);
    };
    window.addEventListener('popstate', onpop);
    return () => window.removeEventListener('popstate', onpop);
  });
}
