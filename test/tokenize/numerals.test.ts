import { describe, expect, it } from 'vitest';
import { circledNumber, digitFullStop, parenthesizedDigit, parenthesizedIdeograph, parseHanNumeral, parseRoman } from '../../src/tokenize/lexicon/numerals.js';

const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** The oracle: n (1–999) written the standard way (十一, 二十, 一百零五, 一百一十). */
function toHan(n: number): string {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  let out = '';
  if (h > 0) out += `${digits[h]}百`;
  if (t > 0) out += t === 1 && h === 0 ? '十' : `${digits[t]}十`;
  else if (h > 0 && u > 0) out += '零';
  if (u > 0) out += digits[u];
  return out;
}

function toRoman(n: number): string {
  const table: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

describe('parseHanNumeral', () => {
  it('oracle sanity', () => {
    expect([1, 10, 11, 20, 23, 100, 105, 110, 999].map(toHan)).toEqual(['一', '十', '十一', '二十', '二十三', '一百', '一百零五', '一百一十', '九百九十九']);
  });

  it('parses every standard numeral from 1 to 999 back to its value', () => {
    const wrong: string[] = [];
    for (let n = 1; n <= 999; n++) if (parseHanNumeral(toHan(n)) !== n) wrong.push(`${toHan(n)} → ${parseHanNumeral(toHan(n))}, expected ${n}`);
    expect(wrong).toEqual([]);
  });

  it.each([
    ['一百〇五', 105],
    ['廿', 20],
    ['廿一', 21],
    ['卅', 30],
    ['卅九', 39],
    ['两百', 200],
  ])('accepts the variant %s → %i', (text, n) => expect(parseHanNumeral(text)).toBe(n));

  it.each(['', '十十', '两', '零', '〇', '一百十', '二十两', '一二', '二〇二五', '一千', '十百', '廿十', '百', '零一', '一百零', '一百零十', 'a', '一十一十'])(
    'rejects %j',
    (text) => expect(parseHanNumeral(text)).toBeNull(),
  );
});

describe('enclosed numbers', () => {
  it('circledNumber: ①…⑳, ㉑…㉟, ㊱…㊿', () => {
    expect(['①', '⑩', '⑳', '㉑', '㉟', '㊱', '㊿'].map(circledNumber)).toEqual([1, 10, 20, 21, 35, 36, 50]);
    expect(['⓪', '⑴', '⒈', '1', '', '❶'].map(circledNumber)).toEqual([null, null, null, null, null, null]);
  });
  it('parenthesizedDigit: ⑴…⒇', () => {
    expect(['⑴', '⑽', '⒇'].map(parenthesizedDigit)).toEqual([1, 10, 20]);
    expect(['①', '⒈', '(', ''].map(parenthesizedDigit)).toEqual([null, null, null, null]);
  });
  it('digitFullStop: ⒈…⒛', () => {
    expect(['⒈', '⒐', '⒛'].map(digitFullStop)).toEqual([1, 9, 20]);
    expect(['⒇', '⒜', ''].map(digitFullStop)).toEqual([null, null, null]);
  });
  it('parenthesizedIdeograph: ㈠…㈩', () => {
    expect(['㈠', '㈤', '㈩'].map(parenthesizedIdeograph)).toEqual([1, 5, 10]);
    expect(['㈪', '（', ''].map(parenthesizedIdeograph)).toEqual([null, null, null]);
  });
});

describe('parseRoman', () => {
  it('Ⅰ…Ⅻ (U+2160–216B)', () => {
    expect(Array.from('ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ').map(parseRoman)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
  it('ASCII I…XXXIX round-trips', () => {
    const wrong: string[] = [];
    for (let n = 1; n <= 39; n++) if (parseRoman(toRoman(n)) !== n) wrong.push(`${toRoman(n)} → ${parseRoman(toRoman(n))}`);
    expect(wrong).toEqual([]);
  });
  it.each(['', 'IIII', 'VV', 'IC', 'VX', 'IIV', 'ⅰ', 'i', 'ABC'])('rejects %j', (text) => expect(parseRoman(text)).toBeNull());
});
