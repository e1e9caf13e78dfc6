import { describe, expect, it } from 'vitest';
import { fold, isSpaceCode, skipSpaces, trimEnd } from '../../src/tokenize/lexicon/fold.js';

describe('fold (recognition only)', () => {
  it('maps full-width ASCII to ASCII and every space to a plain space, one unit per unit', () => {
    expect(fold('（１．Ａ：）')).toBe('(1.A:)');
    expect(fold('\u3000\u00a0\t\u200b\ufeff\u2003x')).toBe('      x');
    const line = '\u3000（一）加强　党建，１２３';
    expect(fold(line)).toHaveLength(line.length);
  });
  it('folds the invisible characters web pages leave to a space', () => {
    expect(fold('\u00ad\u200e\u200f\u2028\u2029\u2061\u3164\uffa0\ufffcx')).toBe('         x');
    expect([0xad, 0x200e, 0x2028, 0x3164, 0xfffc].every(isSpaceCode)).toBe(true);
  });
  it('folds HTML space entities left as text to as many spaces, any case, and leaves other entities', () => {
    expect(fold('&nbsp;&EMSP;&#12288;一、')).toBe(' '.repeat(20) + '一、');
    expect(fold('A&amp;B &nbsp')).toBe('A&amp;B &nbsp');
    const line = '&ensp;（一）加强&nbsp;党建';
    expect(fold(line)).toHaveLength(line.length);
  });
  it('folds break tags left as text to as many spaces, and leaves other tags and a less-than sign', () => {
    expect(fold('一、指导思想<br>')).toBe('一、指导思想    ');
    expect(fold('<p>三、保障措施</P><BR/><br />')).toBe('   三、保障措施' + ' '.repeat(15));
    expect(fold('<b>加强</b> PM2.5<35')).toBe('<b>加强</b> PM2.5<35');
  });
  it('leaves Han text and CJK punctuation alone (、。 are not full-width ASCII)', () => {
    const text = '一、加强党的建设。';
    expect(fold(text)).toBe(text);
  });
  it('skipSpaces / trimEnd find the content', () => {
    const text = '\u3000 \u00a0一、x\u3000 ';
    expect(skipSpaces(text)).toBe(3);
    expect(trimEnd(text)).toBe(6);
    expect(skipSpaces('   ')).toBe(3);
    expect(trimEnd('   ')).toBe(0);
  });
  it('isSpaceCode', () => {
    expect([0x20, 0x3000, 0xa0, 0x09, 0x200b, 0xfeff].every(isSpaceCode)).toBe(true);
    expect([0x4e00, 0x3001, 0x0a, 0x41].some(isSpaceCode)).toBe(false);
  });
});
