/**
 * The network's view as a shared link keeps it: the zoom relative to the fitted view and
 * the layout point at the pane's centre, so the same part of the network shows on any
 * screen size. Pure; `fitScale` from camera.ts defines "fitted".
 */
import type { GraphZoom } from '../state/url-state';
import { fitScale } from './camera';

/** A d3-zoom style transform: screen = layout · k + (x, y). */
export interface ViewLike {
  k: number;
  x: number;
  y: number;
}

/** The link form of `view` in a `width` × `height` pane (CSS px). */
export function zoomOfView(view: ViewLike, width: number, height: number): GraphZoom {
  return {
    k: view.k / fitScale(width, height),
    cx: (width / 2 - view.x) / view.k,
    cy: (height / 2 - view.y) / view.k,
  };
}

/** The transform that shows `zoom` in a `width` × `height` pane (inverse of {@link zoomOfView}). */
export function viewOfZoom(zoom: GraphZoom, width: number, height: number): ViewLike {
  const k = zoom.k * fitScale(width, height);
  return { k, x: width / 2 - zoom.cx * k, y: height / 2 - zoom.cy * k };
}
