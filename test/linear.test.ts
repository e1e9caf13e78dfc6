// Large and pathological inputs complete (parsing must stay linear). No timing assertions: the test timeout
// (vitest.config.ts) is the only clock; a quadratic pass would blow it by orders of magnitude.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';
import { assertTree } from './helpers/invariants.js';

const sentence = '加强党对教育工作的全面领导，落实立德树人根本任务，推进教育改革。';

describe('large inputs', () => {
  it('a 5 MB single line', () => {
    const line = sentence.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(sentence)));
    const result = parse(line);
    assertTree(result);
    expect(result.source.lines).toBe(1);
    expect(result.documents).toHaveLength(1);
    expect(result.documents[0]?.preamble).toHaveLength(line.length);
  });

  it('a 5 MB single line that starts with a marker', () => {
    const result = parse(`一、${sentence.repeat(60_000)}`);
    assertTree(result);
    expect(result.documents[0]?.children).toHaveLength(1);
    expect(result.documents[0]?.children[0]?.title).toBe('加强党对教育工作的全面领导，落实立德树人根本任务，推进教育改革');
  });

  it('a 100,000-line plan', () => {
    const lines = ['2024年工作要点'];
    for (let s = 1; lines.length < 100_000; s++) {
      lines.push(`${['一', '二', '三', '四', '五', '六', '七', '八', '九'][(s - 1) % 9]}、第${s}部分的工作`);
      for (let i = 1; i <= 20; i++) lines.push(`${i}.${sentence}`, sentence);
    }
    const result = parse(lines.join('\n'));
    assertTree(result);
    expect(result.source.lines).toBe(lines.length);
    const nodes = result.documents.reduce((n, d) => n + d.children.reduce((m, c) => m + 1 + c.children.length, 0), 0);
    expect(nodes).toBeGreaterThan(45_000);
  });

  it('a 100,000-line file of hard-wrapped text (every line the same width)', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => (i % 50 === 0 ? `${(i / 50) % 9 + 1}.${sentence.slice(0, 20)}` : sentence.slice(0, 22))).join('\n');
    const result = parse(text);
    assertTree(result);
    expect(result.source.lines).toBe(100_000);
  });
});

describe('pathological lines', () => {
  it('a line of 200,000 dots', () => {
    const result = parse('.'.repeat(200_000));
    assertTree(result);
    expect(result.source.lines).toBe(1);
  });

  it('a line of 200,000 dots ending in a page number, and one of ellipses', () => {
    for (const text of [`一、总体要求${'.'.repeat(200_000)}3`, `${'…'.repeat(200_000)}3`, `${'. '.repeat(100_000)}3`]) assertTree(parse(text));
  });

  it('100,000 lines of `1.`', () => {
    const result = parse('1.\n'.repeat(100_000));
    assertTree(result);
    expect(result.source.lines).toBe(100_000);
  });

  it('30,000 lines of `1.1`, `（一）`, `第一章`, `一是`, `- 3 -`, `目录`, a toc entry each', () => {
    for (const line of ['1.1', '（一）', '第一章', '一是', '- 3 -', '目录', '一、总体要求 3']) {
      const result = parse(`${line}\n`.repeat(30_000));
      assertTree(result);
      expect(result.source.lines).toBe(30_000);
    }
  });

  it('long runs of one character that regexes might rescan', () => {
    for (const c of ['1', '一', '（', '第', ' ', '\u3000', '、', '-', '…', '是'])
      assertTree(parse(`${c.repeat(100_000)}\n${c.repeat(100_000)}x`));
  });
});
