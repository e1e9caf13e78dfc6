// A file's name at a line's end: a download's link (navigation), and no paragraph is cut there.
import { describe, expect, it } from 'vitest';
import { endsWithFile } from '../../src/tokenize/lexicon/files.js';
import { looksLikeNavigation } from '../../src/tokenize/rules/navigation.js';

const cases: [line: string, expected: boolean, why: string][] = [
  ['全区冬春火灾防控工作任务清单.docx', true, 'a name and its extension'],
  ['全区冬春火灾防控工作任务清单.docx（23KB）', true, 'its size in full-width brackets'],
  ['全区冬春火灾防控工作任务清单.docx (23.5 KB)', true, 'its size in brackets after a space'],
  ['指标分解表.xls [1.2MB]', true, 'its size in square brackets'],
  ['NHJY-2024-GK-017招标文件（发布稿）.pdf    2.3 MB', true, 'its size after a run of spaces'],
  ['2025年文明创建社区任务清单.xlsx (18.6K)', true, 'a size in kilobytes without the B'],
  ['关于印发2025年工作要点的通知', false, 'no extension'],
  ['全区冬春火灾防控工作任务清单.docx 共23页', false, 'words after the name'],
];

describe('endsWithFile', () => {
  it.each(cases)('%s → %s (%s)', (line, expected) => {
    expect(endsWithFile(line)).toBe(expected);
  });
});

describe('a file on its own line', () => {
  it('is navigation with or without its size; an attachment list item or label is not', () => {
    expect(looksLikeNavigation('全区冬春火灾防控工作任务清单.docx（23KB）')).toBe(true);
    expect(looksLikeNavigation('全区冬春火灾防控工作任务清单.docx')).toBe(true);
    expect(looksLikeNavigation('1.全区冬春火灾防控工作任务清单.docx（23KB）')).toBe(false);
    expect(looksLikeNavigation('附件：全区冬春火灾防控工作任务清单.docx')).toBe(false);
  });
});
