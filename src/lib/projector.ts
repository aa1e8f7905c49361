/**
 * The projector rule of presentation mode, in one place for the map, the network and the
 * CSS: a 1080p projector seen from 10 m. The image is then about 3 m wide (the common
 * "farthest viewer ≤ 3–4 × image width" rule), so one CSS px of a 1920 px wide screen is
 * ~1.6 mm; text of 24 px has an x-height of ~19 mm, the size sign-makers give for reading
 * at 10 m (about 1/500 of the distance). Hence: **no visible text below 24 px** (map
 * labels, network labels, legend, story text and its controls); headings larger.
 *
 * Pure: style values in, style values out (MapLibre expressions are plain JSON).
 */

/** Smallest text in presentation mode, in CSS px. */
export const PROJECTOR_MIN_TEXT_PX = 24;

/** Network label scale in presentation mode: the regular 13 px labels become 24 px. */
export const PROJECTOR_GRAPH_TEXT_SCALE = PROJECTOR_MIN_TEXT_PX / 13;

/** How much larger project discs and actor groups are drawn, so their numbers fit inside. */
export const PROJECTOR_DISC_SCALE = 1.7;

type StyleValue = unknown;

/**
 * Applies `f` to every output of a style value: a literal, or each output stop of a
 * top-level `interpolate` / `step` (where zoom expressions must stay at the top, so
 * wrapping them would be invalid); any other expression is passed to `f` whole.
 * `undefined` (the property's default) becomes `f(fallback)`.
 */
export function mapOutputs(
  value: StyleValue,
  f: (v: StyleValue) => StyleValue,
  fallback: number,
): StyleValue {
  if (value === undefined || value === null) return f(fallback);
  if (!Array.isArray(value)) return f(value);
  const [op] = value;
  if (op === 'interpolate' || op === 'interpolate-hcl' || op === 'interpolate-lab')
    // ['interpolate', type, input, z0, v0, z1, v1, …]: outputs at 4, 6, …
    return value.map((v, i) => (i >= 4 && i % 2 === 0 ? f(v) : v));
  if (op === 'step')
    // ['step', input, v0, z1, v1, …]: outputs at 2, 4, …
    return value.map((v, i) => (i >= 2 && i % 2 === 0 ? f(v) : v));
  return f(value);
}

/** A `text-size` of at least `min` px everywhere (MapLibre's default text-size is 16). */
export function atLeastTextSize(value: StyleValue, min = PROJECTOR_MIN_TEXT_PX): StyleValue {
  return mapOutputs(value, (v) => (typeof v === 'number' ? Math.max(min, v) : ['max', min, v]), 16);
}

/** A `circle-radius` `k` times larger (MapLibre's default circle-radius is 5). */
export function scaledRadius(value: StyleValue, k = PROJECTOR_DISC_SCALE): StyleValue {
  return mapOutputs(value, (v) => (typeof v === 'number' ? v * k : ['*', k, v]), 5);
}
