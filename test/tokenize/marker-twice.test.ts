// A marker written twice at a line's start (`一、一、`, `（一）（一）`): a Word list's automatic number exported before the
// number typed by hand. tokenizeLine reads one marker whose raw holds both copies; the title starts after them.
import { describe, expect, it } from 'vitest';
import { tokenizeLine } from '../../src/tokenize/index.js';

const token = (text: string) => tokenizeLine({ line: 1, text, eol: '\n', offset: 0 });

describe('a marker written twice', () => {
  it('is one marker of the style and number of either copy', () => {
    for (const [text, style, raw] of [
      ['一、一、加强组织领导', 'han', '一、一、'],
      ['（二）（二）强化督促检查', 'han-paren', '（二）（二）'],
      ['(3)(3)开展业务培训', 'arabic-paren', '(3)(3)'],
      ['　　三、三、提升服务水平', 'han', '三、三、'],
    ] as const) {
      const t = token(text);
      expect(t.type).toBe('outlineMarker');
      expect(t.marker).toMatchObject({ style, raw, column: text.indexOf(raw) + 1, contentColumn: text.indexOf(raw) + raw.length + 1 });
    }
  });

  it('leaves a decimal number, two different markers and an enumeration alone', () => {
    expect(token('1.1.举办第三届广场舞大赛').marker).toMatchObject({ style: 'decimal', raw: '1.1.' });
    expect(token('一、二、三产业融合发展').type).toBe('paragraph');
    expect(token('（一）（二）项规定的情形').marker?.raw).not.toBe('（一）（二）');
  });
});
