// Tables of contents: their lines are never nodes.
import { describe, expect, it } from 'vitest';
import { entryText } from '../../src/grammar/toc.js';
import { parse } from '../../src/parse.js';
import type { OutlineNode } from '../../src/types.js';

const tocLines = (text: string) => parse(text).documents.flatMap((d) => d.toc.map((e) => e.line));
const nodeLines = (text: string) => {
  const out: number[] = [];
  const walk = (n: OutlineNode): void => {
    out.push(n.line);
    n.children.forEach(walk);
  };
  parse(text).documents.forEach((d) => d.children.forEach(walk));
  return out;
};

describe('entryText', () => {
  it('drops leaders, the page number and spaces', () => {
    expect(entryText('一、总体要求……………3')).toBe('一、总体要求');
    expect(entryText('第一章 总则 .......... 12')).toBe('第一章总则');
    expect(entryText('二、重点任务 5')).toBe('二、重点任务');
  });
});

describe('findToc', () => {
  it('目錄 whose entries end in ranges of paragraphs after a gap (a policy address)', () => {
    const text = ['二〇二二年施政報告', '目錄', '一、　引言                                    1-4', '二、　完善治理　提升效能                      5-14', '三、　加快建屋　改善居住                      15-24', '一、　引言', '1.　主席女士、各位議員、各位市民：今年是香港回歸祖國25周年。', '二、　完善治理　提升效能', '5.　本屆政府上任以來，推動各項政策。', '三、　加快建屋　改善居住'].join('\n');
    expect(tocLines(text)).toEqual([2, 3, 4, 5]);
    expect(nodeLines(text)).toEqual([6, 7, 8, 9, 10]);
  });
  it('目录 with dotted leaders', () => {
    const text = '2024年工作要点\n目录\n一、甲……1\n二、乙……2\n一、甲\n内容。\n二、乙\n内容。';
    expect(tocLines(text)).toEqual([2, 3, 4]);
    expect(nodeLines(text)).toEqual([5, 7]);
  });

  it('目录 without page numbers ends where its first entry comes again', () => {
    const text = '2024年工作要点\n目 录\n一、甲\n二、乙\n三、丙\n一、甲\n内容。\n二、乙\n三、丙';
    expect(tocLines(text)).toEqual([2, 3, 4, 5]);
    expect(nodeLines(text)).toEqual([6, 8, 9]);
  });

  it('目录 whose first entry comes again as a heading split over two lines: the table ends above its marker', () => {
    const text = '某集团发展规划\n目  录\n第一章 发展基础  1\n第二章 总体要求  3\n\n第一章\n发展基础\n内容。\n第二章\n总体要求\n内容。';
    expect(tocLines(text)).toEqual([2, 3, 4]);
    expect(nodeLines(text)).toEqual([6, 9]);
  });

  it('numbered entries ending in page numbers, no heading', () => {
    const text = '2024年工作要点\n一、甲 1\n二、乙 3\n三、丙 7\n一、甲\n内容。\n二、乙\n三、丙';
    expect(tocLines(text)).toEqual([2, 3, 4]);
    expect(nodeLines(text)).toEqual([5, 7, 8]);
  });

  it('page numbers that go down are not a table of contents', () => {
    const text = '一、甲 9\n二、乙 3\n三、丙 1';
    expect(tocLines(text)).toEqual([]);
  });

  it('a single item that ends in a number is not a table of contents', () => {
    expect(tocLines('一、总体要求\n1.新建学校 3\n2.改扩建学校。')).toEqual([]);
  });
});
