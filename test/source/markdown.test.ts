// Markdown input: markdownToLines keeps lines and columns and replaces markup by spaces; headings and ordered
// lists give the outline; numbered headings read like the plain lines they hold; golden fixtures.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { test as prop, fc } from '@fast-check/vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import schema from '../../src/emit/schema.json' with { type: 'json' };
import { markdownToLines } from '../../src/source/markdown.js';
import { splitLines } from '../../src/source/lines.js';
import { parse, parseMarkdown } from '../../src/parse.js';
import { assertTree } from '../helpers/invariants.js';
import { assertConserved } from '../helpers/conservation.js';
import { expectGolden, goldenJSON } from '../helpers/golden.js';
import type { OutlineNode, ParseResult } from '../../src/types.js';
import { toMarkdown } from '../../src/emit/markdown/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

async function painted(md: string): Promise<string[]> {
  return (await markdownToLines(md)).map((l) => l.text);
}

describe('markdownToLines', () => {
  it('replaces heading, emphasis, link, quote, code and break markup with spaces, column for column', async () => {
    const md = [
      '## 一、**总体**要求 ##',
      '> 引用 _强调_ [链接](http://x.cn "t")',
      '```js',
      'const a = 1;',
      '```',
      '行内 `代码` 与 ![图片](a.png)',
      '硬换行\\',
      '下一行',
      '***',
      '1. 第一项',
      '- 列表',
    ].join('\n');
    expect(await painted(md)).toEqual([
      '   一、  总体  要求   ',
      '  引用  强调   链接                  ',
      '     ',
      'const a = 1;',
      '   ',
      '行内  代码  与   图片        ',
      '硬换行 ',
      '下一行',
      '   ',
      '1. 第一项',
      '  列表',
    ]);
  });

  it('closes the gap of an escape or an entity by moving the run of text before it right', async () => {
    expect(await painted('1\\. 加强 \\*a\\* &amp; &#20013; &lt;b&gt;')).toEqual(['                    1. 加强 *a* & 中 <b>']);
    expect(await painted('落实“四个统一”\\[1]，巩固')).toEqual([' 落实“四个统一”[1]，巩固']);
    expect(await painted('**总体**要求 \\# 说明')).toEqual(['  总体   要求 # 说明']);
  });

  it('keeps line numbers, offsets and line ends (LF, CRLF, CR)', async () => {
    const md = '# 标题\r\n\r\n正文一\r第二行\n\n- 项';
    const lines = await markdownToLines(md);
    expect(lines.map(({ line, offset, eol }) => ({ line, offset, eol }))).toEqual(splitLines(md).map(({ line, offset, eol }) => ({ line, offset, eol })));
    expect(lines.map((l) => l.text)).toEqual(['  标题', '', '正文一', '第二行', '', '  项']);
  });

  it('marks the first line of ATX and setext headings with their depth', async () => {
    const lines = await markdownToLines('# 一\n\n正文\n\n二\n---\n\n#### 三\n\n五\n===\n');
    expect(lines.filter((l) => l.markup).map((l) => [l.line, l.markup?.heading])).toEqual([
      [1, 1],
      [5, 2],
      [8, 4],
      [10, 1],
    ]);
    expect(lines[5]?.text.trim()).toBe('');
  });

  it('keeps raw HTML and text it cannot align as written', async () => {
    expect(await painted('<div>一、总体要求</div>')).toEqual(['<div>一、总体要求</div>']);
  });

  const mdText = fc
    .array(fc.constantFrom('#', '## ', '*', '_', '`', '```', '[', ']', '(', ')', '!', '>', '\\', '&', '&amp;', '&#20013;', ';', '-', '1. ', '\n', '\r\n', ' ', '  ', '一、', '总体', 'a', '=', '|', '<b>'), { maxLength: 60 })
    .map((a) => a.join(''));

  prop.prop([mdText], { numRuns: 300 })('any text: same lines, lengths and offsets; kept characters stay in their columns', async (md) => {
    const lines = await markdownToLines(md);
    const plain = splitLines(md);
    expect(lines.map((l) => [l.line, l.offset, l.eol, l.text.length])).toEqual(plain.map((l) => [l.line, l.offset, l.eol, l.text.length]));
    for (const [k, line] of lines.entries()) {
      const source = (plain[k] as { text: string }).text;
      for (let i = 0; i < line.text.length; i++) {
        const c = line.text[i];
        // Without escapes and entities, a kept character is the source's own, in its own column.
        if (c !== ' ' && !/[\\&]/.test(source)) expect(c, `${JSON.stringify(source)} column ${i + 1}`).toBe(source[i]);
      }
    }
  });

  it('stays linear on long runs of markup characters', async () => {
    const started = performance.now();
    for (const c of ['&', '*', '\\', '`', '[', '#']) await markdownToLines(c.repeat(20_000));
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('parseMarkdown', () => {
  const nodeOf = (r: Awaited<ReturnType<typeof parseMarkdown>>) => r.documents[0]?.children[0];

  it('reads `## 一、总体要求` as the plain line `一、总体要求`', async () => {
    const md = await parseMarkdown('## 一、总体要求\n\n坚持稳中求进。\n');
    const txt = parse('一、总体要求\n\n坚持稳中求进。\n');
    expect(nodeOf(md)).toEqual(nodeOf(txt));
    expect(nodeOf(md)).toMatchObject({ marker: '一、', style: 'han', number: 1, title: '总体要求', text: '总体要求\n坚持稳中求进。', line: 1, endLine: 3 });
  });

  it('reads headings holding （一） and an ordered list like the plain lines', async () => {
    const md = await parseMarkdown('## 一、总体要求\n\n### （一）目标\n\n1. 提高质量\n2. 加强队伍\n');
    const txt = parse('一、总体要求\n\n（一）目标\n\n1. 提高质量\n2. 加强队伍\n');
    expect(md.documents).toEqual(txt.documents);
    expect(md.documents[0]?.children[0]?.children[0]?.children.map((n) => [n.style, n.number, n.title])).toEqual([
      ['arabic', 1, '提高质量'],
      ['arabic', 2, '加强队伍'],
    ]);
  });

  it('makes unnumbered headings nodes of style heading, counted among their siblings', async () => {
    const r = await parseMarkdown('# 学校工作要点\n\n## 总体要求\n\n正文。\n\n## 主要任务\n');
    expect(r.documents[0]?.title).toBe('学校工作要点');
    expect(r.documents[0]?.children.map((n) => [n.marker, n.style, n.number, n.title, n.line])).toEqual([
      ['', 'heading', 1, '总体要求', 3],
      ['', 'heading', 2, '主要任务', 7],
    ]);
  });

  it('is refused by the synchronous parse()', () => {
    expect(() => parse('# 标题', { from: 'md' })).toThrow(/parseMarkdown/);
  });

  it('decodes bytes and drops a BOM', async () => {
    const r = await parseMarkdown(new TextEncoder().encode('\ufeff## 一、总体要求\n'), { path: 'a.md' });
    expect(r.source).toMatchObject({ path: 'a.md', encoding: 'utf-8', lines: 1 });
    expect(nodeOf(r)?.title).toBe('总体要求');
  });
});

describe('parseMarkdown on any text (property)', () => {
  const piece = fc.constantFrom('## ', '### ', '# ', '一、', '（一）', '1. ', '2) ', '- ', '> ', '**', '_', '`', '[x](y)', '\\.', '&amp;', '总体要求', '加强。', '\n', '\n\n', '===\n', ' ');
  const doc = fc.array(piece, { maxLength: 80 }).map((a) => a.join(''));
  prop.prop([doc], { numRuns: 200 })('gives a sound tree that conserves the text without its markup', async (md) => {
    const result = await parseMarkdown(md);
    assertTree(result);
    const text = (await markdownToLines(md)).map((l) => l.text + l.eol).join('');
    assertConserved(text, result);
  });
});

describe('text → Markdown → parseMarkdown', () => {
  const flat = (r: ParseResult) => {
    const out: unknown[] = [];
    const walk = (n: OutlineNode) => {
      out.push([n.depth, n.marker, n.style, n.number, n.title]);
      n.children.forEach(walk);
    };
    r.documents.forEach((d) => d.children.forEach(walk));
    return out;
  };
  // A document that holds nothing but its title (and a table of contents, which toMarkdown leaves out) has
  // nothing to keep it apart in Markdown: its `#` line joins the document before.
  const titles = (r: ParseResult) => r.documents.filter((d) => d.children.length > 0).map((d) => d.title);
  const seeds = globSync('seeds/*.txt', { cwd: root }).sort();

  it.each(seeds)('%s gives the same outline back', async (file) => {
    const result = parse(readFileSync(`${root}${file}`));
    const again = await parseMarkdown(toMarkdown(result));
    expect(flat(again)).toEqual(flat(result));
    expect(titles(again)).toEqual(titles(result));
    expect(flat(result).length).toBeGreaterThan(30);
  });
});

// ajv is CommonJS: under NodeNext its default export arrives as the module namespace's `default`.
const validate = new Ajv2020.default({ allErrors: true, strict: true }).compile(schema);
const cases = globSync('fixtures/markdown-input/*/input.md', { cwd: root }).sort();

describe('Markdown input fixtures', () => {
  it('finds the fixtures', () => expect(cases.length).toBeGreaterThanOrEqual(2));

  describe.each(cases.map((file) => [file.split('/')[2] ?? file, file] as const))('%s', (_name, file) => {
    const bytes = readFileSync(`${root}${file}`);
    const result = parseMarkdown(bytes, { path: file });
    it('satisfies the tree invariants and the schema', async () => {
      const r = await result;
      assertTree(r);
      // Only a Markdown heading without a number (its own marker) has an empty marker.
      const unmarked = (nodes: OutlineNode[]): OutlineNode[] => nodes.flatMap((n) => [...(n.marker === '' ? [n] : []), ...unmarked(n.children)]);
      expect(r.documents.flatMap((d) => unmarked(d.children)).filter((n) => n.style !== 'heading')).toEqual([]);
      expect(validate(JSON.parse(JSON.stringify(r)))).toBe(true);
    });
    it('conserves the characters of the text without its markup', async () => {
      const text = (await markdownToLines(bytes.toString('utf8'))).map((l) => l.text + l.eol).join('');
      assertConserved(text, await result);
    });
    it('matches expected.json', async () => expectGolden(`${root}${file.replace(/input\.md$/, 'expected.json')}`, goldenJSON(await result)));
  });
});
