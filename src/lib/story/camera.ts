/**
 * The camera that fits a set of points, in Web Mercator with MapLibre's 512 px
 * tiles. Pure, so the story build script and the story editor compute the same
 * camera for the same points.
 */
import { extent } from 'd3';
import type { Camera } from '../state/url-state';

export interface FitOptions {
  /** Viewport the story is designed for, in CSS pixels. */
  width?: number;
  height?: number;
  /** Margin around the points, in CSS pixels. */
  padding?: number;
  minZoom?: number;
  maxZoom?: number;
}

const TILE = 512;
const mercX = (lng: number) => (lng + 180) / 360;
const mercY = (lat: number) => {
  const s = Math.sin((lat * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
};
const unmercY = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

/** Centre and zoom showing every point; null for no points. Rounded as the URL rounds cameras. */
export function fitCamera(
  points: readonly (readonly [number, number])[],
  o: FitOptions = {},
): Camera | null {
  // maxZoom 8: a workshop audience should still see where in Germany a step is.
  const { width = 900, height = 700, padding = 80, minZoom = 4, maxZoom = 8 } = o;
  const finite = points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  if (!finite.length) return null;
  const xs = finite.map(([lng]) => mercX(lng));
  const ys = finite.map(([, lat]) => mercY(lat));
  const [x0, x1] = extent(xs) as [number, number];
  const [y0, y1] = extent(ys) as [number, number];
  const w = Math.max(1, width - 2 * padding);
  const h = Math.max(1, height - 2 * padding);
  const dx = x1 - x0;
  const dy = y1 - y0;
  let zoom = maxZoom;
  if (dx > 0 || dy > 0) {
    const zx = dx > 0 ? Math.log2(w / (dx * TILE)) : Infinity;
    const zy = dy > 0 ? Math.log2(h / (dy * TILE)) : Infinity;
    zoom = Math.min(zx, zy, maxZoom);
  }
  zoom = Math.max(minZoom, zoom);
  const lng = ((x0 + x1) / 2) * 360 - 180;
  const lat = unmercY((y0 + y1) / 2);
  return {
    lng: Math.round(lng * 1e5) / 1e5 + 0,
    lat: Math.round(lat * 1e5) / 1e5 + 0,
    zoom: Math.round(zoom * 100) / 100 + 0,
  };
}
