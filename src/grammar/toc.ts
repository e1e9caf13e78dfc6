// Tables of contents: a `目录` block and its entries, or a run of numbered entries that end in page numbers.
// Their lines are never nodes.
import type { Token } from '../types.js';
import type { Block } from './blocks.js';
import { fold } from '../tokenize/lexicon/fold.js';
import { stripPageReference } from '../tokenize/lexicon/page-ref.js';
import { pieceLabel } from '../tokenize/lexicon/doc-types.js';
import { isDigit } from '../tokenize/lexicon/chars.js';
import { blockText, sentenceEndIndex } from './body.js';
import { isMarkerAlone } from './wrap.js';
import { isStrongTitle } from './documents.js';

const pageNumberAtEnd = /(\d{1,3})$/;

function pageOf(token: Token): number | null {
  const m = pageNumberAtEnd.exec(fold(token.content));
  return m ? Number(m[1]) : null;
}

/** A marker with nothing after it (`1.` on its own line, the entry's text on the next). */
function isBareMarker(block: Block): boolean {
  return isMarkerAlone(block.first) && block.lines.length === 1;
}

/**
 * The line of an entry that carries its page number: the block's only line, or the second of an entry wrapped over two
 * (`（二）…需要破解的` / `主要矛盾    3`); null when the block is no entry.
 */
function entryLine(block: Block): Token | null {
  const n = block.lines.length;
  if (n > 2) return null;
  const t = block.lines[n - 1] as Token;
  if (n === 2 && t.content.length + block.first.content.length > 100) return null;
  return t.type === 'tocEntry' || t.pageRef === true ? t : null;
}

function isEntry(block: Block): boolean {
  return entryLine(block) !== null;
}

/** The text of an entry without its leaders and page number, for comparison with headings. */
export function entryText(text: string): string {
  return stripPageReference(fold(text)).replace(/\s+/g, '');
}

const isSkippable = (b: Block) => b.first.type === 'blank';

/** A title line that names a document (`宁州市2024年卫生健康工作要点`), not a contents entry's words. */
const namesDocument = (b: Block) => b.first.type === 'titleCandidate' && isStrongTitle(blockText(b));

/** The two-digit number of a deck's contents entry (`01`, `02`), as `entryText` leaves it (no spaces). */
const slideNumber = /^0[1-9](?=\D)/;

const isShortLine = (b: Block) => b.lines.length === 1 && b.first.content.length <= 60 && !/[。！？；]/.test(b.first.content);

/**
 * After a `目录` heading: where its entries without page numbers end (the index after the last), when the first entry's
 * text comes again further on (the heading it lists); null otherwise. The entries are a run of short lines; the text
 * may start with a paragraph (a preamble) before the first heading repeats.
 */
function findRepeat(blocks: readonly Block[], from: number): number | null {
  let first: string | null = null;
  /** The first entry's marker (`1.`), when it has one: a later entry of the same text numbered on is no repeat. */
  let firstMarker: Token['marker'] = undefined;
  let label: string | null = null;
  let end: number | null = null;
  /** The last block before this one that is not blank, when it is a marker alone on its line; -1 otherwise. */
  let marker = -1;
  for (let j = from; j < blocks.length && j < from + 400; j++) {
    const b = blocks[j] as Block;
    if (isSkippable(b)) continue;
    if (!isShortLine(b)) {
      // The entries end at the first paragraph; the repeat is looked for after it, in a heading whose marker may
      // stand alone on its line (`一、` / `总体要求`).
      if (first === null) return null;
      end ??= j;
      marker = -1;
      if (b.first.type === 'outlineMarker' && b.first.marker !== undefined && b.lines.length === 2) {
        const heading = entryText(blockText(b, b.first.marker.contentColumn));
        if (heading === first) return end;
      }
      // (Or a heading whose title a sentence follows on its line: `一、目标任务。到2024年底，…`.)
      if (b.first.type === 'outlineMarker' && b.first.marker !== undefined && end === j) {
        const line = b.first.text.slice(b.first.marker.contentColumn - 1);
        const stop = sentenceEndIndex(line);
        if (stop > 0 && entryText(line.slice(0, stop)) === first) return end;
      }
      continue;
    }
    // Entries may be numbered (`1.…要点` above the title `…要点`): compared without their marker.
    const t = b.first;
    // A deck's contents number their entries `01`, `02` (`01 年度工作回顾`), which the headings do not repeat.
    const content = t.marker !== undefined && t.type === 'outlineMarker' ? t.text.slice(t.marker.contentColumn - 1) : t.content;
    const text = entryText(content).replace(slideNumber, '');
    if (text.length === 0) {
      marker = j;
      continue;
    }
    if (first === null) {
      first = text;
      firstMarker = t.type === 'outlineMarker' ? t.marker : undefined;
      label = labelOf(text);
    }
    // Two entries may read the same (`1.县2025年…要点`, `3.县2025年…要点`): numbered on in the entries' style, the
    // line is the next entry, not the first heading again.
    else if (text === first && isNumberedOn(t, firstMarker)) {
      marker = -1;
      continue;
    }
    // The first heading again; split over two lines (`第一章` / `发展回顾`), it starts at its marker. A piece's label
    // may stand alone above its title (`篇一：…计划` listed, `篇一` / `…计划` in the text).
    // A heading that ends in a figure (`…总结 篇1`) loses it to entryText as if it were a page number: compared whole too.
    // A compilation's part may name its unit before the entry's words (`1.教务处工作计划` / `新华小学教务处工作计划`).
    else if (text === first || text === label || (endsWithDigit(content) && fold(content).replace(/\s+/g, '') === first) || (t.type === 'titleCandidate' && first.length >= 4 && text.endsWith(first))) return end ?? (marker >= 0 ? marker : j);
    marker = -1;
  }
  return null;
}

/** Whether a line's last unit is a digit (ASCII or full-width), as only a stripped page number's line ends. */
function endsWithDigit(content: string): boolean {
  const c = content.charCodeAt(content.length - 1);
  return isDigit(c) || (c >= 0xff10 && c <= 0xff19);
}

/** Whether a line is an entry numbered in the first entry's style with another number. */
function isNumberedOn(t: Token, firstMarker: Token['marker']): boolean {
  return firstMarker !== undefined && t.type === 'outlineMarker' && t.marker !== undefined && t.marker.style === firstMarker.style && t.marker.number !== firstMarker.number;
}

/** The label of a piece of a collection before an entry's title (`篇一：…` → `篇一`); null when none. */
function labelOf(entry: string): string | null {
  const colon = entry.search(/[:：]/);
  return colon > 0 && pieceLabel.test(entry.slice(0, colon)) ? entry.slice(0, colon) : null;
}

/** Indices of the blocks that belong to a table of contents. */
export function findToc(blocks: readonly Block[]): Set<number> {
  const toc = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (block.first.type === 'tocHeading') {
      toc.add(i);
      // Entries without page numbers: the table ends where its first entry comes again as a heading. (Entries with page
      // numbers, `一、加强党的领导⇥1`, end at the last of them: a title, an issuer or a date between the table and that
      // heading is the text's.)
      const repeat = findRepeat(blocks, i + 1);
      if (repeat !== null) {
        const first = blocks.slice(i + 1, repeat).find((x) => !isSkippable(x));
        let end = repeat;
        if (first !== undefined && isEntry(first)) while (end > i + 1 && !isEntry(blocks[end - 1] as Block)) end--;
        // (Without page numbers, entries of numbered headings: a title that names the document between the last entry and
        // that heading is the text's, `三、保障措施` / `宁州市2024年卫生健康工作要点` / `一、总体要求`.)
        else if (first?.first.type === 'outlineMarker') {
          let at = end - 1;
          while (at > i + 1 && isSkippable(blocks[at] as Block)) at--;
          if (at > i + 1 && namesDocument(blocks[at] as Block)) end = at;
        }
        for (let k = i + 1; k < end; k++) toc.add(k);
        i = repeat - 1;
        continue;
      }
      // Entries follow until the text starts over (an entry's text comes again) or a sentence appears.
      let firstEntry: string | null = null;
      let j = i + 1;
      for (; j < blocks.length; j++) {
        const b = blocks[j] as Block;
        if (isSkippable(b)) continue;
        const t = b.first;
        if (t.type === 'tocHeading' || (b.lines.length > 1 && !isEntry(b))) break;
        const short = t.content.length <= 60 && !/[。！？；]/.test(t.content);
        if (!short && t.type !== 'tocEntry') break;
        const text = entryText(t.content);
        if (firstEntry !== null && text === firstEntry && !isEntry(b)) break;
        if (!isEntry(b) && !isBareMarker(b)) {
          // An entry without a page number: only while later lines still look like entries with one.
          const ahead = blocks.slice(j + 1, j + 4).find((x) => !isSkippable(x));
          if (!ahead || !(isEntry(ahead) || isBareMarker(ahead))) break;
        } else if (isBareMarker(b)) {
          // A marker alone is an entry's when its text and page follow it (`1.` / `总体要求……3`); above a plain line it heads
          // the text after the table (`第一篇` / `开启新征程`).
          // (A page's furniture may stand between them.)
          const ahead = blocks.slice(j + 1, j + 6).find((x) => !isSkippable(x) && x.first.type !== 'noise');
          if (!ahead || !isEntry(ahead)) break;
        }
        if (firstEntry === null && !isBareMarker(b)) firstEntry = text;
        toc.add(j);
      }
      i = j - 1;
      continue;
    }
    // A run of entries with page numbers and no heading: at least two, pages never decreasing.
    if (isEntry(block) || isBareMarker(block)) {
      const run: number[] = [];
      let lastPage = 0;
      let entries = 0;
      let j = i;
      for (; j < blocks.length; j++) {
        const b = blocks[j] as Block;
        if (isSkippable(b)) continue;
        const line = entryLine(b);
        if (line !== null) {
          const page = line.type === 'tocEntry' ? (pageOf(line) ?? lastPage) : (pageOf(line) ?? -1);
          if (page < lastPage) break;
          lastPage = page;
          entries++;
          run.push(j);
        } else if (isBareMarker(b)) run.push(j);
        else break;
      }
      const leaders = run.some((k) => entryLine(blocks[k] as Block)?.type === 'tocEntry');
      if (entries >= 2 || (leaders && entries >= 1)) for (const k of run) toc.add(k);
      // A run that is not a table is not one from a later start either: go on after it (keeps this linear).
      i = Math.max(i, j - 1);
    }
  }
  return toc;
}
