// Token[] → Block[]: physical lines grouped into paragraphs. In most files a paragraph is one line; in text
// hard-wrapped by PDF or Word extraction a paragraph runs over its wrapped lines, and page numbers or running
// headers between them are set aside (they are not part of it).
import { isDocumentNumber, isIssuerLine, titleKey } from './documents.js';
import { attachmentLabel, endingKind, looksLikeTitle, weakDocumentKinds } from '../tokenize/lexicon/doc-types.js';
import type { Marker, MarkerStyle, Token } from '../types.js';
import { fold } from '../tokenize/lexicon/fold.js';
import { hasBarCells, hasCells, hasSpaceCells, hasTabCells, isHan } from '../tokenize/lexicon/chars.js';
import { isNeighbourLink, isScreenBar } from '../tokenize/rules/navigation.js';
import { isPageJump } from '../tokenize/rules/page-number.js';

export interface Block {
  /** The first line's token decides what the block is. */
  first: Token;
  /** Every physical line of the paragraph, in order (the first included). */
  lines: Token[];
  /** Page numbers and running headers met between the wrapped lines. */
  noise: Token[];
  line: number;
  endLine: number;
  /**
   * Index of the first and the last line of the block in the token stream it was grouped from (the grammar's: without
   * the spacing of double-spaced text). Blocks with nothing between them in the stream are adjacent (`adjacent`).
   */
  start: number;
  end: number;
}

/** Whether block `b` comes right after block `a`, with no line (blank or noise) between them. */
export function adjacent(a: Block, b: Block): boolean {
  return b.start === a.end + 1;
}

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

const minWrapWidth = 30; // 15 Han characters
/** The narrowest wrap looked for when no wider one is found: a phone screen's large type, 12 Han characters. */
const minNarrowWrapWidth = 24;
const maxWrapWidth = 200;

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
function measure(tokens: readonly Token[], min = minWrapWidth): { widths: number[]; lengths: number[] } {
  const widths: number[] = [];
  const lengths: number[] = [];
  for (const t of tokens) {
    if (t.type === 'blank' || t.type === 'noise') continue;
    const text = t.text.trimEnd();
    // No wrap is wider than maxWrapWidth columns: a longer line only counts as one that goes beyond (no char loop).
    const w = text.length > maxWrapWidth ? maxWrapWidth * 2 + text.length : displayWidth(text);
    // A table's rows, wider than the text around them (`序号  项目名称    总投资…`), are not wrapped prose: not measured.
    if (w >= min && !hasColumns(t)) {
      widths.push(w);
      lengths.push(text.length);
    }
  }
  return { widths, lengths };
}

/** Finds the width at which a text was hard-wrapped, in display columns and in characters. */
export function detectWrap(tokens: readonly Token[]): WrapInfo {
  const { widths, lengths } = measure(tokens);
  const width = modalWidth(widths, 4);
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
 * the narrower minimum when no wider wrap was found; no wrap when most lines are not that narrow.
 */
function phoneWrap(tokens: readonly Token[]): WrapInfo {
  // Most lines are that short (one look at their lengths first: most files are not, and are left at once).
  // (No line of it is much longer: a tenth of long lines is a page's text, not a phone's.)
  let short = 0;
  let long = 0;
  let lines = 0;
  for (const t of tokens) {
    if (t.type === 'blank' || t.type === 'noise') continue;
    lines++;
    const n = t.content.length;
    if (n >= 9 && n <= 20) short++;
    else if (n > 40) long++;
  }
  if (short < 8 || short * 2 < lines || long * 10 > lines) return noWrap;
  const { widths, lengths } = measure(tokens, minNarrowWrapWidth);
  const width = modalWidth(widths, 4);
  const chars = modalWidth(lengths, 2);
  if (!((width > 0 && width < minWrapWidth) || (chars > 0 && chars * 2 < minWrapWidth))) return noWrap;
  // Such text is cut everywhere: most of its lines reach the width, and most of those go on below (a form's or a
  // table's short rows, `序号　村名　任务`, reach a width too, but end where they end).
  let full = 0;
  let cut = 0;
  for (const t of tokens) {
    if (t.type === 'blank' || t.type === 'noise') continue;
    const text = t.text.trimEnd();
    const w = width > 0 ? displayWidth(text) : 0;
    if ((width > 0 && w >= width - 4 && w <= width) || (chars > 0 && text.length >= chars - 2 && text.length <= chars)) {
      full++;
      if (!endsParagraph(t.content)) cut++;
    }
  }
  return full >= 8 && full * 2 >= lines && cut * 3 >= full * 2 ? cutAt(tokens, { width, chars }) : noWrap;
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
  return regions.length > 0 ? { ...wrap, regions } : wrap;
}

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
function hasColumns(t: Token): boolean {
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
const endsWithComma = /[，,、]$/;

/** The index of the first token from `from` on (or back, with `step` -1) that is not blank; out of range when none is. */
function skipBlank(tokens: readonly Token[], from: number, step: 1 | -1 = 1): number {
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
  let feeds = 0;
  while (token.text.charCodeAt(feeds) === 0x0c) feeds++;
  return token.column - feeds;
}

/** How many units deeper than the next line a centred line starts (a paragraph's first-line indent is 2 to 4). */
const centredIndent = 8;
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
const paragraphEnd = /[。！？!?…：:）)】]$/;

/** Whether a line is cut off by the wrap: full, and not ending a sentence or a bracket. */
export function continues(prev: Token, wrap: WrapInfo): boolean {
  return isFullLine(prev, wrap) && !endsParagraph(prev.content);
}

/**
 * Whether a line's last character may end its paragraph: a sentence end, a colon, a closing bracket; not a colon inside
 * a bracket left open (`…以上（牵头单位：` / `县发改局；…）`, where a colon outside one may end a paragraph that introduces a
 * list) or in a time or ratio cut by the wrap (`…上午8:` / `30至12:00`).
 */
function endsParagraph(content: string): boolean {
  return (paragraphEnd.test(content) && !colonInsideBracket(content) && !timeAtEnd.test(content)) || endsWithFile(content);
}

/** A file's name, or its size after it, at the end of a line (`[文件] …计划（定稿）.pdf 1.3MB`, `附件：…表.docx`): a link, not cut. */
const fileAtEnd = /\.(?:pdf|docx?|xlsx?|wps|pptx?|zip|rar)(?: ?\(?\d{1,4}(?:\.\d{1,2})? ?[KMG]B?\)?)?$/i;

export function endsWithFile(content: string): boolean {
  return content.length >= 5 && fileAtEnd.test(fold(content.slice(-16)));
}

/** A colon inside a bracket left open; the brackets are counted in the line only. */
function colonInsideBracket(content: string): boolean {
  const last = content.charCodeAt(content.length - 1);
  return (last === 0xff1a || last === 0x3a) && unclosedBracket(content);
}

/** Whether a line leaves a round bracket open. */
function unclosedBracket(content: string): boolean {
  return openBrackets(content, 0) > 0;
}

/** Whether a paragraph's lines leave a round bracket open (a few lines per paragraph). */
function leavesBracketOpen(lines: readonly Token[]): boolean {
  let open = 0;
  for (const line of lines) open = openBrackets(line.content, open);
  return open > 0;
}

const roundCodes = [0xff08, 0x28, 0xff09, 0x29] as const;
const bookCodes = [0x300a, 0x300a, 0x300b, 0x300b] as const;

/**
 * Brackets still open after `content`, with `open` open before it: round ones (`（` `(`), or those of a book title
 * (`《`) when `book` is set.
 */
function openBrackets(content: string, open: number, book = false): number {
  const [opening, opening2, closing, closing2] = book ? bookCodes : roundCodes;
  let n = open;
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    if (c === opening || c === opening2) n++;
    else if ((c === closing || c === closing2) && n > 0) n--;
  }
  return n;
}

/**
 * A full line ending in a colon inside a remark that an earlier line of its paragraph opened (`…（牵头单位：县工信局；` /
 * `责任单位：…；完成时限：` / `2024年12月底）`): the remark goes on. The paragraph's lines are counted (a few per
 * paragraph).
 */
function colonInOpenRemark(lines: readonly Token[], wrap: WrapInfo): boolean {
  const last = lines[lines.length - 1] as Token;
  const end = last.content.charCodeAt(last.content.length - 1);
  if ((end !== 0xff1a && end !== 0x3a) || lines.length < 2 || !isFullLine(last, wrap)) return false;
  return leavesBracketOpen(lines);
}

/**
 * In wrapped text, a line that ends inside a bracket it opened (`…的意见》（教技函` / `〔2019〕36号）和…`), cut short
 * where the next word would not fit: no paragraph ends there, so the plain line below goes on with it (the line has
 * at least half the wrap's width; the paragraph's lines are counted, a few per paragraph).
 */
function leftInBracket(lines: readonly Token[], next: Token, wrap: WrapInfo): boolean {
  const last = lines[lines.length - 1] as Token;
  if (wrap === noWrap || next.type !== 'paragraph' || endsParagraph(last.content)) return false;
  const width = wrap.chars > 0 ? wrap.chars : wrap.width / 2;
  if (last.text.trimEnd().length * 2 < width) return false;
  return leavesBracketOpen(lines);
}

/**
 * A notice's title broken inside the name of the document it issues, centred over two or three lines
 * (`…关于印发《…管理系统` / `安全生产…实施方案` / `（2024—2026年）》的通知`): the index of its last line, when the plain
 * lines right below the first close its `《` within three lines and the whole reads as a title; -1 otherwise.
 */
function bookTitleEnd(tokens: readonly Token[], at: number): number {
  const first = (tokens[at] as Token).content;
  const about = first.indexOf('关于');
  if (about === -1 || first.indexOf('《', about) === -1) return -1;
  let open = openBrackets(first, 0, true);
  let text = first;
  for (let k = at + 1; k <= at + 2 && open > 0; k++) {
    const t = tokens[k];
    if (t === undefined || (t.type !== 'paragraph' && t.type !== 'titleCandidate')) return -1;
    open = openBrackets(t.content, open, true);
    text += t.content;
    if (open === 0) return looksLikeTitle(fold(text).trim()) ? k : -1;
  }
  return -1;
}

/**
 * In text wrapped by display width, a line cut short before a word of digits or Latin letters that would not have fit
 * (`…数据中台尾款，合计` / `1,118.27万元，…`): no sentence ends at its end, and the line with that word added runs past
 * the wrap, so the line below, indented no deeper, goes on with it.
 */
function cutBeforeWord(last: Token, next: Token, wrap: WrapInfo): boolean {
  if (wrap.width === 0 || endsParagraph(last.content)) return false;
  if (next.type !== 'paragraph' && !(next.type === 'outlineMarker' && next.marker?.strength === 'weak')) return false;
  // Not indented deeper (a paragraph's first line); the wrap's width is known to a hanging punctuation mark or two.
  if (indentOf(next) > indentOf(last)) return false;
  const word = unbreakableWord.exec(next.content);
  return word !== null && displayWidth(last.text.trimEnd()) + word[0].length > wrap.width - 2;
}

/**
 * A line cut short because the typesetter may not start a line with a closing mark, so the characters before it went
 * down with it (`…党组织领导的校长负责制落地见` / `效。按照…`, `…病例数未超` / `10例。`): no paragraph starts with one to
 * three characters and a mark, so they go on with the line above when that line is long (most of the wrap's width; in
 * text not found wrapped, 20 characters) and ends inside a sentence.
 */
function pushedByClosingMark(last: Token, next: Token, wrap: WrapInfo): boolean {
  if (next.type !== 'paragraph' || !pushedBeforeMark.test(next.content) || endsParagraph(last.content) || indentOf(next) > indentOf(last)) return false;
  const width = displayWidth(last.text.trimEnd());
  return wrap.width === 0 ? width >= 40 : width >= 0.75 * wrap.width;
}

/**
 * One to three characters, then the end of a sentence (`效。`, `10例。`, `措施；`); not a word and a comma (`同时，…`,
 * `各系部、…`), a label and its colon (`答：…`), or a quoted term (`“一核”即…`), which open paragraphs.
 */
const pushedBeforeMark = /^[^\s。！？，；：:、“‘（(《【”’）》]{1,3}[。！？；]/;

/** A run of digits and Latin letters with the signs inside numbers (`1,118.27`, `ISO9001`, `3.5%`): at least 3 units. */
const unbreakableWord = /^[0-9A-Za-z][0-9A-Za-z,.%:/-]{2,}/;

/**
 * In wrapped text, the last words of a long heading set in a larger type, so broken before the body's width (`第三章
 * 深入打好污染防治攻坚战，持续改善环境` / `质量` / `第四节 …`): a short plain line without punctuation right under a numbered
 * heading that fills most of a line and ends inside its words, with the next heading right after it.
 */
function isHeadingTail(lines: readonly Token[], tokens: readonly Token[], i: number, wrap: WrapInfo): boolean {
  const head = lines[0] as Token;
  const next = tokens[i];
  if (wrap === noWrap || lines.length !== 1 || head.type !== 'outlineMarker' || head.marker?.strength === 'bullet' || next?.type !== 'paragraph') return false;
  // (Not a page's header after a form feed.)
  if (next.content.length > 8 || /[\p{P}\p{S}\d]/u.test(next.content) || !endsWithHan(head.content) || startsPage(next)) return false;
  // The answer to a heading that asks (`七、是否存在…占用资金情况` / `否`) is no part of it.
  if (answer.test(next.content) || head.content.includes('是否')) return false;
  const width = wrap.chars > 0 ? wrap.chars : wrap.width / 2;
  if (head.text.trimEnd().length * 10 < width * 6) return false;
  const after = tokens[skipNoise(tokens, i + 1)];
  return after === undefined || (after.type === 'outlineMarker' && after.marker?.strength !== 'bullet');
}

/** A one-word answer under a question in a form or a report: `是`, `否`, `无`, `不适用`. */
const answer = /^(?:是|否|有|无|适用|不适用|不涉及)$/;

/** The index of the first token from `from` on that is neither blank nor noise (the length when none is). */
function skipNoise(tokens: readonly Token[], from: number): number {
  let j = from;
  while (j < tokens.length && (tokens[j]?.type === 'blank' || tokens[j]?.type === 'noise')) j++;
  return j;
}

/** The rest of a reference to an item or a clause after its number: `项要求`, `款规定` (not `项目`). */
const clauseReference = /^[项款](?!目)/;
const opensAtEnd = /[（(【[《“‘「『〔]$/;
const endsWithHan = (text: string) => isHan(text.charCodeAt(text.length - 1));
/** A Chinese numeral and `、` at a line's end, after a word (`…推动一、`): an enumeration the wrap cut. */
const numeralListAtEnd = /[\u4e00-\u9fff]([一二三四五六七八九])、$/;

/** The Chinese numeral one below `n` (2 to 10), '' otherwise. */
function hanNumeralBefore(n: number): string {
  return n >= 2 && n <= 10 ? ('一二三四五六七八九'[n - 2] as string) : '';
}
const timeAtEnd = /[0-9][:：]$/;
const classAtStart = /^[（(][0-9０-９]{1,2}[）)]班/;
const latinAtEnd = /[A-Za-z]$/;
const latinAtStart = /^[A-Za-z]/;
/** What goes on a title below its line: `的通知`, `暨…`, `和…`, `（试行）`, `《…》`, a quote. */
const titleTail = /^[的暨和及与之（(《“〔【]/;

/** Punctuation no paragraph starts with. */
const cannotStart = /^[，,、；;：:。）)】》”’」』〕]/;

/** Marker styles that also number items inside a sentence. */
const inlineStyles: ReadonlySet<MarkerStyle> = new Set<MarkerStyle>(['arabic-paren', 'arabic-half-paren', 'circled']);

function startsNewParagraph(next: Token, last: Token, lines: readonly Token[]): boolean {
  // A number cut in two by the wrap (`…(2017-2` / `020)…`) is never a marker; nor is what follows `第` (`…第十一条第` /
  // `（一）项规定…`).
  if (/[0-9０-９]$/.test(last.content) && /^[0-9０-９]/.test(next.content)) return false;
  if (last.content.endsWith('第')) return false;
  // A reference to an item or a clause that the wrap put at a line's start (`…实施细则》第二部分` / `（三）项要求，…`,
  // `…第五条第` / `（二）款规定…`): no heading starts with 项 or 款 (`（三）项目建设` does).
  if (next.marker !== undefined && (next.marker.style === 'han-paren' || next.marker.style === 'arabic-paren') && clauseReference.test(next.content.slice(next.marker.contentColumn - next.column))) return false;
  // An opening bracket or quote at the end, whatever follows is inside it (`…要求：（` / `1）按时到校…`); a Latin word cut
  // by the wrap (`…（PDC` / `A、品管圈…）`) is no `A、` item; no paragraph starts with a comma or a closing bracket.
  if (opensAtEnd.test(last.content) || (latinAtEnd.test(last.content) && latinAtStart.test(next.content)) || cannotStart.test(next.content)) return false;
  // A title that fills the line ends there when the addressees follow (`…行动计划（2024—2026年）》的通知` / `各县（市、区）
  // 教育局，市直各幼儿园：`).
  if (last.type === 'titleCandidate' && next.content.length <= 60 && /[：:]$/.test(next.content)) return true;
  // …and when its issuer follows on a short line (`《…实施方案（2024—2027年）》政策解读` / `山东省能源局` / `2024年5月`).
  if (last.type === 'titleCandidate' && next.content.length <= 24 && isIssuerLine(next.content)) return true;
  // A title that ends in its kind ends there, unless the line below goes on with a title's tail (`…的通知`, `暨…`,
  // `（试行）`): `…经济责任审计报告` / `根据《中华人民共和国审计法》…`.
  // (The title's own line, first of its block: a body line cut after a kind's word, `…全部完成规范` / `化建设`, goes on.)
  if (last.type === 'titleCandidate' && lines.length === 1 && next.type === 'paragraph' && !weakDocumentKinds.has(endingKind(fold(last.content).trim()) ?? '') && !titleTail.test(next.content)) return true;
  // A document number stands on a line of its own (`…的通知` / `清教〔2012〕45号`); a notice's list of attachments
  // starts one (`联系人：…　0531-51763482` / `附件：1.…`).
  if (isDocumentNumber(next.content) || (next.content.charCodeAt(0) === 0x9644 /* 附 */ && attachmentLabel.test(fold(next.content)))) return true;
  // The close of a bracket left open (`…回执（附件` / `2）报…`); a class (`…八年级` / `（3）班班主任…`).
  if (next.marker?.style === 'arabic-half-paren' && unclosedBracket(last.content)) return false;
  if (last.content.endsWith('级') && classAtStart.test(next.content)) return false;
  // A note's mark that the wrap put at a line's start (`…平均浓度` / `①下降到31微克…`): the line above was cut inside
  // a word, where no list starts. An enumeration of numerals cut after its first (`…推动一、` / `二、三产业…`).
  if (next.marker?.style === 'circled' && endsWithHan(last.content) && indentOf(next) <= indentOf(last)) return false;
  if (next.marker?.style === 'han' && numeralListAtEnd.exec(last.content)?.[1] === hanNumeralBefore(next.marker.number)) return false;
  // An enumeration inside a sentence that the wrap put at a line's start (`…三项工作：（1）组织学习，` / `（2）开展轮训，`):
  // after a comma the sentence goes on, and `（2）` `②` `2）` are its inline items; after any line, when the item
  // before it stands inside the paragraph (`…三项：（1）配齐…；` / `（2）每学年…`, `…二是…联网；` / `三是…`).
  if (next.marker !== undefined && inlineStyles.has(next.marker.style) && endsWithComma.test(last.content) && indentOf(next) <= indentOf(last)) return false;
  if (next.marker !== undefined && indentOf(next) <= indentOf(last) && followsInlineItem(next.marker, lines)) return false;
  const continuation = next.type === 'paragraph' || next.type === 'titleCandidate' || (next.type === 'outlineMarker' && next.marker?.strength === 'weak');
  if (!continuation) return true;
  // Extracted text indents the first line of a paragraph: a line indented deeper than the one before opens one. A
  // line indented far deeper than the next is centred (a title in `pdftotext -layout` output): it ends where it is.
  return indentOf(next) > indentOf(last) || indentOf(last) - indentOf(next) >= centredIndent;
}

/** A form's place for a seal or a signature: `盖章`, `签字`, `单位公章`. */
const sealWords = '(?:单位)?(?:盖章|签字|签名|签章|公章)';
/** A form's seal or signature alone on its line (`（盖章）`, `（签字）`, `签名：`): no part of a title, and no title's end. */
export const sealOrSignature = new RegExp(`^[(（]?${sealWords}[)）:：]?$`);
const offTitleRemark = new RegExp(String.raw`\d ?月|[一二三四五六七八九十] ?月|通过|印发|发布|票决|产生|整理|第 ?[\d一二三四五六七八九十]{1,4} ?[次期]|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4} ?年 ?(?:修订|修正|修改|版)|链接|打印|收藏|分享| {2}(?:年|月|日|季度)|第[一二三四1-4 ]季度|学年|学期|[〔[]\d{4}[〕\]] ?\d{1,4} ?号|此件|(?:主动|免予|不予|依申请)公开|总分|满分|${sealWords}|内部(?:资料|文件|发行|刊物|使用)|注意保|妥善保管|阅后收回|秘密|机密|绝密|★`);

/**
 * A remark that dates the document or records its adoption (`（2024年3月）`, `（2023年12月20日…审议通过）`,
 * `（区十九届人大四次会议票决产生）`, `（根据录音整理）`, a revision `（2016年修订）`, a minutes' serial `（第3次）` or an issue's `（2024年第5期）`, `(2024-03-01 10:22:15)` below a
 * blog's title), a form's period to fill in (`（　　　年第　　季度）`, `（2024年第一季度）`), a school term
 * (`（2024—2025学年第一学期）`; a span of years, `（2024—2026年）`, is the plan's and stays), a document number
 * (`（临教发〔2020〕5号）`), a page's tool (`[复制链接]`), or how
 * the text may be passed on: its publication (`（此件主动公开）`, `（免予公开）`) or a letterhead's marking (`（内部资料　注意保存）`,
 * `（秘密★1年）`), the score a form totals (`（总分100分）`, `（满分100分）`), or a form's seal or signature (`（盖章）`). Not
 * part of the title.
 */
export function isOffTitleRemark(text: string): boolean {
  const content = fold(text);
  return offTitleRemark.test(content);
}

const hanDigits = '一二三四五六七八九十';

/** The item before `marker` as it is written inside a sentence, for the styles that number items inline; null for others. */
export function inlinePredecessor(marker: Marker): string | null {
  const n = marker.number - 1;
  if (n < 1) return null;
  switch (marker.style) {
    case 'arabic-paren':
      return `(${n})`;
    case 'arabic-half-paren':
      return `${n})`;
    case 'circled':
      return n <= 20 ? String.fromCharCode(0x2460 + n - 1) : null;
    case 'shi':
      return n <= 10 ? `${hanDigits[n - 1]}是` : null;
    default:
      return null;
  }
}

/**
 * Whether the item before `marker` stands inside the paragraph's last four lines (an item of a wrapped paragraph runs
 * over two or three), not as the paragraph's own marker.
 */
function followsInlineItem(marker: Marker, lines: readonly Token[]): boolean {
  const before = inlinePredecessor(marker);
  if (before === null) return false;
  for (let k = Math.max(0, lines.length - 4); k < lines.length; k++) {
    const line = lines[k] as Token;
    const at = fold(line.content).indexOf(before);
    if (at > 0 || (at === 0 && k > 0)) return true;
  }
  return false;
}

/**
 * Whether a full line that ends with a closing bracket goes on in the plain line right below it: `…控股子企业（以下统称
 * 各级企业）` / `的投资活动。` (no paragraph starts with 的, 等, 及 …), or a line less indented than the paragraph's
 * first (`　　第二条　…县城（含…开发区）` / `生活垃圾的…`). Otherwise a bracket at the end closes a remark.
 */
function goesOnAfterBracket(last: Token, next: Token, first: Token, wrap: WrapInfo): boolean {
  if (next.type !== 'paragraph' || !/[）)]$/.test(last.content) || !isFullLine(last, wrap)) return false;
  // A word that cannot open a paragraph, or punctuation (`…（2021年修订）` / `，结合我校实际…`); an item numbered inside
  // the sentence at the line's end (`…（三）政府资助；（四）` / `在核准的业务范围内…`).
  if (/^[的等及和之，,、；;：:。]/.test(next.content) || inlineItemAtEnd.test(last.content)) return true;
  // A word's short aside in flush text (`…责任单位为各县（市、区）` / `教育局、市直各学校，…`): part of a name, no remark.
  if (nameAside.test(last.content) && indentOf(first) === 1 && indentOf(next) === 1) return true;
  // Less indented than the paragraph's first line, by a paragraph's indent (not a centred title's).
  return first.type !== 'titleCandidate' && indentOf(next) < indentOf(first) && indentOf(first) - indentOf(next) < centredIndent;
}

const nameAside = /[\u4e00-\u9fff][（(][\u4e00-\u9fff、]{1,5}[）)]$/;
const inlineItemAtEnd = /[；;，,：:、][（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]$/;

/** Whether `next`, a plain line right below, goes on with `last`, which ends with a comma (no sentence ends there). */
function brokenAfterComma(last: Token, next: Token): boolean {
  return next.type === 'paragraph' && indentOf(next) <= indentOf(last) && endsWithComma.test(last.content);
}

/** A line that is one short remark in brackets: `（征求意见稿）`, `(2024年修订)`. */
export function isBracketedRemark(content: string): boolean {
  if (content.length < 3 || content.length > 24) return false;
  const open = content[0];
  const close = content[content.length - 1];
  const pairs: Record<string, string> = { '(': ')', '（': '）', '【': '】', '[': ']', '〔': '〕' };
  return open !== undefined && close !== undefined && pairs[open] === close && !/[。！？]/.test(content) && content.indexOf(close, 1) === content.length - 1;
}

/**
 * Running headers and footers of extracted text: the same short line, not a marker, in a file that has page breaks
 * (page numbers or form feeds; twice or more, each within two lines of a break) or was hard-wrapped (three times or
 * more). Returns the
 * tokens with those lines turned into noise.
 */
export function markRunningHeaders(tokens: readonly Token[], wrap: WrapInfo): Token[] {
  // A page break is a page number, or a line that starts with a form feed (`pdftotext` starts each page with one).
  const isBreak = (t: Token | undefined) => t !== undefined && (t.kind === 'page-number' || startsPage(t));
  const pages = tokens.filter(isBreak).length;
  if (pages < 2 && wrap === noWrap) return tokens.slice();
  const candidate = (t: Token) =>
    (t.type === 'paragraph' || t.type === 'titleCandidate' || t.type === 'meta') &&
    t.content.length <= 40 &&
    /^[\p{L}\p{N}[【(（]/u.test(t.content) &&
    /[\p{L}\p{N}].*[\p{L}\p{N}]/u.test(t.content);
  // Near a page number when there are page numbers; otherwise not the tail of a cut-off line.
  const placed = (i: number) => {
    if (pages >= 2) {
      for (let d = -2; d <= 2; d++) if (isBreak(tokens[i + d])) return true;
      return false;
    }
    const prev = tokens[i - 1];
    return !prev || prev.type === 'blank' || !continues(prev, wrap);
  };
  // Beside page numbers twice is enough (a document of two or three pages); without them, three times.
  const repeats = pages >= 2 ? 2 : 3;
  // A line whose numbering starts under it (`石门村村规民约` / `第一条…`, perhaps under a remark and a preamble) heads a
  // piece of its own there: a title that the next piece may share, not a header.
  const counts = new Map<string, number>();
  tokens.forEach((t, i) => {
    if (candidate(t) && placed(i) && !numberingOpensBelow(tokens, i)) counts.set(t.content, (counts.get(t.content) ?? 0) + 1);
  });
  // Without page numbers, a header also falls inside a paragraph the page cut (`…在基层的全面` / `XX公报` / `深度应用`),
  // where it is no line of its own: three times the same unpunctuated short line is a header wherever it stands.
  const anywhere = new Map<string, number>();
  if (pages < 2)
    for (const t of tokens) if (candidate(t) && !paragraphEnd.test(t.content)) anywhere.set(t.content, (anywhere.get(t.content) ?? 0) + 1);
  return tokens.map((t, i) =>
    candidate(t) &&
    ((placed(i) && (counts.get(t.content) ?? 0) >= repeats) || (anywhere.get(t.content) ?? 0) >= 3 || betweenPageParts(tokens, i, wrap) || aboveCutPage(tokens, i, wrap))
      ? { ...t, type: 'noise', kind: 'running-header' }
      : t,
  );
}

/**
 * Whether a numbering starts within the three lines under line `i`: the first marker there is a strong one numbered 1
 * (`一、`, `第一条`, `1.`), with only plain lines (a remark, a preamble) between.
 */
function numberingOpensBelow(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1, lines = 0; j < tokens.length && lines < 3; j++) {
    const t = tokens[j] as Token;
    if (t.type === 'blank') continue;
    if (t.type === 'outlineMarker' && t.marker !== undefined)
      return t.marker.number === 1 && t.marker.strength === 'strong' && t.marker.path.length === 1;
    // A heading between (`会议资料` / `会议须知` / `一、…`): the numbering is that heading's.
    if (t.type !== 'paragraph' && t.type !== 'meta') return false;
    lines++;
  }
  return false;
}

/**
 * In hard-wrapped text, a footer seen once: a short line naming the issuer or the document, right above a page number
 * that falls inside a sentence (the line above the footer is cut off, the one below the page number goes on with it).
 */
function aboveCutPage(tokens: readonly Token[], i: number, wrap: WrapInfo): boolean {
  const page = skipBlank(tokens, i + 1);
  if (wrap === noWrap || tokens[page]?.kind !== 'page-number') return false;
  return seenOnceAtBreak(tokens[i] as Token, tokens[skipBlank(tokens, i - 1, -1)], tokens[skipBlank(tokens, page + 1)], wrap);
}

/**
 * In hard-wrapped text, a header seen once: a short line naming an issuer, without a sentence end, right after a page
 * number (or starting with the form feed of a page break) that falls inside a sentence (the line before the page
 * number is cut off), with the sentence going on after it.
 */
function betweenPageParts(tokens: readonly Token[], i: number, wrap: WrapInfo): boolean {
  if (wrap === noWrap) return false;
  const t = tokens[i] as Token;
  // The page breaks at a page number above the line, or at the form feed that starts it.
  const page = startsPage(t) ? i : skipBlank(tokens, i - 1, -1);
  if (page !== i && tokens[page]?.kind !== 'page-number') return false;
  let above = skipBlank(tokens, page - 1, -1);
  // A form feed below the page number (`- 1 -` / `\f南湖区…方案`): the cut line is above both.
  if (page === i && tokens[above]?.kind === 'page-number') above = skipBlank(tokens, above - 1, -1);
  return seenOnceAtBreak(t, tokens[above], tokens[skipBlank(tokens, i + 1)], wrap);
}

/**
 * Whether `t`, at a page break between `cut` (a line the wrap cut mid-sentence) and `next` (a plain line going on with
 * it), is the page's header or footer: short, no sentence end, and naming the issuer (`XX区人民政府办公室`), the kind
 * of paper (`…规范性文件`) or the document's title. The rest of a heading cut by the page (`…需要破解的主` / `要矛盾`)
 * has no sentence end either, but names none of them.
 */
function seenOnceAtBreak(t: Token, cut: Token | undefined, next: Token | undefined, wrap: WrapInfo): boolean {
  // A title's header keeps the remark of the title (`…实施细则（试行）`): its closing bracket ends no paragraph.
  const bare = t.content.replace(trailingRemark, '');
  if (bare.length === 0 || paragraphEnd.test(bare) || isFullLine(t, wrap)) return false;
  // (A table of contents' last entry above the page number is cut from nothing: `…要点……3` / `— 2 —` / `…要点`.)
  if (cut === undefined || cut.type === 'noise' || cut.type === 'tocEntry' || !continues(cut, wrap) || next === undefined) return false;
  // The sentence goes on below: a plain line, or the next of the items it numbers inline (`…①…；②…；` / `③…`).
  if (next.type !== 'paragraph' && !(next.marker !== undefined && followsInlineItem(next.marker, [cut]))) return false;
  return isIssuerLine(t.content) || /文件$/.test(t.content) || looksLikeTitle(fold(bare).trim());
}

/** A short remark in brackets at the end of a title: `（试行）`, `(2024年修订)`, `（征求意见稿）`. */
const trailingRemark = /[(（][^()（）]{1,12}[)）]$/;

// A footnote rule: a short line of one dash or bar (`――――――――――`, `——————`, `__________`).
const footnoteRule = /^(?:―{3,80}|—{3,80}|_{3,80}|─{3,80}|-{3,80})$/;
/** How many lines a page's footnotes (rule included) may take. */
const maxFootnoteLines = 12;

/**
 * Footnotes at a page's foot in extracted text: a short rule, then notes that start with `①` (or `注`, `[1]`), right
 * above a page number or at the file's end. They are noise (kind `footnote`), so the paragraph cut by the page goes on after the page
 * number, and `①` is no item. Returns the tokens with those lines turned into noise.
 */
export function markFootnotes(tokens: Token[]): Token[] {
  // Each page number, and the end of the file (a Word export's notes under a rule after the text).
  for (let p = 0; p <= tokens.length; p++) {
    if (p < tokens.length && tokens[p]?.kind !== 'page-number') continue;
    // Back from the page number to a rule, over note lines, within a few lines.
    let rule = -1;
    for (let j = p - 1; j >= 0 && j >= p - maxFootnoteLines; j--) {
      const t = tokens[j] as Token;
      if (t.type === 'blank' || (t.type === 'noise' && t.kind !== 'separator')) continue;
      if (footnoteRule.test(t.content.replace(/ /g, ''))) {
        rule = j;
        break;
      }
    }
    if (rule < 0) continue;
    const firstNote = tokens[skipBlank(tokens, rule + 1)];
    if (firstNote === undefined || !(firstNote.marker?.style === 'circled' || /^(?:注|\[\d{1,2}\])/.test(firstNote.content))) continue;
    for (let j = rule; j < p; j++) {
      const t = tokens[j] as Token;
      if (t.type !== 'blank') tokens[j] = { ...t, type: 'noise', kind: 'footnote', marker: undefined };
    }
  }
  return tokens;
}

/** A note that explains a term: `①规模以上工业：指…`, `②人均可支配收入是指…`. */
const definesTerm = /^[\u2460-\u2473] ?[^，。；：:,;]{1,24}(?:[:：] ?(?:指|是指|即)|是指)/;

/** A circled number used as a note reference inside a line: after a word, before a space, digit, punctuation or the end. */
const circledChar = /[\u2460-\u2473]/g;
const referenceBefore = /[\p{L}\p{N}”’》）)%]/u;
const referenceAfter = /[\s\p{N}\p{P}]/u;

/**
 * Notes referenced in the text (`…建成高标准农田① 68 万亩`) and explained further down, without a rule above them
 * (`① 高标准农田是指…`): a line that starts with a circled number the text before it used as a note reference is a
 * note (noise, kind `footnote`) when it stands apart (after a blank line or another note, or above a page number), and so are the plain
 * lines below it up to a blank line or a marker (its wrapped text). A circled number before a word (`主要有①加强…`) is an inline item, no reference; `①` items right under a
 * heading stay items. One pass, and only when some line starts with a circled number.
 */
export function markEndnotes(tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.marker?.style === 'circled')) return tokens;
  const referenced = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // A note whose reference reads as an inline item (`…规模以上工业①增加值…`) still explains a term at a page's foot:
    // `①规模以上工业：指年主营业务收入…`.
    const note = t.marker?.style === 'circled' && ((referenced.has(t.marker.raw.charAt(0)) && standsApart(tokens, i)) || (definesTerm.test(t.content) && atPageFoot(tokens, i)));
    if (note) {
      tokens[i] = { ...t, type: 'noise', kind: 'footnote', marker: undefined };
      while (i + 1 < tokens.length && tokens[i + 1]?.type === 'paragraph' && tokens[i + 1]?.marker === undefined) {
        i++;
        tokens[i] = { ...(tokens[i] as Token), type: 'noise', kind: 'footnote' };
      }
      continue;
    }
    if (t.type === 'blank') continue;
    circledChar.lastIndex = 1;
    for (let m = circledChar.exec(t.content); m !== null; m = circledChar.exec(t.content)) {
      const before = t.content.charAt(m.index - 1);
      const after = t.content.charAt(m.index + 1);
      if (referenceBefore.test(before) && (after === '' || referenceAfter.test(after))) referenced.add(m[0]);
    }
  }
  return tokens;
}

/**
 * Whether a note stands apart: after a blank line (or the file's start), right after another note, or at a page's foot
 * (a page number follows it, past only notes).
 */
function standsApart(tokens: readonly Token[], i: number): boolean {
  return i === 0 || tokens[i - 1]?.type === 'blank' || tokens[i - 1]?.kind === 'footnote' || atPageFoot(tokens, i);
}

/** Whether a page number follows line `i` within a page's notes (`①…`, `②…` and their wrapped lines, blank lines). */
function atPageFoot(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + maxFootnoteLines; j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'page-number') return true;
    if (t.type !== 'blank' && t.type !== 'paragraph' && t.marker?.style !== 'circled') return false;
  }
  return false;
}

/**
 * Whether wrapped paragraphs indent their first line only: of the indented lines cut by the wrap, most are followed
 * by a line further left (the margin). At least 3 such lines.
 */
function indentsFirstLines(tokens: readonly Token[], wrap: WrapInfo, margin: number): boolean {
  let cut = 0;
  let back = 0;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    // Rows of a table (tab cells) are no paragraphs.
    if (indentOf(t) <= margin || t.type === 'blank' || t.type === 'noise' || next.type !== 'paragraph' || !continues(t, wrap) || hasTabCells(t.text)) continue;
    cut++;
    if (indentOf(next) < indentOf(t)) back++;
  }
  return cut >= 3 && back * 10 >= cut * 8;
}

/**
 * The column of a text's left margin, where wrapped lines go on (a `pdftotext` page indents every line by a few spaces,
 * first lines by a few more): the indent most plain lines right below a cut line have; 1 when there are none. Counted
 * in one pass, by a small histogram of indents.
 */
function marginOf(tokens: readonly Token[], wrap: WrapInfo): number {
  const counts = new Map<number, number>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === 'paragraph' && continues(tokens[i - 1] as Token, wrap)) counts.set(indentOf(t), (counts.get(indentOf(t)) ?? 0) + 1);
  }
  let margin = 1;
  let best = 0;
  for (const [indent, n] of counts) if (n > best || (n === best && indent < margin)) [margin, best] = [indent, n];
  return margin;
}

/**
 * In hard-wrapped text, the rest of a page's navigation or byline that the wrap cut (`首页 > … > 区政府信息` / `公开年报`,
 * `发布时间：… 来源：区政` / `府办公室　字号：大 中 小`): a plain line right under a full line of navigation or metadata is
 * more of it, not a title's first part or a paragraph. Returns the tokens with those lines taken as the line above.
 */
function markWrappedFurniture(tokens: Token[], wrap: WrapInfo): Token[] {
  if (wrap === noWrap) return tokens;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const above = tokens[i - 1] as Token;
    if (t.type !== 'paragraph' && t.type !== 'titleCandidate') continue;
    if ((above.type !== 'meta' && !(above.type === 'noise' && above.kind === 'navigation')) || !isFullLine(above, wrap) || isFullLine(t, wrap)) continue;
    // (A phone's status bar or an app's title bar is never cut: it is as wide as the screen, the text below it its own.)
    if (above.type === 'noise' && isScreenBar(above.content)) continue;
    // A tail that reads like a title is one only where no title can be: after a link to the next page, or above the
    // title the breadcrumb repeats (`…> 云溪市教` / `育局2023年工作总结` / `云溪市教育局2023年工作总结`).
    if (t.type === 'titleCandidate' && !isNeighbourLink(above.content) && !(tokens[i + 1]?.type === 'titleCandidate' && tokens[i + 1]?.content.endsWith(t.content))) continue;
    // A title's first line whose end stands on the next (`…> 计划总结` / `庆元县…2024年工作总结和` / `2025年工作计划`).
    const next = tokens[i + 1];
    // (Not a crumb's short tail, `…> 区政府信息` / `公开年报`, above the title.)
    if (t.type === 'paragraph' && t.content.length >= 10 && next?.type === 'titleCandidate' && looksLikeTitle(fold(t.content + next.content).trim())) continue;
    tokens[i] = { ...t, type: above.type, kind: above.kind };
  }
  return tokens;
}

/**
 * In a text with no wrap found, where paragraphs indent their first line (at least 5 indented lines, at most one flush
 * line for four indented ones), the display width of its longest line (up to `maxWrapWidth` characters); 0 otherwise.
 * A page extracted from a PDF with only a paragraph or two cut by the wrap has too few cut lines to measure a wrap.
 */
function indentedCeiling(tokens: readonly Token[]): number {
  let indented = 0;
  let flushLines = 0;
  /** Flush plain lines right below an indented line that ends mid-sentence: the only lines the rule may join. */
  let cuts = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.type !== 'paragraph' && t.type !== 'outlineMarker') continue;
    if (indentOf(t) > 1) {
      indented++;
      continue;
    }
    flushLines++;
    const above = tokens[k - 1];
    if (above !== undefined && flushBelowCut(above, t)) cuts++;
  }
  // (At most one flush line goes on below each indented one: with more flush lines than that, no need to measure.)
  if (cuts === 0 || indented < 5 || (flushLines - indented) * 4 > indented) return 0;
  let widest = 0;
  for (const t of tokens) {
    if ((t.type !== 'paragraph' && t.type !== 'outlineMarker') || indentOf(t) === 1) continue;
    const text = t.text.trimEnd();
    // (A line of n units is at most 2n wide: one no wider than the widest so far is not measured.)
    if (text.length <= maxWrapWidth && text.length * 2 > widest) widest = Math.max(widest, displayWidth(text));
  }
  // Flush lines other than those the rule would join (a cut paragraph's rest is flush).
  let flush = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if ((t.type === 'paragraph' || t.type === 'outlineMarker') && indentOf(t) === 1 && !(i > 0 && cutAboveFlushLine(tokens[i - 1] as Token, t, widest))) flush++;
  }
  return flush * 4 <= indented ? widest : 0;
}

/**
 * Whether `next` goes on with `last` there: `last` indented, as wide as the text's longest line and cut mid-sentence,
 * `next` a plain flush line (`　　第一条　为规范…制定本办` / `法。`): where every paragraph indents its first line, a flush
 * line is no paragraph's first.
 */
function cutAboveFlushLine(last: Token, next: Token, ceiling: number): boolean {
  return ceiling >= minWrapWidth && flushBelowCut(last, next) && displayWidth(last.text.trimEnd()) >= ceiling - 4;
}

/** A plain flush line right below an indented paragraph or item line that ends mid-sentence. */
function flushBelowCut(last: Token, next: Token): boolean {
  return next.type === 'paragraph' && indentOf(next) === 1 && indentOf(last) > 1 && (last.type === 'paragraph' || last.type === 'outlineMarker') && !endsParagraph(last.content);
}

/**
 * Whether `next` goes on with an item's line above it by a hanging indent (`1.  新建…社区养老服务站 8` / `    个，实现…`,
 * as pandoc and text browsers lay out a list's items): a plain line that starts exactly under the item's text, below
 * a line of the item that is long and not ended (a short one is a heading, and the line under it its body).
 */
function hangsUnderItem(lines: readonly Token[], next: Token): boolean {
  const head = lines[0] as Token;
  const last = lines[lines.length - 1] as Token;
  const column = head.marker?.contentColumn;
  // (Three columns or more past the marker's start, in ASCII spaces: a paragraph's first-line indent, two spaces or two
  // U+3000, under a two-unit marker such as `三、` is no hanging line.)
  if (head.type !== 'outlineMarker' || column === undefined || next.type !== 'paragraph' || next.column !== column || column < head.column + 3) return false;
  if (!/^ +$/.test(next.text.slice(0, column - 1))) return false;
  for (let k = 1; k < lines.length; k++) if ((lines[k] as Token).column !== column) return false;
  return displayWidth(last.text.trimEnd()) >= minHangingWidth && !endsParagraph(last.content);
}
/** The least width of an item's line that a hanging line goes on (a heading above its body is shorter). */
const minHangingWidth = 40;

/**
 * Whether `next` hangs under the text after an attachment's label (`附件：2024年全市…“守底线、查隐患、保安全”` /
 * `      专项行动工作方案`): indented by spaces as wide as the label, below a line that has not ended. The rest of the
 * attachment's name, not a title.
 */
function hangsUnderLabel(lines: readonly Token[], next: Token): boolean {
  const head = lines[0] as Token;
  if (lines.length !== 1 || (next.type !== 'paragraph' && next.type !== 'titleCandidate') || endsParagraph(head.content)) return false;
  const label = attachmentLabel.exec(fold(head.content));
  if (label === null) return false;
  const width = displayWidth(head.text.slice(0, head.column - 1 + label[0].length));
  // (Spaces or U+3000, as wide as the label.)
  const indent = next.text.slice(0, next.column - 1);
  return /^[ \u3000]+$/.test(indent) && displayWidth(indent) === width;
}


/**
 * Whether a newspaper's jump to another page stands next (`（二）坚持改革开放，持续激发` / `（下转第2版）` / `（上接第1版）` /
 * `市场主体活力。…`): the paragraph goes on past it, wrapped text or not.
 */
function jumpsAhead(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && isJump(t, '下转');
}

/** Whether a token is a newspaper's jump away (`下转`, `（下转第2版）`) or back (`上接`, `（上接第1版）`). */
function isJump(t: Token, way: '下转' | '上接'): boolean {
  return t.kind === 'page-number' && t.content.includes(way) && isPageJump(t.content);
}

/**
 * Whether a page break cuts the paragraph of `lines` in text of one line per paragraph (a PDF converter's, each page's
 * lines reflowed): a page number right below a line not ended, then a plain line that goes on, flush where the
 * paragraph's first line is indented (`　　（二）深化…持续优化法治化营` / `— 2 —` / `商环境。…`), or below a long line
 * with a comma in it (`…认证比例以及品牌农产品` / `- 4 -` / `在全省农产品总量中的占比。`). A heading above a page break is
 * short, and the paragraph after it indented as the heading is.
 */
function cutByPage(lines: readonly Token[], tokens: readonly Token[], i: number): boolean {
  // (The page number first: most lines have none below them.)
  const below = tokens[i];
  if (below === undefined || (below.type !== 'blank' && below.kind !== 'page-number')) return false;
  let j = i;
  let page = false;
  for (; j < tokens.length && j < i + 4; j++) {
    const t = tokens[j] as Token;
    if (t.type === 'blank') continue;
    if (t.kind !== 'page-number') break;
    page = true;
  }
  const next = tokens[j];
  if (!page || next === undefined || next.type !== 'paragraph') return false;
  const last = lines[lines.length - 1] as Token;
  if (endsParagraph(last.content)) return false;
  const first = lines[0] as Token;
  return (indentOf(first) > 1 && indentOf(next) === 1) || (last.content.length >= 30 && /[，,、]/.test(last.content));
}

/** The index of the jump back (`（上接第1版）`) at most a few lines from `j`, past a page's foot and head; -1 when none. */
function jumpBack(tokens: readonly Token[], j: number): number {
  for (let k = j; k < tokens.length && k < j + 6; k++) {
    const t = tokens[k] as Token;
    if (isJump(t, '上接')) return k;
  }
  return -1;
}

/** Groups tokens into paragraphs; with `wrap.width` 0 every non-blank line is its own paragraph. */
export function groupBlocks(input: readonly Token[], wrap: WrapInfo = detectWrap(input)): Block[] {
  const tokens = markEndnotes(markFootnotes(markWrappedFurniture(markRunningHeaders(input, wrap), wrap)));
  const margin = wrap === noWrap ? 1 : marginOf(tokens, wrap);
  const indented = wrap !== noWrap && indentsFirstLines(tokens, wrap, margin);
  const ceiling = wrap === noWrap ? indentedCeiling(tokens) : 0;
  const blocks: Block[] = [];
  /** The title lines seen so far; their keys (text without spaces) made when first asked for, after a page break. */
  const titleLines: Token[] = [];
  const titleKeys = new Set<string>();
  let keyed = 0;
  const titleSeen = (t: Token): boolean => {
    for (; keyed < titleLines.length; keyed++) titleKeys.add(titleKey((titleLines[keyed] as Token).content));
    return titleKeys.has(titleKey(t.content));
  };
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i] as Token;
    if (first.type === 'titleCandidate') titleLines.push(first);
    const block: Block = { first, lines: [first], noise: [], line: first.line, endLine: first.line, start: i, end: i };
    i++;
    // A title followed by a remark in brackets on its own line (`（征求意见稿）`, `（2024—2026年）`): one title. A date, a note
    // of adoption (`（2023年12月18日）`, `（…校长办公会议审议通过）`) or of publication (`（此件主动公开）`) is not the title's: the header's.
    const remark = tokens[i];
    // (A word in 【】 there is the text's first heading: `【指导思想】`.)
    // (A label and its value in brackets, `（专业代码：510205）`, is the header's too.)
    if (first.type === 'titleCandidate' && remark && remark.type !== 'outlineMarker' && isBracketedRemark(remark.content) && !isOffTitleRemark(remark.content) && !remark.content.startsWith('【') && !/[:：]/.test(remark.content)) {
      block.lines.push(remark);
      block.endLine = remark.line;
      block.end = i;
      i++;
    }
    const bookEnd = first.type === 'paragraph' || first.type === 'titleCandidate' ? bookTitleEnd(tokens, i - 1) : -1;
    if (bookEnd !== -1) {
      block.lines.push(...tokens.slice(i, bookEnd + 1));
      block.endLine = (tokens[bookEnd] as Token).line;
      block.end = bookEnd;
      blocks.push(block);
      i = bookEnd + 1;
      continue;
    }
    const joinable = first.type === 'paragraph' || first.type === 'outlineMarker' || first.type === 'titleCandidate';
    while (joinable && i < tokens.length) {
      const last = block.lines[block.lines.length - 1] as Token;
      if (!continues(last, wrap) && !colonInOpenRemark(block.lines, wrap) && !jumpsAhead(tokens, i) && !cutByPage(block.lines, tokens, i)) {
        // A line broken by an editor after a comma (`（一）坚持项目为王，重大项目建设取得新突破，` / `全年完成投资…`): the
        // sentence goes on in the plain line right below, wrapped text or not.
        const next = tokens[i] as Token;
        if (
          !brokenAfterComma(last, next) &&
          !goesOnAfterBracket(last, next, block.first, wrap) &&
          !leftInBracket(block.lines, next, wrap) &&
          !cutBeforeWord(last, next, wrap) &&
          !pushedByClosingMark(last, next, wrap) &&
          !cutAboveFlushLine(last, next, ceiling) &&
          !hangsUnderItem(block.lines, next) &&
          !hangsUnderLabel(block.lines, next) &&
          !isHeadingTail(block.lines, tokens, i, wrap)
        )
          break;
        block.lines.push(next);
        block.endLine = next.line;
        block.end = i;
        i++;
        continue;
      }
      // Skip page numbers and running headers (and the blank lines around them) between wrapped lines.
      let j = i;
      const skipped: Token[] = [];
      while (j < tokens.length && (tokens[j]?.type === 'blank' || tokens[j]?.type === 'noise')) skipped.push(tokens[j++] as Token);
      // Past a jump to another page, the page's foot and the next page's head, to the jump back (`（上接第1版）`).
      const back = skipped.some((t) => isJump(t, '下转')) ? jumpBack(tokens, j) : -1;
      if (back !== -1) {
        for (; j <= back; j++) {
          const t = tokens[j] as Token;
          skipped.push(t.type === 'blank' || t.type === 'noise' ? t : { ...t, type: 'noise', kind: 'page-number' });
        }
        while (j < tokens.length && tokens[j]?.type === 'blank') skipped.push(tokens[j++] as Token);
      }
      // A page's head that repeats a title above, seen once (`1` / `《…》课程标准` / `现任务，…`): a running header too.
      const head = tokens[j];
      if (head !== undefined && head.type === 'titleCandidate' && skipped.some((t) => t.kind === 'page-number') && titleSeen(head)) {
        const header: Token = { ...head, type: 'noise', kind: 'running-header' };
        tokens[j] = header;
        skipped.push(header);
        j++;
        while (j < tokens.length && tokens[j]?.type === 'blank') skipped.push(tokens[j++] as Token);
      }
      const next = tokens[j];
      // (A line that hangs under the item's text goes on with it, though indented like a paragraph's first line.)
      if (!next || (startsNewParagraph(next, last, block.lines) && !(j === i && hangsUnderItem(block.lines, next)))) break;
      // Where paragraphs indent their first line and wrapped lines go back to the margin, a line indented like the
      // paragraph's first opens a paragraph of its own (`    （一）成立…领导小组` / `    组长：园长`).
      if (indented && block.lines.length === 1 && indentOf(last) > margin && indentOf(next) === indentOf(last)) break;
      // There, a title that fills the line (centred by a few spaces) ends where an indented line starts the text.
      if (indented && last.type === 'titleCandidate' && block.lines.length === 1 && indentOf(next) > margin) break;
      if (skipped.length > 0 && !skipped.some((t) => t.type === 'noise')) break;
      block.noise.push(...skipped.filter((t) => t.type === 'noise'));
      block.lines.push(next);
      block.endLine = next.line;
      block.end = j;
      i = j + 1;
    }
    blocks.push(block);
  }
  return blocks;
}
