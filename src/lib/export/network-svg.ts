/**
 * The network snapshot as SVG, for slides that need a vector figure: the
 * viewport as shown (zoom, pins, labels, selection, highlights, colours,
 * proposals), scaled into the figure's plot area and clipped to it, with a
 * legend of every symbol the scene uses. Same colours, shapes and dash
 * patterns as the canvas (shared palette). Pure string building; every text
 * from the data is XML-escaped (`escapeXml`).
 */
import { PROPOSAL_STYLE, RING, HIGHLIGHT, type LineStyle } from '../palette';
import { edgeStyle, screenRadius, PROPOSAL_RING, HIGHLIGHT_RING } from '../graph/render';
import { LABEL_FONT, wrapLabel } from '../graph/labels';
import type { LegendEntry } from '../graph/scene';
import { escapeXml } from './graph-svg';
import type { NetworkSnapshot } from './network';

export interface NetworkSvgOptions {
  width: number;
  height: number;
  title: string;
  attribution: string;
  /** Legend rows with their text in the UI language. */
  legend: { entry: LegendEntry; label: string }[];
  /** A group (type) name of the type layout in the UI language. */
  groupName: (type: string) => string;
}

const n = (x: number): string => String(Math.round(x * 100) / 100);

const RINGS = [
  { color: RING.project, width: 2 },
  { color: RING.member, width: 1 },
  { color: RING.partner, width: 1 },
];

export function networkSvg(s: NetworkSnapshot, o: NetworkSvgOptions): string {
  const { scene, view } = s;
  const r = scene.render;
  const g = scene.graph;
  const hidden = scene.hidden;
  const head = 56;
  const foot = 40;
  const legendW = Math.max(240, Math.round(o.width * 0.3));
  const plotW = o.width - legendW - 24;
  const plotH = o.height - head - foot;
  // The viewport, scaled uniformly into the plot area.
  const f = Math.min(plotW / s.width, plotH / s.height);
  const ox = 24;
  const oy = head;
  const sx = (i: number): number => (r.positions[2 * i] * view.k + view.x) * f + ox;
  const sy = (i: number): number => (r.positions[2 * i + 1] * view.k + view.y) * f + oy;
  const sr = (i: number): number => screenRadius(r.radius[i], view.k) * f;
  const inView = (x: number, y: number, pad: number): boolean =>
    x >= ox - pad && y >= oy - pad && x <= ox + s.width * f + pad && y <= oy + s.height * f + pad;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${o.width}" height="${o.height}" viewBox="0 0 ${o.width} ${o.height}" font-family="Noto Sans, Arial, sans-serif">`,
    `<title>${escapeXml(o.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="24" y="36" font-size="22" font-weight="600" fill="#1b1b1b">${escapeXml(o.title)}</text>`,
    `<defs><clipPath id="plot"><rect x="${ox}" y="${oy}" width="${n(s.width * f)}" height="${n(s.height * f)}"/></clipPath></defs>`,
    '<g clip-path="url(#plot)">',
    `<rect x="${ox}" y="${oy}" width="${n(s.width * f)}" height="${n(s.height * f)}" fill="#fbfaf6"/>`,
    '<g id="edges" fill="none">',
  );
  const line = (a: number, b: number, st: LineStyle, alpha = st.opacity): string => {
    const dash = st.dash
      ? ` stroke-dasharray="${st.dash.map((d) => n(d * st.width * 2)).join(' ')}"`
      : '';
    return `<line x1="${n(sx(a))}" y1="${n(sy(a))}" x2="${n(sx(b))}" y2="${n(sy(b))}" stroke="${st.color}" stroke-width="${st.width}" stroke-opacity="${n(alpha)}"${dash}/>`;
  };
  for (let e = 0; e < r.edgeSource.length; e++) {
    const a = r.edgeSource[e];
    const b = r.edgeTarget[e];
    if (hidden?.[a] || hidden?.[b]) continue;
    if (!inView(sx(a), sy(a), 0) && !inView(sx(b), sy(b), 0)) {
      // Both ends outside: keep the edge only if it may cross the plot.
      const [x0, x1] = [Math.min(sx(a), sx(b)), Math.max(sx(a), sx(b))];
      const [y0, y1] = [Math.min(sy(a), sy(b)), Math.max(sy(a), sy(b))];
      if (x1 < ox || y1 < oy || x0 > ox + s.width * f || y0 > oy + s.height * f) continue;
    }
    out.push(line(a, b, edgeStyle(r, e)));
  }
  out.push('</g>', '<g id="nodes">');
  const node = (i: number): string => {
    const rad = sr(i);
    const fill = r.palette[r.colorIndex[i]];
    const ring = RINGS[r.shape[i]] ?? RINGS[0];
    const id = ` data-id="${escapeXml(g.ids[i])}"`;
    const title = `<title>${escapeXml(g.names[i])}</title>`;
    const shape =
      r.shape[i] === 2
        ? `<rect x="${n(sx(i) - rad * 0.9)}" y="${n(sy(i) - rad * 0.9)}" width="${n(rad * 1.8)}" height="${n(rad * 1.8)}" fill="${fill}" stroke="${ring.color}" stroke-width="${ring.width}"${id}>${title}</rect>`
        : `<circle cx="${n(sx(i))}" cy="${n(sy(i))}" r="${n(rad)}" fill="${fill}" stroke="${ring.color}" stroke-width="${ring.width}"${id}>${title}</circle>`;
    const proposed = r.nodeProposed?.[i]
      ? `<circle cx="${n(sx(i))}" cy="${n(sy(i))}" r="${n(rad + PROPOSAL_RING.gap)}" fill="none" stroke="${PROPOSAL_STYLE.color}" stroke-width="${PROPOSAL_STYLE.width}" stroke-dasharray="${PROPOSAL_RING.dash.join(' ')}" data-proposed="${escapeXml(g.ids[i])}"/>`
      : '';
    return shape + proposed;
  };
  for (let i = 0; i < r.n; i++) {
    if (hidden?.[i] || !inView(sx(i), sy(i), sr(i))) continue;
    out.push(node(i));
  }
  out.push('</g>');
  // Highlights without a selection stand out of a veil, as in the view's overlay.
  if (scene.selected < 0 && scene.highlighted.length) {
    out.push(
      `<rect x="${ox}" y="${oy}" width="${n(s.width * f)}" height="${n(s.height * f)}" fill="#ffffff" fill-opacity="0.72"/>`,
      '<g id="emphasis" fill="none">',
    );
    const he = scene.highlightEdges;
    for (let j = 0; j + 1 < he.length; j += 2)
      out.push(
        line(he[j], he[j + 1], { color: HIGHLIGHT.related, width: 1.5, dash: null, opacity: 1 }),
      );
    out.push('</g><g>');
    for (const i of scene.highlighted) out.push(node(i));
    out.push('</g>');
  }
  out.push('<g id="rings" fill="none">');
  for (const i of scene.highlighted) {
    const rad = sr(i) + 2 + HIGHLIGHT_RING.width / 2;
    out.push(
      `<circle cx="${n(sx(i))}" cy="${n(sy(i))}" r="${n(rad)}" stroke="${HIGHLIGHT_RING.halo}" stroke-width="${HIGHLIGHT_RING.width + 3}"/>`,
      `<circle cx="${n(sx(i))}" cy="${n(sy(i))}" r="${n(rad)}" stroke="${HIGHLIGHT_RING.color}" stroke-width="${HIGHLIGHT_RING.width}"/>`,
    );
  }
  if (scene.selected >= 0) {
    const i = scene.selected;
    out.push(
      `<circle cx="${n(sx(i))}" cy="${n(sy(i))}" r="${n(sr(i) + 4.5)}" stroke="${HIGHLIGHT.selected}" stroke-width="3" data-selected="${escapeXml(g.ids[i])}"/>`,
    );
  }
  out.push('</g>');
  // Labels as placed in the view, scaled with it; a white halo under the text.
  out.push(
    `<g id="labels" fill="#1b1b1b" stroke="#ffffff" stroke-width="${n(LABEL_FONT.halo * f)}" stroke-linejoin="round" paint-order="stroke">`,
  );
  for (const l of s.labels) {
    const size = (l.strong ? LABEL_FONT.strongSize : LABEL_FONT.size) * f;
    const x = (l.box[0] + LABEL_FONT.halo / 2) * f + ox;
    const lh = ((l.box[3] - l.box[1] - LABEL_FONT.halo) / l.lines.length) * f;
    const y0 = (l.box[1] + LABEL_FONT.halo / 2) * f + oy + lh / 2;
    const spans = l.lines
      .map((line, k) => `<tspan x="${n(x)}" y="${n(y0 + k * lh)}">${escapeXml(line)}</tspan>`)
      .join('');
    out.push(
      `<text font-size="${n(size)}"${l.strong ? ' font-weight="600"' : ''} dominant-baseline="central" data-node="${escapeXml(g.ids[l.i])}" aria-label="${escapeXml(l.text)}">${spans}</text>`,
    );
  }
  for (const l of s.groupLabels)
    out.push(
      `<text x="${n(l.x * f + ox)}" y="${n(l.y * f + oy)}" font-size="${n(LABEL_FONT.size * f)}" font-style="italic" text-anchor="middle" dominant-baseline="central" fill="#3d4651">${escapeXml(o.groupName(l.text))}</text>`,
    );
  out.push(
    '</g>',
    '</g>',
    `<rect x="${ox}" y="${oy}" width="${n(s.width * f)}" height="${n(s.height * f)}" fill="none" stroke="#a3abb5"/>`,
    `<g id="legend" font-size="13" fill="#1b1b1b" transform="translate(${o.width - legendW} ${head})">`,
  );
  // Rows wrap at about 44 characters (two lines at most), so long labels stay inside.
  let y = 8;
  for (const { entry, label } of o.legend) {
    const lines = wrapLabel(label, Math.max(20, Math.floor((legendW - 40) / 7)));
    const spans = lines
      .map((l, k) => `<tspan x="32" y="${y + 4 + k * 16}">${escapeXml(l)}</tspan>`)
      .join('');
    out.push(legendSymbol(entry, y), `<text>${spans}</text>`);
    y += 22 + (lines.length - 1) * 16;
  }
  out.push(
    '</g>',
    `<text x="24" y="${o.height - 14}" font-size="12" fill="#3d4651">${escapeXml(o.attribution)}</text>`,
    '</svg>',
  );
  return out.join('\n');
}

function legendSymbol(e: LegendEntry, y: number): string {
  switch (e.kind) {
    case 'node':
      return e.shape === 'partner'
        ? `<rect x="6" y="${y - 6}" width="12" height="12" fill="#d9d9d9" stroke="#1b1b1b"/>`
        : `<circle cx="12" cy="${y}" r="${e.shape === 'project' ? 7 : 5}" fill="#d9d9d9" stroke="${e.shape === 'project' ? '#1b1b1b' : '#5e6b78'}" stroke-width="${e.shape === 'project' ? 2 : 1}"/>`;
    case 'swatch':
      return `<rect x="6" y="${y - 6}" width="12" height="12" fill="${e.color}" stroke="#1b1b1b"/>`;
    case 'line':
      return `<line x1="0" y1="${y}" x2="24" y2="${y}" stroke="${e.style.color}" stroke-width="${Math.max(2, e.style.width)}"${e.style.dash ? ` stroke-dasharray="${e.style.dash.map((d) => d * 4).join(' ')}"` : ''}/>`;
    case 'ring':
      return `<circle cx="12" cy="${y}" r="6" fill="none" stroke="${e.color}" stroke-width="${e.width}"${e.dash ? ` stroke-dasharray="${e.dash.join(' ')}"` : ''}/>`;
    case 'size':
      return `<g fill="#d9d9d9" stroke="#1b1b1b"><circle cx="3" cy="${y}" r="2"/><circle cx="10" cy="${y}" r="4"/><circle cx="20" cy="${y}" r="6"/></g>`;
  }
}
