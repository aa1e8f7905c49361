import { describe, expect, it } from 'vitest';
import { legendLines } from '../../../src/lib/map/legend-lines';
import { RELATION_STYLES } from '../../../src/lib/palette';
import { de, en } from '../../../src/lib/i18n/messages';

describe('legendLines', () => {
  it('lists every line kind with its own style and label on a regular map', () => {
    const lines = legendLines(false);
    expect(lines.map((l) => l.kind)).toEqual([
      'member',
      'partner',
      'network',
      'solution',
      'documented',
    ]);
    for (const l of lines) {
      expect(l.style).toBe(RELATION_STYLES[l.kind]);
      expect(l.label).toBe(`legend.line.${l.kind}`);
    }
    expect(de['legend.line.partner']).toMatch(/gestrichelt/);
  });

  it('on a dense map shows no dash and no label that names one or a thickness', () => {
    for (const l of legendLines(true)) {
      expect(l.style.dash).toBeNull();
      expect(de[l.label]).not.toMatch(/gestrichelt|gepunktet|dick|dünn/);
      expect(en[l.label]).not.toMatch(/dashed|dotted|thick|thin/);
    }
  });
});
