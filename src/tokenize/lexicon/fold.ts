// Normalisation for recognition only. The fold maps every UTF-16 unit to exactly one unit, so an index in
// the folded line is the same index in the line as written: rules match on the fold and slice the original.
import { traditionalPairs } from './traditional.js';

/**
 * Folds a line for recognition: full-width ASCII variants (`（１．Ａ：`) to ASCII, traditional characters to
 * simplified ones (`工作計畫` → `工作计画`, `辦法` → `办法`: the lexicon is written in simplified characters), and every
 * kind of white space (U+3000, U+00A0, tabs, en/em spaces, zero-width and invisible characters, BOM, line and paragraph
 * separators, HTML space entities and break or formatting tags left as text) to a plain space.
 */
export function fold(text: string): string {
  const n = text.length;
  let i = 0;
  while (i < n && foldTo[text.charCodeAt(i)] === 0) i++;
  let folded = text;
  if (i < n) {
    // The line's codes, folded, made into one string at once (a line of Chinese text folds many `，` `（`).
    const codes = scratch.length >= n ? scratch : (scratch = new Uint16Array(Math.max(n, 2 * scratch.length)));
    for (let k = 0; k < n; k++) {
      const c = text.charCodeAt(k);
      codes[k] = foldTo[c] || c;
    }
    folded = decodeUtf16(codes, n);
  }
  const spaced = folded.includes('&') ? folded.replace(spaceEntities, blankOf).replace(markEntities, markOf) : folded;
  return spaced.includes('<') ? spaced.replace(breakTags, blankOf) : spaced;
}

// Space entities left as text by a web page copied without its HTML decoded (`&nbsp;&nbsp;一、总体要求`): each
// folds to as many spaces as it has units. Fixed alternatives after a literal `&`: no backtracking.
// (An old page may drop an entity's semicolon, `&nbsp&nbsp二、…`: the name alone, no letter after it, is one too.)
const entitySource = '&(?:nbsp|ensp|emsp|thinsp|#160|#12288|#x3000|#xa0|#8194|#8195)(?:;|(?![A-Za-z]))';
const spaceEntities = new RegExp(entitySource, 'gi');

// The entities of a breadcrumb's separators, left as text the same way (`首页 &gt; 政务公开 &gt; 计划总结`): each folds to
// its character, then spaces up to its length, so that the line is read as a breadcrumb.
const markEntities = /&(?:gt|raquo|rsaquo);/gi;
const entityMarks: Record<string, string> = { gt: '>', raquo: '»', rsaquo: '›' };

function markOf(entity: string): string {
  return (entityMarks[entity.slice(1, -1).toLowerCase()] ?? ' ').padEnd(entity.length, ' ');
}

// The tags of a line or paragraph break and of inline formatting left as text by a web page (`一、指导思想<br>`,
// `<p style="text-indent:2em;"><strong>一、…</strong></p>`, Word's empty `<o:p></o:p>`): white space like the entities. Fixed names after a literal
// `<`, then `>` or one bounded run of anything but `<` and `>` up to the `>`: no backtracking.
const tagSource = '<\\/?(?:br|p|strong|b|em|i|u|span|font|div|h[1-6]|o:p)(?:[ \\t/][^<>]{0,200})?>';
const breakTags = new RegExp(tagSource, 'gi');

/** A line or paragraph break written as a tag: `<br>`, `<br/>`, `<br />`, `</p>` (one of the tags above). */
const lineBreakTag = /<br ?\/?>|<\/p>/gi;

/** The first line break written as a tag at or after `from` (`…城市更新<br/>启动…`): its index and length, or null. */
export function lineBreakTagAt(text: string, from: number): { index: number; length: number } | null {
  lineBreakTag.lastIndex = from;
  const m = lineBreakTag.exec(text);
  return m === null ? null : { index: m.index, length: m[0].length };
}

/** A line without the tags the fold blanks (`石门县<span lang="EN-US">2024</span>年…` → `石门县2024年…`): for measuring gaps. */
export function withoutTags(text: string): string {
  return text.includes('<') ? text.replace(breakTags, '') : text;
}
const tagAt = new RegExp(tagSource, 'iy');
const entityAt = new RegExp(entitySource, 'iy');

/**
 * Index of the first unit at or after `from` that is neither space nor markup the fold blanks (a tag, a space entity):
 * where a line's content starts for the rules.
 */
export function skipBlanked(text: string, from: number): number {
  let i = skipSpaces(text, from);
  for (;;) {
    const c = text.charCodeAt(i);
    const pattern = c === 0x3c ? tagAt : c === 0x26 ? entityAt : null;
    if (pattern === null) return i;
    pattern.lastIndex = i;
    if (!pattern.test(text)) return i;
    i = skipSpaces(text, pattern.lastIndex);
  }
}

function blankOf(entity: string): string {
  return ' '.repeat(entity.length);
}

/** How much of a long line's head and tail `foldEnds` folds, counted from its first and last non-space unit. */
export const foldedHead = 32;
export const foldedTail = 48;
/** Content (without leading and trailing space) up to this many units is folded whole. */
export const foldedWhole = 100;

/**
 * The fold the tokenizer gives its rules: the whole line when its content has at most `foldedWhole` units; of a
 * longer line only the first `foldedHead` and last `foldedTail` units of its content (leading and trailing space
 * included), with the middle as written (indices still match the line). Line rules look at a long line's start
 * (markers) and end (page references, leaders) only, and every rule that reads a whole line stops at 100 units;
 * folding the middle of long paragraphs, full of `，`, was a fifth of tokenizing.
 */
export function foldEnds(text: string): string {
  if (text.length <= foldedWhole) return fold(text);
  const first = skipBlanked(text, 0);
  const last = trimEnd(text);
  if (last - first <= foldedWhole) return fold(text);
  const headEnd = first + foldedHead;
  const tailStart = last - foldedTail;
  const head = text.slice(0, headEnd);
  const tail = text.slice(tailStart);
  const foldedHeadText = fold(head);
  const foldedTailText = fold(tail);
  if (foldedHeadText === head && foldedTailText === tail) return text;
  return foldedHeadText + text.slice(headEnd, tailStart) + foldedTailText;
}

/** A buffer for the folded codes of a line, grown to the longest line met. */
let scratch = new Uint16Array(256);

/** The string of the first `n` codes of `codes`, in chunks (`String.fromCharCode` takes its codes as arguments). */
function decodeUtf16(codes: Uint16Array, n: number): string {
  const chunk = 4096;
  if (n <= chunk) return String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[]);
  let out = '';
  for (let k = 0; k < n; k += chunk) out += String.fromCharCode.apply(null, codes.subarray(k, Math.min(n, k + chunk)) as unknown as number[]);
  return out;
}

/**
 * What each UTF-16 unit folds to, 0 for itself: a table, so that finding the first unit to fold is a loop over the
 * line's codes (no regular expression, linear, faster than a character class of three thousand characters).
 * - full-width ASCII variants U+FF01–U+FF5E: their ASCII character; the dot radical `丶` U+4E36: `、`; katakana `ニ` U+30CB and `ー` U+30FC (OCR for 二 and 一): the numerals; the horizontal bar `―` U+2015: `—`; the hyphens U+2010 U+2011: `-`;
 * - every unit `isSpaceCode` accepts, bar the space itself: a space (control characters, and invisible characters web pages leave in text count
 *   as space: soft hyphen U+00AD, the marks U+200E U+200F, the line and paragraph separators U+2028 U+2029, invisible
 *   operators U+2061–U+2064, Hangul fillers U+3164 U+FFA0 (used as blanks), the object replacement U+FFFC (an image
 *   that was not copied));
 * - a traditional character: its first simplified form in OpenCC's character table (opencc-js, read in traditional.ts),
 *   where both are one unit (`計` → `计`, `臺` → `台`); plan documents from Taiwan, Hong Kong and Macau, and mainland
 *   ones converted or typed in traditional characters, are then read by the same lexicon.
 */
const foldTo = buildFoldTable();

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let i = 0; i < traditionalPairs.length; i += 2) table[traditionalPairs.charCodeAt(i)] = traditionalPairs.charCodeAt(i + 1);
  for (let c = 0xff01; c <= 0xff5e; c++) table[c] = c - 0xfee0;
  // `丶` (the dot radical) is what OCR and some input methods give for the ideographic comma (`三丶重点任务`).
  table[0x4e36] = 0x3001;
  // The half-width ideographic comma `､` (U+FF64, NFKC's `、`), as some OCR engines give it (`3､ 实施…`).
  table[0xff64] = 0x3001;
  // Katakana OCR reads for numerals' strokes: `ニ` for 二 (`第十ニ条`), `ー` (the long vowel mark) for 一 (`第ー章`).
  table[0x30cb] = 0x4e8c;
  table[0x30fc] = 0x4e00;
  // Dashes of other widths: the horizontal bar `―` as the em dash (`第―条`, OCR's 一), the hyphens U+2010 U+2011 as `-`.
  table[0x2015] = 0x2014;
  table[0x2010] = 0x2d;
  table[0x2011] = 0x2d;
  // The white space units bar the space itself (`isSpaceCode` reads them here): tab, vertical tab, form feed,
  // U+3000, no-break spaces, soft hyphen, separators, Hangul fillers, BOM, U+FFFC; en/em and zero-width spaces and
  // marks; invisible operators.
  for (const c of [0x09, 0x0b, 0x0c, 0x3000, 0x00a0, 0x00ad, 0x2028, 0x2029, 0x202f, 0x3164, 0xfeff, 0xffa0, 0xfffc]) table[c] = 0x20;
  for (let c = 0x2000; c <= 0x200f; c++) table[c] = 0x20;
  // Control characters: C0 (DOS's end-of-file mark `^Z` left where two files were joined, a backspace, an escape) and
  // C1 (the next-line mark U+0085 of an old encoding), and DEL.
  for (let c = 1; c <= 0x9f; c++) if (isControl(c)) table[c] = 0x20;
  for (let c = 0x205f; c <= 0x2064; c++) table[c] = 0x20;
  return table;
}

/**
 * C0 controls other than NUL (kept and reported: a sign of a wrong encoding, `encoding` diagnostic), tab, line feed,
 * vertical tab, form feed and carriage return; DEL; C1 controls.
 */
function isControl(c: number): boolean {
  return (c > 0 && c < 0x09) || (c > 0x0d && c < 0x20) || (c >= 0x7f && c <= 0x9f);
}

/**
 * Units that show nothing at all (zero-width spaces, joiners and marks, a soft hyphen, a BOM, the word joiner and the
 * invisible operators): among those `fold` turns into a space, the ones with no width either.
 */
export function isInvisible(c: number): boolean {
  // (Control characters show nothing: U+001A is DOS's end-of-file mark, left after a file's last line.)
  return isControl(c) || c === 0x00ad || c === 0xfeff || (c >= 0x200b && c <= 0x200f) || (c >= 0x2060 && c <= 0x2064);
}

/** `text` without the units that show nothing (the same string when it has none): what a title says. */
export function withoutInvisibles(text: string): string {
  let i = 0;
  while (i < text.length && !isInvisible(text.charCodeAt(i))) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) if (!isInvisible(text.charCodeAt(i))) out += text[i];
  return out;
}

/** True for characters that `fold` turns into a space, and the space itself. */
export function isSpaceCode(c: number): boolean {
  // The table holds the one list of them (nothing else folds to a space).
  return c === 0x20 || foldTo[c] === 0x20;
}

/** Index of the first non-space unit at or after `from` (the length when there is none). */
export function skipSpaces(text: string, from = 0): number {
  let i = from;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** Index just past the last non-space unit. */
export function trimEnd(text: string): number {
  let i = text.length;
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}
