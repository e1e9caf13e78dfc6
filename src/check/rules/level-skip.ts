import { defineRule, type Finding } from '../define-rule.js';
import { nodesOf, styleKey, sublevelsOf, unnumberedLevels } from '../walk.js';
import type { OutlineNode } from '../../types.js';

/**
 * Levels used inconsistently inside one document, judged from the parent → child pairs of marker styles that the
 * document itself uses (paragraph markers such as 一是 and bullets are transparent):
 * - inverted: a style seen both as the parent and as the child of another style (`1.` under `（一）` in one section,
 *   `（一）` under `1.` in another);
 * - skipped: a child directly under a parent when the document elsewhere puts two or more levels between them
 *   (`（1）` right under `一、` where the document uses `一、` → `（一）` → `1.` → `（1）`).
 * - out of order: under one parent, a style after siblings of a style it is the parent of elsewhere (`二、` with targets
 *   `1.`…`3.` then work items `（一）`, where `（一）` → `1.` is the document's nesting); the grammar reads them as
 *   siblings, the numbering reads better with the work items first or the targets under a heading of their own.
 * One optional level is not a skip: `1.` directly under `一、` in some sections and under `（一）` in others is a
 * common and legitimate layout.
 */
export const levelSkip = defineRule({
  id: 'level-skip',
  severity: 'warning',
  description: 'A level is used inconsistently: a style is both parent and child of another style, follows siblings it is the parent of elsewhere, or a child skips two or more levels the document uses elsewhere.',
  check(result) {
    const findings: Finding[] = [];
    for (const document of result.documents) {
      const sublevels = sublevelsOf(document);
      // Parent style → child style pairs, each with the nodes where it occurs (first occurrence per parent node).
      type Pair = { parent: string; child: string; where: { node: OutlineNode; parent: OutlineNode }[]; parents: Set<OutlineNode> };
      const pairs = new Map<string, Pair>();
      // Parent style → child style → pair: found per node without building a key string.
      const byParent = new Map<string, Map<string, Pair>>();
      const effectiveParent = new Map<OutlineNode, OutlineNode | null>();
      const marker = new Map<string, string>();
      // The last parent and child style seen: siblings of one list (most nodes) repeat them, and their pair already
      // holds that parent.
      let lastUp: OutlineNode | null = null;
      let lastChild = '';
      // Per parent node, the child styles in order of first appearance with their first node.
      const siblings = new Map<OutlineNode, { style: string; node: OutlineNode }[]>();
      // (The last parent and child style recorded: most nodes repeat them.)
      let siblingOf: OutlineNode | null = null;
      let siblingStyle = '';
      for (const { node, parent } of nodesOf(document)) {
        if (parent !== null && !unnumberedLevels.has(node.style)) {
          const style = styleKey(node, sublevels);
          if (parent !== siblingOf || style !== siblingStyle) {
            siblingOf = parent;
            siblingStyle = style;
            const seen = siblings.get(parent);
            if (seen === undefined) siblings.set(parent, [{ style, node }]);
            else if (!seen.some((s) => s.style === style)) seen.push({ style, node });
          }
        }
        const up = parent === null ? null : unnumberedLevels.has(parent.style) ? (effectiveParent.get(parent) ?? null) : parent;
        if (unnumberedLevels.has(node.style)) {
          effectiveParent.set(node, up);
          continue;
        }
        if (up === null) continue;
        const c = styleKey(node, sublevels);
        if (up === lastUp && c === lastChild) continue;
        const p = styleKey(up, sublevels);
        if (p === c) continue;
        lastUp = up;
        lastChild = c;
        let children = byParent.get(p);
        if (children === undefined) byParent.set(p, (children = new Map()));
        let pair = children.get(c);
        if (pair === undefined) {
          pair = { parent: p, child: c, where: [], parents: new Set() };
          children.set(c, pair);
          pairs.set(`${p}\u0000${c}`, pair);
          if (!marker.has(p)) marker.set(p, up.marker);
          if (!marker.has(c)) marker.set(c, node.marker);
        }
        if (!pair.parents.has(up)) {
          pair.parents.add(up);
          pair.where.push({ node, parent: up });
        }
      }
      const children = new Map<string, Set<string>>();
      for (const { parent, child } of pairs.values()) children.set(parent, (children.get(parent) ?? new Set()).add(child));
      const reported = new Set<string>();
      for (const pair of pairs.values()) {
        const reverse = pairs.get(`${pair.child}\u0000${pair.parent}`);
        if (reverse) {
          const key = [pair.parent, pair.child].sort().join('\u0000');
          if (reported.has(key)) continue;
          reported.add(key);
          // Report the pair that occurs later, against the first place of the other one.
          const [early, late] = (pair.where[0]?.node.line ?? 0) < (reverse.where[0]?.node.line ?? 0) ? [pair, reverse] : [reverse, pair];
          const first = early.where[0];
          for (const { node, parent } of late.where)
            findings.push({ line: node.line, message: `${node.marker} is nested under ${parent.marker} here, but ${first?.node.marker} is nested under ${first?.parent.marker} at line ${first?.node.line}` });
          continue;
        }
        const between = longestPath(children, pair.parent, pair.child);
        if (between.length >= 2) {
          const chain = between.map((k) => marker.get(k) ?? k).join(' → ');
          for (const { node, parent } of pair.where)
            findings.push({ line: node.line, message: `${node.marker} comes directly under ${parent.marker}, but this document puts ${chain} between them elsewhere` });
        }
      }
      for (const [parent, seen] of siblings) {
        for (let i = 1; i < seen.length; i++) {
          const later = seen[i] as { style: string; node: OutlineNode };
          const earlier = seen.slice(0, i).find((s) => pairs.has(`${later.style}\u0000${s.style}`) && !pairs.has(`${s.style}\u0000${later.style}`));
          if (earlier === undefined) continue;
          const first = pairs.get(`${later.style}\u0000${earlier.style}`)?.where[0];
          findings.push({
            line: later.node.line,
            message: `${later.node.marker} follows ${earlier.node.marker} as its sibling under ${parent.marker}, but ${first?.node.marker} is nested under ${first?.parent.marker} at line ${first?.node.line}`,
          });
        }
      }
    }
    return findings.sort((a, b) => a.line - b.line);
  },
});

/**
 * The intermediate styles of the longest simple path from `from` to `to` that is not the direct edge. Documents use
 * a handful of styles; a step budget keeps a pathological one linear.
 */
function longestPath(children: ReadonlyMap<string, ReadonlySet<string>>, from: string, to: string): string[] {
  let best: string[] = [];
  const path: string[] = [];
  let budget = 10_000;
  const visit = (at: string) => {
    for (const next of children.get(at) ?? []) {
      if (--budget < 0) return;
      if (next === to) {
        if (path.length > best.length) best = [...path];
        continue;
      }
      if (next === from || path.includes(next)) continue;
      path.push(next);
      visit(next);
      path.pop();
    }
  };
  visit(from);
  return best;
}
