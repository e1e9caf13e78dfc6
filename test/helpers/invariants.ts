// assertTree(result): structural invariants every ParseResult must satisfy, whatever the input.
// Run on every fixture, seed and property case (textlint's ast-tester, micromark's asserts).
import { markerStyles, type OutlineNode, type ParseResult } from '../../src/types.js';
import { splitLines } from '../../src/source/lines.js';
import { fold, skipBlanked, skipSpaces, trimEnd, withoutInvisibles } from '../../src/tokenize/lexicon/fold.js';
import { attachmentLabel, titleField, titleFieldEnd } from '../../src/tokenize/lexicon/doc-types.js';
import { unmarkedTitle } from '../../src/tokenize/lexicon/wrappers.js';
import { withoutBoldMarks } from '../../src/grammar/draft.js';

const styles = new Set<string>(markerStyles);

/** Where a value is not plain JSON (undefined, a function, NaN, a Map …): the paths, empty when it is. */
export function notJson(value: unknown, path = '$'): string[] {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return [];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path}: ${value} is not a finite number`];
  if (Array.isArray(value)) return value.flatMap((v, i) => notJson(v, `${path}[${i}]`));
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) return [`${path}: not a plain object`];
    return Object.entries(value).flatMap(([k, v]) => notJson(v, `${path}.${k}`));
  }
  return [`${path}: ${typeof value} is not JSON`];
}

/** Every invariant the result breaks, as readable lines (empty when the tree is sound). */
export function treeProblems(result: ParseResult): string[] {
  const problems: string[] = [];
  const lines = result.source.lines;
  let lastNodeLine = 0;
  let previousDocEnd = 0;

  const visit = (node: OutlineNode, parent: OutlineNode | null, depth: number, docLine: number, docEnd: number, where: string) => {
    const at = `${where} (${node.marker} line ${node.line})`;
    if (node.line <= lastNodeLine) problems.push(`${at}: line ${node.line} does not come after ${lastNodeLine}`);
    lastNodeLine = node.line;
    if (!(node.line <= node.endLine)) problems.push(`${at}: line ${node.line} > endLine ${node.endLine}`);
    if (node.depth !== depth) problems.push(`${at}: depth ${node.depth}, expected ${depth}`);
    if (!styles.has(node.style)) problems.push(`${at}: unknown style ${String(node.style)}`);
    if (!Number.isInteger(node.number) || node.number < (node.style === 'bullet' ? 0 : 1)) problems.push(`${at}: bad number ${node.number}`);
    // A Markdown heading (`## 总体要求`) is its own marker: its marker text is empty.
    if (node.marker.trim() !== node.marker || (node.marker.length === 0 && node.style !== 'heading'))
      problems.push(`${at}: marker ${JSON.stringify(node.marker)} is empty or padded`);
    // Markdown's bold marks are left out of a title (`2. **注意**：…` is titled `注意：…`), kept in the text; so are
    // characters that show nothing (zero-width spaces, a soft hyphen).
    if (!withoutInvisibles(withoutBoldMarks(node.text)).startsWith(node.title))
      problems.push(`${at}: title ${JSON.stringify(node.title)} is not a prefix of its text`);
    if (node.line < docLine || node.endLine > docEnd) problems.push(`${at}: outside its document ${docLine}–${docEnd}`);
    if (lines > 0 && node.endLine > lines) problems.push(`${at}: endLine ${node.endLine} past the last line ${lines}`);
    if (parent && (node.line <= parent.line || node.endLine > parent.endLine))
      problems.push(`${at}: span ${node.line}–${node.endLine} not inside parent ${parent.line}–${parent.endLine}`);
    node.children.forEach((child, i) => {
      const previous = node.children[i - 1];
      if (previous && previous.endLine >= child.line) problems.push(`${at}: child at ${child.line} overlaps its sibling ending at ${previous.endLine}`);
      visit(child, node, depth + 1, docLine, docEnd, `${where}.children[${i}]`);
    });
  };

  result.documents.forEach((doc, d) => {
    const where = `documents[${d}]`;
    if (!(doc.line <= doc.endLine)) problems.push(`${where}: line ${doc.line} > endLine ${doc.endLine}`);
    if (doc.line <= previousDocEnd) problems.push(`${where}: starts at ${doc.line}, not after the previous document's end ${previousDocEnd}`);
    if (doc.line < 1 || (lines > 0 && doc.endLine > lines)) problems.push(`${where}: span ${doc.line}–${doc.endLine} outside 1–${lines}`);
    previousDocEnd = doc.endLine;
    for (const entry of [...doc.toc, ...doc.noise])
      if (entry.line < 1 || entry.line > lines) problems.push(`${where}: toc/noise line ${entry.line} outside 1–${lines}`);
    doc.children.forEach((node, i) => {
      const previous = doc.children[i - 1];
      if (previous && previous.endLine >= node.line) problems.push(`${where}: node at ${node.line} overlaps its sibling ending at ${previous.endLine}`);
      visit(node, null, 1, doc.line, doc.endLine, `${where}.children[${i}]`);
    });
  });

  let lastDiagnostic = 0;
  for (const d of result.diagnostics) {
    if (d.line < lastDiagnostic) problems.push(`diagnostic ${d.code} at ${d.line} out of order`);
    if (d.line < 1 || d.line > lines) problems.push(`diagnostic ${d.code} at line ${d.line} outside 1–${lines}`);
    lastDiagnostic = d.line;
  }
  problems.push(...notJson(result));
  return problems;
}

/** Throws (with every problem listed) when the result breaks a tree invariant. */
export function assertTree(result: ParseResult): void {
  const problems = treeProblems(result);
  if (problems.length > 0) throw new Error(`Tree invariants broken:\n  ${problems.slice(0, 20).join('\n  ')}`);
}

/**
 * Positions point at the text they came from: each node's line starts (after white space) with its marker,
 * each toc and noise entry is its line's content, a titled document's line holds its title (or its first wrapped line; after an
 * attachment's label, `附件：…`).
 */
/** The value of a record's title field on a line (`标题：…要点　来源：…` → `…要点`), or undefined. */
function fieldValue(line: string): string | undefined {
  const label = titleField.exec(fold(line));
  if (label === null) return undefined;
  const value = line.slice(label[0].length).trimStart();
  return value.slice(0, titleFieldEnd(fold(value)));
}

export function anchorProblems(text: string, result: ParseResult): string[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = splitLines(source);
  const content = (line: number): string | undefined => {
    const l = lines[line - 1];
    if (!l) return undefined;
    const folded = fold(l.text);
    const start = skipSpaces(folded);
    return l.text.slice(start, Math.max(start, trimEnd(folded)));
  };
  const problems: string[] = [];
  const visit = (n: OutlineNode) => {
    const c = content(n.line);
    if (c === undefined || !c.startsWith(n.marker)) problems.push(`node ${n.marker} at line ${n.line}: the line is ${JSON.stringify(c)}`);
    n.children.forEach(visit);
  };
  for (const d of result.documents) {
    // (A title leaves out the units that show nothing: `…教育局​2023年…` is titled `…教育局2023年…`.)
    const line = content(d.line);
    const first = line === undefined ? undefined : withoutInvisibles(line);
    // (An attachment's label on the title's line, `附件：…`, is the header's: the title is the rest of the line.)
    // (So is a record's title field, `标题：…`, and the fields after the title on its line, `　来源：…`.)
    const labelled = first === undefined ? undefined : fieldValue(first) ?? first.slice(attachmentLabel.exec(fold(first))?.[0].length ?? 0).trimStart();
    // (Markdown's marks around it, `# …` and `**…**`, are the header's too, and markup a converter left before it.)
    const marked = first === undefined ? undefined : unmarkedTitle(first);
    const unmarked = marked === undefined ? undefined : marked.slice(skipBlanked(marked, 0));
    if (d.title !== null && (first === undefined || first === '' || !(d.title.startsWith(first) || (labelled !== '' && labelled !== undefined && d.title.startsWith(labelled)) || (unmarked !== '' && unmarked !== undefined && d.title.startsWith(unmarked)))))
      problems.push(`title ${JSON.stringify(d.title)} at line ${d.line}: the line is ${JSON.stringify(content(d.line))}`);
    for (const e of [...d.toc, ...d.noise]) if (content(e.line) !== e.text) problems.push(`entry ${JSON.stringify(e.text)} at line ${e.line}: the line is ${JSON.stringify(content(e.line))}`);
    d.children.forEach(visit);
  }
  return problems;
}
