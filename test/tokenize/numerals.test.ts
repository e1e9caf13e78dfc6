import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { circledNumber, circledVariant, digitFullStop, parenthesizedDigit, parenthesizedIdeograph, parseArabic, parseHanNumeral, parseRoman } from '../../src/tokenize/lexicon/numerals.js';

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
  it('circledNumber: ①…⑳, ㉑…㉟, ㊱…㊿, and the dingbats ➀ ❶ ➊ ⓫ ⓵', () => {
    expect(['①', '⑩', '⑳', '㉑', '㉟', '㊱', '㊿'].map(circledNumber)).toEqual([1, 10, 20, 21, 35, 36, 50]);
    expect(['➀', '➉', '❶', '❿', '➊', '➓', '⓫', '⓴', '⓵', '⓾'].map(circledNumber)).toEqual([1, 10, 1, 10, 1, 10, 11, 20, 1, 10]);
    expect(['⓪', '⓿', '⑴', '⒈', '1', '', '➔'].map(circledNumber)).toEqual([null, null, null, null, null, null, null]);
  });
  it('circledVariant: negative and double circles are levels of their own; ① and ➀ are plain', () => {
    expect(['❶', '➊', '⓫', '⓵', '①', '➀', '1️⃣'].map(circledVariant)).toEqual(['negative', 'negative', 'negative', 'double', null, null, null]);
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
  it('ⅰ…ⅻ (U+2170–217B)', () => {
    expect(Array.from('ⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹⅺⅻ').map(parseRoman)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
  it('ASCII I…XXXIX round-trips', () => {
    const wrong: string[] = [];
    for (let n = 1; n <= 39; n++) if (parseRoman(toRoman(n)) !== n) wrong.push(`${toRoman(n)} → ${parseRoman(toRoman(n))}`);
    expect(wrong).toEqual([]);
  });
  it.each(['', 'IIII', 'VV', 'IC', 'VX', 'IIV', 'ⅼ', 'i', 'ABC'])('rejects %j', (text) => expect(parseRoman(text)).toBeNull());
});

const referenceDigit: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

// parseHanNumeral as first written (strings, one-character lookups): the oracle for the code-reading one.
function referenceHan(text: string): number | null {
  if (text.length === 0 || text.length > 7) return null;
  if (text === '廿') return 20;
  if (text === '卅') return 30;
  if (text.startsWith('廿') || text.startsWith('卅')) {
    const rest = text.slice(1);
    const d = referenceDigit[rest];
    return rest.length === 1 && d !== undefined && d > 0 ? (text.startsWith('廿') ? 20 : 30) + d : null;
  }
  let i = 0;
  let total = 0;
  const peek = () => text[i];
  // hundreds
  const hundredsDigit = referenceDigit[peek() ?? ''];
  if (text[i + 1] === '百') {
    if (hundredsDigit === undefined || hundredsDigit === 0) return null;
    total += hundredsDigit * 100;
    i += 2;
    if (i === text.length) return total;
    if (peek() === '零' || peek() === '〇') {
      i++;
      const d = referenceDigit[peek() ?? ''];
      if (d === undefined || d === 0 || i + 1 !== text.length) return null;
      return total + d;
    }
  }
  // tens
  if (peek() === '十') {
    if (total > 0) return null; // 一百十 is not standard (一百一十 is)
    total += 10;
    i++;
  } else if (text[i + 1] === '十') {
    const d = referenceDigit[peek() ?? ''];
    if (d === undefined || d === 0 || (d === 2 && peek() === '两')) return null;
    total += d * 10;
    i += 2;
  }
  if (i === text.length) return total > 0 ? total : null;
  // units
  const d = referenceDigit[peek() ?? ''];
  if (d === undefined || d === 0 || peek() === '两' || i + 1 !== text.length) return null;
  return total + d;
}

describe('parseHanNumeral and parseArabic read codes as the string versions did', () => {
  it('parseHanNumeral agrees with the reference on any string of numeral characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'零〇一二两三四五六七八九十百廿卅千万a'), maxLength: 8 }), (text) => {
        expect(parseHanNumeral(text)).toBe(referenceHan(text));
      }),
      { numRuns: 20000 },
    );
  });

  it('parseArabic agrees with the regex on any string of digits', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789a１/:'), maxLength: 5 }), (digits) => {
        expect(parseArabic(digits)).toBe(/^[1-9]\d{0,2}$/.test(digits) ? Number(digits) : null);
      }),
      { numRuns: 5000 },
    );
  });
});
