import { defineLineRule, type RuleMatch } from '../define-line-rule.js';
import { fragments, isDigit, isHan, startsWithUnit } from '../lexicon/chars.js';
import { dateSuffix, isDate, parseArabic, startsWithPeriod } from '../lexicon/numerals.js';

// `1.1`, `1.1.1`, `2 . 3` (PDF spacing), optionally ending in a dot: 2 to 5 components of 1–2 digits.
const decimal = /^\d{1,2}(?: ?\. ?\d{1,2}){1,4}\.?/;

/** Units a fraction measures (`4.5 个`, `2.5 万人次`), unlike the words a section title starts with (`1.1 年度目标`). */
const quantityUnits = new Set(Array.from('个万亿千百元倍人名家所项次岁吨亩米'));

/**
 * Units a fraction measures after a space, spelled out or in Latin letters (`18.5 小时`, `23.6 平方米`, `35.5 KB,
 * 下载次数: 128` under a forum's attachment): not the words a section title starts with (`2.1 API 接口`, `1.2 GIS系统`).
 */
const spacedUnit = /^(?:小时|分钟|平方米|平方公里|公里|公斤|公顷|千米|千克|(?:[KMGT]i?B|[KMG]bps|kbps|kWh|MWh|GHz|MHz|km|kg|cm|mm|ml|mL)(?![A-Za-z]))/;

/**
 * A month, a day or an hour after a number apart by spaces on both sides (`1. 3 月底前…`, `3. 11 点前…`, as notes that
 * space digits from Han write them): item 1 on the 3rd month, no section 1.3.
 */
const spacedTime = /^(?:月|日|号|点|时|天|周|季度|年级)/;

/** Whether the text after a decimal starting with 0 is a clause's title after a space (`  手册颁布令`), no quantity's unit. */
function frontMatter(rest: string): boolean {
  const words = rest.trimStart();
  return words.length < rest.length && isHan(words.charCodeAt(0)) && !startsWithUnit(words);
}

/** A Roman numeral character (`Ⅰ`–`ⅿ`, U+2160–U+217F). */
const isRomanNumeral = (c: number) => c >= 0x2160 && c <= 0x217f;
const isCapital = (c: number) => c >= 65 && c <= 90;
/** Two to six capitals, then Han: an acronym that names a system or a device (`GIS系统`, `PLC控制柜`). */
const acronymHeading = new RegExp(`^[A-Z]{2,6}${fragments.han}`);

/** An opening quote or book-title bracket: `“` `《` `「` `『`. */
const opensQuote = (c: number) => c === 0x201c || c === 0x300a || c === 0x300c || c === 0x300e;

/** An item's number, its dot, a space, then a day written month.day with no space inside (`1. 9.2`). */
const itemThenDay = /^\d{1,2}\. \d{1,2}\.\d{1,2}$/;

/** A full-width dot first, then an ASCII one (`１．3.15`, `1．3.15`): an item's delimiter, then a day's dot. */
function mixedDots(written: string): boolean {
  const first = written.indexOf('．');
  return first !== -1 && written.indexOf('.', first + 1) !== -1;
}

/**
 * What a cited clause's number is followed by: `条`, `款`, `项` (not `项目`), `节` of a standard, a plan or a contract,
 * after a space too (`按本预案` / `4.2 节规定报告…`, a wrap's start). (`节` then a word that cites it: `4.2 节能降耗` is a
 * section.)
 */
const citedClause = /^ ?(?:条|款|项(?!目)|节(?=规定|的|所|之|中|要求|执行|启动|内容|[，,。；;、和及或至]))/;

/** A map's scale after `1`: a colon and three digits or more (`:2000`, `∶500`). */
const scale = /^[:∶]\d{3}/;

/**
 * An appendix's clause (`A.1 日常巡检`, `B.2.3 …`, as a standard numbers its appendices' clauses): the letter, then one
 * to four numbers, no space inside; a space after it, or Han after three parts (`A.1.1巡检…`; a questionnaire's `A. 5天`,
 * `A.5天` is an answer). The letter counts as the first number (A 1, B 2), so the clause nests as `1.1` would.
 */
const appendixClause = /^([A-Z])((?:\.\d{1,2}){1,4})(?= |[\u4e00-\u9fff])/;

function tokenizeAppendixClause(content: string): RuleMatch | null {
  const m = appendixClause.exec(content);
  if (m === null) return null;
  const raw = m[0] as string;
  const path = [(m[1] as string).charCodeAt(0) - 64, ...(m[2] as string).slice(1).split('.').map(Number)];
  const spaced = content.charCodeAt(raw.length) === 0x20;
  if (!spaced && path.length < 3) return null;
  return {
    type: 'outlineMarker',
    marker: { style: 'decimal', number: path[path.length - 1] ?? 0, path, length: raw.length, delimiterLength: 0, strength: spaced ? 'strong' : 'weak' },
  };
}

/** `1.1 总体要求`, `1.1.1 …`: nests by the number of components. */
export const markerDecimal = defineLineRule({
  name: 'marker-decimal',
  description: '`1.1` `1.1.1` (decimal numbering; nests by component count), an appendix\'s `A.1`; `1.5万` is a quantity, not a marker',
  first: (c) => isDigit(c) || (c >= 65 && c <= 90),
  tokenize: ({ content, line, start }) => {
    if (!isDigit(content.charCodeAt(0))) return tokenizeAppendixClause(content);
    const m = decimal.exec(content);
    if (!m) return null;
    const raw = m[0];
    const parts = raw
      .split('.')
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    // (An engineering standard numbers the articles of a chapter without sections `1.0.1`, `2.0.3`: a zero in the middle.)
    // (A standard's or a manual's front matter is clause 0, `0.1 手册颁布令`, `0.2.1 质量方针`: before a space and a word, no
    // quantity, `0.5 万元`.)
    const path = parts.map((part, k) => ((k === 1 && parts.length === 3 && part === '0') || (k === 0 && part === '0' && frontMatter(content.slice(raw.length))) ? 0 : parseArabic(part)));
    if (path.length < 2 || path.some((n) => n === null)) return null;
    // `4.9至10月：…`: item 4, from September to October (marker-arabic), no section 4.9.
    if (path.length === 2 && startsWithPeriod(content.slice(content.indexOf('.') + 1).trimStart())) return null;
    const rest = content.slice(raw.length);
    // `6.3.1条规定…`, `5.2.3款`: a clause cited at a sentence's start, no section 6.3.1.
    if (citedClause.test(rest)) return null;
    // `24.5.28 房租交了…`: a day written with a two-digit year (2024-05-28), no section 24.5.28.
    if (path.length === 3 && (path[0] as number) >= 15 && (path[0] as number) <= 39 && isDate(path[1] as number, path[2] as number)) return null;
    // `1. 9.2 开学典礼`, `2. 10.15 秋季运动会`: item 1 and a day after a space (marker-arabic), no section 1.9.2.
    if (path.length === 3 && itemThenDay.test(raw) && isDate(path[1] as number, path[2] as number) && (rest.length === 0 || rest.charCodeAt(0) === 0x20 || rest.charCodeAt(0) === 0x3000 || rest.charCodeAt(0) === 0x2d)) return null;
    // `１．3.15消费者权益日…`: item 1 typed full-width, then a day typed with ASCII dots (marker-arabic), no section 1.3.15.
    if (path.length === 3 && mixedDots(line.text.slice(start, start + raw.length)) && isDate(path[1] as number, path[2] as number)) return null;
    // `2.9.10前完成…`: item 2, by the 10th of September (marker-arabic), no section 2.9.10.
    if (path.length === 3 && !raw.endsWith('.') && dateSuffix.test(rest) && isDate(path[1] as number, path[2] as number)) return null;
    const next = rest.charCodeAt(0);
    if (rest.length > 0 && next >= 48 && next <= 57) return null;
    // `3.1、完善制度`: the ideographic comma is the marker's delimiter, not the start of its title (`2.3、4月份…` is item
    // 2 on the 3rd and 4th month).
    if (next === 0x3001) {
      if (isDigit(rest.charCodeAt(1))) return null;
      return {
        type: 'outlineMarker',
        marker: { style: 'decimal', number: path[path.length - 1] ?? 0, path: path as number[], length: raw.length + 1, delimiterLength: 1, strength: 'strong' },
      };
    }
    let strength: 'strong' | 'weak';
    if (next === 0x20) {
      // `4.5 个。` `2.5 万人次` (PDF layout puts a space between digits and Han): a quantity, not a marker.
      const after = rest.trimStart();
      if (path.length === 2 && (after.startsWith('%') || spacedUnit.test(after) || (raw.includes('. ') && spacedTime.test(after)) || (quantityUnits.has(after[0] ?? '') && startsWithUnit(after) && !after.startsWith('个人')))) return null;
      strength = 'strong';
    } else if (rest.length === 0) {
      // A number alone on its line is a heading's only where the numbering expects it: a table's cell taken one per
      // line (`94.3`, `63.8`) is not.
      strength = 'weak';
    }
    // A number of three or more parts is no quantity (`1.2.3家长联络组…`): only `1.5万` is.
    else if (isHan(next) && (path.length > 2 || !startsWithUnit(rest))) strength = 'weak';
    // A clause that starts with a quoted term or a cited title (`2.1“采购人”系指…`, `1.2《政府采购法》…`).
    else if (opensQuote(next)) strength = 'weak';
    // A heading that starts with a Roman numeral or a Latin acronym (`4.2Ⅳ级应急响应`, `3.2.1GIS系统`, `3.1PLC控制柜`);
    // not a measure (`2.5GHz`, `2.5G网络`).
    else if (isRomanNumeral(next) || (path.length > 2 && isCapital(next)) || acronymHeading.test(rest)) strength = 'weak';
    // A scale after an item's number (`2.1:2000地形图…`, `2.1∶500地籍图…`): weak, item 2 where the list expects it.
    // (Not a time, `1.9:00—9:10　致辞`: item 1 at nine, its minutes two digits.)
    else if (path.length === 2 && scale.test(rest)) strength = 'weak';
    else return null;
    const delimiterLength = raw.endsWith('.') ? 1 : 0;
    return {
      type: 'outlineMarker',
      marker: { style: 'decimal', number: path[path.length - 1] ?? 0, path: path as number[], length: raw.length, delimiterLength, strength },
    };
  },
});
