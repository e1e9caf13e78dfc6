// Chinese numerals and enclosed numbers → integers. Pure and strict: malformed numerals give null.

const digitValue: Record<string, number> = {
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

/**
 * Parses a Chinese numeral from 1 to 999 in the positional form (`十一` → 11, `二十三` → 23,
 * `一百零五` → 105, `廿一` → 21). Digit strings without units (`二〇二五`) and malformed numerals
 * (`十十`, `两`, `零`) give null. A single `两` is not a numeral here (it is a word).
 */
export function parseHanNumeral(text: string): number | null {
  if (text.length === 0 || text.length > 7) return null;
  if (text === '廿') return 20;
  if (text === '卅') return 30;
  if (text.startsWith('廿') || text.startsWith('卅')) {
    const rest = text.slice(1);
    const d = digitValue[rest];
    return rest.length === 1 && d !== undefined && d > 0 ? (text.startsWith('廿') ? 20 : 30) + d : null;
  }
  let i = 0;
  let total = 0;
  const peek = () => text[i];
  // hundreds
  const hundredsDigit = digitValue[peek() ?? ''];
  if (text[i + 1] === '百') {
    if (hundredsDigit === undefined || hundredsDigit === 0) return null;
    total += hundredsDigit * 100;
    i += 2;
    if (i === text.length) return total;
    if (peek() === '零' || peek() === '〇') {
      i++;
      const d = digitValue[peek() ?? ''];
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
    const d = digitValue[peek() ?? ''];
    if (d === undefined || d === 0 || (d === 2 && peek() === '两')) return null;
    total += d * 10;
    i += 2;
  }
  if (i === text.length) return total > 0 ? total : null;
  // units
  const d = digitValue[peek() ?? ''];
  if (d === undefined || d === 0 || peek() === '两' || i + 1 !== text.length) return null;
  return total + d;
}

/** ① … ⑳, ㉑ … ㉟, ㊱ … ㊿ → 1 … 50; null for anything else. */
export function circledNumber(char: string): number | null {
  const c = char.codePointAt(0) ?? 0;
  if (c >= 0x2460 && c <= 0x2473) return c - 0x2460 + 1;
  if (c >= 0x3251 && c <= 0x325f) return c - 0x3251 + 21;
  if (c >= 0x32b1 && c <= 0x32bf) return c - 0x32b1 + 36;
  return null;
}

/** ⑴ … ⒇ → 1 … 20. */
export function parenthesizedDigit(char: string): number | null {
  const c = char.codePointAt(0) ?? 0;
  return c >= 0x2474 && c <= 0x2487 ? c - 0x2474 + 1 : null;
}

/** ⒈ … ⒛ → 1 … 20. */
export function digitFullStop(char: string): number | null {
  const c = char.codePointAt(0) ?? 0;
  return c >= 0x2488 && c <= 0x249b ? c - 0x2488 + 1 : null;
}

/** ㈠ … ㈩ → 1 … 10. */
export function parenthesizedIdeograph(char: string): number | null {
  const c = char.codePointAt(0) ?? 0;
  return c >= 0x3220 && c <= 0x3229 ? c - 0x3220 + 1 : null;
}

const romanValue: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Roman numerals: `Ⅰ`…`Ⅻ` (U+2160–216B) or ASCII `I`…`XXXIX`; null when malformed. */
export function parseRoman(text: string): number | null {
  if (text.length === 1) {
    const c = text.charCodeAt(0);
    if (c >= 0x2160 && c <= 0x216b) return c - 0x2160 + 1;
  }
  if (!/^[IVXLC]{1,7}$/.test(text)) return null;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = romanValue[text[i] ?? ''] ?? 0;
    const next = romanValue[text[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return toRoman(total) === text ? total : null;
}

function toRoman(n: number): string {
  const table: [number, string][] = [
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

/** An Arabic marker number: `1`–`999` without a leading zero (`020` is the tail of a wrapped `2020`); null otherwise. */
export function parseArabic(digits: string): number | null {
  if (!/^[1-9]\d{0,2}$/.test(digits)) return null;
  return Number(digits);
}
