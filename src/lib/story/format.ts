/**
 * Light formatting of story captions, parsed into plain data that a component
 * renders as text nodes and elements (never as HTML):
 *
 * - `**bold**`, `*italic*`
 * - a line starting with `- ` is a bullet; consecutive bullets form one list
 * - an empty line separates paragraphs; a single line break stays a line break
 * - `http://` and `https://` addresses become links
 *
 * Anything else, including `<tags>`, stays literal text.
 */
import { linkLabel, normalizeHttpUrl } from '../data/url';
import { pushAll } from '../util/arrays';

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'em'; text: string }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'br' };

export type Block = { kind: 'p'; inlines: Inline[] } | { kind: 'ul'; items: Inline[][] };

const URL_RE = /https?:\/\/[^\s<>"')\]]+[^\s<>"')\].,;:!?]/gi;

function linkify(text: string, out: Inline[]): void {
  let last = 0;
  for (const m of text.matchAll(URL_RE)) {
    // The one link rule (data/url.ts); anything it refuses stays text.
    const href = normalizeHttpUrl(m[0]);
    if (!href) continue;
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
    out.push({ kind: 'link', text: linkLabel(href, true), href });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
}

/** Inline formatting of one line. Unclosed markers stay literal. */
export function parseInline(line: string): Inline[] {
  const out: Inline[] = [];
  const re = /\*\*([^*]+?)\*\*|\*([^*\s][^*]*?)\*/g;
  let last = 0;
  for (const m of line.matchAll(re)) {
    if (m.index > last) linkify(line.slice(last, m.index), out);
    if (m[1] !== undefined) out.push({ kind: 'strong', text: m[1] });
    else out.push({ kind: 'em', text: m[2] });
    last = m.index + m[0].length;
  }
  if (last < line.length) linkify(line.slice(last), out);
  return out;
}

/** Splits a caption into paragraphs and bullet lists. */
export function parseCaption(text: string): Block[] {
  const blocks: Block[] = [];
  let para: Inline[] | null = null;
  let list: Inline[][] | null = null;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      para = null;
      list = null;
      continue;
    }
    const bullet = /^\s*[-•]\s+(.*)$/.exec(line);
    if (bullet) {
      para = null;
      if (!list) {
        list = [];
        blocks.push({ kind: 'ul', items: list });
      }
      list.push(parseInline(bullet[1]));
      continue;
    }
    list = null;
    if (para) pushAll(para, [{ kind: 'br' }, ...parseInline(line)]);
    else {
      para = parseInline(line);
      blocks.push({ kind: 'p', inlines: para });
    }
  }
  return blocks;
}

/** The caption as plain text (formatting markers removed), for exports and announcements. */
export function captionText(text: string): string {
  return parseCaption(text)
    .map((b) =>
      b.kind === 'p'
        ? b.inlines.map((i) => (i.kind === 'br' ? '\n' : i.text)).join('')
        : b.items
            .map((it) => '• ' + it.map((i) => (i.kind === 'br' ? ' ' : i.text)).join(''))
            .join('\n'),
    )
    .join('\n\n');
}
