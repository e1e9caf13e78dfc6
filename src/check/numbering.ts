// The numbering of sibling nodes, analysed once per check() run and shared by the four numbering-* rules.
//
// Siblings of one style under one parent are compared with each other: 3 → 5 is a gap, 3 → 3 a duplicate, 5 before 4
// an order problem, 1 after 3 a restart. The first item of a list is compared with the document: it may start at 1,
// or continue the last number of its style in the document (items 1–45 running on across 一…八 is normal); a
// document that runs its numbering on and then starts a list at 1 again has an unexpected restart.
import type { OutlineNode, ParseResult, PlanDocument } from '../types.js';
import type { Finding } from './define-rule.js';
import { memoise, nodesOf, styleKey, sublevelsOf, unnumberedLevels } from './walk.js';
import { headsBoxOrTable } from '../tokenize/lexicon/doc-types.js';
import { fold } from '../tokenize/lexicon/fold.js';

export type NumberingProblem = 'gap' | 'duplicate' | 'order' | 'restart';

export type NumberingFindings = Record<NumberingProblem, Finding[]>;

/** The numbering problems of every document of `result` (computed once per `check()` run). */
export function numberingProblems(result: ParseResult): NumberingFindings {
  return memoise(analyseResult, result);
}

function analyseResult(result: ParseResult): NumberingFindings {
  const found: NumberingFindings = { gap: [], duplicate: [], order: [], restart: [] };
  for (const document of result.documents) analyseDocument(document, found);
  return found;
}

/**
 * Nodes outside their list's numbering: bullets carry no number; 一是 and 首先 are nodes only when items follow them, the
 * others stay paragraphs, so their numbering is not all in the outline; an article an amendment put in between
 * (`第八条之一`) keeps the number of the one before it.
 */
function outsideNumbering(node: OutlineNode): boolean {
  return unnumberedLevels.has(node.style) || (node.style === 'article' && node.marker.includes('之'));
}

interface ListState {
  /** The previous sibling of this style. */
  prev: OutlineNode;
  /** The sibling with the highest number so far. */
  max: OutlineNode;
  /** The highest number among the siblings before `prev`. */
  maxBeforePrev: number;
  /** Each number used so far, with its first node. */
  numbers: Map<number, OutlineNode>;
}

function analyseDocument(document: PlanDocument, found: NumberingFindings): void {
  /** The node with the highest number each style reached so far in the document. */
  const last = new Map<string, OutlineNode>();
  /** Styles whose lists have continued the previous list's numbering. */
  const runsOn = new Set<string>();
  /**
   * Per sibling list: per style, the state of its numbering (linear: one update per node), and per index, the next
   * sibling of the same style (computed once per list).
   */
  const lists = new Map<readonly OutlineNode[], { states: Map<string, ListState>; nextSame: (OutlineNode | undefined)[] }>();
  const add = (kind: NumberingProblem, node: OutlineNode, message: string) => found[kind].push({ line: node.line, message });
  const sublevels = sublevelsOf(document);

  /** The node before this one in document order: a label paragraph that opens a new list ends its text. */
  let before: OutlineNode | null = null;
  for (const { node, siblings: list, index } of nodesOf(document)) {
    const labelled = node.number === 1 && before !== null && endsWithLabel(before.text);
    before = node;
    if (outsideNumbering(node)) continue;
    let entry = lists.get(list);
    if (!entry) {
      const nextSame = new Array<OutlineNode | undefined>(list.length);
      const following = new Map<string, OutlineNode>();
      for (let i = list.length - 1; i >= 0; i--) {
        const x = list[i] as OutlineNode;
        if (outsideNumbering(x)) continue;
        const k = styleKey(x, sublevels);
        nextSame[i] = following.get(k);
        following.set(k, x);
      }
      lists.set(list, (entry = { states: new Map(), nextSame }));
    }
    const states = entry.states;
    const key = styleKey(node, sublevels);
    // `九月份：` then `1.` `2.`, `十月份：` then `1.` `2.` again: a label paragraph opens a new list among the same
    // siblings (no restart, and its numbers are not the first list's duplicates).
    if (labelled) states.delete(key);
    const state = states.get(key);
    const n = node.number;
    const previous = last.get(key);
    if (state === undefined) {
      if (n === 1) {
        if (runsOn.has(key) && previous !== undefined && previous.number > 1)
          add('restart', node, `numbering starts again at 1; this document's ${node.marker} list ran on to ${previous.number} (line ${previous.line})`);
      } else if (previous === undefined) {
        add('gap', node, `numbering starts at ${n}, expected 1`);
      } else if (n === previous.number + 1) {
        runsOn.add(key);
      } else if (n > previous.number + 1) {
        add('gap', node, `numbering jumps from ${previous.number} (line ${previous.line}) to ${n}`);
      } else if (n === previous.number) {
        add('duplicate', node, `number ${n} is used twice (also at line ${previous.line})`);
      } else {
        add('order', node, `${n} comes after ${previous.number} (line ${previous.line})`);
      }
      states.set(key, { prev: node, max: node, maxBeforePrev: 0, numbers: new Map<number, OutlineNode>().set(n, node) });
    } else {
      const { prev, max } = state;
      const next = entry.nextSame[index];
      if (n === max.number + 1) {
        // in sequence
      } else if (n === 1 && max.number > 1) {
        add('restart', node, `numbering starts again at 1 after ${max.number} (line ${max.line})`);
      } else if (n > max.number + 1) {
        if (next !== undefined && next.number > max.number && next.number < n)
          add('order', node, `${n} comes before ${next.number} (line ${next.line})`);
        else add('gap', node, `numbering jumps from ${max.number} (line ${max.line}) to ${n}`);
      } else {
        // 3, 5, 4: the 4 that 5 jumped over was reported on the 5 ("5 comes before 4").
        const swapped = prev.number > n && n === state.maxBeforePrev + 1 && !state.numbers.has(n);
        const same = state.numbers.get(n);
        if (swapped) {
          // reported on the node that came too early
        } else if (same) add('duplicate', node, `number ${n} is used twice (also at line ${same.line})`);
        else add('order', node, `${n} comes after ${max.number} (line ${max.line})`);
      }
      state.maxBeforePrev = Math.max(state.maxBeforePrev, prev.number);
      state.prev = node;
      if (n > max.number) state.max = node;
      if (!state.numbers.has(n)) state.numbers.set(n, node);
    }
    if (previous === undefined || n > previous.number || (n === 1 && state === undefined)) last.set(key, node);
  }
}

/** A text whose last paragraph (not its first) is a label ending in a colon (`…。\n十月份：`) or a box's or a table's heading. */
function endsWithLabel(text: string): boolean {
  const end = text.length - 1;
  const c = text.charCodeAt(end);
  const start = text.lastIndexOf('\n', end) + 1;
  // (Or a box's or a table's heading: `专栏1 生产性服务业重点平台` / `1．…` `2．…`, the box's own list.)
  if (c !== 0xff1a && c !== 0x3a) return start > 0 && end - start <= 40 && headsBoxOrTable(fold(text.slice(start)).trim());
  return start > 0 && end - start <= 20;
}
