/**
 * State of the white-spot analysis („Wo gibt es noch nichts?“): the chosen kind of
 * cooperation and, derived, the distance of every Kreis and Gemeinde to the nearest model
 * project that has it. The panel (table) and the map (choropleth) read the same values.
 * Asks for the Kreise (and, for the Gemeinde level, the Gemeinden and the gazetteer) only
 * while it is shown.
 *
 * Created with the app's other state (contexts.svelte.ts); reads the analysis and admin
 * state it is given, and computes with the analysis engine (loaded with the panel).
 */
import type { Position } from 'geojson';
import { createContext } from 'svelte';
import type { AppState } from './app-state.svelte';
import type { AnalysisState } from './analysis-state.svelte';
import type { AdminState } from './admin-state.svelte';
import type { Spot, SpotCriterion, SpotTarget } from '../geo/white-spots';
import { kreisLabelText } from '../map/admin/admin-style';

/** A Kreis with its white-spot figures, for the table. */
export interface KreisSpot extends Spot {
  /** „Landkreis Bamberg“, „Hochsauerlandkreis“, „Bamberg“ (kreisfreie Stadt). */
  name: string;
  /** Land key (2 digits). */
  land: string;
}

export class WhiteSpotState {
  criterion: SpotCriterion = $state('form:hochschule');

  readonly #app: AppState;
  readonly #analysis: AnalysisState;
  readonly #admin: AdminState;

  /** Whether the analysis shows the white spots (panel open on this tab). */
  active = $derived.by(() => {
    const a = this.#analysis;
    return a.open && a.tab === 'spots';
  });

  /** The projects that meet the criterion, as points. */
  targets: SpotTarget[] = $derived.by(() => {
    const ds = this.#app.dataset;
    const e = this.#analysis.engine;
    if (!ds || !e) return [];
    return this.#analysis.profiles
      .filter((p) =>
        e.meetsCriterion(p, ds.byId.get(p.id)?.project?.orgForms ?? [], this.criterion),
      )
      .map((p) => ({ id: p.id, name: p.name, coordinates: p.coordinates }));
  });

  /** Every Kreis with its distance, once the Kreise are loaded; null before. */
  kreise: KreisSpot[] | null = $derived.by(() => {
    const k = this.#admin.kreise;
    const e = this.#analysis.engine;
    if (k.state !== 'ready' || !e) return null;
    const fs = k.value.polygons.features;
    const spots = e.whiteSpots(
      fs.map((f) => ({ key: f.properties.ags, point: f.properties.label, polygon: f.geometry })),
      this.targets,
    );
    return spots.map((s, i) => ({
      ...s,
      name: kreisLabelText(fs[i].properties.name, fs[i].properties.bez),
      land: s.key.slice(0, 2),
    }));
  });

  /** Gemeinde polygons (GeoJSON), converted once when the Gemeinden are loaded. */
  #gemeindePolygons = $derived.by(() => {
    const g = this.#admin.gemeinden;
    const lib = this.#admin.lib;
    return g.state === 'ready' && lib ? lib.gemeindePolygons(g.value) : null;
  });

  /**
   * Every Gemeinde with its distance (from its town centre in the gazetteer, else its
   * centroid), while active and once Gemeinden and gazetteer are loaded; null before.
   */
  gemeinden: Spot[] | null = $derived.by(() => {
    const polys = this.#gemeindePolygons;
    const gaz = this.#admin.gazetteer;
    const e = this.#analysis.engine;
    if (!this.active || !polys || gaz.state !== 'ready' || !e) return null;
    // A plain Map built and read within this derivation: nothing to make reactive.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const at = new Map<string, Position>();
    for (const p of gaz.value.places) if (p.kind === 'gemeinde') at.set(p.ags, [p.lon, p.lat]);
    return e.whiteSpots(
      polys.features.map((f) => ({
        key: f.properties.ars,
        point: at.get(f.properties.ags) ?? e.centroid(f).geometry.coordinates,
        polygon: f.geometry,
      })),
      this.targets,
    );
  });

  /** The Gemeinde polygons for the map's fill, only while active. */
  gemeindeFill = $derived(this.active ? this.#gemeindePolygons : null);

  constructor(app: AppState, analysis: AnalysisState, admin: AdminState) {
    this.#app = app;
    this.#analysis = analysis;
    this.#admin = admin;
  }
}

export const [getWhiteSpotState, setWhiteSpotState] = createContext<WhiteSpotState>();
