import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/source/lines.js';

describe('splitLines', () => {
  it('returns no line for empty text', () => expect(splitLines('')).toEqual([]));

  it('splits LF, CRLF and CR, recording each end and offset', () => {
    expect(splitLines('a\nbc\r\nd\re')).toEqual([
      { line: 1, text: 'a', eol: '\n', offset: 0 },
      { line: 2, text: 'bc', eol: '\r\n', offset: 2 },
      { line: 3, text: 'd', eol: '\r', offset: 6 },
      { line: 4, text: 'e', eol: '', offset: 8 },
    ]);
  });

  it('a final line end does not open an empty last line', () => {
    expect(splitLines('a\n')).toEqual([{ line: 1, text: 'a', eol: '\n', offset: 0 }]);
    expect(splitLines('a\r\n')).toHaveLength(1);
    expect(splitLines('a\r')).toHaveLength(1);
  });

  it('keeps blank lines, including a blank line between two ends', () => {
    expect(splitLines('\n\n').map((l) => l.text)).toEqual(['', '']);
    expect(splitLines('\r\r\n\n').map((l) => l.eol)).toEqual(['\r', '\r\n', '\n']);
    expect(splitLines('\n\r').map((l) => l.line)).toEqual([1, 2]);
  });

  it('does not split on U+2028, U+0085 or U+000B', () => {
    expect(splitLines('a\u2028b\u0085c\u000bd')).toHaveLength(1);
  });

  it('offsets + texts + ends rebuild the input exactly', () => {
    const text = '一、总体要求\r\n\u3000（一）加强\r\r\n\n1.落实\n\n末行';
    const lines = splitLines(text);
    expect(lines.map((l) => l.text + l.eol).join('')).toBe(text);
    for (const l of lines) expect(text.slice(l.offset, l.offset + l.text.length)).toBe(l.text);
    expect(lines.map((l) => l.line)).toEqual(lines.map((_, i) => i + 1));
  });

  it('is linear on a long run of line ends', () => {
    expect(splitLines('\r\n'.repeat(100_000))).toHaveLength(100_000);
    expect(splitLines('\r'.repeat(100_000))).toHaveLength(100_000);
  });
});
