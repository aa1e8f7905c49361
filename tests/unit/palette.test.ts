/**
 * The thematic palette stays distinguishable for colour-blind readers and its text colours
 * meet WCAG AA. Simulation: Machado, Oliveira & Fernandes (2009), severity 1.0, applied in
 * linear sRGB; distance: CIEDE2000 in CIELAB (D65).
 */
import { describe, expect, it } from 'vitest';
import {
  ACTOR_GROUP_COLORS,
  ACTOR_GROUP_OF,
  AREA,
  CATEGORY_COLORS,
  NODE_TYPE_COLORS,
  DENSE_LINES_MIN,
  RELATION_STYLES,
  TEXT,
  isDense,
  nodeColor,
  relationStyle,
  nodeShape,
} from '../../src/lib/palette';
import { ACTOR_TYPES, CATEGORIES } from '../../src/lib/data/vocab';

type RGB = [number, number, number];

const hex = (h: string): RGB => {
  const n = parseInt(h.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => c / 255) as RGB;
};
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

const MACHADO: Record<'protan' | 'deutan', number[][]> = {
  protan: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deutan: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
};

function simulateLinear(lin: RGB, kind: 'protan' | 'deutan' | 'none'): RGB {
  if (kind === 'none') return lin;
  const m = MACHADO[kind];
  return m.map((row) =>
    Math.min(1, Math.max(0, row[0] * lin[0] + row[1] * lin[1] + row[2] * lin[2])),
  ) as RGB;
}

function linToLab([r, g, b]: RGB): RGB {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (841 / 108) * t + 4 / 29);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIEDE2000 (Sharma et al. 2005). */
function deltaE2000(l1: RGB, l2: RGB): number {
  const [L1, a1, b1] = l1;
  const [L2, a2, b2] = l2;
  const rad = Math.PI / 180;
  const C1 = Math.hypot(a1, b1);
  const C2 = Math.hypot(a2, b2);
  const Cm = (C1 + C2) / 2;
  const G = 0.5 * (1 - Math.sqrt(Cm ** 7 / (Cm ** 7 + 25 ** 7)));
  const a1p = (1 + G) * a1;
  const a2p = (1 + G) * a2;
  const C1p = Math.hypot(a1p, b1);
  const C2p = Math.hypot(a2p, b2);
  const h = (b: number, a: number) => {
    if (a === 0 && b === 0) return 0;
    const d = Math.atan2(b, a) / rad;
    return d < 0 ? d + 360 : d;
  };
  const h1p = h(b1, a1p);
  const h2p = h(b2, a2p);
  const dLp = L2 - L1;
  const dCp = C2p - C1p;
  let dhp = 0;
  if (C1p * C2p !== 0) {
    dhp = h2p - h1p;
    if (dhp > 180) dhp -= 360;
    else if (dhp < -180) dhp += 360;
  }
  const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin((dhp / 2) * rad);
  const Lmp = (L1 + L2) / 2;
  const Cmp = (C1p + C2p) / 2;
  let hmp = h1p + h2p;
  if (C1p * C2p !== 0) {
    if (Math.abs(h1p - h2p) > 180) hmp = h1p + h2p < 360 ? hmp + 360 : hmp - 360;
    hmp /= 2;
  }
  const T =
    1 -
    0.17 * Math.cos((hmp - 30) * rad) +
    0.24 * Math.cos(2 * hmp * rad) +
    0.32 * Math.cos((3 * hmp + 6) * rad) -
    0.2 * Math.cos((4 * hmp - 63) * rad);
  const dTheta = 30 * Math.exp(-(((hmp - 275) / 25) ** 2));
  const Rc = 2 * Math.sqrt(Cmp ** 7 / (Cmp ** 7 + 25 ** 7));
  const Sl = 1 + (0.015 * (Lmp - 50) ** 2) / Math.sqrt(20 + (Lmp - 50) ** 2);
  const Sc = 1 + 0.045 * Cmp;
  const Sh = 1 + 0.015 * Cmp * T;
  const Rt = -Math.sin(2 * dTheta * rad) * Rc;
  return Math.sqrt(
    (dLp / Sl) ** 2 + (dCp / Sc) ** 2 + (dHp / Sh) ** 2 + Rt * (dCp / Sc) * (dHp / Sh),
  );
}

const labOf = (h: string, kind: 'protan' | 'deutan' | 'none') =>
  linToLab(simulateLinear(hex(h).map(toLinear) as RGB, kind));

function minPairwise(colors: string[], kind: 'protan' | 'deutan' | 'none') {
  let min = Infinity;
  let pair = ['', ''];
  for (let i = 0; i < colors.length; i++)
    for (let j = i + 1; j < colors.length; j++) {
      const d = deltaE2000(labOf(colors[i], kind), labOf(colors[j], kind));
      if (d < min) [min, pair] = [d, [colors[i], colors[j]]];
    }
  return { min, pair };
}

function luminance(h: string): number {
  const [r, g, b] = hex(h).map(toLinear);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe('colour science helpers (sanity against known values)', () => {
  it('CIEDE2000 matches Sharma et al. test pair 1', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
  });
  it('contrast of black on white is 21:1 and of a colour with itself 1:1', () => {
    expect(contrast('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrast('#0072B2', '#0072B2')).toBe(1);
  });
  it('the simulation collapses a classic red/green confusion pair', () => {
    // Pure red and a matched olive are far apart for normal vision, close for protanopes.
    const normal = deltaE2000(labOf('#FF0000', 'none'), labOf('#808000', 'none'));
    const protan = deltaE2000(labOf('#FF0000', 'protan'), labOf('#808000', 'protan'));
    expect(protan).toBeLessThan(normal / 2);
  });
});

const MIN_DE = 10;
const SETS: Array<[string, string[]]> = [
  ['project categories', Object.values(CATEGORY_COLORS)],
  ['actor groups', Object.values(ACTOR_GROUP_COLORS)],
  [
    'relation lines',
    [RELATION_STYLES.member, RELATION_STYLES.network, RELATION_STYLES.documented].map(
      (s) => s.color,
    ),
  ],
];

describe.each(['none', 'deutan', 'protan'] as const)('palette under %s vision', (kind) => {
  it.each(SETS)(`%s keep a pairwise CIEDE2000 ≥ ${MIN_DE}`, (_name, colors) => {
    const { min, pair } = minPairwise(colors, kind);
    expect(min, `closest pair ${pair.join(' / ')}`).toBeGreaterThanOrEqual(MIN_DE);
  });
});

describe('text contrast (WCAG AA, 4.5:1)', () => {
  it.each([
    ['label on halo', TEXT.label, TEXT.halo],
    ['muted label on halo', TEXT.labelMuted, TEXT.halo],
    ['cluster count on cluster disc', TEXT.clusterText, TEXT.clusterFill],
    ['Staffel badge', TEXT.badgeText, TEXT.badgeFill],
  ])('%s', (_n, fg, bg) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('graphical contrast (WCAG 1.4.11, 3:1 against the land colour)', () => {
  it.each([
    ['documented line', RELATION_STYLES.documented.color],
    ['member line', RELATION_STYLES.member.color],
    ['area outline', AREA.line],
  ])('%s', (_n, c) => {
    expect(contrast(c, '#fbfaf6')).toBeGreaterThanOrEqual(3);
  });
});

describe('node colours', () => {
  it('every category and actor type has a colour', () => {
    for (const t of [...CATEGORIES, ...ACTOR_TYPES]) expect(NODE_TYPE_COLORS[t]).toMatch(/^#/);
    for (const t of ACTOR_TYPES) expect(nodeColor(t)).toBe(ACTOR_GROUP_COLORS[ACTOR_GROUP_OF[t]]);
  });
  it('an unknown type falls back to grey instead of undefined', () => {
    expect(nodeColor('Raumstation')).toBe('#999999');
  });
  it('shapes separate projects, members and partners without colour', () => {
    expect(nodeShape('project', 'Großstadt')).toBe('project');
    expect(nodeShape('actor', 'Kommune')).toBe('member');
    expect(nodeShape('actor', 'Landkreis')).toBe('member');
    expect(nodeShape('actor', 'Hochschule')).toBe('partner');
  });
});

describe('dense maps (many relation lines)', () => {
  it('are dense from DENSE_LINES_MIN relation lines on', () => {
    expect(isDense(333)).toBe(false);
    expect(isDense(DENSE_LINES_MIN - 1)).toBe(false);
    expect(isDense(DENSE_LINES_MIN)).toBe(true);
    expect(isDense(50_000)).toBe(true);
  });

  it('draw every kind solid and thin, keep colour and opacity, and a document wider', () => {
    for (const k of ['member', 'partner', 'network', 'documented'] as const) {
      expect(relationStyle(k)).toBe(RELATION_STYLES[k]);
      const d = relationStyle(k, true);
      expect(d.dash).toBeNull();
      expect(d.width).toBeLessThanOrEqual(RELATION_STYLES[k].width);
      expect([d.color, d.opacity]).toEqual([RELATION_STYLES[k].color, RELATION_STYLES[k].opacity]);
    }
    expect(relationStyle('documented', true).width).toBeGreaterThan(
      relationStyle('partner', true).width,
    );
  });
});
