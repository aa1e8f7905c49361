/**
 * Camera arithmetic of the network view, as pure functions of a view
 * transform (`screen = layout * k + (x, y)`, CSS pixels), so the component
 * only hands the result to d3-zoom (https://d3js.org/d3-zoom#zoom_transform).
 */
import { LAYOUT_EXTENT } from './layout';
import type { ViewTransform } from './render';

/** Share of the smaller viewport side the whole layout fills at the start (room for group names). */
export const FIT_SHARE = 0.8;

/** Zoom, relative to the fitted view, that a node centred from outside the graph gets at least. */
export const CENTRE_MIN_ZOOM = 2;

/** The zoom at which the layout square fits the viewport. */
export function fitScale(width: number, height: number): number {
  return (Math.min(width, height) * FIT_SHARE) / LAYOUT_EXTENT;
}

/** The view that shows the whole layout, centred. */
export function fitView(width: number, height: number): ViewTransform {
  return { k: fitScale(width, height), x: width / 2, y: height / 2 };
}

/**
 * The view that puts layout point (px, py) at the viewport's centre. The zoom
 * is kept unless it is below `minK` (far out: the node would be a dot among
 * thousands), then raised to it; never above `maxK`.
 */
export function centreOn(
  view: ViewTransform,
  px: number,
  py: number,
  width: number,
  height: number,
  minK: number,
  maxK = Infinity,
): ViewTransform {
  const k = Math.min(maxK, Math.max(view.k, minK));
  return { k, x: width / 2 - px * k, y: height / 2 - py * k };
}
