// Titles and texts: a node's title is its text up to the end of the first sentence of its first paragraph.
import type { Token } from '../types.js';
import type { Block } from './blocks.js';
import { isDigit, isHan, isLatinLetter } from '../tokenize/lexicon/chars.js';
import { foldEnds, isSpaceCode, lineBreakTagAt, skipSpaces, trimEnd, withoutInvisibles, withoutTags } from '../tokenize/lexicon/fold.js';

/** Two wrapped lines of one paragraph, joined as they were before the wrap. */
export function joinWrapped(a: string, b: string): string {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const left = a.charCodeAt(a.length - 1);
  const right = b.charCodeAt(0);
  // Wrapped Chinese text joins without a space, and so does a number cut in two (`学位1` / `2000个`, `8:` / `30`,
  // `2017-` / `2020`) and a Latin word in Chinese text, which a wrap by characters cuts anywhere (`PDC` / `A、品管圈`);
  // two Latin words of Latin text keep one between them.
  if (isDigit(right) && (isDigit(left) || (numberJoiners.has(left) && isDigit(a.charCodeAt(a.length - 2))))) return a + b;
  // A line that starts with a closing mark or a unit was cut before it (`达60` / `%。`, `37.3` / `℃`): a wrap between
  // words never leaves one there.
  if (closers.has(right)) return a + b;
  if (isLatinLetter(left) && isLatinLetter(right) && (isHan(a.charCodeAt(0)) || isHan(b.charCodeAt(b.length - 1)) || hasHan(a))) return a + b;
  // Curly quotes, dashes and ellipses are full-width in Chinese text (`…“一站式”` / `“一窗通办”…`).
  if ((cjkPunctuation(left) || cjkPunctuation(right)) && hasHan(a)) return a + b;
  return isHan(left) || isHan(right) || left > 0x2e7f || right > 0x2e7f ? a + b : `${a} ${b}`;
}

/** `:` `-` `/` `.` `~`, which join the parts of a time, a ratio, a range or a date. */
const numberJoiners = new Set([0x3a, 0x2d, 0x2f, 0x2e, 0x7e]);

/** `%` `‰` `℃` `)` `]` `,` `.` `;` `:` `!` `?`, which stick to what goes before them. */
const closers = new Set([0x25, 0x2030, 0x2103, 0x29, 0x5d, 0x2c, 0x2e, 0x3b, 0x3a, 0x21, 0x3f]);

/** `‘` `’` `“` `”` `—` `…`: punctuation below U+2E80 that Chinese text sets full-width. */
function cjkPunctuation(code: number): boolean {
  return (code >= 0x2018 && code <= 0x201d) || code === 0x2014 || code === 0x2026;
}

/** Whether a line holds a Han character (in its last 40 units: the line being joined). */
function hasHan(text: string): boolean {
  for (let i = Math.max(0, text.length - 40); i < text.length; i++) if (isHan(text.charCodeAt(i))) return true;
  return false;
}

/** A block's text as one paragraph: its lines trimmed and joined; `fromColumn` cuts the first line (after a marker). */
export function blockText(block: Block, fromColumn?: number): string {
  let text = '';
  block.lines.forEach((t: Token, i) => {
    const part = i === 0 && fromColumn !== undefined ? t.text.slice(fromColumn - 1).trim() : t.content;
    text = joinWrapped(text, part);
  });
  return text;
}

// Before a `.` used as a full stop: a Han character or a closing bracket or quote; after it: a Han character, a
// digit, an opening bracket or quote, a space or the paragraph's end.
const closing = new Set(Array.from('）)”’」』》】'));
const opening = new Set(Array.from('“‘「『《（(【'));

function isStopDot(paragraph: string, at: number): boolean {
  const before = paragraph.charCodeAt(at - 1);
  if (!(isHan(before) || closing.has(paragraph[at - 1] ?? ''))) return false;
  if (at + 1 >= paragraph.length) return true;
  const after = paragraph.charCodeAt(at + 1);
  return isHan(after) || isDigit(after) || (after >= 0xff10 && after <= 0xff19) || after === 0x20 || after === 0x3000 || opening.has(paragraph[at + 1] ?? '');
}

/**
 * Where a paragraph's first sentence ends: its first `。！？` (`!?` too), or a `.` `．` used as a full stop by text
 * typed with ASCII punctuation (`落实稳岗返还政策.对不裁员的企业…`, `强化资金保障.2024年安排…`, `加强宣传引导.`): after a
 * Han character or a closing bracket, before words, a number, a space or the end. `1.5万`, `www.gov.cn`, `等...`
 * and `第3.2条` end nothing.
 * -1 when the paragraph is one sentence.
 */
export function sentenceEndIndex(paragraph: string): number {
  let citation: boolean | undefined;
  // Where a paragraph has a `。`, its `.` are typos or abbreviations, no full stops; a `.` that ends the paragraph
  // ends no sentence before the end (the title is the whole paragraph, the `.` included, as the conventions say).
  let ascii: boolean | undefined;
  const lastUnit = trimEnd(paragraph) - 1;
  for (let i = 0; i < paragraph.length; i++) {
    const c = paragraph.charCodeAt(i);
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f) return i;
    // (ASCII `!` `?` between a Latin word and Chinese close the English the sentence quotes, `执教Unit 5 Do you have a
    // soccer ball?一课`, not the sentence.)
    if ((c === 0x21 || c === 0x3f) && !(isLatinLetter(paragraph.charCodeAt(i - 1)) && isHan(paragraph.charCodeAt(i + 1)))) return i;
    if ((c === 0x2e || c === 0xff0e) && i < lastUnit && isStopDot(paragraph, i) && (ascii ??= !paragraph.includes('。'))) {
      // A reference's dots part its fields (`严蔚敏，吴伟民.数据结构[M].北京：…`, `…．北京：清华大学出版社，2007．`): no full
      // stops.
      citation ??= referenceType.test(paragraph) || paragraph.includes('出版社');
      if (!citation) return i;
    }
  }
  return -1;
}

/** The type of a work cited as GB/T 7714 writes it: `[M]` a book, `[J]` a journal, `[EB/OL]` a web page … */
const referenceType = /\[(?:M|J|D|C|N|R|S|P|Z|G|A|EB\/OL|M\/OL|J\/OL|DB\/OL)\]/;

/**
 * The title of a paragraph: up to (not including) the end of its first sentence, or the whole paragraph; without the
 * white space around it, an HTML break or space left as text included (`指导思想<br>`, `…&nbsp;`).
 */
export function titleOf(paragraph: string): string {
  let end = sentenceEndIndex(paragraph);
  // A line break a web page left as a tag (`1.聚力城市更新<br/>启动老旧小区改造…`) ends the title as a line's end does,
  // when text follows it: the page shows the rest on the next line.
  const lt = paragraph.indexOf('<');
  const br = lt >= 0 && (end < 0 || lt < end) ? lineBreakTagAt(paragraph, lt) : null;
  if (br !== null && (end < 0 || br.index < end) && paragraph.slice(br.index + br.length, end < 0 ? undefined : end).trim() !== '' && paragraph.slice(0, br.index).trim() !== '') end = br.index;
  const cut = end >= 0 ? paragraph.slice(0, end) : paragraph;
  // Characters that show nothing (a web page's zero-width spaces, a soft hyphen) are no part of what a title says; the
  // node's `text` keeps them as written.
  // (Nor are the tags of a web page's inline formatting left inside it, `…分析会，</font>9月…`: the fold blanks only a
  // title's ends.)
  const title = withoutTags(withoutInvisibles(cut));
  // Most titles start and end with a word: nothing to fold. Otherwise only their ends are folded (long titles too).
  if (!mayFoldToSpace(title.charCodeAt(0)) && !mayFoldToSpace(title.charCodeAt(title.length - 1))) return title;
  const folded = foldEnds(title);
  return title.slice(skipSpaces(folded), Math.max(skipSpaces(folded), trimEnd(folded)));
}

/** Whether a unit may be, or end or start, what the fold makes a space: white space, `&nbsp;`, `<br>`. */
function mayFoldToSpace(code: number): boolean {
  return isSpaceCode(code) || code === 0x26 /* & */ || code === 0x3b /* ; */ || code === 0x3c /* < */ || code === 0x3e /* > */ || code === 10 || code === 13;
}
