// A readable picture of a parse result for grammar tests: one string per document and node.
//   `# 2024年工作要点 @1`  a document (title or (untitled), its line)
//   `  1. 坚持稳中求进 @3`  a node, indented two spaces per depth below 1, with its title and line
import { parse } from '../../src/parse.js';
import type { OutlineNode, ParseResult } from '../../src/types.js';
import { assertTree } from './invariants.js';

export function shapeOf(result: ParseResult): string[] {
  const out: string[] = [];
  const walk = (n: OutlineNode) => {
    out.push(`${'  '.repeat(n.depth - 1)}${n.marker} ${n.title} @${n.line}`);
    n.children.forEach(walk);
  };
  for (const d of result.documents) {
    out.push(`# ${d.title ?? '(untitled)'} @${d.line}`);
    d.children.forEach(walk);
  }
  return out;
}

/** Parses lines of text (joined with \n), checks the tree invariants and returns its shape. */
export function outline(...lines: string[]): string[] {
  const result = parse(lines.join('\n'));
  assertTree(result);
  return shapeOf(result);
}
