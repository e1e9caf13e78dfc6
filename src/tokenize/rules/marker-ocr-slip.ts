import { defineLineRule } from '../define-line-rule.js';
import { isHan, startsWith } from '../lexicon/chars.js';
import { parseHanNumeral, startsWithDate, startsWithYear } from '../lexicon/numerals.js';
import { skipSpaces } from '../lexicon/fold.js';

// Markers with a look-alike character, as OCR and hurried typing leave them: the letters `l` and `O` for the digits 1
// and 0 (`l．` `ll．` `1O．` `（l）`), a capital `I` for 1 beside a digit (`I5．` `1I．`), a dash (`—`, `-`) for the
// numeral 一 (`（—）` `（- ）` `—、` `-、` `（十-）`), a `C` for the opening bracket (`C三）`). Only one or two characters in the number, at least one of them a slip; `O` never
// first (`O.` is a letter).
const digits = /^([\dlI][\dlIO]?) ?([.、])/;
const paren = /^\( ?([\dl][\dlO]?|—|-|=|\+) ?\)(?: ?[、.,])?/;
/** OCR's readings of a circled number: `(D` and `©` for `①`, `®` for `②`. */
const circledSlips: Record<string, number> = { '(D': 1, '©': 1, '®': 2 };
const circledSlip = /^(?:\(D|©|®)/;
const dash = /^[—-] ?、/;
/** The dash for the 一 that ends a number past ten: `十—、` (11), `二十—、` (21). */
const tensDash = /^([二三四五六七八九]?十)[—-]、/;
/** The same in brackets: `（十-）` (11). */
const parenTensDash = /^\( ?([二三四五六七八九]?十)[—-] ?\)/;
/**
 * Brackets misread around a number: a `C` for the opening one (`C三）` `C3）`, its closing half survives), angle
 * brackets for round ones (`〈一〉` `〈3〉`, `(二〉` `〈二）`), or a square or tortoise-shell bracket for one or both halves
 * (`（三〕` `〔三〕` `（四]` `〔2）`; not `[1]`, a citation's, and not `〔2024〕`, a document number's year); ASCII angle
 * brackets typed for them (`<一>指导思想`).
 */
const slippedBrackets = /^(?:C ?(?:([一二三四五六七八九十]{1,3})|(\d{1,2})) ?\)|〈 ?(?:([一二三四五六七八九十]{1,3})|(\d{1,2})) ?[〉)]|(?:\( ?(?:([一二三四五六七八九十]{1,3})|(\d{1,2})) ?[〕\]〉]|〔 ?(?:([一二三四五六七八九十]{1,3})|(\d{1,2})) ?[)〕\]〉]|\[ ?(?:([一二三四五六七八九十]{1,3})|(\d{1,2})) ?[)〕〉])|< ?(?:([一二三四五六七八九十]{1,3})|(\d{1,2})) ?>)/;
/** A bracket opened and never closed, a space after the number (`（3 家校沟通…`, `（二 加强…`): a typist's slip. */
const unclosed = /^\( ?(?:([一二三四五六七八九十]{1,3})|(\d{1,2})) +(?=[\u4e00-\u9fff])/;
/** `=` for the numeral 二 (its two strokes), `（=）`, `=、`. */
const equals = /^=、/;
/** `+` for the numeral 十 (its cross), `（+）`, `+、`. */
const plus = /^\+、/;
/** `+` for the 十 of a number past ten, spaced or not (`+一、` `+ 一、` for 十一). */
const plusTens = /^\+ ?([一二三四五六七八九])、/;
/** `=是` for 二是, a dash for the 一 of 一是 (`—是`, not the `——是` of a dash pair). */
const equalsShi = /^=是/;
const dashShi = /^[—-]是/;
/** `S` for the digit 5 before `、` (`S、`). */
const sForFive = /^S、/;
/** Two digits of one number apart by a space (`1 8.`): a scan's spacing. */
const spacedDigits = /^(\d) (\d) ?([.、])/;

/** The number a slipped numeral stands for, or null when no character in it slipped. */
function slipNumber(text: string): number | null {
  // (A capital I beside a digit only, `I5．` `1I．`: `I．` `II．` are Roman numerals.)
  if (!/[lO]/.test(text) && !(/I/.test(text) && /\d/.test(text))) return null;
  const number = Number(text.replace(/[lI]/g, '1').replace(/O/g, '0'));
  return number > 0 ? number : null;
}

/** Words, an opening quote or bracket after the marker: `l．压实…`, `（—）“三个必须”…`. */
function opensTitle(code: number): boolean {
  return isHan(code) || code === 0x201c || code === 0x300a || code === 0x3010;
}

/** A date that opens a title: a year, a month or a day (`2024年…`, `9月至10月…`, `15日前…`). */
function opensWithDate(rest: string): boolean {
  return startsWithDate(rest) || startsWithYear(rest);
}

/** After a dash for 一 a year may open the title too (`—、2006年主要工作`): no number is written with a dash. */
function opensDashTitle(code: number): boolean {
  return opensTitle(code) || (code >= 48 && code <= 57);
}

/**
 * `l．` `1O．` `（l）` `（—）` `—、` `十—、` `(D`: a marker whose numeral has a look-alike in it, read as the number it stands for.
 * Weak, so a node only where the numbering expects that number (`l．` right after `（一）`, `1O．` after 9).
 */
export const markerOcrSlip = defineLineRule({
  name: 'marker-ocr-slip',
  description: '`l．` `ll．` `1O．` `（l）` `I5．` (letters l, I and O for 1 and 0), `（—）` `（- ）` `—、` `-、` `十—、` `（十-）` (a dash for 一), `C三）` `C3）` (C for `（`), `〈一〉` `〈3〉` `<一>` (angle brackets for round ones), `（三〕` `〔三〕` `（四]` (square or tortoise-shell brackets for round ones), `=、` `=是` (for 二), `—是` (for 一是), `+、` `（+）` `+ 一、` (for 十), `S、` (for 5), `(D` `©` `®` (for ① ②), `1 8.` (a spaced number), `（3 家校…` (a bracket never closed): weak markers',
  first: (c) => startsWith.hanNumeral(c) || c === 0x6c || c === 0x49 || (c >= 48 && c <= 57) || c === 0x28 || c === 0x2014 || c === 0x2d || c === 0x43 || c === 0x3d || c === 0x2b || c === 0x53 || c === 0xa9 || c === 0xae || c === 0x3008 || c === 0x3014 || c === 0x5b || c === 0x3c,
  tokenize: ({ content }) => {
    // A Han numeral first: only `十—、` can be a slip.
    if (startsWith.hanNumeral(content.charCodeAt(0))) {
      const tens = tensDash.exec(content);
      if (tens && opensDashTitle(content.charCodeAt(tens[0].length)))
        return { type: 'outlineMarker', marker: { style: 'han', number: (parseHanNumeral(tens[1] ?? '') ?? 10) + 1, length: tens[0].length, delimiterLength: 1, strength: 'weak' } };
      return null;
    }
    const m = digits.exec(content);
    if (m) {
      const number = slipNumber(m[1] ?? '');
      if (number === null || !opensTitle(content.charCodeAt(m[0].length))) return null;
      return { type: 'outlineMarker', marker: { style: 'arabic', number, length: m[0].length, delimiterLength: 1, strength: 'weak' } };
    }
    const spaced = spacedDigits.exec(content);
    if (spaced) {
      // (A space may follow the delimiter, as the scan spaced the digits: `1 0. 全面加强…`.)
      const after = content.charCodeAt(spaced[0].length) === 0x20 ? spaced[0].length + 1 : spaced[0].length;
      if (!opensTitle(content.charCodeAt(after))) return null;
      return { type: 'outlineMarker', marker: { style: 'arabic', number: Number(`${spaced[1]}${spaced[2]}`), length: spaced[0].length, delimiterLength: 1, strength: 'weak' } };
    }
    const tensInParen = parenTensDash.exec(content);
    const tensAfter = tensInParen === null ? 0 : skipSpaces(content, tensInParen[0].length);
    if (tensInParen && (opensTitle(content.charCodeAt(tensAfter)) || opensWithDate(content.slice(tensAfter))))
      return { type: 'outlineMarker', marker: { style: 'han-paren', number: (parseHanNumeral(tensInParen[1] ?? '') ?? 10) + 1, length: tensInParen[0].length, delimiterLength: 1, strength: 'weak' } };
    const b = slippedBrackets.exec(content);
    if (b) {
      if (!opensTitle(content.charCodeAt(skipSpaces(content, b[0].length)))) return null;
      const hanNumeral = b[1] ?? b[3] ?? b[5] ?? b[7] ?? b[9] ?? b[11];
      const number = hanNumeral !== undefined ? parseHanNumeral(hanNumeral) : Number(b[2] ?? b[4] ?? b[6] ?? b[8] ?? b[10] ?? b[12]);
      if (number === null || number < 1) return null;
      return { type: 'outlineMarker', marker: { style: hanNumeral !== undefined ? 'han-paren' : 'arabic-paren', number, length: b[0].length, delimiterLength: 1, strength: 'weak' } };
    }
    const u = unclosed.exec(content);
    if (u) {
      const number = u[1] !== undefined ? parseHanNumeral(u[1]) : Number(u[2]);
      if (number === null || number < 1) return null;
      return { type: 'outlineMarker', marker: { style: u[1] !== undefined ? 'han-paren' : 'arabic-paren', number, length: u[0].trimEnd().length, delimiterLength: 0, strength: 'weak' } };
    }
    const p = paren.exec(content);
    if (p) {
      const dashed = p[1] === '—' || p[1] === '-' || p[1] === '=' || p[1] === '+';
      const number = p[1] === '—' || p[1] === '-' ? 1 : p[1] === '=' ? 2 : p[1] === '+' ? 10 : slipNumber(p[1] ?? '');
      const after = content.charCodeAt(p[0].length) === 0x20 ? p[0].length + 1 : p[0].length;
      // (A date may open a slipped `（l）`'s title too, `（l）9月至10月，…`, as it opens a schedule's items.)
      if (number === null || !((dashed ? opensDashTitle : opensTitle)(content.charCodeAt(after)) || (!dashed && opensWithDate(content.slice(after))))) return null;
      const style = dashed ? 'han-paren' : 'arabic-paren';
      return { type: 'outlineMarker', marker: { style, number, length: p[0].length, delimiterLength: 1, strength: 'weak' } };
    }
    const c = circledSlip.exec(content);
    if (c && opensTitle(content.charCodeAt(c[0].length)))
      return { type: 'outlineMarker', marker: { style: 'circled', number: circledSlips[c[0]] ?? 1, length: c[0].length, delimiterLength: 0, strength: 'weak' } };
    // (A space before the delimiter too, as the scan spaced it: `— 、指导思想`.)
    const d = dash.exec(content);
    if (d && opensDashTitle(content.charCodeAt(d[0].length)))
      return { type: 'outlineMarker', marker: { style: 'han', number: 1, length: d[0].length, delimiterLength: 1, strength: 'weak' } };
    if (equals.test(content) && opensDashTitle(content.charCodeAt(2)))
      return { type: 'outlineMarker', marker: { style: 'han', number: 2, length: 2, delimiterLength: 1, strength: 'weak' } };
    if (plus.test(content) && opensDashTitle(content.charCodeAt(2)))
      return { type: 'outlineMarker', marker: { style: 'han', number: 10, length: 2, delimiterLength: 1, strength: 'weak' } };
    const tens = plusTens.exec(content);
    if (tens && opensDashTitle(content.charCodeAt(tens[0].length)))
      return { type: 'outlineMarker', marker: { style: 'han', number: 10 + (parseHanNumeral(tens[1] ?? '') ?? 0), length: tens[0].length, delimiterLength: 1, strength: 'weak' } };
    if (dashShi.test(content) && opensTitle(content.charCodeAt(2)))
      return { type: 'outlineMarker', marker: { style: 'shi', number: 1, length: 2, delimiterLength: 0, strength: 'paragraph' } };
    if (equalsShi.test(content) && opensTitle(content.charCodeAt(2)))
      return { type: 'outlineMarker', marker: { style: 'shi', number: 2, length: 2, delimiterLength: 0, strength: 'paragraph' } };
    if (sForFive.test(content) && opensTitle(content.charCodeAt(2)))
      return { type: 'outlineMarker', marker: { style: 'arabic', number: 5, length: 2, delimiterLength: 1, strength: 'weak' } };
    return null;
  },
});
