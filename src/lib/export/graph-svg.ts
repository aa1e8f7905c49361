/**
 * @deprecated Use `exportNetwork` / `networkSvg` (network-svg.ts), which export the
 * network as shown (labels, zoom, pins, colour mode). Kept until every caller
 * (the toolbar export menu) has switched.
 *
 * The graph as SVG, for slides that need a vector figure. Pure string building;
 * every text is XML-escaped. Same colours, shapes and dash patterns as the
 * canvas view (from the shared palette); highlighted nodes are labelled.
 * Workshop proposals look as in the view: dashed edges in the proposal colour,
 * a dashed ring in that colour around a proposed new actor.
 */
import { PROPOSAL_STYLE, RING } from '../palette';
import { edgeStyle, screenRadius, FADED_ALPHA, PROPOSAL_RING } from '../graph/render';
import { fitView, type ExportGraph } from './graph-scene';

export interface SvgOptions {
  width: number;
  height: number;
  title: string;
  /** Attribution line at the bottom. */
  attribution: string;
  /** Legend entries: colour, shape ('disc' | 'square' | 'line') and label. */
  legend: {
    color: string;
    shape: 'disc' | 'square' | 'line';
    label: string;
    dash?: readonly number[] | null;
  }[];
}

/**
 * Characters XML 1.0 does not allow at all, not even escaped: C0 controls other than tab, LF
 * and CR, lone surrogates, U+FFFE and U+FFFF. A U+0007 in a name made the SVG invalid.
 * @see https://www.w3.org/TR/xml/#charsets
 */
const XML_INVALID = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/**
 * Text for XML content or an attribute value, well formed whatever it contains: markup
 * characters as character references, characters XML cannot carry removed.
 */
export function escapeXml(s: string): string {
  return s.replace(XML_INVALID, '').replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const n = (x: number) => String(Math.round(x * 100) / 100);

export function graphSvg(eg: ExportGraph, o: SvgOptions): string {
  const { scene, graph, hidden, faded } = eg;
  const head = 56;
  const foot = 40;
  const legendW = 220;
  const plotW = o.width - legendW;
  const plotH = o.height - head - foot;
  const view = fitView(eg.bounds, plotW, plotH, 24);
  const px = (i: number) => scene.positions[2 * i] * view.k + view.x;
  const py = (i: number) => scene.positions[2 * i + 1] * view.k + view.y + head;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${o.width}" height="${o.height}" viewBox="0 0 ${o.width} ${o.height}" font-family="Noto Sans, Arial, sans-serif">`,
    `<title>${escapeXml(o.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="24" y="36" font-size="22" font-weight="600" fill="#1b1b1b">${escapeXml(o.title)}</text>`,
    '<g id="edges" fill="none">',
  );
  for (let e = 0; e < scene.edgeSource.length; e++) {
    const a = scene.edgeSource[e];
    const b = scene.edgeTarget[e];
    if (hidden[a] || hidden[b]) continue;
    const st = edgeStyle(scene, e);
    const alpha = st.opacity * (faded && (faded[a] || faded[b]) ? FADED_ALPHA : 1);
    const dash = st.dash
      ? ` stroke-dasharray="${st.dash.map((d) => n(d * st.width * 2)).join(' ')}"`
      : '';
    out.push(
      `<line x1="${n(px(a))}" y1="${n(py(a))}" x2="${n(px(b))}" y2="${n(py(b))}" stroke="${st.color}" stroke-width="${st.width}" stroke-opacity="${n(alpha)}"${dash}/>`,
    );
  }
  out.push('</g>', '<g id="nodes">');
  const rings = [
    { color: RING.project, width: 2 },
    { color: RING.member, width: 1 },
    { color: RING.partner, width: 1 },
  ];
  for (let i = 0; i < scene.n; i++) {
    if (hidden[i]) continue;
    const r = screenRadius(scene.radius[i], view.k);
    const fill = scene.palette[scene.colorIndex[i]];
    const ring = rings[scene.shape[i]] ?? rings[0];
    const op = faded?.[i] ? ` opacity="${n(FADED_ALPHA)}"` : '';
    const id = ` data-id="${escapeXml(graph.ids[i])}"`;
    const shape =
      scene.shape[i] === 2
        ? `<rect x="${n(px(i) - r * 0.9)}" y="${n(py(i) - r * 0.9)}" width="${n(r * 1.8)}" height="${n(r * 1.8)}"`
        : `<circle cx="${n(px(i))}" cy="${n(py(i))}" r="${n(r)}"`;
    out.push(
      `${shape} fill="${fill}" stroke="${ring.color}" stroke-width="${ring.width}"${op}${id}><title>${escapeXml(graph.names[i])}</title>${scene.shape[i] === 2 ? '</rect>' : '</circle>'}`,
    );
    if (scene.nodeProposed?.[i])
      out.push(
        `<circle cx="${n(px(i))}" cy="${n(py(i))}" r="${n(r + PROPOSAL_RING.gap)}" fill="none" stroke="${PROPOSAL_STYLE.color}" stroke-width="${PROPOSAL_STYLE.width}" stroke-dasharray="${PROPOSAL_RING.dash.join(' ')}"${op} data-proposed="${escapeXml(graph.ids[i])}"/>`,
      );
  }
  out.push(
    '</g>',
    '<g id="labels" font-size="12" fill="#1b1b1b" stroke="#ffffff" stroke-width="3" paint-order="stroke">',
  );
  for (const i of eg.highlighted)
    out.push(
      `<text x="${n(px(i) + screenRadius(scene.radius[i], view.k) + 4)}" y="${n(py(i) + 4)}">${escapeXml(graph.names[i])}</text>`,
    );
  out.push(
    '</g>',
    `<g id="legend" font-size="13" fill="#1b1b1b" transform="translate(${plotW + 8} ${head})">`,
  );
  o.legend.forEach((item, k) => {
    const y = k * 22 + 8;
    if (item.shape === 'line')
      out.push(
        `<line x1="0" y1="${y}" x2="24" y2="${y}" stroke="${item.color}" stroke-width="2"${item.dash ? ` stroke-dasharray="${item.dash.map((d) => d * 4).join(' ')}"` : ''}/>`,
      );
    else if (item.shape === 'square')
      out.push(
        `<rect x="6" y="${y - 6}" width="12" height="12" fill="${item.color}" stroke="#1b1b1b"/>`,
      );
    else out.push(`<circle cx="12" cy="${y}" r="6" fill="${item.color}" stroke="#1b1b1b"/>`);
    out.push(`<text x="32" y="${y + 4}">${escapeXml(item.label)}</text>`);
  });
  out.push(
    '</g>',
    `<text x="24" y="${o.height - 14}" font-size="12" fill="#3d4651">${escapeXml(o.attribution)}</text>`,
    '</svg>',
  );
  return out.join('\n');
}
