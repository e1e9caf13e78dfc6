// Lists of links on a web page (`相关文章：`, `附件下载：` and the titles, file names and dates below them): the page's,
// not the document's. The grammar takes them as noise (after the content) or header (before it).
import type { Block } from './blocks.js';
import { hasSentenceEnd } from '../tokenize/lexicon/chars.js';
import { fold } from '../tokenize/lexicon/fold.js';

/** One line of at most 100 units with no sentence in it: a link (a title, a file, a date), a metadata value. */
export function isPhraseLine(block: Block): boolean {
  const content = block.first.content;
  return block.lines.length === 1 && content.length <= 100 && !hasSentenceEnd(fold(content)) && !/[；;]/.test(content) && !asciiFullStop.test(content);
}

/** A sentence ended by an ASCII full stop after Chinese (`…结合我县实际,制定本计划.`), as text typed with ASCII punctuation ends it. */
const asciiFullStop = /[\u4e00-\u9fff]\.$/;

/** How lists of links are numbered (`1.` `1、` `1 ` `[1]` `①`); `一、` starts an article's outline instead. */
const linkStyles = new Set(['arabic', 'arabic-paren', 'arabic-half-paren', 'circled', 'digit-full-stop']);

/**
 * Whether `block` is the next link of a list whose numbered links have reached `next` (1 before the first): a
 * numbered link carries that number, an unnumbered one is any link line, a date or a byline.
 */
export function continuesLinks(block: Block, next: number): boolean {
  const t = block.first;
  if (t.type === 'meta') return block.lines.length === 1;
  // (A headline that exclaims or asks, `这些新规3月1日起施行！`, is a link's text too.)
  if (!isPhraseLine(block) && !isHeadline(block)) return false;
  if (t.type === 'outlineMarker') return t.marker !== undefined && ((linkStyles.has(t.marker.style) && t.marker.number === next) || t.marker.strength === 'bullet');
  return t.type === 'paragraph' || t.type === 'titleCandidate';
}

/**
 * Whether the block after a title in a list of links is the start of a document rather than the next link: a
 * paragraph with a sentence, a byline (`发布时间：…`), a table of contents, addressees, or a marker that does not continue the
 * list.
 */
export function startsContent(block: Block, next: number): boolean {
  const t = block.first;
  // A table of contents opens a document as its content does (`…总体应急预案` / `（2022年修订）` / `目　　录`).
  if (t.type === 'tocHeading') return true;
  if (t.type === 'meta') return t.kind === 'published' || t.kind === 'source';
  if (t.type === 'outlineMarker') return t.marker !== undefined && !(linkStyles.has(t.marker.style) && t.marker.number === next) && t.marker.strength !== 'bullet';
  // A notice's addressees or a speech's greeting (`各乡镇（街道）中心学校，区直各学校：`, `同志们：`): no link ends in a colon.
  return (!isPhraseLine(block) && !isHeadline(block)) || salutation.test(t.content);
}

/** A link's headline with an exclamation or a question inside it (`以案为鉴！南湖县通报3起典型问题`): short, no full stop (ASCII either). */
function isHeadline(block: Block): boolean {
  const content = block.first.content;
  if (block.lines.length !== 1 || content.length > 40 || /[。；;]/.test(content) || asciiFullStop.test(content) || salutation.test(content)) return false;
  // One that ends with its exclamation or question (`2026年春季学期开学工作安排来了！`): a headline too when short.
  return /[!?！？]./.test(content) ? !/[!?！？]$/.test(content) : content.length <= 30 && /[!?！？]$/.test(content);
}

const salutation = /[:：]$/;
