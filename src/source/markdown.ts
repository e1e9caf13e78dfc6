// Markdown text → Line[]: the same physical lines as the file, with the Markdown markup replaced by spaces so
// that every character that is text keeps its line and column. Lines that start a heading carry
// `markup.heading` (its depth), lines that start an item of a nested ordered list `markup.list` (its depth among
// ordered lists, from 2). The tokenizer then reads the lines like plain text.
//
// What is kept and what becomes a space, from the mdast positions of remark-parse:
// - kept: the characters of text, inline code, image alt text, code block content, raw HTML, and the item
//   markers of ordered lists (`1.`, `1)`: numbered outlines);
// - spaces: `#` of ATX headings (and their closing `#`s), setext underlines, `>` of quotes, bullets of
//   unordered lists (`-` `*` `+`), emphasis and strong `*` `_`, link and image brackets and destinations,
//   backticks, code fences, thematic breaks, definitions, hard-break backslashes;
// - a backslash escape (`1\.`) or an entity (`&amp;`) is shorter as text than as written: the characters of
//   its run of text before it move right to close the gap (`1\. 加强` → ` 1. 加强`, `A &amp; B` → `    A & B`),
//   so every character after it keeps its column and the spaces go where the run starts.
// unified and remark-parse are loaded on first use (they cost ~130 ms to import).
import type { Nodes, Root } from 'mdast';
// (The front matter's node type, `yaml`, joins mdast's.)
import type {} from 'mdast-util-frontmatter';
import type { Line } from '../types.js';
import { splitLines } from './lines.js';

type MarkdownParser = (text: string) => Root;
let parser: Promise<MarkdownParser> | null = null;

function loadParser(): Promise<MarkdownParser> {
  parser ??= Promise.all([import('unified'), import('remark-parse'), import('remark-frontmatter')]).then(([{ unified }, { default: remarkParse }, { default: remarkFrontmatter }]) => {
    const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();
    return (text: string) => processor.parse(text);
  });
  return parser;
}

const isLineEnd = (c: string | undefined) => c === '\n' || c === '\r';
const isSpace = (c: string | undefined) => c === ' ' || c === '\t';

/** The painted text: the source with every character but line ends replaced by a space, until painted. */
class Canvas {
  readonly out: string[];
  constructor(readonly src: string) {
    this.out = Array.from({ length: src.length }, (_, i) => (isLineEnd(src[i]) ? (src[i] as string) : ' '));
  }

  /** Copies the source characters of [from, to) as they are (line ends are already there). */
  copy(from: number, to: number): void {
    for (let i = from; i < to; i++) if (!isLineEnd(this.src[i])) this.out[i] = this.src[i] as string;
  }

  /**
   * Puts `value` (a node's text as remark-parse decoded it) over the source range [from, to) it came from:
   * each character in the column it was written in, skipping what the value does not hold (markup, the
   * prefixes of continuation lines). Where an escape or an entity is shorter than its source, the characters
   * of that run of text move right to close the gap: the holes go to the run's start, where markup or a space
   * usually stands already (`“统一”\[1]` → ` “统一”[1]`). Returns false when the value does not align;
   * nothing is painted then.
   */
  align(from: number, to: number, value: string): boolean {
    const { src } = this;
    const painted: [number, string][] = [];
    // The current run of text: its characters end at source position i when flushed (right-aligned).
    let run: string[] = [];
    let i = from;
    const flush = () => {
      let at = i - run.length;
      for (const c of run) painted.push([at++, c]);
      run = [];
    };
    const skip = (n: number) => {
      flush();
      i += n;
    };
    let j = 0;
    while (j < value.length && i < to) {
      const v = value[j] as string;
      const s = src[i];
      // `&amp;` decodes to `&`: an entity, unless the value goes on as the source does (a literal `&`).
      const entity = s === '&' && (v !== '&' || value[j + 1] !== src[i + 1]);
      if (v === s && !isLineEnd(s) && !entity) {
        run.push(v);
        i++;
        j++;
      } else if (v === s && isLineEnd(s)) {
        skip(1);
        j++;
      } else if (v === ' ' && isLineEnd(s)) {
        // Inline code turns a line end into a space.
        skip(s === '\r' && src[i + 1] === '\n' ? 2 : 1);
        j++;
      } else if (s === '\\' && src[i + 1] === v && !isLineEnd(v)) {
        run.push(v);
        i += 2;
        j++;
      } else if (entity) {
        // An entity is at most 32 units long (`&CounterClockwiseContourIntegral;`): look no further.
        let semicolon = i + 1;
        while (semicolon < to && semicolon - i <= 32 && src[semicolon] !== ';') semicolon++;
        if (src[semicolon] !== ';' || semicolon >= to) return false;
        const units = v.charCodeAt(0) >= 0xd800 && v.charCodeAt(0) <= 0xdbff ? 2 : 1;
        for (let k = 0; k < units; k++) run.push(value[j + k] as string);
        i = semicolon + 1;
        j += units;
      } else {
        skip(1);
      }
    }
    flush();
    if (j < value.length) return false;
    for (const [at, c] of painted) this.out[at] = c;
    return true;
  }

  /** Paints `value` over [from, to), or copies the range when the value cannot be aligned. */
  paint(from: number, to: number, value: string): void {
    if (!this.align(from, to, value)) this.copy(from, to);
  }

  text(): string {
    return this.out.join('');
  }
}

function offsets(node: Nodes): [number, number] | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? null : [start, end];
}

/** Offset of the start of the line after the one `offset` is on (the text's length when there is none). */
function nextLineStart(src: string, offset: number): number {
  let i = offset;
  while (i < src.length && !isLineEnd(src[i])) i++;
  if (src[i] === '\r' && src[i + 1] === '\n') return i + 2;
  return i < src.length ? i + 1 : i;
}

/** What the walk records by line: the depth of a heading, and of an ordered list item, that starts on it. */
interface Marks {
  headings: Map<number, number>;
  lists: Map<number, number>;
  frontMatter: Set<number>;
}

function visit(node: Nodes, canvas: Canvas, marks: Marks, orderedDepth = 0): void {
  const range = offsets(node);
  const src = canvas.src;
  switch (node.type) {
    case 'text':
      if (range) canvas.paint(range[0], range[1], node.value);
      return;
    case 'inlineCode':
    case 'html':
      if (range) canvas.paint(range[0], range[1], node.value);
      return;
    case 'image':
      if (range && node.alt) canvas.align(range[0], range[1], node.alt);
      return;
    case 'code': {
      if (!range) return;
      // A fenced block's content starts on the line after its opening fence; an indented block's on its first line.
      let start = range[0];
      while (isSpace(src[start])) start++;
      const fenced = src.startsWith('```', start) || src.startsWith('~~~', start);
      const from = fenced ? nextLineStart(src, range[0]) : range[0];
      if (node.value && from < range[1]) canvas.paint(from, range[1], node.value);
      return;
    }
    case 'yaml': {
      // A note's front matter (remark-frontmatter): its lines kept as text between the fences, marked as metadata.
      if (!range || !node.position) return;
      const from = nextLineStart(src, range[0]);
      if (node.value && from < range[1]) canvas.paint(from, range[1], node.value);
      for (let line = node.position.start.line; line <= node.position.end.line; line++) marks.frontMatter.add(line);
      return;
    }
    case 'heading':
      if (node.position) marks.headings.set(node.position.start.line, node.depth);
      break;
    case 'list':
      // An ordered list's item markers are numbered markers (`1.`, `1)`): kept. Bullets (`-`, `*`, `+`) are
      // markup: an item then reads like its text on a plain line (`- 6.深化…` is the arabic node `6.`).
      // Nested ordered lists are recorded with their depth (among ordered lists), so that `1.` inside item 2 nests.
      if (node.ordered) {
        for (const item of node.children) {
          const at = offsets(item);
          if (!at) continue;
          let i = at[0];
          while (i < at[1] && !isSpace(src[i]) && !isLineEnd(src[i])) i++;
          canvas.copy(at[0], i);
          if (item.position) marks.lists.set(item.position.start.line, orderedDepth + 1);
        }
        for (const child of node.children) visit(child, canvas, marks, orderedDepth + 1);
        return;
      }
      break;
    default:
      break;
  }
  if ('children' in node) for (const child of node.children as Nodes[]) visit(child, canvas, marks, orderedDepth);
}

/**
 * The lines of a Markdown text with their markup replaced by spaces: same line numbers, offsets and columns as
 * the file. Async because remark-parse is loaded on first use.
 */
export async function markdownToLines(text: string): Promise<Line[]> {
  const parse = await loadParser();
  const canvas = new Canvas(text);
  const marks: Marks = { headings: new Map(), lists: new Map(), frontMatter: new Set() };
  visit(parse(text), canvas, marks);
  const lines = splitLines(canvas.text());
  for (const line of lines) {
    const heading = marks.headings.get(line.line);
    const list = marks.lists.get(line.line);
    if (marks.frontMatter.has(line.line)) line.markup = { frontMatter: true };
    else if (heading !== undefined) line.markup = { heading };
    else if (list !== undefined && list > 1) line.markup = { list };
  }
  return lines;
}
