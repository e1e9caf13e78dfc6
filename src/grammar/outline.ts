// The outline of one document: a stack of open marker styles. The depth of a style comes from the order in
// which styles open inside the document, not from a fixed table: a style already open closes everything
// below it and its node becomes a sibling; a style not open nests under the deepest open node.
import type { Marker, MarkerStyle, OutlineNode } from '../types.js';
import { delimiterKind, isLatinLetter, sloppyDelimiters, sumUnits } from '../tokenize/lexicon/chars.js';
import { fold } from '../tokenize/lexicon/fold.js';
import { circledVariant, isKeycap, isSmallRoman } from '../tokenize/lexicon/numerals.js';
import { endsWithColon } from './wrap.js';

/**
 * A style's identity in the stack; decimal markers nest by their number of components, Markdown headings by depth,
 * items of nested Markdown ordered lists by their list depth (the length of `path` in each case).
 */
export function styleKey(marker: Marker): string {
  const key = plainKey(marker);
  // A numbered Markdown heading (`### 1. 用户增长`) is a level of its own beside the same numbering in a list below it
  // (`1. 新增注册用户…`).
  return marker.heading === undefined || marker.style === 'heading' ? key : headingKeyOf(key, marker.heading);
}

/** The key of a numbered heading: its style's key and its depth (`arabic#3`). */
function headingKeyOf(key: string, depth: number): string {
  return `${key}#${depth}`;
}

function plainKey(marker: Marker): string {
  const depth = marker.path.length;
  if (marker.style === 'decimal') return decimalKeys[depth] ?? `decimal:${depth}`;
  // Roman numerals in brackets (`(i)` `(ii)`) are a level of their own beside `I.` `II.`, as `（一）` is beside `一、`.
  if (marker.style === 'roman' && marker.raw.charCodeAt(0) === 0x28 && depth === 1) return 'roman-paren';
  if (marker.style === 'heading') return headingKeys[depth] ?? `heading:${depth}`;
  // A section badge's number (`01 总体要求`, `PART 01`, `NO.1`) heads sections that hold `1.` items: a level of its own.
  // (One with its word, `PART 01`, a level of its own above the bare `01` cards a part may hold.)
  if (marker.badge === true && marker.style === 'arabic') return isLatinLetter(marker.raw.charCodeAt(0)) ? 'arabic-part' : 'arabic-padded';
  // `1.` under `（1）` under `1、` (or the other way round): a level of its own below both (`asSublist`).
  if (marker.sublevel === true) return 'arabic-sub';
  // Keycaps (`5️⃣比赛规则：`), a level of their own beside `①` (`①竿长不超过5.4米` under them).
  if (marker.style === 'circled' && isKeycap(marker.raw)) return 'circled-keycap';
  // Negative and double circled numbers (`❶`, `⓵`), each a level of its own beside `①`.
  if (marker.style === 'circled') {
    const variant = circledVariant(marker.raw);
    if (variant !== null) return variant === 'negative' ? 'circled-negative' : 'circled-double';
  }
  // Small Roman numerals (`ⅰ)`), a level of their own beside `Ⅰ.`.
  if (marker.style === 'roman' && isSmallRoman(marker.raw.charCodeAt(0)) && depth === 1) return 'roman-small';
  // `【一】指导思想`: a level of its own beside `（一）`.
  if (marker.style === 'han-paren' && marker.raw.charCodeAt(0) === 0x3010 /* 【 */) return 'han-lenticular';
  // `「一」`, `【1】`: levels of their own beside `（一）` and `（1）`.
  if (marker.style === 'han-paren' && marker.raw.charCodeAt(0) === 0x300c /* 「 */) return 'han-corner';
  if (marker.style === 'arabic-paren' && marker.raw.charCodeAt(0) === 0x3010 /* 【 */) return 'arabic-lenticular';
  return depth === 1 ? marker.style : `${marker.style}:${depth}`;
}

// The keys of the usual depths, made once (a template string per call allocated a new string each time).
const decimalKeys = Array.from({ length: 8 }, (_, depth) => `decimal:${depth}`);
const headingKeys = Array.from({ length: 8 }, (_, depth) => `heading:${depth}`);

/** The number of components of a decimal style's key (`decimal:3` → 3), 0 for other styles. */
function decimalDepth(key: string): number {
  return key.startsWith('decimal:') ? Number(key.slice(8)) : 0;
}

/** A node while its document is being read: its paragraphs so far, its last own line, its parent. */
export interface NodeDraft {
  node: OutlineNode;
  paragraphs: string[];
  end: number;
  parent: NodeDraft | null;
}

export interface OpenLevel {
  key: string;
  node: OutlineNode;
  draft: NodeDraft;
  /** How far the level's marker is indented (`indentOf`). */
  column: number;
  /** The depth of the Markdown heading the level's marker starts (`## 一、…` → 2); absent for other lines. */
  heading?: number;
}

export interface Outline {
  roots: OutlineNode[];
  stack: OpenLevel[];
  /** Every node in creation order (a parent always before its children). */
  drafts: NodeDraft[];
  /** The last number each style reached in this document (numbering that runs on across sections). */
  lastNumber: Map<string, number>;
  /** The node that body paragraphs currently attach to. */
  current: NodeDraft | null;
  /** Every pair of styles seen nested in this document: parent style → its child styles (`han-paren` → `arabic`). */
  nestings: Map<string, Set<string>>;
  /** Per kind of unnumbered section label (`【`, `■`), the depth where its first label stood (`atSectionLabel`); null before one. */
  labelDepths: Map<string, number> | null;
  /** The last decimal node placed (`1.2`), wherever it stands; null before one. */
  lastDecimal: OutlineNode | null;
}

export function createOutline(): Outline {
  return { roots: [], stack: [], drafts: [], lastNumber: new Map(), current: null, nestings: new Map(), labelDepths: null, lastDecimal: null };
}

/** Top-level styles that rank below `一、`: numbered targets or a short list before a plan's sections. */
const belowHan = new Set(['han-paren', 'arabic', 'arabic-paren', 'arabic-half-paren', 'circled']);

/**
 * Where a marker of `key` would go: the stack depth it takes (0-based). A style not open nests under the deepest open
 * node, except `一、` after top-level items of a lower style (`全年主要目标：` `1.` `2.` `3.` before `一、坚持党建引领`):
 * a section is never an item's child, so it is top-level beside them.
 */
/** The index of the deepest open level of `key`, -1 when none (a loop: this runs for every marker). */
function deepestOf(stack: readonly OpenLevel[], key: string): number {
  for (let i = stack.length - 1; i >= 0; i--) if ((stack[i] as OpenLevel).key === key) return i;
  return -1;
}

export function levelFor(outline: Outline, key: string, aboveItems = false, number = 0, column = -1): number {
  const at = deepestOf(outline.stack, key);
  if (at >= 0) {
    // A style open at two depths (`1.选题依据` / `（二）` / `1.国外研究`): the deeper list, unless only the shallower one
    // expects the number (`2.国内研究` then `2.研究内容`), or the marker stands back at the shallower one's indent (a
    // list nested by its indent: `1.` / `    1.` / `2.`).
    if (number > 0) {
      const deeper = outline.stack[at] as OpenLevel;
      const deeperExpects = deeper.node.number + 1 === number;
      // (Of the shallower ones that expect it, the one at the marker's indent: `    3. 提升类` after `        3. …` goes
      // back to the list indented as it is, not to the outermost.)
      let first = -1;
      for (let i = 0; i < at; i++) {
        const l = outline.stack[i] as OpenLevel;
        if (l.key !== key || l.node.number + 1 !== number) continue;
        if (deeperExpects && !(column >= 0 && column <= l.column && l.column < deeper.column)) continue;
        if (column >= 0 && l.column === column && l.column !== deeper.column) return i;
        if (first < 0) first = i;
      }
      if (first >= 0) return first;
    }
    return at;
  }
  // A decimal level opening (`3.1.1` first seen) nests under the deepest open decimal level with fewer components,
  // past any other style opened below it (`（1）`…`（3）` of a box under `3.1`): decimal numbers say their parent.
  const depth = decimalDepth(key);
  if (depth > 0) {
    for (let i = outline.stack.length - 1; i >= 0; i--) {
      const d = decimalDepth((outline.stack[i] as OpenLevel).key);
      if (d > 0 && d < depth) return i + 1;
    }
    // None with fewer: a shorter number ranks above the open ones (`2 主要工作措施` after `1.2.1` in a file that began at
    // `1.1`) and takes the place of the shallowest.
    const above = outline.stack.findIndex((l) => decimalDepth(l.key) > depth);
    if (above >= 0) return above;
  }
  if (key === 'han' && belowHan.has(outline.stack[0]?.key ?? '')) return 0;
  // A division the document has already put right under a larger one (`第一节` under `第三章`): under the deepest open one
  // of those again, past the items of a box between (`第四章` / `专栏3` / `1．…` / `第一节…`).
  if (structuralRank.has(key)) {
    for (let i = outline.stack.length - 1; i >= 0; i--) {
      const open = (outline.stack[i] as OpenLevel).key;
      if (structuralRank.has(open) && outline.nestings.get(open)?.has(key) === true) return i + 1;
    }
  }
  const above = aboveOpen(outline, key);
  if (above >= 0) return above;
  // A part, chapter or section that heads a list of its own (`第三节 管理层讨论与分析` / `一、…` after a report's
  // `一、`…`十一、` 重要提示) is no item's child: it goes under the parts, chapters and sections above it only.
  const rank = aboveItems ? structuralRank.get(key) : undefined;
  if (rank !== undefined) {
    const at = outline.stack.findIndex((l) => (structuralRank.get(l.key) ?? Infinity) >= rank);
    if (at >= 0) return at;
  }
  return outline.stack.length;
}

/**
 * The shallowest open level whose style this document has already nested under `key`, and never the other way round
 * (`（一）` / `1.` in one section, then `二、` / `1.`…`4.` targets / `（一）` work items): the style goes back above it,
 * beside that level, instead of under the open item. -1 when there is none, or when the open item ends in a colon.
 */
function aboveOpen(outline: Outline, key: string): number {
  const below = outline.nestings.get(key);
  if (below === undefined) return -1;
  // (Not under an item that leads into a list of its own, `（1）加强组织领导：` / `1.成立领导小组`: the document nests the
  // other way round there.)
  const top = outline.stack[outline.stack.length - 1];
  if (top === undefined || endsWithColon.test((top.draft.paragraphs[0] ?? '').trimEnd())) return -1;
  for (let i = 1; i < outline.stack.length; i++) {
    const open = (outline.stack[i] as OpenLevel).key;
    if (below.has(open) && outline.nestings.get(open)?.has(key) !== true) return i;
  }
  return -1;
}

/** Whether a style key is one of the document's own divisions (a part, a chapter, a section). */
export const isDivision = (key: string): boolean => structuralRank.has(key);

/** The document's own divisions, from the largest: 第一部分/第一编, 第一章, 第一节. */
const structuralRank: ReadonlyMap<string, number> = new Map([
  ['part', 0],
  ['chapter', 1],
  ['section', 2],
]);

/** The number a marker of `key` would continue from under its parent (0 when it would start a list). */
export function previousNumber(outline: Outline, key: string): number {
  const at = deepestOf(outline.stack, key);
  return at >= 0 ? (outline.stack[at] as OpenLevel).node.number : 0;
}

/**
 * Whether a weak marker typed with a sloppy delimiter (`：` `，` `。`) goes on an open list typed with that same
 * delimiter: the next number, or one repeated or skipped (`3：签约宣传` / `3：互联网签约`, `2：…` / `4：…`), a slip in a
 * list written so (a figure or a ratio would not repeat the delimiter of the line before).
 */
export function slipsInSloppyList(outline: Outline, marker: Marker): boolean {
  if (marker.strength !== 'weak' || !sloppyDelimiters.has(fold(marker.delimiter))) return false;
  const at = deepestOf(outline.stack, styleKey(marker));
  if (at < 0 || at !== outline.stack.length - 1) return false;
  const node = (outline.stack[at] as OpenLevel).node;
  const previous = node.marker.charAt(node.marker.length - 1);
  return previous === marker.delimiter && marker.number >= node.number && marker.number <= node.number + 2;
}

/** The number that would go on the open list of `marker`'s style (`3` under an open `2.`); null when none is open. */
export function openNext(outline: Outline, marker: Marker): number | null {
  const at = deepestOf(outline.stack, styleKey(marker));
  return at >= 0 ? (outline.stack[at] as OpenLevel).node.number + 1 : null;
}

/**
 * Whether a weak marker (delimiter missing or a space) is the one the numbering expects: the next number of
 * its style under the same parent, the next number of a list that runs on across sections, or a 1 that
 * directly follows the marker of its parent.
 */
export function isExpected(outline: Outline, marker: Marker, directlyAfterMarker: boolean): boolean {
  const key = styleKey(marker);
  const open = outline.stack.some((l) => l.key === key);
  if (open) return marker.number === previousNumber(outline, key) + 1;
  const running = outline.lastNumber.get(key);
  if (running !== undefined && marker.number === running + 1) return true;
  return marker.number === 1 && (directlyAfterMarker || opensUnderOwnParent(outline, marker));
}

/**
 * Whether a decimal marker numbered 1 (`2.1.1总指挥职责`) names the open decimal levels above it as its parents (`2` /
 * `2.1`, a paragraph between): its number says where it goes, as a marker right under its parent's would.
 */
function opensUnderOwnParent(outline: Outline, marker: Marker): boolean {
  if (marker.style !== 'decimal' || marker.path.length < 2) return false;
  const open = outline.stack.filter((l) => decimalDepth(l.key) > 0);
  if (open.length !== marker.path.length - 1) return false;
  return open.every((l, k) => decimalDepth(l.key) === k + 1 && l.node.number === marker.path[k]);
}

/** Styles typed for one another in one list (`（1）` `(2)` `3）` `（4）`: the opening bracket left out). */
const sisterStyles: ReadonlyMap<MarkerStyle, MarkerStyle> = new Map<MarkerStyle, MarkerStyle>([
  ['arabic-half-paren', 'arabic-paren'],
  ['arabic-paren', 'arabic-half-paren'],
  // (Word's digit with a full stop in one character, `⒊`, among typed `１．` `２．`.)
  ['digit-full-stop', 'arabic'],
  ['arabic', 'digit-full-stop'],
]);

/**
 * Styles a hand-typed list slips between (`1.` `2.` `（3）` `4.`, `（1）` `（2）` `3.` `（4）`, `（一）` `（二）` `3.` `4.`):
 * the arabic ones and the bracketed Chinese numerals.
 */
const slippingStyles: ReadonlySet<MarkerStyle> = new Set<MarkerStyle>(['arabic', 'arabic-paren', 'arabic-half-paren', 'han-paren']);

/**
 * A marker in another item style than the deepest open level's that carries that level's next number: the same list,
 * typed unevenly, since a list of its own would start at 1. The sister styles (`3）` right under `(2)`, the opening
 * bracket left out) go on the open list whenever they carry its number; a strong marker of the other item styles
 * (`（3）` under `2.`, `3.` under `（2）`, `3.` under `（二）`, `（三）` under `2.`; `3、` under `二、`) when its own style is neither
 * open nor running on at the number before (`（1）` `（2）` under item 1 of a section above, numbered on under item 2 as
 * `（3）`). Otherwise the marker as it is.
 */
export function asOpenSister(outline: Outline, marker: Marker): Marker {
  const marked = asHeadingSister(outline, marker);
  if (marked !== marker) return marked;
  const top = outline.stack[outline.stack.length - 1];
  if (top === undefined || marker.number < 2 || marker.path.length !== 1 || top.node.number + 1 !== marker.number) return marker;
  const sister = sisterStyles.get(marker.style);
  const key = styleKey(marker);
  if (outline.stack.some((l) => l.key === key)) return marker;
  if (sister !== undefined && top.key === sister) return { ...marker, style: sister };
  // (A section typed with an arabic number among `一、` `二、` … `四、`, `3、重点任务`, slips the same way; from the third on:
  // `2.` right under `一、` may be a list whose first item the numbering missed.)
  const sectionSlip = marker.style === 'arabic' && top.key === 'han' && marker.number >= 3;
  if (marker.strength !== 'strong' || !slippingStyles.has(marker.style) || top.key === key || !(sectionSlip || slippingStyles.has(top.key as MarkerStyle))) return marker;
  if (outline.lastNumber.get(key) === marker.number - 1) return marker;
  return { ...marker, style: top.key as MarkerStyle };
}

/**
 * An unnumbered section label of the kind `label` (`【` for `【重点任务】`, `■` for `■ 保障措施`): it stands where the first
 * label of its kind stood in the document, so the levels opened under the label before close and the next marker starts
 * under the label's parent (`【工作目标】` / `1.…` / `2.…` / `【重点任务】` / `（一）…`: `（一）` at the top, not under item 2).
 * Not where bullets are the outline's own nodes (`● 开学准备工作` / `● 家长会`): they place themselves.
 */
export function atSectionLabel(outline: Outline, label: string): void {
  outline.labelDepths ??= new Map();
  const depth = outline.labelDepths.get(label);
  if (depth === undefined) outline.labelDepths.set(label, outline.stack.length);
  else if (outline.stack.length > depth && !outline.stack.some((l) => l.key === 'bullet')) outline.stack.length = depth;
}

/**
 * An arabic list under a bracketed item of an arabic list written with the other delimiter (`1、加强火源管控` / `（1）严格…`
 * / `1.清明时段…` / `2.对上坟…` / `（2）…`): from its 1, right under the bracketed item, and then while it goes on, a
 * level of its own below both (key `arabic-sub`), not the list above numbered again. Otherwise the marker as it is.
 */
export function asSublist(outline: Outline, marker: Marker): Marker {
  if (marker.style !== 'arabic' || marker.strength !== 'strong' || marker.path.length !== 1 || marker.badge === true || marker.heading !== undefined) return marker;
  const stack = outline.stack;
  const top = stack[stack.length - 1];
  if (top === undefined) return marker;
  const kind = delimiterKind(marker.raw);
  if (kind === 0) return marker;
  // Going on: the next number of the open sublist, written alike.
  if (top.key === 'arabic-sub') return top.node.number + 1 === marker.number && delimiterKind(top.node.marker) === kind ? { ...marker, sublevel: true } : marker;
  if (marker.number !== 1 || top.key !== 'arabic-paren' || stack.length < 2) return marker;
  // Opening: right under `（1）`, whose parent is the arabic list written with the other delimiter.
  const parent = stack[stack.length - 2] as OpenLevel;
  if (parent.key !== 'arabic') return marker;
  const other = delimiterKind(parent.node.marker);
  return other !== 0 && other !== kind ? { ...marker, sublevel: true } : marker;
}

/**
 * A numbered line without a heading's mark that goes on with a level of numbered headings (`### （一）…` / … /
 * `> （二）…`, marks a crawler left unevenly): that level's marker, with its depth; otherwise the marker as it is. Only
 * where no level of the plain style is open (a list's `2.` under `### 1. …` stays the list's).
 */
function asHeadingSister(outline: Outline, marker: Marker): Marker {
  if (marker.heading !== undefined || marker.number < 2 || !outline.stack.some((l) => l.key.includes('#'))) return marker;
  const plain = plainKey(marker);
  let depth = 0;
  for (const level of outline.stack) {
    if (level.key === plain) return marker;
    if (level.node.number + 1 === marker.number && level.key.length > plain.length + 1 && level.key.startsWith(plain) && level.key.charCodeAt(plain.length) === 0x23 /* # */)
      depth = Number(level.key.slice(plain.length + 1));
  }
  return depth > 0 ? { ...marker, heading: depth } : marker;
}

/**
 * A weak decimal that is an arabic item, where no decimal level is open; otherwise the marker as it is:
 * - a number typed twice with dots (`2.2.加强…`, `2. 2．引进…`: Word's list number kept before the one typed by hand),
 *   the item the open list expects, the whole of it its marker;
 * - an item whose title starts with a figure and its unit (`1.64排螺旋CT`, `2.1.5T超导磁共振成像系统`, `1．64排…`,
 *   `2. 64排…`), the item the numbering expects (the next of an open list, or a 1 right under its parent's marker,
 *   `afterMarker`), its title from the figure on; not before a sum after a fraction (`3.10万吨…`, `after` the text after
 *   the marker), which may be a wrapped quantity.
 */
export function asArabicItem(outline: Outline, marker: Marker, afterMarker: boolean, after: string): Marker {
  const first = marker.path[0];
  if (marker.style !== 'decimal' || marker.strength !== 'weak' || marker.path.length < 2 || first === undefined) return marker;
  if (outline.stack.some((l) => l.key.startsWith('decimal'))) return marker;
  if (/[.．]$/.test(marker.raw)) {
    if (marker.path.length !== 2 || marker.path[1] !== first) return marker;
    const doubled: Marker = { ...marker, style: 'arabic', number: first, path: [first] };
    return openNext(outline, doubled) === first ? doubled : marker;
  }
  if (marker.path.length === 2 && sumUnits.has(after.charAt(0))) return marker;
  const dot = marker.raw.search(/[.．]/);
  let start = dot + 1;
  while (marker.raw.charCodeAt(start) === 0x20) start++;
  const arabic: Marker = { ...marker, style: 'arabic', number: first, path: [first], raw: marker.raw.slice(0, dot + 1), delimiter: marker.raw.charAt(dot), contentColumn: marker.column + start };
  return isExpected(outline, arabic, afterMarker) ? arabic : marker;
}

/** Whether an open level has this marker's style and number and its first paragraph is `text` (spaces aside). */
export function repeatsOpenHeading(outline: Outline, marker: Marker, text: string): boolean {
  const key = styleKey(marker);
  const level = outline.stack.findLast((l) => l.key === key);
  if (level === undefined || level.node.number !== marker.number) return false;
  // (A marker alone on its line has its heading in the paragraph after: `第三章` / `主要任务`.)
  const paragraphs = level.draft.paragraphs;
  const heading = (paragraphs[0] ?? '') === '' ? (paragraphs[1] ?? '') : (paragraphs[0] as string);
  return squeezed(heading) === squeezed(text);
}

const squeezed = (text: string) => text.replace(/\s+/g, '');

/** Whether `marker`'s style is open with a number at or above the marker's (a weak `3` after item 3 repeats it). */
export function repeatsOpenNumber(outline: Outline, marker: Marker): boolean {
  const key = styleKey(marker);
  return outline.stack.some((l) => l.key === key) && marker.number <= previousNumber(outline, key);
}

/**
 * Whether a two-part decimal marker is no section's but a date (`9.1 开学报到`, `12.31 元旦联欢会` in a school's
 * calendar), a time (`8.40　男子100米预赛` in a schedule) or a figure (`72.5`, a cell's value alone): a month and a day,
 * an hour and its minutes, not the next number of an open decimal level, under a parent whose number is not its first
 * part (section 9.1 would stand under 9), or under the section of that number as the first of its level but not x.1
 * (`四、` over `4.10　青年教师汇报课`: a scheme starts at 4.1). At the top level nothing tells, and it stays a marker.
 */
export function isStrayDecimal(outline: Outline, marker: Marker): boolean {
  if (marker.style !== 'decimal' || marker.path.length !== 2) return false;
  const [month = 0, day = 0] = marker.path;
  // A time of day written with a dot (`8.40　男子100米预赛`, `14.30　闭幕式`), read as a date is: minutes in two digits.
  const time = month <= 23 && day <= 59 && /\d\.\d\d$/.test(marker.raw);
  const key = styleKey(marker);
  const open = outline.stack.some((l) => l.key === key);
  if (open && marker.number === previousNumber(outline, key) + 1) return false;
  // (A day past the first of another month than the open one's: a calendar's next date, `10.1　国庆节` / `12.9　…` /
  // `1.20　寒假开始`; a decimal list moves to another section only at its first, `2.1`. Nor is a figure past twelve
  // in its place, a cell's value alone, `72.5` under `1.2`: no date, no subsection either.)
  if (open && day > 1 && openPrefix(outline, key) !== month) return true;
  const parent = outline.stack[levelFor(outline, key) - 1];
  // (Or, opening its level past its first, under a parent of another number: `72.5` under `2.重点指标`, `13.3 等腰三角形`
  // under `（一）`; unless it goes on from the last subsection placed, as Word's list numbered on across the sections typed
  // by hand: `一、` / `1.1` `1.2` / `二、` / `1.3 优化诊前服务`.)
  if (!open && day > 1 && parent !== undefined && parent.node.number !== month) return !followsLastDecimal(outline, month, day);
  if (!time && (month < 1 || month > 12 || day < 1 || day > 31)) return false;
  // (At the top, with no level of its own open, a day past the first: `9.10 庆祝第40个教师节`, `1.18 寒假开始`.)
  if (parent === undefined) return !open && day > 1;
  // (Under a decimal scheme's head of its number, any subsection: `11. 开工和竣工` / `11.5 承包人的工期延误`, the clauses a
  // contract's special terms amend.)
  return parent.node.number !== month || (!open && day > 1 && parent.key !== decimalKeys[1]);
}

/** Whether the last decimal placed in the document is the two-part one before `month.day` (`1.2` before `1.3`). */
function followsLastDecimal(outline: Outline, month: number, day: number): boolean {
  // (Its marker as written, full-width digits too: `１．２`.)
  const m = outline.lastDecimal === null ? null : twoParts.exec(fold(outline.lastDecimal.marker));
  return m !== null && Number(m[1]) === month && Number(m[2]) === day - 1;
}
const twoParts = /^(\d{1,3})\.(\d{1,3})$/;

/**
 * Whether a two-part decimal goes under another first number than the open decimal level's (`7.2` after `2.1`): alone on
 * its line, a table's cell, no next subsection.
 */
export function underOtherPrefix(outline: Outline, marker: Marker): boolean {
  if (marker.style !== 'decimal' || marker.path.length !== 2) return false;
  const prefix = openPrefix(outline, styleKey(marker));
  return prefix !== -1 && prefix !== marker.path[0];
}

/** The first number of the open decimal at `key` as written (`10` of `10.1`); -1 when there is none. */
function openPrefix(outline: Outline, key: string): number {
  const at = deepestOf(outline.stack, key);
  const written = at >= 0 ? /^(\d{1,3})\./.exec((outline.stack[at] as OpenLevel).node.marker) : null;
  return written === null ? -1 : Number(written[1]);
}

/** Adds a node for `marker` (its first paragraph and lines given) and returns its draft. */
export function place(outline: Outline, marker: Marker, first: { text: string; line: number; endLine: number }, aboveItems = false): NodeDraft {
  const key = styleKey(marker);
  const stack = outline.stack;
  const level =
    marker.style === 'heading'
      ? headingLevel(stack, marker.heading ?? marker.path.length)
      : nestsAgain(outline, marker, key) || nestsByIndent(outline, marker, key)
        ? stack.length
        : levelFor(outline, key, aboveItems, marker.number, indentOf(marker));
  const previous = stack[level]?.key === key ? stack[level]?.node : undefined;
  while (stack.length > level) stack.pop();
  const parent = level > 0 ? (stack[level - 1] as OpenLevel) : null;
  // Bullets and unnumbered headings carry no number: they count among their siblings of the same style.
  const number = marker.number === 0 ? (previous ? previous.number + 1 : 1) : marker.number;
  const node: OutlineNode = {
    marker: marker.raw,
    style: marker.style,
    number,
    title: '',
    text: '',
    depth: level + 1,
    line: first.line,
    endLine: first.endLine,
    children: [],
  };
  (parent ? parent.node.children : outline.roots).push(node);
  if (parent) {
    const below = outline.nestings.get(parent.key);
    if (below === undefined) outline.nestings.set(parent.key, new Set([key]));
    else below.add(key);
  }
  const draft: NodeDraft = { node, paragraphs: [first.text], end: first.endLine, parent: parent ? parent.draft : null };
  stack.push(marker.heading === undefined ? { key, node, draft, column: indentOf(marker) } : { key, node, draft, column: indentOf(marker), heading: marker.heading });
  outline.drafts.push(draft);
  outline.lastNumber.set(key, number);
  if (marker.style === 'decimal') outline.lastDecimal = node;
  outline.current = draft;
  return draft;
}

/**
 * Where a Markdown heading without a number goes: beside (or above) the first open level that a heading as deep or
 * deeper opened (`## 附：…` after `## 一、` and `### 2.`: beside `一、`), else right below the deepest level a heading
 * opened, past items of plain lines (`### 2024年…清单` after `11、…` under `## 三、`: beside the items, not under 11).
 */
function headingLevel(stack: readonly OpenLevel[], depth: number): number {
  let below = 0;
  for (let i = 0; i < stack.length; i++) {
    const h = (stack[i] as OpenLevel).heading;
    if (h === undefined) continue;
    if (h >= depth) return i;
    below = i + 1;
  }
  return below;
}

/**
 * A `1.` that starts a list under a level of a style that usually ranks above it, itself under an open `1.` item
 * (`1.选题依据` / `（二）学术史梳理` / `1.国外研究`): a list of its own one level down, not the next of that item's list
 * (which would be 2). The same style then stands at two depths; a marker of it goes to the deeper one first.
 */
function nestsAgain(outline: Outline, marker: Marker, key: string): boolean {
  if (marker.number !== 1 || marker.style !== 'arabic' || marker.path.length !== 1) return false;
  const stack = outline.stack;
  const at = deepestOf(stack, key);
  const top = stack[stack.length - 1];
  return at >= 0 && at < stack.length - 1 && top !== undefined && (usualRank.get(top.key) ?? Infinity) < (usualRank.get(key) ?? 0);
}

/** How far a marker is indented, in columns: a tab counts four (Word's export indents a level by one tab). */
export function indentOf(marker: Marker): number {
  return marker.indent ?? marker.column - 1;
}

/**
 * A `1.` right under an item of its own style, indented deeper than that item (`1. 丰富课后服务内容` / `    1. 每校开设…`,
 * a multi-level list a converter numbered `1.` at every level): a list of its own one level down.
 */
function nestsByIndent(outline: Outline, marker: Marker, key: string): boolean {
  if (marker.number !== 1) return false;
  const top = outline.stack[outline.stack.length - 1];
  return top !== undefined && top.key === key && indentOf(marker) >= top.column + 2;
}

/** Where the usual nesting puts a style: 第一章, 一、, （一）, then 1. (`（一）` under `1.` inverts it). */
const usualRank: ReadonlyMap<string, number> = new Map([...structuralRank, ['han', 3], ['han-paren', 4], ['arabic', 5]]);

/** Whether a marker of `other` would find its style open after placing a marker of `key` (for the 一是 look-ahead). */
export function openAfter(outline: Outline, key: string, other: string): boolean {
  if (other === key) return true;
  const level = levelFor(outline, key);
  for (let i = 0; i < level; i++) if ((outline.stack[i] as OpenLevel).key === other) return true;
  return false;
}
