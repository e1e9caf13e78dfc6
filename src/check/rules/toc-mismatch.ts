import { defineRule, type Finding } from '../define-rule.js';
import type { OutlineNode, ParseResult, PlanDocument } from '../../types.js';
import { nodes, nodesOf } from '../walk.js';
import { stripPageReference } from '../../tokenize/lexicon/page-ref.js';

/**
 * A table of contents that does not match the file: an entry whose text is not a heading after the table (a
 * document title or a node's title), or — when the entries list the top-level headings of their own document — a
 * top-level heading that the table leaves out. Entries are compared without their marker, leaders, page number,
 * spaces and punctuation; a heading may be longer than its entry (or the reverse) when the shorter has 4+ characters.
 */
export const tocMismatch = defineRule({
  id: 'toc-mismatch',
  severity: 'warning',
  description: 'A table of contents lists an entry that matches no heading after it, or leaves out a top-level heading of its document.',
  check(result) {
    const findings: Finding[] = [];
    if (result.documents.every((d) => d.toc.length === 0)) return findings;
    const headings = headingsOf(result);
    for (const document of result.documents) {
      // (Not the document's own title repeated after the entries, a cover's title above the text.)
      const title = document.title === null ? '' : normalize(document.title);
      const entries = document.toc.map((e) => ({ line: e.line, text: normalize(stripEntry(e.text)), raw: e.text })).filter((e) => e.text !== '' && !tocHeadings.has(e.text) && e.text !== title);
      if (entries.length === 0) continue;
      let after = 0;
      for (const e of document.toc) if (e.line > after) after = e.line;
      // A table of contents describes what follows it closely: the next headings, up to a bound (keeps this linear).
      const start = firstAfter(headings, after);
      const end = Math.min(headings.length, start + headingWindow);
      const candidates: Heading[] = [];
      for (let i = start; i < end; i++) {
        const h = headings[i] as Heading;
        // Normalised on first use: only the headings in some table's window are.
        if (h.text === null) h.text = normalize(h.title);
        if (h.text !== '') candidates.push(h);
      }
      let paragraphs: Set<string> | undefined;
      const matchedTopLevel = new Set<OutlineNode>();
      // Containment is tried only while the work stays small (a table of contents has tens of entries); past that,
      // entries are only looked up by their exact text.
      const exact = entries.length * candidates.length <= 2_000_000 ? null : exactIndex(candidates);
      for (const entry of entries) {
        const hits = exact === null ? matching(entry.text, candidates) : exact.get(entry.text);
        if (hits === undefined) continue;
        // (An unnumbered heading, `序  言`, is a short paragraph of the document's, no node.)
        if (hits.length === 0 && !(paragraphs ??= shortParagraphs(document)).has(entry.text)) {
          findings.push({ line: entry.line, message: `table of contents entry "${entry.raw.trim()}" matches no heading after it` });
          continue;
        }
        for (const h of hits) if (h.node !== null && h.document === document && h.node.depth === 1) matchedTopLevel.add(h.node);
      }
      // Entries that list this document's own top-level headings must list all of them.
      if (matchedTopLevel.size >= 2) {
        for (const node of document.children)
          if (node.line > after && !matchedTopLevel.has(node))
            findings.push({ line: node.line, message: `heading ${node.marker}${node.title} is missing from the table of contents (line ${document.toc[0]?.line})` });
      }
    }
    return findings.sort((a, b) => a.line - b.line);
  },
});

export interface Heading {
  line: number;
  title: string;
  /** `normalize(title)`, filled on first use. */
  text: string | null;
  node: OutlineNode | null;
  document: PlanDocument;
}

/** Every document title and node title, by line. */
function headingsOf(result: ParseResult): Heading[] {
  const headings: Heading[] = [];
  for (const document of result.documents)
    if (document.title !== null) headings.push({ line: document.line, title: document.title, text: null, node: null, document });
  for (const { node, document } of nodes(result)) headings.push({ line: node.line, title: node.title, text: null, node, document });
  return headings.sort((a, b) => a.line - b.line);
}

/** The document's paragraphs of a heading's length (40 units at most), normalised: its unnumbered headings among them. */
function shortParagraphs(document: PlanDocument): Set<string> {
  const found = new Set<string>();
  const add = (text: string) => {
    for (const p of text.split('\n')) if (p.length <= 40) found.add(normalize(p));
  };
  add(document.preamble);
  for (const { node } of nodesOf(document)) add(node.text);
  return found;
}

/** The headings of exactly the text `entry` (up to 8 of each). */
function exactIndex(candidates: readonly Heading[]): Map<string, Heading[]> {
  const exact = new Map<string, Heading[]>();
  for (const h of candidates) {
    const same = exact.get(h.text as string);
    if (same === undefined) exact.set(h.text as string, [h]);
    else if (same.length < 8) same.push(h);
  }
  return exact;
}

/**
 * The candidates whose text is `entry` (up to 8), or when there are none, those that contain `entry` or that it
 * contains (the shorter of the two with 4+ characters). A heading shorter than the entry is searched for only when
 * its first unit is one of the entry's (a 1,024-bit set of the units' low bits).
 */
export function matching(entry: string, candidates: readonly Heading[]): Heading[] {
  const units = new Uint32Array(32);
  for (let i = 0; i < entry.length; i++) {
    const low = entry.charCodeAt(i) & 1023;
    units[low >> 5] = (units[low >> 5] as number) | (1 << (low & 31));
  }
  const same: Heading[] = [];
  const contained: Heading[] = [];
  for (const h of candidates) {
    const text = h.text as string;
    if (text.length >= entry.length) {
      if (text === entry) {
        if (same.length < 8) same.push(h);
      } else if (entry.length >= 4 && text.includes(entry)) contained.push(h);
    } else if (text.length >= 4) {
      const low = text.charCodeAt(0) & 1023;
      if (((units[low >> 5] as number) & (1 << (low & 31))) !== 0 && entry.includes(text)) contained.push(h);
    }
  }
  return same.length > 0 ? same : contained;
}

const tocHeadings = new Set(['目录', '目次', 'contents']);

/** How many headings after a table of contents it is compared with. */
const headingWindow = 2000;

/** Index of the first heading on a line after `line` (headings sorted by line). */
function firstAfter(headings: readonly { line: number }[], line: number): number {
  let lo = 0;
  let hi = headings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((headings[mid] as { line: number }).line <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Characters that never decide whether an entry and a heading match: white space, punctuation, symbols. */
const ignorable = /^[\s\p{P}\p{S}]$/u;
/** Per UTF-16 code of the basic plane: 0 not yet tested, 1 ignorable, 2 kept, 3 kept and changed by lower-casing. */
const codeClass = new Uint8Array(0x10000);
const ignorableClass = 1;
const casedClass = 3;

function classOf(code: number): number {
  let known = codeClass[code] as number;
  if (known === 0) {
    const ch = String.fromCharCode(code);
    codeClass[code] = known = ignorable.test(ch) ? ignorableClass : ch.toLowerCase() === ch ? 2 : casedClass;
  }
  return known;
}

/**
 * The text without ignorable characters (white space, punctuation, symbols, emoji included), lower-cased: one pass,
 * no copy when nothing is dropped, and no `toLowerCase` (which copies two-byte text) when no character has a case.
 */
export function normalize(text: string): string {
  let kept = '';
  let from = 0;
  let cased = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let n: number;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      n = ignorable.test(text.slice(i, i + 2)) ? 2 : 0;
      if (n === 0) cased = true; // an astral letter may have a case: let toLowerCase decide
    } else {
      const c = classOf(code);
      n = c === ignorableClass ? 1 : 0;
      if (c === casedClass) cased = true;
    }
    if (n === 0) continue;
    kept += text.slice(from, i);
    from = i + n;
    i += n - 1;
  }
  const out = from === 0 ? text : kept + text.slice(from);
  return cased ? out.toLowerCase() : out;
}

/** An entry without its leading marker (`一、`, `2.`, `（三）`) and its trailing leaders and page number. */
export function stripEntry(text: string): string {
  let s = text.trim();
  // `（一）` `1.` `一、` `第一章`, a decimal path (`1.1 编制目的`) or a number before a space (`1 总则`): bounded repeats.
  const marker =
    /^(?:[(（][0-9０-９一二三四五六七八九十〇零]{1,4}[)）]|(?:[0-9０-９]{1,3}[.．]){1,3}[0-9０-９]{1,3}(?![0-9０-９])[ \t\u3000]*|[0-9０-９一二三四五六七八九十〇零]{1,4}[.．、,，]|[0-9０-９]{1,3}[ \t\u3000]+|第[0-9一二三四五六七八九十〇零百]{1,5}[编章节部分篇]{1,2})/.exec(s);
  if (marker) s = s.slice(marker[0].length);
  return stripPageReference(s);
}
