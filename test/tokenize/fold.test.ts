import { describe, expect, it } from 'vitest';
import { fold, foldEnds, isSpaceCode, skipSpaces, trimEnd } from '../../src/tokenize/lexicon/fold.js';
import { pairsOf } from '../../src/tokenize/lexicon/traditional.js';

describe('fold (recognition only)', () => {
  it('maps full-width ASCII to ASCII and every space to a plain space, one unit per unit', () => {
    expect(fold('（１．Ａ：）')).toBe('(1.A:)');
    expect(fold('\u3000\u00a0\t\u200b\ufeff\u2003x')).toBe('      x');
    const line = '\u3000（一）加强　党建，１２３';
    expect(fold(line)).toHaveLength(line.length);
  });
  it('folds traditional characters to simplified ones, one unit per unit, and leaves simplified text as it is', () => {
    expect(fold('臺北市政府113年度施政計畫')).toBe('台北市政府113年度施政计画');
    expect(fold('關於印發《學校管理辦法》的通知')).toBe('关于印发《学校管理办法》的通知');
    expect(fold('（一）推動數位服務，１２３')).toBe('(一)推动数位服务,123');
    const simplified = '关于印发2024年工作要点的通知';
    expect(fold(simplified)).toBe(simplified);
    const mixed = '\u3000壹、總體目標';
    expect(fold(mixed)).toHaveLength(mixed.length);
  });
  it('reads from OpenCC\'s table the one-unit pairs whose forms differ, the first simplified form of each', () => {
    // `乾 干 乾`: the first form; `台 台`: no change; U+2005E: a character outside the BMP; `x`: no pair.
    expect(pairsOf('計 计|乾 干 乾|台 台|\u{2005e} 丢|臺 台|x|')).toBe('計计乾干臺台');
  });
  it('folds the katakana OCR reads for numerals (ニ for 二, ー for 一) the dot radical and the half-width ideographic comma for 、', () => {
    expect(fold('第十ニ条')).toBe('第十二条');
    expect(fold('第ー章')).toBe('第一章');
    expect(fold('三丶重点任务')).toBe('三、重点任务');
    expect(fold('3､ 实施培育行动')).toBe('3、 实施培育行动');
    expect(fold('第十―条')).toBe('第十—条');
    expect(fold('2024‐2026')).toBe('2024-2026');
  });
  it('counts exactly these units as space, and folds them and nothing else to one', () => {
    // (Control characters: C0 but NUL and the line ends, DEL and C1.)
    const controls = Array.from({ length: 0xa0 }, (_, c) => c).filter((c) => (c > 0 && c < 0x09) || (c > 0x0d && c < 0x20) || c >= 0x7f);
    const expected = [...controls.filter((c) => c < 0x09), 0x09, 0x0b, 0x0c, ...controls.filter((c) => c > 0x0d && c < 0x20), 0x20, ...controls.filter((c) => c >= 0x7f), 0xa0, 0xad, ...Array.from({ length: 16 }, (_, k) => 0x2000 + k), 0x2028, 0x2029, 0x202f, 0x205f, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x3000, 0x3164, 0xfeff, 0xffa0, 0xfffc];
    const spaces: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (isSpaceCode(c)) spaces.push(c);
      expect(fold(String.fromCharCode(c)) === ' ', `U+${c.toString(16)}`).toBe(expected.includes(c));
    }
    expect(spaces).toEqual(expected);
  });
  it('folds the invisible characters web pages leave to a space', () => {
    expect(fold('\u00ad\u200e\u200f\u2028\u2029\u2061\u3164\uffa0\ufffcx')).toBe('         x');
    expect([0xad, 0x200e, 0x2028, 0x3164, 0xfffc].every(isSpaceCode)).toBe(true);
  });
  it('folds HTML space entities left as text to as many spaces, any case, and leaves other entities', () => {
    expect(fold('&nbsp;&EMSP;&#12288;一、')).toBe(' '.repeat(20) + '一、');
    expect(fold('A&amp;B &nbspx')).toBe('A&amp;B &nbspx');
    // (An old page's entities without their semicolons, `&nbsp&nbsp二、`, are spaces too.)
    expect(fold('&nbsp&nbsp二、')).toBe(' '.repeat(10) + '二、');
    expect(fold('&nbsp&nbsp1、')).toBe(' '.repeat(10) + '1、');
    // A breadcrumb's separators as entities fold to the separator, padded to the entity's length.
    expect(fold('首页 &gt; 通知公告 &raquo; 正文')).toBe('首页 >    通知公告 »       正文');
    // Word's empty paragraph mark is white space like a break tag.
    expect(fold('一、目标任务<o:p></o:p>')).toBe('一、目标任务' + ' '.repeat(11));
    const line = '&ensp;（一）加强&nbsp;党建';
    expect(fold(line)).toHaveLength(line.length);
  });
  it('folds break and formatting tags left as text to as many spaces, and leaves other tags and a less-than sign', () => {
    expect(fold('一、指导思想<br>')).toBe('一、指导思想    ');
    expect(fold('<p>三、保障措施</P><BR/><br />')).toBe('   三、保障措施' + ' '.repeat(15));
    expect(fold('<b>加强</b> PM2.5<35')).toBe('   加强     PM2.5<35');
    const styled = '<p style="text-indent:2em;"><strong>一、总体要求</strong></p>';
    expect(fold(styled)).toBe(' '.repeat(36) + '一、总体要求' + ' '.repeat(13));
    expect(fold('<a href="x">通知</a><img src="a.png"><bold>')).toBe('<a href="x">通知</a><img src="a.png"><bold>');
  });
  it('folds a long line\'s head from its first content after the tags and entities before it', () => {
    const line = `&nbsp;&nbsp;<p style="text-indent:2em;"><strong>1．规范台账。${'正文'.repeat(60)}</strong></p>`;
    const folded = foldEnds(line);
    expect(folded).toHaveLength(line.length);
    expect(folded.trimStart().startsWith('1.规范台账')).toBe(true);
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
