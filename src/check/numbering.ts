// The numbering of sibling nodes, analysed once per ParseResult and shared by the four numbering-* rules.
//
// Siblings of one style under one parent are compared with each other: 3 → 5 is a gap, 3 → 3 a duplicate, 5 before 4
// an order problem, 1 after 3 a restart. The first item of a list is compared with the document: it may start at 1,
// or continue the last number of its style in the document (items 1–45 running on across 一…八 is normal); a
// document that runs its numbering on and then starts a list at 1 again has an unexpected restart.
import type { OutlineNode, ParseResult, PlanDocument } from '../types.js';
import type { Finding } from './define-rule.js';
import { nodesOf, styleKey } from './walk.js';

export type NumberingProblem = 'gap' | 'duplicate' | 'order' | 'restart';

export type NumberingFindings = Record<NumberingProblem, Finding[]>;

const cache = new WeakMap<ParseResult, NumberingFindings>();

/** The numbering problems of every document of `result` (memoised per result object). */
export function numberingProblems(result: ParseResult): NumberingFindings {
  const cached = cache.get(result);
  if (cached) return cached;
  const found: NumberingFindings = { gap: [], duplicate: [], order: [], restart: [] };
  for (const document of result.documents) analyseDocument(document, found);
  cache.set(result, found);
  return found;
}

function analyseDocument(document: PlanDocument, found: NumberingFindings): void {
  /** The highest number each style reached so far in the document. */
  const last = new Map<string, { number: number; line: number }>();
  /** Styles whose lists have continued the previous list's numbering. */
  const runsOn = new Set<string>();
  /** Lists already analysed (a list is analysed when its first node is reached in document order). */
  const done = new Set<readonly OutlineNode[]>();
  const add = (kind: NumberingProblem, node: OutlineNode, message: string) => found[kind].push({ line: node.line, message });

  for (const { node, siblings } of nodesOf(document)) {
    if (node.style === 'bullet') continue;
    const key = styleKey(node);
    const list = siblings;
    const isFirstOfList = !done.has(list);
    if (isFirstOfList) done.add(list);
    // The siblings of this node's style that come before it.
    const before = list.slice(0, list.indexOf(node)).filter((n) => n.style !== 'bullet' && styleKey(n) === key);
    const n = node.number;
    const previous = last.get(key);
    if (before.length === 0) {
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
    } else {
      const prev = before[before.length - 1] as OutlineNode;
      const max = before.reduce((m, x) => (x.number > m.number ? x : m), prev);
      const next = list.slice(list.indexOf(node) + 1).find((x) => x.style !== 'bullet' && styleKey(x) === key);
      if (n === max.number + 1) {
        // in sequence
      } else if (n === 1 && max.number > 1) {
        add('restart', node, `numbering starts again at 1 after ${max.number} (line ${max.line})`);
      } else if (n > max.number + 1) {
        if (next !== undefined && next.number > max.number && next.number < n)
          add('order', node, `${n} comes before ${next.number} (line ${next.line})`);
        else add('gap', node, `numbering jumps from ${max.number} (line ${max.line}) to ${n}`);
      } else {
        const same = before.find((x) => x.number === n);
        const swapped = prev.number > n && before.length >= 1 && isReportedSwap(before, n);
        if (swapped) {
          // reported on the node that came too early
        } else if (same) add('duplicate', node, `number ${n} is used twice (also at line ${same.line})`);
        else add('order', node, `${n} comes after ${max.number} (line ${max.line})`);
      }
    }
    if (previous === undefined || n > previous.number || (n === 1 && before.length === 0)) last.set(key, { number: n, line: node.line });
  }
}

/** Whether `n` is the number that an earlier sibling jumped over and was reported as "comes before n". */
function isReportedSwap(before: readonly OutlineNode[], n: number): boolean {
  // The earlier node jumped past n (prev > n) while every number below n was already there: 3, 5, 4.
  const prev = before[before.length - 1] as OutlineNode;
  const rest = before.slice(0, -1);
  const maxRest = rest.reduce((m, x) => Math.max(m, x.number), 0);
  return prev.number > n && n === maxRest + 1 && !rest.some((x) => x.number === n);
}
