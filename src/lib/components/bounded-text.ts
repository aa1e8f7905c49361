/**
 * Bounds for user strings in the layout: names and values come from users' files and can be
 * 10,000 characters long. Pure helpers; `BoundedText.svelte` renders them.
 */

let segmenter: Intl.Segmenter | null | undefined;

/**
 * The grapheme segmenter, made on first use: only a text over its bound needs one. Made at
 * import, it was the page's first `Intl` object and paid ICU's set-up (~15 ms on a slow machine)
 * in the start-up task. Null where the browser has none.
 */
function graphemes(): Intl.Segmenter | null {
  segmenter ??=
    typeof Intl !== 'undefined' && 'Segmenter' in Intl
      ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
      : null;
  return segmenter;
}

/**
 * Shorten a text to at most `max` user-perceived characters (grapheme clusters, so no emoji,
 * surrogate pair or accent is split), with „…“ at the end when cut.
 * @returns the shown text and whether it was cut
 */
export function ellipsize(text: string, max: number): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false };
  let out = '';
  let n = 0;
  const segmenter = graphemes();
  if (segmenter) {
    for (const { segment } of segmenter.segment(text)) {
      if (n === max) return { text: `${out.trimEnd()}…`, cut: true };
      out += segment;
      n++;
    }
    return { text, cut: false };
  }
  const chars = [...text];
  return chars.length <= max
    ? { text, cut: false }
    : { text: `${chars.slice(0, max).join('').trimEnd()}…`, cut: true };
}
