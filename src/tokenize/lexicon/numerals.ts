// Chinese numerals and enclosed numbers → integers. Pure and strict: malformed numerals give null.

/** The value of each Chinese digit, by UTF-16 code (`两` is 2; it is refused where it is not a digit). */
const hanDigits = new Map([...'零〇一二两三四五六七八九'].map((c, i) => [c.charCodeAt(0), [0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9][i] as number]));

/** The value of the Chinese digit with UTF-16 code `code`; -1 for none. */
function digitOf(code: number): number {
  return hanDigits.get(code) ?? -1;
}

const ten = 0x5341; // 十
const hundred = 0x767e; // 百
const liang = 0x4e24; // 两
const nian = 0x5eff; // 廿
const sa = 0x5345; // 卅

/**
 * Parses a Chinese numeral from 1 to 999 in the positional form (`十一` → 11, `二十三` → 23,
 * `一百零五` → 105, `廿一` → 21). Digit strings without units (`二〇二五`) and malformed numerals
 * (`十十`, `两`, `零`) give null. A single `两` is not a numeral here (it is a word). Reads UTF-16 codes (no
 * one-character strings: they are allocated anew for each CJK character).
 */
/**
 * The capital numerals (大写数字) as the fold leaves them: traditional 貳 參 陸 fold to 贰 参 陆; 叁 is the simplified
 * capital three.
 */
export const capitalDigits: Readonly<Record<string, string>> = { 壹: '一', 贰: '二', 叁: '三', 参: '三', 肆: '四', 伍: '五', 陆: '六', 柒: '七', 捌: '八', 玖: '九', 拾: '十' };
/** A character class of the capital numerals, for regex sources. */
export const capitalClass = `[${Object.keys(capitalDigits).join('')}]`;

/** The number a run of capital numerals stands for (`拾壹` → 11), null when it is none. */
export function parseCapitalNumeral(text: string): number | null {
  return parseHanNumeral([...text].map((c) => capitalDigits[c] ?? '').join(''));
}

export function parseHanNumeral(text: string): number | null {
  const n = text.length;
  if (n === 0 || n > 7) return null;
  const c0 = text.charCodeAt(0);
  if (c0 === nian || c0 === sa) {
    const base = c0 === nian ? 20 : 30;
    if (n === 1) return base;
    const d = digitOf(text.charCodeAt(1));
    return n === 2 && d > 0 ? base + d : null;
  }
  let i = 0;
  let total = 0;
  // hundreds
  if (text.charCodeAt(1) === hundred) {
    const h = digitOf(c0);
    if (h <= 0) return null;
    total += h * 100;
    i = 2;
    if (i === n) return total;
    if (digitOf(text.charCodeAt(i)) === 0) {
      // 零 or 〇: only units follow
      i++;
      const d = digitOf(text.charCodeAt(i));
      if (d <= 0 || i + 1 !== n) return null;
      return total + d;
    }
  }
  // tens
  const c = text.charCodeAt(i);
  if (c === ten) {
    if (total > 0) return null; // 一百十 is not standard (一百一十 is)
    total += 10;
    i++;
  } else if (text.charCodeAt(i + 1) === ten) {
    const d = digitOf(c);
    if (d <= 0 || c === liang) return null;
    total += d * 10;
    i += 2;
  }
  if (i === n) return total > 0 ? total : null;
  // units
  const u = text.charCodeAt(i);
  const d = digitOf(u);
  if (d <= 0 || u === liang || i + 1 !== n) return null;
  return total + d;
}

/**
 * `1️⃣` … `9️⃣` and `🔟`: keycap emoji, as WeChat articles number items (a digit, the emoji selector, the keycap); past ten,
 * two keycaps (`1️⃣1️⃣`, `1⃣2⃣`). The digits in groups 1 and 2.
 */
export const keycap = /^(?:([1-9])\uFE0F?\u20E3(?:([0-9])\uFE0F?\u20E3)?|\u{1F51F})/u;

/** Whether a circled marker as written (`raw`) is keycaps (`5️⃣`, `🔟`): a level of its own beside `①` (outline.ts). */
export function isKeycap(raw: string): boolean {
  return keycap.test(raw);
}

/**
 * The blocks of circled numbers: first and last code, the number of the first, and how they are drawn (`null` for the
 * plain circle of `①`). Word processors and WeChat editors add `➀`…`➉` (as `①`), negative `❶`…`❿` `➊`…`➓` `⓫`…`⓴`
 * and double `⓵`…`⓾`.
 */
const circledBlocks: readonly (readonly [number, number, number, 'negative' | 'double' | null])[] = [
  [0x2460, 0x2473, 1, null],
  [0x3251, 0x325f, 21, null],
  [0x32b1, 0x32bf, 36, null],
  [0x2780, 0x2789, 1, null],
  [0x2776, 0x277f, 1, 'negative'],
  [0x278a, 0x2793, 1, 'negative'],
  [0x24eb, 0x24f4, 11, 'negative'],
  [0x24f5, 0x24fe, 1, 'double'],
];

function circledBlock(c: number): (typeof circledBlocks)[number] | undefined {
  for (const block of circledBlocks) if (c >= block[0] && c <= block[1]) return block;
  return undefined;
}

/** ① … ⑳, ㉑ … ㉟, ㊱ … ㊿ → 1 … 50 (and the dingbats above); null for anything else. */
export function circledNumber(char: string): number | null {
  const c = char.codePointAt(0) ?? 0;
  const block = circledBlock(c);
  return block === undefined ? null : c - block[0] + block[2];
}

/**
 * Circled numbers drawn another way than `①`: negative (`❶`, `➊`, `⓫`, white on black) or double (`⓵`); each a level of
 * its own beside `①` (`❶ 深化“双减”工作` holds `① 作业管理`). Null for `①` and `➀`.
 */
export function circledVariant(raw: string): 'negative' | 'double' | null {
  return circledBlock(raw.charCodeAt(0))?.[3] ?? null;
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

/** A small Roman numeral `ⅰ`…`ⅻ` (U+2170–217B): a level of its own below `Ⅰ.` (outline.ts). */
export function isSmallRoman(c: number): boolean {
  return c >= 0x2170 && c <= 0x217b;
}

/** Roman numerals: `Ⅰ`…`Ⅻ` (U+2160–216B), `ⅰ`…`ⅻ` (U+2170–217B) or ASCII `I`…`XXXIX`; null when malformed. */
export function parseRoman(text: string): number | null {
  if (text.length === 1) {
    const c = text.charCodeAt(0);
    if (c >= 0x2160 && c <= 0x216b) return c - 0x2160 + 1;
    if (isSmallRoman(c)) return c - 0x2170 + 1;
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
  const n = digits.length;
  if (n === 0 || n > 3) return null;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9 || (i === 0 && d === 0)) return null;
    value = value * 10 + d;
  }
  return value;
}

const yearStart = /^\d{4}(?:年|[-—–~至到]\d{2,4})/;

/**
 * A numeral and what it counts, at a text's start (`四周`, `二季度`, `三产业`, `二代`, `二级`): after `三、` the next numeral, two
 * periods, grades or groups counted at once (`三、四周…`, `一、二季度…`, `二、三产业…`, `一、二级医院`), no marker.
 */
const countedNumeral = /^([一二三四五六七八九十]{1,3})(季度|季|月|周|学期|年级|阶段|组|个|项|级|类|次|期|轮|届|档|批|产业|代)/;

/** What the numeral after `number` counts at `text`'s start (`周` of `四周…` after 三); null when `text` starts otherwise. */
export function nextNumeralCounts(text: string, number: number): string | null {
  const m = countedNumeral.exec(text);
  return m !== null && parseHanNumeral(m[1] ?? '') === number + 1 ? (m[2] as string) : null;
}

/** Whether `text` starts with the numeral after `number` and what it counts (`四周…` after 三). */
export function countsNextNumeral(text: string, number: number): boolean {
  return nextNumeralCounts(text, number) !== null;
}

/**
 * Whether `text` starts with a year or a span of years (`2024年`, `2024—2025年`, `2024-2025学年`): after a marker's
 * dot it begins a title (`2.2024年…`, `三．2024年工作打算`), where other digits make a decimal (`1.5万`).
 */
export function startsWithYear(text: string): boolean {
  return yearStart.test(text);
}

const dateStart = /^\d{1,2} ?(?:月|日|号)/;

/**
 * Whether `text` starts with a month or a day (`9月开展…`, `10日前完成…`, `3月底前…`): after a marker, or after a sloppy
 * delimiter (`2：3月底前…`), it begins a title; no month or day is a fraction or a ratio.
 */
export function startsWithDate(text: string): boolean {
  return dateStart.test(text);
}

const periodStart = /^\d{1,2} ?[-—–~～至到] ?\d{1,2} ?(?:月|日|号)/;

/**
 * Whether `text` starts with a span of months or days (`4—5月`, `7-8月`, `9至10月`, `3~5日`): after a marker it begins a
 * title (`2.4—5月：开展…`, `3、7-8月：…`), where `2.4` alone would be a fraction.
 */
export function startsWithPeriod(text: string): boolean {
  return periodStart.test(text);
}

/** A span of years a plan covers, as a regex source: `2021—2025年`, `2023-25年度`, `2024 至 2026`. */
export const yearSpanSource = '(?:19|20)\\d{2} ?年?[-—－–~～至到]{1,2} ?(?:19|20)?\\d{2} ?年?度?';

/** The word a section badge may write before its number (`PART 01`, `NO.1`), as a regex source. */
export const badgeWordSource = '(?:PART|Part|part|NO|No|no)';

/** A section badge's number alone (`01`, `PART 01`, `Part.02`, `NO.1`): its value in group 1. */
export const badgeAlone = new RegExp(`^(?:0|${badgeWordSource} ?\\.? ?0?)([1-9])$`);

/** What follows a date written `9.10`: `前`, `日`, `起`, `至`, a range's dash. */
export const dateSuffix = /^(?:前|日|号|起|至|止|[—－~～-])/;
/** Whether `month`.`day` is a date. */
export function isDate(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * Whether the text after a bracketed number goes on citing a clause or an item of an article (`（一）项规定，…`,
 * `（2）款所列…`, after `…第十三条第` that a wrap cut), or closes the name of a book it numbers (`…适用法律问题的解释` /
 * `（一）》，…`): words of a sentence, no item's title (`（一）项目建设` is one).
 */
export function citesClause(rest: string): boolean {
  return citedClause.test(rest);
}
const citedClause = /^(?:[项款](?:规定|的规定|所列|所称|所述|之一|、|和|或|及|中)|[》〉])/;

/**
 * Whether the text after a bracketed number names a class or a group by it (`（1）班至（6）班`, `（一）班为…试点班`,
 * `（三）组、（四）组…`): 班 or 组 ending a word there, or before a word of a sentence; words that start with them
 * (`班子建设`, `班级管理`, `组织领导`) make a title.
 */
export function namesClass(rest: string): boolean {
  return classOrGroup.test(rest);
}
const classOrGroup = /^[班组](?![\u4e00-\u9fff])|^[班组](?:至|到|和|与|及|、|为|是|的|共|有|学生|全体)/;
