/**
 * The gazetteer place nearest to a position, on a grid index built once per gazetteer. A
 * module of its own (types only from the gazetteer), so views that label a point once the
 * gazetteer has loaded do not bring its parser and schemas into the start-up JavaScript.
 */
import type { Gazetteer, Place } from './gazetteer';

/** Grid cell size (degrees) of the nearest-place index. */
const CELL = 0.25;
const grids = new WeakMap<Gazetteer, Map<string, number[]>>();

function gridOf(g: Gazetteer): Map<string, number[]> {
  let grid = grids.get(g);
  if (!grid) {
    grid = new Map();
    g.places.forEach((p, i) => {
      if (p.kind !== 'gemeinde' && p.kind !== 'ort') return;
      const key = `${Math.floor(p.lon / CELL)},${Math.floor(p.lat / CELL)}`;
      const list = grid!.get(key);
      if (list) list.push(i);
      else grid!.set(key, [i]);
    });
    grids.set(g, grid);
  }
  return grid;
}

/**
 * The Gemeinde or Ort nearest to a position (equirectangular distance, fine at these
 * scales), or undefined when none lies within ~3° (far outside Germany). A grid index is
 * built on first use per gazetteer, so thousands of rows cost milliseconds.
 */
export function nearestPlace(gazetteer: Gazetteer, lon: number, lat: number): Place | undefined {
  const grid = gridOf(gazetteer);
  const cx = Math.floor(lon / CELL);
  const cy = Math.floor(lat / CELL);
  const k = Math.cos((lat * Math.PI) / 180);
  let best: Place | undefined;
  let bestD = Infinity;
  for (let r = 0; r <= 12; r++) {
    for (let x = cx - r; x <= cx + r; x++)
      for (let y = cy - r; y <= cy + r; y++) {
        if (Math.max(Math.abs(x - cx), Math.abs(y - cy)) !== r) continue; // ring r only
        for (const i of grid.get(`${x},${y}`) ?? []) {
          const p = gazetteer.places[i];
          const d = ((p.lon - lon) * k) ** 2 + (p.lat - lat) ** 2;
          if (d < bestD) [bestD, best] = [d, p];
        }
      }
    // Anything in a farther ring is at least r cells away.
    if (best && Math.sqrt(bestD) <= r * CELL * k) break;
  }
  return best;
}
