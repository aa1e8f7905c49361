/**
 * The network view's names, for one {@link GraphView}: node labels placed without overlap
 * for the current view (`graph/labels.ts`, in the order the layout worker computed, never
 * sorted here), and the group names of the type layout. Placed when a gesture settles or
 * the data or emphasis change, never inside a frame; during a gesture the placed labels
 * follow the view and those that would overlap drop out.
 */
import { untrack } from 'svelte';
import type { LayoutLabel } from '../../graph/layout';
import { moveLabels, labelFont, LABEL_FONT, type PlacedLabel } from '../../graph/labels';
import { sceneLabels, hasLabelOrder } from '../../graph/scene';
import { measureLabel } from '../../export/network';
import type { GraphView } from './graph-view.svelte';

export class GraphLabelling {
  /** Labels as drawn now. */
  labels: PlacedLabel[] = $state.raw([]);
  /** Group names of the type layout, in screen px. */
  groupLabels: { text: string; x: number; y: number }[] = $state.raw([]);
  /**
   * Label text size relative to the regular one: 1, or larger for the projector
   * (presentation mode). Placement and drawing both follow it.
   */
  textScale = $state(1);
  /** The type layout's group names, in layout coordinates (from the layout worker). */
  groupLayoutLabels: LayoutLabel[] = [];
  /** Milliseconds the last label placement took (bench). */
  lastMs = 0;
  /** Label placements run so far (bench: "a new placement has run"). */
  runs = 0;

  /** Text width in px at the label font (shared, cached measurement of the exports). */
  measure = measureLabel;

  constructor(private readonly gv: GraphView) {}

  /** Places labels for the current view (after a settle, a data or emphasis change). */
  update(): void {
    const gv = this.gv;
    const scene = untrack(() => gv.scene);
    if (!scene || !gv.current || gv.width === 0 || gv.moving) {
      if (!gv.current) this.labels = [];
      return;
    }
    // The graph-wide order comes from the layout worker; never sort 20,000 nodes here.
    if (!hasLabelOrder(scene.graph)) return;
    const t0 = performance.now();
    const groups = this.#groupLabelsOnScreen();
    const obstacles = groups.map((l) => {
      const w = this.measure(l.text, false) * this.textScale;
      const h = 10 * this.textScale;
      return [l.x - w / 2, l.y - h, l.x + w / 2, l.y + h] as [number, number, number, number];
    });
    this.groupLabels = groups;
    this.labels = sceneLabels(
      { ...scene, render: { ...scene.render, positions: gv.current } },
      gv.view,
      gv.width,
      gv.height,
      this.measure,
      obstacles,
      untrack(() => this.textScale),
    );
    this.lastMs = performance.now() - t0;
    this.runs++;
    gv.scheduleCompose();
  }

  /** During a gesture: the settled labels follow the view; any that would overlap drop out. */
  move(): void {
    const gv = this.gv;
    if (!gv.current || !gv.base) return;
    this.labels = moveLabels(this.labels, gv.sx, gv.sy, gv.sr, gv.width, gv.height);
    this.groupLabels = [];
  }

  #groupLabelsOnScreen(): { text: string; x: number; y: number }[] {
    const { k, x, y } = this.gv.view;
    return this.groupLayoutLabels.map((l) => ({ text: l.text, x: l.x * k + x, y: l.y * k + y }));
  }

  /** The label font at the current text scale, for the label layer. */
  font = (strong: boolean): string => labelFont(strong, this.textScale);
  get halo(): number {
    return LABEL_FONT.halo * this.textScale;
  }
}
