/**
 * JSON parsing for untrusted files.
 *
 * - Keys `__proto__`, `constructor` and `prototype` are dropped. `JSON.parse` itself creates
 *   an own `__proto__` property (no pollution), but a later spread or `Object.assign` of such an
 *   object would set the prototype; dropping them at the edge means no later code has to care.
 * - Nesting deeper than {@link MAX_JSON_DEPTH} is refused before parsing, so a file of a
 *   million `[` cannot exhaust the stack of the parser or of any recursive code after it.
 * - A syntax error is reported with its line and column.
 *
 * @see https://tc39.es/ecma262/#sec-json.parse
 */
import { MAX_JSON_DEPTH } from './limits';

export type SafeJsonResult =
  | { ok: true; value: unknown }
  | {
      ok: false;
      code: 'json-syntax' | 'json-depth';
      line?: number;
      column?: number;
      detail: string;
    };

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Maximum nesting depth of `[` and `{` outside strings (a linear scan, no recursion). */
export function jsonDepth(text: string, stopAt = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > stopAt) return max;
      }
    } else if (c === 93 || c === 125) depth--;
  }
  return max;
}

function lineColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: position - last };
}

/** Parse untrusted JSON text; never throws. */
export function safeJsonParse(text: string, maxDepth = MAX_JSON_DEPTH): SafeJsonResult {
  const depth = jsonDepth(text, maxDepth);
  if (depth > maxDepth)
    return { ok: false, code: 'json-depth', detail: `nesting deeper than ${maxDepth}` };
  try {
    const value: unknown = JSON.parse(text, (key, v: unknown) =>
      FORBIDDEN.has(key) ? undefined : v,
    );
    return { ok: true, value };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(detail);
    const lc = /line (\d+) column (\d+)/.exec(detail);
    if (lc) return { ok: false, code: 'json-syntax', line: +lc[1], column: +lc[2], detail };
    if (pos) return { ok: false, code: 'json-syntax', ...lineColumn(text, +pos[1]), detail };
    return { ok: false, code: 'json-syntax', detail };
  }
}
