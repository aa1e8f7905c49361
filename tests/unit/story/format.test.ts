import { describe, expect, it } from 'vitest';
import { captionText, parseCaption, parseInline } from '../../../src/lib/story/format';

describe('parseInline', () => {
  it.each([
    ['plain', 'abc', [{ kind: 'text', text: 'abc' }]],
    [
      'bold',
      'a **b** c',
      [
        { kind: 'text', text: 'a ' },
        { kind: 'strong', text: 'b' },
        { kind: 'text', text: ' c' },
      ],
    ],
    ['italic', '*i*', [{ kind: 'em', text: 'i' }]],
    ['unclosed stays literal', '**a', [{ kind: 'text', text: '**a' }]],
    ['html stays text', '<b>x</b>', [{ kind: 'text', text: '<b>x</b>' }]],
    [
      'link without trailing dot',
      'see https://example.org/a.',
      [
        { kind: 'text', text: 'see ' },
        { kind: 'link', text: 'https://example.org/a', href: 'https://example.org/a' },
        { kind: 'text', text: '.' },
      ],
    ],
    [
      'javascript: is not a link',
      'javascript:alert(1)',
      [{ kind: 'text', text: 'javascript:alert(1)' }],
    ],
  ])('%s', (_n, input, expected) => {
    expect(parseInline(input)).toEqual(expected);
  });
});

describe('parseCaption', () => {
  it('splits paragraphs, line breaks and bullet lists', () => {
    const blocks = parseCaption('Eins\nzwei\n\n- a\n- **b**\nDrei');
    expect(blocks.map((b) => b.kind)).toEqual(['p', 'ul', 'p']);
    expect(blocks[0]).toEqual({
      kind: 'p',
      inlines: [{ kind: 'text', text: 'Eins' }, { kind: 'br' }, { kind: 'text', text: 'zwei' }],
    });
    expect(blocks[1].kind === 'ul' && blocks[1].items).toHaveLength(2);
  });

  it('handles CRLF and empty input', () => {
    expect(parseCaption('')).toEqual([]);
    expect(parseCaption('a\r\nb')).toHaveLength(1);
  });

  it('gives plain text without markers', () => {
    expect(captionText('**A** und *b*\n- c')).toBe('A und b\n\n• c');
  });
});
