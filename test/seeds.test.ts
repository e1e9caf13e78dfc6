// The seeds (seeds/*.txt): golden JSON in fixtures/seeds/<name>.expected.json (UPDATE=1 regenerates), the tree
// invariants, and targeted facts that must not drift silently with a regenerated golden file.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';
import type { OutlineNode, ParseResult } from '../src/types.js';
import { assertTree } from './helpers/invariants.js';
import { expectGolden, goldenJSON } from './helpers/golden.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const seeds = globSync('seeds/*.txt', { cwd: root }).sort();
const name = (file: string) => file.replace(/^seeds\//, '').replace(/\.txt$/, '');

const results = new Map<string, ParseResult>();
function seed(prefix: string): ParseResult {
  const file = seeds.find((f) => name(f).startsWith(prefix));
  if (!file) throw new Error(`Cannot find seed ${prefix}_*.txt`);
  let result = results.get(file);
  if (!result) results.set(file, (result = parse(readFileSync(`${root}${file}`), { path: file })));
  return result;
}

function* walk(nodes: readonly OutlineNode[]): Generator<OutlineNode> {
  for (const n of nodes) {
    yield n;
    yield* walk(n.children);
  }
}
const allNodes = (r: ParseResult) => r.documents.flatMap((d) => [...walk(d.children)]);

describe('seeds', () => {
  it('finds the seeds', () => expect(seeds.length).toBeGreaterThanOrEqual(5));

  describe.each(seeds.map((f) => [name(f), f] as const))('%s', (n) => {
    it('satisfies the tree invariants', () => assertTree(seed(n)));
    it('matches its golden JSON', () => expectGolden(`${root}fixtures/seeds/${n}.expected.json`, goldenJSON(seed(n))));
  });
});

describe('seed 000 (one plan: 8 sections, items 1–45 running on)', () => {
  const r = () => seed('000');
  it('is one document with its title', () => {
    expect(r().documents.map((d) => [d.line, d.title])).toEqual([[2, '2023年工作要点']]);
  });
  it('has 8 top-level han nodes numbered 1–8', () => {
    const top = r().documents[0]?.children ?? [];
    expect(top.map((n) => [n.style, n.number, n.depth])).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((k) => ['han', k, 1]));
  });
  it('has 45 arabic items numbered 1–45 in order, all at depth 2', () => {
    const items = allNodes(r()).filter((n) => n.style === 'arabic');
    expect(items.map((n) => n.number)).toEqual(Array.from({ length: 45 }, (_, i) => i + 1));
    expect(new Set(items.map((n) => n.depth))).toEqual(new Set([2]));
  });
  it('has no diagnostics', () => expect(r().diagnostics).toEqual([]));
});

describe('seed 001 (a compilation: 12 documents)', () => {
  const r = () => seed('001');
  it('has 12 documents; the compilation title at line 304 is followed by four titled plans', () => {
    const docs = r().documents;
    expect(docs).toHaveLength(12);
    expect(docs.map((d) => d.line)).toEqual([8, 46, 94, 135, 212, 240, 273, 304, 314, 354, 411, 454]);
    expect(docs.slice(0, 7).every((d) => d.title === null)).toBe(true);
    expect(docs[7]?.title).toBe('教育和体育局2024年工作要点汇编(7篇)');
    expect(docs[7]?.children).toEqual([]);
    expect(docs.slice(8).map((d) => d.title)).toEqual(['2024年全区教育工作要点', '2024年全市教育和体育工作要点', '区教育和体育局2024年工作要点', '市教育局2024年工作要点']);
  });
  it('reads `27构建…` at line 491 as item 27 with a missing-delimiter warning', () => {
    const node = allNodes(r()).find((n) => n.line === 491);
    expect(node).toMatchObject({ style: 'arabic', number: 27, marker: '27' });
    expect(node?.title.startsWith('构建')).toBe(true);
    expect(r().diagnostics).toContainEqual(expect.objectContaining({ code: 'missing-delimiter', line: 491, severity: 'warning' }));
    expect(r().diagnostics.filter((d) => d.code === 'missing-delimiter')).toHaveLength(1);
  });
  it('item 27 is the last child of (四), after 25 and 26; 28 opens (五)', () => {
    const parent = allNodes(r()).find((n) => n.children.some((c) => c.line === 491));
    expect(parent).toMatchObject({ style: 'han-paren', number: 4 });
    expect(parent?.children.map((c) => c.number)).toEqual([25, 26, 27]);
    const next = allNodes(r()).find((n) => n.style === 'han-paren' && n.number === 5 && n.line > 491);
    expect(next?.children[0]).toMatchObject({ number: 28, line: 493 });
  });
});

describe('seed 002 (a notice forwarding a summary and a plan)', () => {
  it('has three titled documents', () => {
    expect(seed('002').documents.map((d) => d.line)).toEqual([1, 6, 47]);
    expect(seed('002').documents[1]?.title).toBe('2019年广州教育工作总结');
    expect(seed('002').documents[2]?.title).toBe('2020年广州教育工作要点');
  });
});

describe('seed 003 (untitled)', () => {
  it('is one untitled document with 7 sections', () => {
    const docs = seed('003').documents;
    expect(docs.map((d) => [d.title, d.children.length])).toEqual([[null, 7]]);
  });
});

describe('seed 004 (a web page)', () => {
  it('keeps `288563.com` in the title, not as a marker', () => {
    const docs = seed('004').documents;
    expect(docs.map((d) => [d.line, d.title])).toEqual([[4, '288563.com2017年工作计划']]);
    expect(docs[0]?.children.map((n) => n.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
