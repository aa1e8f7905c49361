/**
 * Slide-ready PNG figures: the map, the graph, or both side by side, on a
 * 16:9 canvas of {@link FIGURE} CSS pixels at {@link FIGURE}.scale× density,
 * with title, legend and attribution drawn in.
 *
 * Reading the map: MapLibre's WebGL canvas is cleared after each frame unless
 * the map was created with `preserveDrawingBuffer`. Instead of recreating the
 * map we ask for one more frame and copy the canvas inside its `render` event,
 * before the browser composites and clears it
 * (https://github.com/maplibre/maplibre-gl-js/issues/1124). For ≥2× density the
 * map's pixel ratio is raised for that one frame and restored afterwards.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { drawScene } from '../graph/render';
import { fitView, type ExportGraph } from './graph-scene';

/** Figure size in CSS pixels and its pixel density: the PNG is width·scale × height·scale. */
export const FIGURE = { width: 1600, height: 900, scale: 2 } as const;

export interface LegendItem {
  color: string;
  /**
   * `ring`: an outline (selection, highlight, proposal); `size`: three growing discs (node
   * size); `badge`: a disc with a short text (the map's round number); `cluster`: a filled
   * disc with a count (grey groups); `area`: a rounded patch (consortium areas, clusters).
   */
  shape: 'disc' | 'square' | 'line' | 'ring' | 'size' | 'badge' | 'cluster' | 'area';
  label: string;
  /** Line dash in line widths (lines; an area's outline). */
  dash?: readonly number[] | null;
  /** Outline colour of a disc, badge or area (default near-black). */
  stroke?: string;
  /** Text in a badge or cluster disc. */
  text?: string;
  /** A small disc (members and partners on the map). */
  small?: boolean;
  /**
   * What the row means, the same in every panel's legend (`category:Großstadt`,
   * `group:hochschule`, `line:member`, `ring:selected`…): a figure of several panels lists
   * it once (`mergeLegends`). Default: the label.
   */
  key?: string;
}

export interface Panel {
  /** Raster of the panel; drawn scaled to fit ("contain") its slot. */
  image: CanvasImageSource & { width: number; height: number };
  label: string;
}

export interface FigureOptions {
  title: string;
  subtitle?: string;
  panels: Panel[];
  legend: LegendItem[];
  attribution: string;
}

const FONT = '"Noto Sans", Arial, sans-serif';

function createCanvas(w: number, h: number): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = w;
  c.height = h;
  return c;
}

const once = (map: MaplibreMap, event: 'idle' | 'render', ms: number): Promise<void> =>
  new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    map.once(event, () => {
      clearTimeout(t);
      resolve();
    });
  });

/** Copies the map into a 2D canvas at ≥ `minRatio` device pixels per CSS pixel. */
export async function captureMap(map: MaplibreMap, minRatio = 2): Promise<HTMLCanvasElement> {
  const before = map.getPixelRatio();
  const ratio = Math.max(minRatio, before);
  if (ratio !== before) {
    map.setPixelRatio(ratio);
    await once(map, 'idle', 3000);
  }
  try {
    return await new Promise<HTMLCanvasElement>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('map did not render')), 5000);
      map.once('render', () => {
        clearTimeout(timer);
        const src = map.getCanvas();
        const out = createCanvas(src.width, src.height);
        out.getContext('2d')!.drawImage(src, 0, 0);
        resolve(out);
      });
      map.triggerRepaint();
    });
  } finally {
    if (ratio !== before) map.setPixelRatio(before);
  }
}

/**
 * Draws the export graph into a canvas of `width` × `height` CSS pixels at `scale`.
 * @deprecated Use `networkCanvas` (network.ts), which draws the network as shown.
 */
export function renderGraph(
  eg: ExportGraph,
  width: number,
  height: number,
  scale = FIGURE.scale,
): HTMLCanvasElement {
  const c = createCanvas(Math.round(width * scale), Math.round(height * scale));
  const ctx = c.getContext('2d')!;
  // Room on the right for the names of highlighted nodes.
  const view = fitView(eg.bounds, width - 200, height, 24);
  drawScene(ctx, eg.scene, {
    width,
    height,
    dpr: scale,
    view,
    lod: 'full',
    hidden: eg.hidden,
    faded: eg.faded,
    background: '#ffffff',
  });
  // Names of the highlighted nodes, with a white halo.
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.font = `600 13px ${FONT}`;
  ctx.lineJoin = 'round';
  for (const i of eg.highlighted) {
    const x = eg.scene.positions[2 * i] * view.k + view.x;
    const y = eg.scene.positions[2 * i + 1] * view.k + view.y;
    ctx.beginPath();
    ctx.arc(x, y, Math.max(6, eg.scene.radius[i] * Math.sqrt(view.k)) + 3, 0, 2 * Math.PI);
    ctx.strokeStyle = '#000000';
    ctx.lineWidth = 2.5;
    ctx.stroke();
    const name = eg.graph.names[i];
    ctx.lineWidth = 4;
    ctx.strokeStyle = '#ffffff';
    ctx.strokeText(name, x + 10, y + 4);
    ctx.fillStyle = '#1b1b1b';
    ctx.fillText(name, x + 10, y + 4);
  }
  return c;
}

/** Splits `text` into lines no wider than `max` (word wrap; a single long word stays whole). */
function wrap(ctx: CanvasRenderingContext2D, text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Draws one legend symbol in the 28 × 18 px box left of the label, centred on `cy`. */
function drawSymbol(ctx: CanvasRenderingContext2D, item: LegendItem, x: number, cy: number): void {
  ctx.fillStyle = item.color;
  ctx.strokeStyle = item.stroke ?? '#1b1b1b';
  ctx.lineWidth = 1;
  const disc = (r: number) => {
    ctx.beginPath();
    ctx.arc(x + 13, cy, r, 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
  };
  const text = (color: string) => {
    ctx.save();
    ctx.fillStyle = color;
    ctx.font = `600 9px ${FONT}`;
    ctx.textAlign = 'center';
    ctx.fillText(item.text ?? '', x + 13, cy + 0.5);
    ctx.restore();
  };
  switch (item.shape) {
    case 'line':
      ctx.strokeStyle = item.color;
      ctx.lineWidth = 3;
      ctx.setLineDash(item.dash ? item.dash.map((d) => d * 3) : []);
      ctx.beginPath();
      ctx.moveTo(x, cy);
      ctx.lineTo(x + 26, cy);
      ctx.stroke();
      ctx.setLineDash([]);
      return;
    case 'ring':
      ctx.strokeStyle = item.color;
      ctx.lineWidth = 2.5;
      ctx.setLineDash(item.dash ? [4, 3] : []);
      ctx.beginPath();
      ctx.arc(x + 13, cy, 7, 0, 2 * Math.PI);
      ctx.stroke();
      ctx.setLineDash([]);
      return;
    case 'size':
      for (const [dx, r] of [
        [4, 2],
        [12, 4],
        [23, 6],
      ]) {
        ctx.beginPath();
        ctx.arc(x + dx, cy, r, 0, 2 * Math.PI);
        ctx.fill();
        ctx.stroke();
      }
      return;
    case 'square':
      ctx.fillRect(x + 6, cy - 7, 14, 14);
      ctx.strokeRect(x + 6, cy - 7, 14, 14);
      return;
    case 'badge':
      ctx.lineWidth = 1.5;
      disc(8.5);
      text('#1b1b1b');
      return;
    case 'cluster':
      ctx.strokeStyle = '#ffffff';
      ctx.lineWidth = 1.5;
      disc(9);
      text('#ffffff');
      return;
    case 'area':
      ctx.globalAlpha = 0.35;
      ctx.beginPath();
      ctx.roundRect(x, cy - 7, 26, 14, 5);
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.setLineDash(item.dash ? item.dash.map((d) => d * 3) : [3, 2]);
      ctx.stroke();
      ctx.setLineDash([]);
      return;
    default:
      ctx.lineWidth = item.stroke ? 1.5 : 1;
      disc(item.small ? 5 : 8);
  }
}

/** Width of one legend column in the figure, CSS px; gap between columns. */
const LEGEND_COLUMN_W = 300;
const LEGEND_COLUMN_GAP = 16;

/** How a legend is set: text size, wrapped lines per item and the items of each column. */
interface LegendLayout {
  size: number;
  lines: string[][];
  columns: number[][];
}

/**
 * Sets the legend for columns `height` px high: in one column at 14 px when it fits, smaller
 * down to 10 px; when even 10 px does not fit (a map + network poster lists some 40
 * symbols), in two columns (again from 14 px down), then three. Columns fill top to bottom.
 * Every item is listed.
 */
function layoutLegend(
  ctx: CanvasRenderingContext2D,
  items: LegendItem[],
  height: number,
): LegendLayout {
  let best: LegendLayout | null = null;
  for (let n = 1; n <= 3; n++) {
    for (let size = 14; size >= 10; size--) {
      const l = fillColumns(ctx, items, height, size);
      best = l;
      if (l.columns.length <= n) return l;
    }
  }
  return best!;
}

/** The items at `size` px, filled into as many columns `height` high as they take. */
function fillColumns(
  ctx: CanvasRenderingContext2D,
  items: LegendItem[],
  height: number,
  size: number,
): LegendLayout {
  const rowH = Math.round(size * 1.3);
  const gapH = Math.round(size * 0.6);
  ctx.font = `${size}px ${FONT}`;
  const lines = items.map((item) => wrap(ctx, item.label, LEGEND_COLUMN_W - 36));
  const columns: number[][] = [[]];
  let used = 0;
  lines.forEach((l, k) => {
    const h = l.length * rowH + gapH;
    if (used + h > height && columns[columns.length - 1].length) {
      columns.push([]);
      used = 0;
    }
    columns[columns.length - 1].push(k);
    used += h;
  });
  return { size, lines, columns };
}

/** The legend's width in the figure for a layout, CSS px. */
const legendWidth = (l: LegendLayout): number =>
  l.columns.length * LEGEND_COLUMN_W + (l.columns.length - 1) * LEGEND_COLUMN_GAP;

/** Draws a legend as {@link layoutLegend} set it, its top left at (x, y). */
function drawLegend(
  ctx: CanvasRenderingContext2D,
  items: LegendItem[],
  layout: LegendLayout,
  x: number,
  y: number,
): void {
  const { size, lines } = layout;
  const rowH = Math.round(size * 1.3);
  const gapH = Math.round(size * 0.6);
  ctx.textBaseline = 'middle';
  layout.columns.forEach((column, c) => {
    const cx = x + c * (LEGEND_COLUMN_W + LEGEND_COLUMN_GAP);
    let cy = y;
    for (const k of column) {
      drawSymbol(ctx, items[k], cx, cy);
      ctx.font = `${size}px ${FONT}`;
      ctx.fillStyle = '#1b1b1b';
      lines[k].forEach((l, j) => ctx.fillText(l, cx + 36, cy + j * rowH));
      cy += lines[k].length * rowH + gapH;
    }
  });
}

/** Composes the figure; the result is exactly FIGURE.width·scale × FIGURE.height·scale pixels. */
export function composeFigure(o: FigureOptions): HTMLCanvasElement {
  const { width: W, height: H, scale } = FIGURE;
  const c = createCanvas(W * scale, H * scale);
  const ctx = c.getContext('2d')!;
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, W, H);
  ctx.fillStyle = '#1b1b1b';
  ctx.textBaseline = 'alphabetic';
  ctx.font = `600 30px ${FONT}`;
  ctx.fillText(o.title, 40, 56, W - 80);
  if (o.subtitle) {
    ctx.font = `18px ${FONT}`;
    ctx.fillStyle = '#3d4651';
    ctx.fillText(o.subtitle, 40, 86, W - 80);
  }
  const top = 110;
  const bottom = H - 50;
  const legend = layoutLegend(ctx, o.legend, bottom - top - 24);
  const legendW = legendWidth(legend);
  const areaW = W - 80 - legendW - 24;
  const gap = 20;
  const slotW = (areaW - gap * (o.panels.length - 1)) / Math.max(1, o.panels.length);
  const slotH = bottom - top;
  o.panels.forEach((p, k) => {
    const sx = 40 + k * (slotW + gap);
    const img = p.image;
    const f = Math.min(slotW / img.width, (slotH - 24) / img.height);
    const w = img.width * f;
    const h = img.height * f;
    const x = sx + (slotW - w) / 2;
    const y = top + 24;
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(img, x, y, w, h);
    ctx.strokeStyle = '#a3abb5';
    ctx.lineWidth = 1;
    ctx.strokeRect(x, y, w, h);
    ctx.font = `600 15px ${FONT}`;
    ctx.fillStyle = '#3d4651';
    ctx.fillText(p.label, sx, top + 14);
  });
  drawLegend(ctx, o.legend, legend, W - 40 - legendW, top + 24);
  ctx.textBaseline = 'alphabetic';
  ctx.font = `13px ${FONT}`;
  ctx.fillStyle = '#3d4651';
  ctx.fillText(o.attribution, 40, H - 20, W - 80);
  return c;
}

export function canvasToBlob(canvas: HTMLCanvasElement, type = 'image/png'): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), type),
  );
}

/** Width and height stored in a PNG's IHDR chunk, or null when the bytes are no PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || sig.some((b, i) => bytes[i] !== b)) return null;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (new TextDecoder('latin1').decode(bytes.subarray(12, 16)) !== 'IHDR') return null;
  return { width: dv.getUint32(16), height: dv.getUint32(20) };
}
