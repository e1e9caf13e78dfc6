// toMarkdown: golden output of seeds, a round trip through remark-parse that finds the same outline, and a
// property test that Markdown specials in titles and texts never change the structure.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { test as prop, fc } from '@fast-check/vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Nodes, Root } from 'mdast';
import { parse } from '../../src/parse.js';
import { toMarkdown } from '../../src/emit/markdown/index.js';
import { labelOf, maxHeadingDepth } from '../../src/emit/markdown/to-mdast.js';
import type { OutlineNode, ParseResult, PlanDocument } from '../../src/types.js';

const root = join(import.meta.dirname, '..', '..');
const seedDir = join(root, 'seeds');
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt'));
const parseSeed = (file: string) => parse(readFileSync(join(seedDir, file)), { path: `seeds/${file}` });

interface Entry {
  kind: string;
  text: string;
}

/** Plain text of an mdast node (what a reader sees). */
function plain(node: Nodes): string {
  if ('value' in node) return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plain).join('');
  return '';
}

/** Headings and list items of Markdown, in order: the outline a reader finds. */
function outlineOfMarkdown(markdown: string): Entry[] {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  const out: Entry[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'heading') out.push({ kind: `h${node.depth}`, text: plain(node) });
    if (node.type === 'listItem') {
      const first = node.children[0];
      out.push({ kind: 'item', text: first && first.type === 'paragraph' ? plain(first) : '' });
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);
  return out;
}

/** The outline the result holds, as toMarkdown promises to lay it out. */
function outlineOfResult(result: ParseResult): Entry[] {
  const out: Entry[] = [];
  const walk = (n: OutlineNode) => {
    const kind = n.depth <= maxHeadingDepth ? `h${n.depth + 1}` : 'item';
    out.push({ kind, text: labelOf(n).trim() });
    n.children.forEach(walk);
  };
  for (const d of result.documents) {
    if (d.title !== null) out.push({ kind: 'h1', text: d.title.trim() });
    d.children.forEach(walk);
  }
  return out;
}

describe('toMarkdown golden output', () => {
  const golden: [string, boolean][] = [
    ['000_129a2ddb08cba246', false],
    ['001_3165b1e1fe2a6d7c', false],
    ['001_3165b1e1fe2a6d7c', true],
  ];
  it.each(golden)('%s (outlineOnly: %s)', (seed, outlineOnly) => {
    const file = join(root, 'fixtures', 'markdown', `${seed}${outlineOnly ? '.outline' : ''}.expected.md`);
    const actual = toMarkdown(parseSeed(`${seed}.txt`), { outlineOnly });
    if (process.env.UPDATE) writeFileSync(file, actual);
    expect(actual).toBe(readFileSync(file, 'utf8'));
  });
});

describe('toMarkdown layout', () => {
  const result = parse('2024年工作要点\n前言一段。\n一、总体要求\n坚持稳中求进。再说一句。\n（一）目标\n1.第一项\n（1）细项。细项正文。\n第二段正文\n');
  it('writes title, preamble, headings by depth and deeper nodes as list items with their bodies', () => {
    expect(toMarkdown(result)).toBe(
      [
        '# 2024年工作要点',
        '',
        '前言一段。',
        '',
        '## 一、总体要求',
        '',
        '坚持稳中求进。再说一句。',
        '',
        '### （一）目标',
        '',
        '#### 1.第一项',
        '',
        '- （1）细项',
        '',
        '  细项正文。',
        '',
        '  第二段正文',
        '',
      ].join('\n'),
    );
  });
  it('omits preamble and bodies with outlineOnly', () => {
    expect(toMarkdown(result, { outlineOnly: true })).toBe('# 2024年工作要点\n\n## 一、总体要求\n\n### （一）目标\n\n#### 1.第一项\n\n- （1）细项\n');
  });
  it('separates untitled documents with a thematic break', () => {
    const two = resultOf(null, '', [{ marker: '一、', title: '甲', body: '', children: [] }, { marker: '二、', title: '乙', body: '', children: [] }]);
    expect(two.documents.map((d) => d.title)).toEqual([null, null]);
    expect(toMarkdown(two)).toBe('## 一、甲\n\n## 二、乙\n\n---\n\n## 一、甲\n\n## 二、乙\n');
  });
  it('writes nothing for no documents', () => {
    expect(toMarkdown({ ...resultOf(null, '', []), documents: [] })).toBe('');
  });
});

describe('toMarkdown round trip', () => {
  it.each(seeds.flatMap((s) => [[s, false] as const, [s, true] as const]))('%s (outlineOnly: %s) reads back as the same outline', (seed, outlineOnly) => {
    const result = parseSeed(seed);
    const expected = outlineOfResult(result);
    expect(expected.length).toBeGreaterThan(10);
    expect(outlineOfMarkdown(toMarkdown(result, { outlineOnly }))).toEqual(expected);
  });
});

// Arbitrary text made of Markdown specials, Han characters, digits and spaces.
const specials = ['#', '*', '_', '<', '>', '|', '[', ']', '(', ')', '`', '\\', '!', '-', '+', '=', '~', '&', '.', '1', '2', ' ', '一', '、', '。', 'a', ':', '"'];
const fragment = fc.oneof(fc.constantFrom(...specials), fc.constantFrom('1. ', '# ', '- ', '> ', '```', '***', '---', '&amp;', '<div>', '[x](y)', '1) ', '==='));
const text = fc.array(fragment, { maxLength: 12 }).map((a) => a.join(''));
const body = fc.array(text, { maxLength: 3 }).map((a) => a.join('\n'));

interface NodeSpec {
  marker: string;
  title: string;
  body: string;
  children: NodeSpec[];
}
/** Nodes down to depth 5, so that headings and nested list items both occur. */
function nodeSpec(depth: number): fc.Arbitrary<NodeSpec> {
  return fc.record({
    marker: fc.constantFrom('一、', '（一）', '1.', '1', '①', '一是', '', '-', '#', '1)'),
    title: text,
    body,
    children: depth >= 5 ? fc.constant<NodeSpec[]>([]) : fc.array(nodeSpec(depth + 1), { maxLength: 2 }),
  }).filter((n) => `${n.marker}${n.title}`.trim() !== ''); // every node has a marker or a title
}

function toNode(spec: NodeSpec, depth: number, line: number): OutlineNode {
  return {
    marker: spec.marker,
    style: spec.marker === '一是' ? 'shi' : 'han',
    number: 1,
    title: spec.title,
    text: spec.body ? `${spec.title}。${spec.body}` : spec.title,
    depth,
    line,
    endLine: line,
    children: spec.children.map((c) => toNode(c, depth + 1, line)),
  };
}

function resultOf(title: string | null, preamble: string, nodes: NodeSpec[]): ParseResult {
  const doc: PlanDocument = { title, line: 1, endLine: 1, header: [], meta: {}, toc: [], preamble, noise: [], children: nodes.map((n) => toNode(n, 1, 1)) };
  return { schemaVersion: 1, source: { path: null, encoding: 'utf-8', bytes: 0, lines: 1 }, documents: [doc, { ...doc, title: null }], diagnostics: [] };
}

describe('labelOf', () => {
  const node = (marker: string, title: string, style: OutlineNode['style'] = 'article'): OutlineNode => ({ marker, style, number: 1, title, text: title, depth: 1, line: 1, endLine: 1, children: [] });
  it('sets a marker that ends in a word or a digit apart from the title, as a reader writes it', () => {
    expect(labelOf(node('第一条', '为规范管理'))).toBe('第一条 为规范管理');
    expect(labelOf(node('第一章', '总则', 'chapter'))).toBe('第一章 总则');
    expect(labelOf(node('1.1', '总体要求', 'decimal'))).toBe('1.1 总体要求');
    expect(labelOf(node('27', '构建体系', 'arabic'))).toBe('27 构建体系');
  });
  it('writes a marker that ends in its delimiter, and 一是, right before the title', () => {
    expect(labelOf(node('一、', '总体要求', 'han'))).toBe('一、总体要求');
    expect(labelOf(node('（一）', '目标', 'han-paren'))).toBe('（一）目标');
    expect(labelOf(node('1.', '做好工作', 'arabic'))).toBe('1.做好工作');
    expect(labelOf(node('一是', '加强领导', 'shi'))).toBe('一是加强领导');
  });
  it("leaves out a Markdown heading's mark the source wrote before the marker, and pandoc's bookmark after it", () => {
    expect(labelOf(node('## 二、', '主要任务', 'han'))).toBe('二、主要任务');
    expect(labelOf(node('# []{#_Toc1 .anchor}一、', '总体要求', 'han'))).toBe('一、总体要求');
    expect(labelOf(node('**一、', '总体要求', 'han'))).toBe('**一、总体要求');
  });
});

describe('toMarkdown escaping (property)', () => {
  prop.prop([fc.option(text, { nil: null }), body, fc.array(nodeSpec(1), { maxLength: 3 }), fc.boolean()], { numRuns: 200 })(
    'Markdown specials in titles and texts never change the headings or list items',
    (title, preamble, nodes, outlineOnly) => {
      const result = resultOf(title, preamble, nodes);
      const md = toMarkdown(result, { outlineOnly });
      const found = outlineOfMarkdown(md);
      const expected = outlineOfResult(result);
      expect(found.map((e) => e.kind)).toEqual(expected.map((e) => e.kind));
      expect(found.map((e) => e.text.trim())).toEqual(expected.map((e) => e.text));
    },
  );

  it.each([
    ['# not a heading', '\\# not a heading'],
    ['1. not a list', '1\\. not a list'],
    ['*star* and _under_', '\\*star\\* and \\_under\\_'],
    ['<b>tag</b> | pipe [link](x)', '\\<b>tag\\</b> | pipe \\[link]\\(x)'],
  ])('escapes %j in a body paragraph', (value, escaped) => {
    const r = resultOf('标题', '', [{ marker: '一、', title: '甲', body: value, children: [] }]);
    const md = toMarkdown(r);
    expect(md).toContain(`\n${escaped}\n`);
  });
});
