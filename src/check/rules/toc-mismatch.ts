import { defineRule, type Finding } from '../define-rule.js';
import type { OutlineNode, PlanDocument } from '../../types.js';
import { nodes } from '../walk.js';
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
    const headings: { line: number; text: string; node: OutlineNode | null; document: PlanDocument }[] = [];
    for (const document of result.documents)
      if (document.title !== null) headings.push({ line: document.line, text: normalize(document.title), node: null, document });
    for (const { node, document } of nodes(result)) headings.push({ line: node.line, text: normalize(node.title), node, document });
    headings.sort((a, b) => a.line - b.line);

    for (const document of result.documents) {
      const entries = document.toc.map((e) => ({ line: e.line, text: normalize(stripEntry(e.text)), raw: e.text })).filter((e) => e.text !== '' && !tocHeadings.has(e.text));
      if (entries.length === 0) continue;
      const after = Math.max(...document.toc.map((e) => e.line));
      // A table of contents describes what follows it closely: the next headings, up to a bound (keeps this linear).
      const start = firstAfter(headings, after);
      const candidates = headings.slice(start, start + headingWindow).filter((h) => h.text !== '');
      const matchedTopLevel = new Set<OutlineNode>();
      const exact = new Map<string, typeof candidates>();
      for (const h of candidates) {
        const same = exact.get(h.text);
        if (same === undefined) exact.set(h.text, [h]);
        else if (same.length < 8) same.push(h);
      }
      // Containment is tried only while the work stays small (a table of contents has tens of entries).
      const scan = entries.length * candidates.length <= 2_000_000;
      for (const entry of entries) {
        const hits = exact.get(entry.text) ?? (scan ? candidates.filter((h) => matches(entry.text, h.text)) : undefined);
        if (hits === undefined) continue;
        if (hits.length === 0) {
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
/** Per UTF-16 code of the basic plane: 0 not yet tested, 1 ignorable, 2 kept (filled as characters are met). */
const ignorableCode = new Uint8Array(0x10000);

/** How many units at `i` form one ignorable character (1, or 2 for an astral symbol such as an emoji), or 0. */
function ignorableAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) return ignorable.test(text.slice(i, i + 2)) ? 2 : 0;
  let known = ignorableCode[code] as number;
  if (known === 0) ignorableCode[code] = known = ignorable.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

/** The text without ignorable characters, lower-cased (one pass; no copy when nothing is dropped). */
export function normalize(text: string): string {
  let kept = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const n = ignorableAt(text, i);
    if (n === 0) continue;
    kept += text.slice(from, i);
    from = i + n;
    i += n - 1;
  }
  return (from === 0 ? text : kept + text.slice(from)).toLowerCase();
}

/** An entry without its leading marker (`一、`, `2.`, `（三）`) and its trailing leaders and page number. */
export function stripEntry(text: string): string {
  let s = text.trim();
  const marker = /^(?:[(（][0-9０-９一二三四五六七八九十〇零]{1,4}[)）]|[0-9０-９一二三四五六七八九十〇零]{1,4}[.．、,，]|第[0-9一二三四五六七八九十〇零百]{1,5}[编章节部分篇]{1,2})/.exec(s);
  if (marker) s = s.slice(marker[0].length);
  return stripPageReference(s);
}

function matches(entry: string, heading: string): boolean {
  if (entry === heading) return true;
  const [short, long] = entry.length <= heading.length ? [entry, heading] : [heading, entry];
  return short.length >= 4 && long.includes(short);
}
