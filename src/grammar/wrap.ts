// The wrap width of hard-wrapped text (PDF or Word extraction, a phone's narrow screen), measured over the lines'
// display widths (a Han character counts 2) as a file's mode, per region where it narrows, or on the top lines; and
// whether a line is cut off by it (full, and not ending its sentence): detectWrap(tokens) → WrapInfo (width 0 when
// the text is not wrapped), continues(line, wrap).
import type { Token } from '../types.js';
import { fold, isInvisible } from '../tokenize/lexicon/fold.js';
import { endsWithFile } from '../tokenize/lexicon/files.js';
import { hasBarCells, hasCells, hasSpaceCells } from '../tokenize/lexicon/chars.js';
import { isBoxHeading } from '../tokenize/lexicon/doc-types.js';
import { unclosedBracket, endsWithAbbreviation } from './brackets.js';

/** East Asian wide UTF-16 units (inclusive ranges): width 2. A high surrogate counts 2 for its pair, a low one 0. */
const wideRanges: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], [0x2e80, 0xa4cf], [0xac00, 0xd7a3], [0xd800, 0xdbff],
  [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60], [0xffe0, 0xffe6],
];

/**
 * Symbols of ambiguous East Asian width that Chinese text sets full-width: the characters of GB2312's symbol rows
 * (0xA1–0xA2, box drawing 0xA9) below U+2E80 — “ ” ‘ ’ … — · × ° ℃ ① ⑴ ⒈ Ⅰ ■ ★ and the like (test/grammar/blocks.test.ts
 * derives the list from the GB18030 decoder). PDF extraction wraps Chinese text at a width in which they take two
 * columns; counted as one, a wrapped line holding a pair of quotes looked too short to be cut off.
 */
const gbSymbolRanges: readonly (readonly [number, number])[] = [
  [0xa4, 0xa4], [0xa7, 0xa8], [0xb0, 0xb1], [0xb7, 0xb7], [0xd7, 0xd7], [0xf7, 0xf7], [0x2c7, 0x2c7], [0x2c9, 0x2c9],
  [0x2014, 0x2014], [0x2016, 0x2016], [0x2018, 0x2019], [0x201c, 0x201d], [0x2026, 0x2026], [0x2030, 0x2030],
  [0x2032, 0x2033], [0x203b, 0x203b], [0x20ac, 0x20ac], [0x2103, 0x2103], [0x2116, 0x2116], [0x2160, 0x216b],
  [0x2170, 0x2179], [0x2190, 0x2193], [0x2208, 0x2208], [0x220f, 0x220f], [0x2211, 0x2211], [0x221a, 0x221a],
  [0x221d, 0x221e], [0x2220, 0x2220], [0x2225, 0x2225], [0x2227, 0x222b], [0x222e, 0x222e], [0x2234, 0x2237],
  [0x223d, 0x223d], [0x2248, 0x2248], [0x224c, 0x224c], [0x2260, 0x2261], [0x2264, 0x2265], [0x226e, 0x226f],
  [0x2299, 0x2299], [0x22a5, 0x22a5], [0x2312, 0x2312], [0x2460, 0x2469], [0x2474, 0x249b], [0x2500, 0x254b],
  [0x25a0, 0x25a1], [0x25b2, 0x25b3], [0x25c6, 0x25c7], [0x25cb, 0x25cb], [0x25ce, 0x25cf], [0x2605, 0x2606],
  [0x2640, 0x2640], [0x2642, 0x2642],
];

/** The width of every UTF-16 unit, made on first use (filled by ranges: a loop over all units took 3–7 ms). */
let unitWidths: Uint8Array | undefined;

function widthTable(): Uint8Array {
  const widths = new Uint8Array(0x10000).fill(1);
  for (const [from, to] of wideRanges) widths.fill(2, from, to + 1);
  for (const [from, to] of gbSymbolRanges) widths.fill(2, from, to + 1);
  return widths.fill(0, 0xdc00, 0xe000);
}

/** Display width: East Asian wide characters and the symbols Chinese text sets full-width count 2, others 1. */
export function displayWidth(text: string): number {
  const widths = (unitWidths ??= widthTable());
  let w = 0;
  for (let i = 0; i < text.length; i++) w += widths[text.charCodeAt(i)] as number;
  return w;
}

export interface WrapInfo {
  /** Display width at which the text was wrapped (wide characters count 2); 0 when it was not. */
  width: number;
  /** The same measured in characters (PDF extraction wraps by either); 0 when it was not. */
  chars: number;
  /** Runs of lines wrapped narrower than the rest of the file (a notice above its attachment), by line; in line order. */
  regions?: readonly WrapRegion[];
}

export interface WrapRegion {
  line: number;
  endLine: number;
  wrap: WrapInfo;
}

export const noWrap: WrapInfo = { width: 0, chars: 0 };

export const minWrapWidth = 30; // 15 Han characters

/** The narrowest wrap looked for when no wider one is found: a phone screen's large type, 12 Han characters. */
const minNarrowWrapWidth = 24;

export const maxWrapWidth = 200;

/**
 * The value most lines reach (counting those up to `tolerance` below it), when at least 4 lines and a third of
 * the measured lines do and at most a tenth of the long lines go far beyond it; 0 otherwise. Values are integers.
 * One native sort, then a sliding window: a histogram in a Map cost a lookup per value and per tolerance step.
 */
export function modalWidth(values: readonly number[], tolerance: number): number {
  const n = values.length;
  if (n < 4) return 0;
  const sorted = Int32Array.from(values).sort();
  let best = 0;
  let bestCount = 0;
  let lo = 0;
  for (let i = 0; i < n; i++) {
    const w = sorted[i] as number;
    if (i + 1 < n && sorted[i + 1] === w) continue; // the last of equal values counts them all
    while ((sorted[lo] as number) < w - tolerance) lo++;
    const count = i + 1 - lo;
    if (count > bestCount || (count === bestCount && w > best)) {
      best = w;
      bestCount = count;
    }
  }
  // Lines can run a little past the width (half-width digits, hanging punctuation): few may go far beyond.
  let beyond = 0;
  let longLines = 0;
  for (let i = 0; i < n; i++) {
    const w = sorted[i] as number;
    if (w > best + tolerance + 2) beyond++;
    if (w >= best - tolerance) longLines++;
  }
  return bestCount >= 4 && bestCount * 3 >= n && beyond * 10 <= longLines ? best : 0;
}

/**
 * The width a text's longest lines pile up at, when at least 5 lines reach it (counting those up to `tolerance` below)
 * and at most a tenth of them go far beyond it; 0 otherwise. A short document of headings and short paragraphs,
 * wrapped, has few full lines, too few for `modalWidth`, but no line runs past the wrap: a text written without one
 * has a long tail of lengths instead of a ceiling. Linear after one sort: a window slides down from the longest line.
 */
export function ceilingWidth(values: readonly number[], tolerance: number): number {
  const n = values.length;
  if (n < 5) return 0;
  const sorted = Int32Array.from(values).sort();
  let hi = n - 1;
  for (let i = n - 1; i >= 0; i--) {
    const w = sorted[i] as number;
    if (i > 0 && sorted[i - 1] === w) continue; // the first of equal values counts them all
    while ((sorted[hi] as number) > w + tolerance + 2) hi--;
    const beyond = n - 1 - hi;
    let lo = i;
    while (lo > 0 && (sorted[lo - 1] as number) >= w - tolerance) lo--;
    const reach = i - lo + countEqual(sorted, i);
    if (beyond * 10 > hi + 1 - lo) return 0;
    if (reach >= 5) return w;
  }
  return 0;
}

/** Values equal to `sorted[i]` from `i` on. */
function countEqual(sorted: Int32Array, i: number): number {
  let k = i;
  while (k < sorted.length && sorted[k] === sorted[i]) k++;
  return k - i;
}

/** The display widths and lengths of the lines that may be wrapped (not blank or noise, at least `minWrapWidth` wide). */
function measure(tokens: readonly Token[], min = minWrapWidth): { widths: number[]; lengths: number[]; textWidths: number[] } {
  const widths: number[] = [];
  const lengths: number[] = [];
  /** The widths without a table of contents' entries. */
  const textWidths: number[] = [];
  for (const t of tokens) {
    if (t.type === 'blank' || t.type === 'noise') continue;
    const text = t.text.trimEnd();
    // No wrap is wider than maxWrapWidth columns: a longer line only counts as one that goes beyond (no char loop).
    const w = text.length > maxWrapWidth ? maxWrapWidth * 2 + text.length : displayWidth(text);
    // A table's rows, wider than the text around them (`序号  项目名称    总投资…`), are not wrapped prose: not measured.
    if (w >= min && !hasColumns(t)) {
      widths.push(w);
      lengths.push(text.length);
      if (t.type !== 'tocEntry') textWidths.push(w);
    }
  }
  return { widths, lengths, textWidths };
}

/** Finds the width at which a text was hard-wrapped, in display columns and in characters. */
export function detectWrap(tokens: readonly Token[]): WrapInfo {
  // The text's lines first: a table of contents' entries run their leaders to an edge of their own, often wider.
  // The text's lines first, in display columns: a table of contents' entries run their leaders of ASCII dots to an edge
  // of their own, often wider (counted in characters, they are as long as a line of text).
  const { widths, lengths, textWidths } = measure(tokens);
  const width = (textWidths.length < widths.length ? modalWidth(textWidths, 4) : 0) || modalWidth(widths, 4);
  const chars = modalWidth(lengths, 2);
  if (width || chars) return withNarrowRegions(tokens, cutAt(tokens, { width, chars }));
  const ceiling = cutAt(tokens, { width: ceilingWidth(widths, 4), chars: ceilingWidth(lengths, 2) });
  const wrap = withNarrowRegions(tokens, ceiling === noWrap ? topLinesCut(tokens, lengths) : ceiling);
  if (wrap !== noWrap) return wrap;
  const parts = wrappedParts(tokens);
  return parts === noWrap ? phoneWrap(tokens) : parts;
}

/**
 * Text wrapped narrower than any page, as a phone shows it in large type (12–14 Han characters a line): measured with
 * the narrower minimum when no wider wrap was found; no wrap when most lines are not that narrow (markers alone on their
 * lines left out).
 */
function phoneWrap(tokens: readonly Token[]): WrapInfo {
  // Many lines are that short, two in five (one look at their lengths first: most files are not, and are left at once;
  // a chat's names, times and `收到` between the bubbles are lines too).
  // (No line of it is much longer: a tenth of long lines is a page's text, not a phone's.)
  let short = 0;
  let long = 0;
  let lines = 0;
  for (const t of tokens) {
    if (t.type === 'blank' || t.type === 'noise' || isMarkerAlone(t)) continue;
    lines++;
    const n = t.content.length;
    if (n >= 9 && n <= 20) short++;
    else if (n > 40) long++;
  }
  if (short < 8 || short * 5 < lines * 2 || long * 10 > lines) return noWrap;
  const { widths, lengths } = measure(tokens, minNarrowWrapWidth);
  const width = modalWidth(widths, 4);
  const chars = modalWidth(lengths, 2);
  // (Up to the page's minimum itself: 15 characters a line with a digit or two among them measure 30.)
  if (!((width > 0 && width <= minWrapWidth) || (chars > 0 && chars * 2 <= minWrapWidth))) return noWrap;
  // Such text is cut everywhere: many of its lines reach the width (one in three: a chat's names and times between the
  // bubbles are lines too), and most of those go on below (a form's or a table's short rows, `序号　村名　任务`, reach a
  // width too, but end where they end).
  let full = 0;
  let cut = 0;
  for (const t of tokens) {
    if (t.type === 'blank' || t.type === 'noise' || isMarkerAlone(t)) continue;
    const text = t.text.trimEnd();
    const w = width > 0 ? displayWidth(text) : 0;
    if ((width > 0 && w >= width - 4 && w <= width) || (chars > 0 && text.length >= chars - 2 && text.length <= chars)) {
      full++;
      if (!endsParagraph(t.content)) cut++;
    }
  }
  return full >= 8 && full * 3 >= lines && cut * 3 >= full * 2 ? cutAt(tokens, { width, chars }) : noWrap;
}

/**
 * A marker alone on its line (`1.`, `（一）`, `三、`, its text on the next line, as OCR of a list's layout gives it): no line
 * of the text's width, counted neither way when a wrap is measured.
 */
export function isMarkerAlone(t: Token): boolean {
  return t.type === 'outlineMarker' && t.marker !== undefined && t.marker.contentColumn > t.text.trimEnd().length;
}

/**
 * In a file not wrapped as a whole, the documents of it that were (a compilation whose first plan was pasted from Word,
 * one paragraph per line, and whose next ones were extracted from PDFs wrapped at 34 and 28 characters): runs of lines
 * apart at lines longer than any page's wrap and at titles, each with its own wrap when it has one. No wrap when none has.
 */
function wrappedParts(tokens: readonly Token[]): WrapInfo {
  const regions: WrapRegion[] = [];
  let from = 0;
  // Lines of a run that may be cut by a wrap (long enough, no sentence end, the text going on): a run with fewer than
  // `minRegionCuts` has no wrap of its own, and is not measured.
  let cuts = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    const length = t === undefined ? 0 : t.text.trimEnd().length;
    if (t !== undefined && t.type !== 'titleCandidate' && length <= maxTopWrap) {
      if (length * 2 >= minWrapWidth && t.type !== 'blank' && t.type !== 'noise' && !endsParagraph(t.content) && (midSentence.test(t.content) || goesOn(tokens, i + 1))) cuts++;
      continue;
    }
    if (i - from >= minRegionLines && cuts >= minRegionCuts) {
      const run = tokens.slice(from, i);
      const own = narrowerWrap(run);
      if (own !== noWrap) regions.push({ line: (run[0] as Token).line, endLine: (run[run.length - 1] as Token).line, wrap: own });
    }
    from = i + 1;
    cuts = 0;
  }
  return regions.length > 0 ? { width: 0, chars: 0, regions } : noWrap;
}

/** Measured lines a run needs before its own wrap is looked for, and cut lines at that wrap. */
const minRegionLines = 6;

const minRegionCuts = 4;

/**
 * The wrap with the runs of lines wrapped narrower than it (two PDFs extracted into one file: a notice wrapped at 34
 * characters above an attachment wrapped at 40). A run is a stretch of lines none of which is full at the file's
 * wrap; one whose own lines pile up at a narrower width, most of them cut mid-sentence, is a region with that wrap.
 * Each line is measured once more, in one pass: linear.
 */
function withNarrowRegions(tokens: readonly Token[], wrap: WrapInfo): WrapInfo {
  if (wrap === noWrap) return wrap;
  const regions: WrapRegion[] = [];
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (t !== undefined && (t.type === 'blank' || t.type === 'noise' || !isFullLine(t, wrap))) continue;
    if (i - from >= minRegionLines) {
      const run = tokens.slice(from, i);
      const own = narrowerWrap(run);
      if (own !== noWrap) regions.push({ line: (run[0] as Token).line, endLine: (run[run.length - 1] as Token).line, wrap: own });
    }
    from = i + 1;
  }
  // (A box inside a region keeps the region's wrap; the others join the list in line order.)
  if (wrap.width > 0) {
    const boxes = boxRegions(tokens, wrap.width).filter((b) => !regions.some((r) => b.line <= r.endLine && r.line <= b.endLine));
    if (boxes.length > 0) {
      regions.push(...boxes);
      regions.sort((a, b) => a.line - b.line);
    }
  }
  return regions.length > 0 ? { ...wrap, regions } : wrap;
}

/**
 * The boxes of a typeset plan (`专栏1 “十四五”公路重点工程` / `1.高速公路：建成…南接` / `施沪宁高速…改造。`), set a few
 * characters narrower than the page: the lines under a box's heading, up to a blank line, each box with the width its
 * widest lines reach when two of them at least are cut mid-sentence there. One pass over the lines: linear.
 */
function boxRegions(tokens: readonly Token[], pageWidth: number): WrapRegion[] {
  const regions: WrapRegion[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i] as Token;
    if (head.content.charCodeAt(0) !== 0x4e13 /* 专 */ || !isBoxHeading(fold(head.content).trim())) continue;
    let end = i + 1;
    let widest = 0;
    // (Up to a blank line, or a line as wide as the page's: the text goes on below the box.)
    while (end < tokens.length && (tokens[end] as Token).type !== 'blank' && (tokens[end] as Token).type !== 'noise' && end - i <= maxBoxLines) {
      const width = displayWidth((tokens[end] as Token).text.trimEnd());
      if (width > pageWidth - 4) break;
      widest = Math.max(widest, width);
      end++;
    }
    const box = tokens.slice(i + 1, end);
    if (widest < minWrapWidth || box.length < 2) continue;
    const own = { width: widest, chars: 0 };
    const { full, cut } = fullLinesCut(box, own);
    if (cut >= 2 && cut * 3 >= full * 2) regions.push({ line: (box[0] as Token).line, endLine: (box[box.length - 1] as Token).line, wrap: own });
    i = end - 1;
  }
  return regions;
}

/** The most lines a box is looked at for. */
const maxBoxLines = 40;

/**
 * The wrap of a run of lines by its own measure, when it is prose wrapped: table rows (cells apart by tabs, bars or
 * runs of spaces, box-drawing rules) are not measured, and at least `minRegionCuts` of the lines at its width are cut
 * mid-sentence, two in three of them (a run of short items or form rows can share a length too).
 */
function narrowerWrap(run: readonly Token[]): WrapInfo {
  const { widths, lengths } = measure(run.filter((t) => !isRowLike(t)));
  if (lengths.length < minRegionLines) return noWrap;
  const width = modalWidth(widths, 4);
  const chars = modalWidth(lengths, 2);
  const own = width || chars ? cutAt(run, { width, chars }) : noWrap;
  if (own === noWrap) return noWrap;
  const { full, cut } = fullLinesCut(run, own);
  return cut >= minRegionCuts && cut * 3 >= full * 2 ? own : noWrap;
}

const boxDrawing = /[\u2500-\u257f]/;

/** A table's row flattened to a line: cells apart by tabs, bars or runs of spaces, or box-drawing rules. */
function isRowLike(t: Token): boolean {
  return hasCells(t.text, fold(t.text)) || boxDrawing.test(t.text);
}

/**
 * A table's row with columns apart by runs of spaces or by bars (`序号  项目名称    总投资（亿元）`, `合计    107.9    35.7`):
 * never a line of wrapped prose. (A tab after a marker, `第一条⇥为了…`, parts no columns.)
 */
const columnGap = /[ \u3000\u00a0\t][ \u3000\u00a0\t]|[|]/;

export function hasColumns(t: Token): boolean {
  // Most lines have no two spaces in a row and no bar: no fold for them. A web page's navigation and bylines
  // (`首页 | 政务公开 | …`, `来源：…　　发布时间：…`) are cut by the wrap like text.
  if (t.type === 'noise' || t.type === 'meta' || !columnGap.test(t.content)) return false;
  const folded = fold(t.content);
  return hasSpaceCells(folded) || hasBarCells(folded);
}

/** The wrap that holds at `token`: its region's (a binary search: regions are in line order), or the file's. */
function wrapAt(token: Token, wrap: WrapInfo): WrapInfo {
  const regions = wrap.regions;
  if (regions === undefined) return wrap;
  let lo = 0;
  let hi = regions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = regions[mid] as WrapRegion;
    if (token.line < r.line) hi = mid - 1;
    else if (token.line > r.endLine) lo = mid + 1;
    else return r.wrap;
  }
  return wrap;
}

/** Wraps narrower than this many characters are no PDF page's (a short document's longest lines are); wider, no A4 page's. */
const minTopWrap = 28;

const maxTopWrap = 60;

/**
 * A short document with only two or three wrapped paragraphs: the longest lines, all of exactly one length (at least
 * two, and `minTopWrap` characters or more), each cut mid-sentence with a plain line going on below it. Lines of a text
 * written without a wrap seldom share their greatest length, and seldom all end inside a sentence.
 */
function topLinesCut(tokens: readonly Token[], lengths: readonly number[]): WrapInfo {
  let top = 0;
  for (const n of lengths) if (n > top) top = n;
  if (top < minTopWrap || top > maxTopWrap) return noWrap;
  let at = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === 'blank' || t.type === 'noise' || t.text.trimEnd().length !== top) continue;
    const next = tokens[i + 1];
    if (endsParagraph(t.content) || next === undefined || next.type !== 'paragraph') return noWrap;
    at++;
  }
  return at >= 2 ? { width: 0, chars: top } : noWrap;
}

/**
 * The wrap found in display columns and in characters, if most of its full lines are cut; else the one of the two
 * that alone finds cut lines. The two can disagree: lines with digits are narrower, so the display width piles up a
 * few columns below the cut (74 for a 40-character wrap) and counts whole paragraphs of 37 characters as full, while
 * counted in characters, paragraphs of 34 characters with a few digits in them reach a 36-character wrap.
 */
function cutAt(tokens: readonly Token[], wrap: WrapInfo): WrapInfo {
  if (wrap.width === 0 && wrap.chars === 0) return noWrap;
  if (mostFullLinesCut(tokens, wrap)) return wrap;
  if (wrap.width === 0 || wrap.chars === 0) return noWrap;
  for (const one of [{ width: 0, chars: wrap.chars }, { width: wrap.width, chars: 0 }]) if (mostFullLinesCut(tokens, one)) return one;
  return noWrap;
}

/**
 * Whether more than half of the lines that reach the wrap width end mid-sentence, as text cut by a wrap does (seven to
 * ten in ten in extracted PDFs). A text of short lines of similar length (`（一）加强…建设` / `每月召开一次例会。`) has a
 * modal width too, but most of its full lines end sentences. Half is enough from six full lines on: a list of items
 * written to fill a line (`…年内完成2轮评价。` at exactly the width) ends as many full lines as its wrapped paragraphs cut.
 */
function mostFullLinesCut(tokens: readonly Token[], wrap: WrapInfo): boolean {
  const { full, cut } = fullLinesCut(tokens, wrap);
  return cut * 2 > full || (cut * 2 === full && full >= 6);
}

/** How many lines reach the wrap, and how many of those are cut mid-sentence. */
function fullLinesCut(tokens: readonly Token[], wrap: WrapInfo): { full: number; cut: number } {
  let full = 0;
  let cut = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === 'blank' || t.type === 'noise' || !isFullLine(t, wrap)) continue;
    full++;
    // Cut: no sentence end, and a comma at the end or a next line that can go on with it (past a page break). A web
    // page's short unpunctuated lines (a title, a table row, a metadata line) are followed by a key or a heading.
    if (!endsParagraph(t.content) && (midSentence.test(t.content) || goesOn(tokens, i + 1))) cut++;
  }
  return { full, cut };
}

const midSentence = /[，,、；;]$/;

/** A line that ends with a comma: its sentence goes on. */
export const endsWithComma = /[，,、]$/;
/** A line that ends an item of a list with a semicolon (`…；`): the sentence goes on in the next item. */
export const endsWithSemicolon = /[；;]$/;
/** A line that ends with a colon: it introduces what follows. */
export const endsWithColon = /[:：]$/;

/** The index of the first token from `from` on (or back, with `step` -1) that is not blank; out of range when none is. */
export function skipBlank(tokens: readonly Token[], from: number, step: 1 | -1 = 1): number {
  let j = from;
  while (j >= 0 && j < tokens.length && tokens[j]?.type === 'blank') j += step;
  return j;
}

function goesOn(tokens: readonly Token[], from: number): boolean {
  let j = from;
  while (j < tokens.length && (tokens[j]?.type === 'blank' || tokens[j]?.kind === 'page-number')) j++;
  const next = tokens[j];
  if (next === undefined) return false;
  return next.type === 'paragraph' || next.type === 'titleCandidate' || (next.type === 'outlineMarker' && next.marker?.strength === 'weak');
}

/** Whether a line starts with the form feed of a page break (`pdftotext` starts each page with one). */
export function startsPage(token: Token): boolean {
  return token.text.charCodeAt(0) === 0x0c;
}

/**
 * Where a line's text starts, for comparing indentation: its column, without the form feeds that start a page in
 * extracted text (`\f　　第二条…` is indented like `　　第二条…`).
 */
export function indentOf(token: Token): number {
  // (Form feeds and the units that show nothing, a BOM or a zero-width space left at a line's start, indent nothing.)
  let hidden = 0;
  for (let i = 0; i < token.column - 1; i++) {
    const c = token.text.charCodeAt(i);
    if (c === 0x0c || isInvisible(c)) hidden++;
  }
  return token.column - hidden;
}

/** How many units deeper than the next line a centred line starts (a paragraph's first-line indent is 2 to 4). */
export const centredIndent = 8;

/** How many characters past the wrap a line of wrapped text may run (half-width digits, hanging punctuation). */
const beyondWrap = 6;

/** Whether a line reaches the wrap width (so the text probably goes on on the next line). */
export function isFullLine(token: Token, fileWrap: WrapInfo): boolean {
  const wrap = wrapAt(token, fileWrap);
  const text = token.text.trimEnd();
  // A line far longer than the wrap was not wrapped at it (a web notice above a wrapped attachment): it ends there.
  if (text.length > maxWrapWidth || (wrap.chars > 0 && text.length > wrap.chars + beyondWrap && (wrap.width === 0 || displayWidth(text) > wrap.width + 2 * beyondWrap)))
    return false;
  // A centred line (`pdftotext -layout`) is padded with spaces, one column each: counted in characters, a short
  // title with deep padding reaches the width of a full line of text; its display width does not.
  const centred = indentOf(token) > centredIndent && wrap.width > 0;
  const full = (wrap.chars > 0 && !centred && text.length >= wrap.chars - 2) || (wrap.width > 0 && ((!centred && text.length >= wrap.width - 4) || displayWidth(text) >= wrap.width - 4));
  // A table's row (`合计        107.9      35.7`) is no line of wrapped text, however long (looked at last: it folds).
  return full && !hasColumns(token);
}

// A full line ending in a closing quote, `》` or `；` goes on (`…“市培计划”` / `培训项目。`); a bracket at the end closes a remark
// (`（责任单位：…）`), which ends paragraphs.
export const paragraphEnd = /[。！？!?…：:）)】]$/;

/** Whether a line is cut off by the wrap: full, and not ending a sentence or a bracket. */
export function continues(prev: Token, wrap: WrapInfo): boolean {
  return isFullLine(prev, wrap) && !endsParagraph(prev.content);
}

/**
 * Whether a line's last character may end its paragraph: a sentence end, a colon, a closing bracket; not a colon inside
 * a bracket left open (`…以上（牵头单位：` / `县发改局；…）`, where a colon outside one may end a paragraph that introduces a
 * list) or in a time or ratio cut by the wrap (`…上午8:` / `30至12:00`).
 */
export function endsParagraph(content: string): boolean {
  return (paragraphEnd.test(content) && !colonInsideBracket(content) && !timeAtEnd.test(content) && !endsWithAbbreviation(content)) || endsWithFile(content);
}

/** A colon inside a bracket left open; the brackets are counted in the line only. */
function colonInsideBracket(content: string): boolean {
  const last = content.charCodeAt(content.length - 1);
  return (last === 0xff1a || last === 0x3a) && unclosedBracket(content);
}

const timeAtEnd = /[0-9][:：]$/;
