/**
 * The network view's two outward faces besides the screen:
 * - the bridge the exports read ("export as shown": the scene, positions with
 *   pins, zoom and labels as they are now), registered on StoryState like the
 *   map's bridge;
 * - `window.__graph`, the e2e/bench handle, compiled into test builds only
 *   (`__TEST_HANDLES__`).
 */
import { getStoryState, hasStoryState } from '../../state/story-state.svelte';
import type { NetworkSnapshot } from '../../export/network';
import type { GraphView } from './graph-view.svelte';

/** The view as an export source: null until something is drawn. */
export function snapshotOf(gv: GraphView): NetworkSnapshot | null {
  const scene = gv.scene;
  if (!scene || !gv.current || gv.width === 0) return null;
  return {
    scene: { ...scene, render: { ...scene.render, positions: gv.current.slice() } },
    view: { ...gv.view },
    width: gv.width,
    height: gv.height,
    labels: gv.labelling.labels,
    groupLabels: gv.labelling.groupLabels,
  };
}

/** Registers the view with the workshop state (where the exports look); returns the removal. */
export function registerGraphBridge(gv: GraphView): () => void {
  if (!hasStoryState()) return () => {};
  const story = getStoryState();
  const bridge = { snapshot: () => snapshotOf(gv) };
  story.graphBridge = bridge;
  return () => {
    if (story.graphBridge === bridge) story.graphBridge = null;
  };
}

/** Sets (or, with null, removes) `window.__graph` in test builds. */
export function exposeGraphHandles(gv: GraphView | null, mode: () => string): void {
  if (!__TEST_HANDLES__) return;
  const w = window as unknown as { __graph?: unknown };
  if (!gv) {
    delete w.__graph;
    return;
  }
  const rect = () => gv.canvas!.getBoundingClientRect();
  const idx = (id: string): number => gv.graph?.index.get(id) ?? -1;
  w.__graph = {
    /** The requested layout has arrived (not only the provisional frame). */
    get ready(): boolean {
      return gv.layoutDone;
    },
    /** Something is drawn (the provisional geographic frame or a layout). */
    get drawn(): boolean {
      return gv.hasPositions;
    },
    /** Where the positions shown so far came from, in order: 'provisional', then layout modes. */
    positionSources: (): string[] => [...gv.positionSources],
    mode: mode(),
    n: gv.graph?.n ?? 0,
    m: gv.graph?.edgeSource.length ?? 0,
    /** Proposed new actors and proposed edges (workshop) in the graph. */
    proposedNodes: gv.graph?.nodeProposed.reduce((a, b) => a + b, 0) ?? 0,
    proposedEdges: gv.graph?.edgeProposed.reduce((a, b) => a + b, 0) ?? 0,
    /** Client coordinates of a node's centre, or null. */
    nodeClientPosition: (id: string): [number, number] | null => {
      const i = idx(id);
      if (i < 0 || !gv.current || !gv.canvas) return null;
      const r = rect();
      return [r.left + gv.sx(i), r.top + gv.sy(i)];
    },
    /** Screen radius of a node in CSS px, or null. */
    nodeScreenRadius: (id: string): number | null => {
      const i = idx(id);
      return i < 0 || !gv.base ? null : gv.sr(i);
    },
    /** Names labelled now, most important first. */
    labels: (): string[] => gv.labelling.labels.map((l) => l.text),
    /** The CSS font of each label drawn now (its size follows presentation mode). */
    labelFonts: (): string[] => gv.labelling.labels.map((l) => gv.labelling.font(l.strong)),
    /** Label boxes in CSS px relative to the canvas. */
    labelBoxes: (): [number, number, number, number][] =>
      gv.labelling.labels.map((l) => [...l.box]),
    /** Ids of the nodes drawn now (not hidden by filters or the ego network). */
    visibleNodeIds: (): string[] => gv.graph?.ids.filter((_, i) => !gv.base?.hidden?.[i]) ?? [],
    canvasRect: (): { left: number; top: number; width: number; height: number } => {
      const r = rect();
      return { left: r.left, top: r.top, width: r.width, height: r.height };
    },
    /** One step of a scripted zoom/pan gesture (as if from the wheel or a drag). */
    gestureTo: (k: number, x: number, y: number): void => gv.camera.scriptedZoom(k, x, y),
    view: () => ({ ...gv.view }),
    /** No camera transition or gesture is running. */
    settled: (): boolean => !gv.moving && !gv.cameraMoving && !gv.morphing,
    /** Milliseconds the last label placement took. */
    labelMs: (): number => gv.labelling.lastMs,
    /** Label placements run so far (changes with every placement, even one of equal time). */
    labelRuns: (): number => gv.labelling.runs,
    usesWorker: gv.renderer.usesWorker,
  };
}
