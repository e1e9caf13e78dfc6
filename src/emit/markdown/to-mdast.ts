// ParseResult → mdast Root, the tree that remark-stringify writes as Markdown. mdast types only.
//
// Layout: a document's title is a `#` heading (an untitled document has none, and a thematic break separates
// it from the document before); its preamble follows as paragraphs. Nodes of depth 1–3 are headings `##`–`####`
// whose text is marker + title; deeper nodes are nested bullet lists whose item text is marker + title. The
// rest of a node's text (after its title) follows as paragraphs, before its children. Text goes into `text`
// nodes as it is: escaping belongs to the serializer.
import { pandocAnchorSource, wrapperCloser } from '../../tokenize/lexicon/wrappers.js';
import type { BlockContent, Heading, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import type { OutlineNode, ParseResult, PlanDocument } from '../../types.js';

export interface MdastOptions {
  /** Headings and list items only: no preamble, no body paragraphs. */
  outlineOnly?: boolean;
}

/** Node depths written as headings (`##` for depth 1 … `####` for depth 3); deeper ones become list items. */
export const maxHeadingDepth = 3;

// The sentence end that closed a title (grammar/body.ts sentenceEndIndex: `.` `．` as a full stop too).
const sentenceEnd = /^[。！？!?.．]/;

function paragraph(value: string): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value }] };
}

/** Paragraphs of a multi-line text, blank ones dropped. */
function paragraphs(text: string): Paragraph[] {
  return text
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map(paragraph);
}

/** What a node's text holds after its title (without the sentence end that closed the title). */
export function bodyOf(node: OutlineNode): string {
  let rest = node.text.startsWith(node.title) ? node.text.slice(node.title.length) : node.text;
  const closer = closerAfterTitle(node);
  if (closer !== '') rest = rest.slice(rest.indexOf(closer) + closer.length);
  if (sentenceEnd.test(rest)) rest = rest.slice(1);
  return rest;
}

/** The closer of a wrapped heading (`**一、总体目标**`) right after its title, '' when there is none. */
function closerAfterTitle(node: OutlineNode): string {
  const closer = wrapperCloser(node.marker);
  return closer !== '' && node.text.slice(node.title.length).trimStart().startsWith(closer) ? closer : '';
}

/**
 * The heading or list item text of a node: its marker as written, then its title (and a wrapper's closer). A marker
 * that ends in a word or a digit (`第一条`, `第一章`, `1.1`, `27`) gets a space before the title, as a reader writes
 * it (`第一条 为规范…`); one that ends in its delimiter (`一、`, `（一）`, `1.`) needs none, nor does `一是`, which
 * begins the sentence.
 */
export function labelOf(node: OutlineNode): string {
  const space = node.style !== 'shi' && /^\S/.test(node.title) && endsInWordOrDigit.test(node.marker) ? ' ' : '';
  return `${node.marker.replace(sourceHeadingMark, '')}${space}${node.title}${closerAfterTitle(node)}`;
}

// A Markdown heading's mark the source wrote before the marker (`## 二、…` in text), and a bookmark pandoc put after it
// (`# []{#_Toc1 .anchor}一、…`): the outline's own heading replaces them.
const sourceHeadingMark = new RegExp(`^#{1,6} +(?:${pandocAnchorSource})?`);

// The last character of a marker when it is a Han word or a digit (not a delimiter or a bracket).
const endsInWordOrDigit = /[\p{Script=Han}\p{Nd}]$/u;

function listOf(nodes: readonly OutlineNode[], options: MdastOptions): List {
  const items = nodes.map((n) => listItem(n, options));
  return { type: 'list', ordered: false, spread: items.some((i) => i.spread), children: items };
}

function listItem(node: OutlineNode, options: MdastOptions): ListItem {
  const children: BlockContent[] = [paragraph(labelOf(node))];
  if (!options.outlineOnly) children.push(...paragraphs(bodyOf(node)));
  // An item with body paragraphs is loose (blank lines between its blocks), or the paragraphs would merge.
  const spread = children.length > 1;
  if (node.children.length > 0) children.push(listOf(node.children, options));
  return { type: 'listItem', spread, children };
}

function headingSection(node: OutlineNode, options: MdastOptions): RootContent[] {
  const heading: Heading = {
    type: 'heading',
    depth: (Math.min(node.depth, maxHeadingDepth) + 1) as Heading['depth'],
    children: [{ type: 'text', value: labelOf(node) }],
  };
  const out: RootContent[] = [heading];
  if (!options.outlineOnly) out.push(...paragraphs(bodyOf(node)));
  out.push(...nodesOf(node.children, options));
  return out;
}

/** Sibling nodes: headings while their depth allows, a list once it does not. */
function nodesOf(nodes: readonly OutlineNode[], options: MdastOptions): RootContent[] {
  const out: RootContent[] = [];
  let run: OutlineNode[] = [];
  const flush = () => {
    if (run.length > 0) out.push(listOf(run, options));
    run = [];
  };
  for (const node of nodes) {
    if (node.depth > maxHeadingDepth) run.push(node);
    else {
      flush();
      out.push(...headingSection(node, options));
    }
  }
  flush();
  return out;
}

function documentOf(doc: PlanDocument, index: number, options: MdastOptions): RootContent[] {
  const out: RootContent[] = [];
  if (doc.title !== null) out.push({ type: 'heading', depth: 1, children: [{ type: 'text', value: doc.title }] });
  else if (index > 0) out.push({ type: 'thematicBreak' });
  if (!options.outlineOnly) out.push(...paragraphs(doc.preamble));
  out.push(...nodesOf(doc.children, options));
  return out;
}

/** The whole result as one mdast tree. */
export function toMdast(result: ParseResult, options: MdastOptions = {}): Root {
  return { type: 'root', children: result.documents.flatMap((d, i) => documentOf(d, i, options)) };
}
