/**
 * Issue 18: every SVG the app writes is well-formed XML whatever the names contain (a U+0007
 * in a name made the graph SVG invalid).
 */
import fc from 'fast-check';
import { Parser } from 'saxen';
import { describe, expect, it } from 'vitest';
import { exportGraph } from '../../../src/lib/export/graph-scene';
import { escapeXml, graphSvg } from '../../../src/lib/export/graph-svg';
import { applyFilters, EMPTY_FILTERS } from '../../../src/lib/state/filters';
import { shippedDataset } from '../helpers/dataset';
import { proposal } from '../helpers/proposal';

/** Characters XML 1.0 allows (https://www.w3.org/TR/xml/#charsets). */
const XML_CHAR = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;

function wellFormed(xml: string): string | null {
  if (!XML_CHAR.test(xml)) return 'a character XML does not allow';
  let error: string | null = null;
  let depth = 0;
  const p = new Parser();
  p.on('openTag', (_n, _a, _d, selfClosing) => {
    if (!selfClosing) depth++;
  });
  p.on('closeTag', (_n, _d, selfClosing) => {
    if (!selfClosing) depth--;
  });
  p.on('error', (e) => (error ??= e.message));
  p.parse(xml);
  return error ?? (depth === 0 ? null : 'unbalanced tags');
}

const HOSTILE = [
  'Steuer\u0007\u0008\u001b[31mrot',
  '<script>alert(1)</script>',
  'A & B "C" \'D\'',
  ']]><!--',
  '\ud800 lone surrogate \udfff',
  '\ufffe\uffff',
  'Bamberg \u202Egnirebmen',
  '\u0000',
];

describe('escapeXml', () => {
  it.each(HOSTILE)('%j stays well formed', (s) => {
    expect(wellFormed(`<a b="${escapeXml(s)}">${escapeXml(s)}</a>`)).toBeNull();
  });

  it('any string (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => {
        expect(wellFormed(`<a b="${escapeXml(s)}">${escapeXml(s)}</a>`)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});

describe('the graph SVG', () => {
  it('is well formed with hostile names in nodes, title, legend and attribution', () => {
    const ds = shippedDataset();
    const hostile = HOSTILE.join(' ');
    const p = proposal({
      id: 'p',
      from: ds.nodes[0].id,
      newActor: { name: hostile, type: 'Verein', coordinates: [10, 50] },
    });
    const eg = exportGraph(ds, applyFilters(ds, EMPTY_FILTERS), [], 'force', [p]);
    const svg = graphSvg(eg, {
      width: 800,
      height: 600,
      title: hostile,
      attribution: hostile,
      legend: [{ color: '#000', shape: 'disc', label: hostile }],
    });
    expect(wellFormed(svg)).toBeNull();
    expect(svg).toContain('Steuer[31mrot');
  });
});
