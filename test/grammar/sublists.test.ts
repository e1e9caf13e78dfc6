// A sub-list numbered in its parent's style nests under the item that announces it (grammar/sublists.ts).
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/source/lines.js';
import { tokenize } from '../../src/tokenize/index.js';
import { withSubListsNested } from '../../src/grammar/sublists.js';

/** The path of every marker line's marker, in order. */
const paths = (text: string): number[][] =>
  withSubListsNested(tokenize(splitLines(text)))
    .filter((t) => t.type === 'outlineMarker')
    .map((t) => t.marker?.path ?? []);

describe('withSubListsNested', () => {
  it('puts a list announced by its parent\'s line a level deeper, when the parent\'s numbering goes on after it', () => {
    const text = ['1.完善体系。每月检查。', '2.加强管理。重点做好以下工作：', '1.加强评估；', '2.规范用药；', '3.落实制度。', '3.提升质量。'].join('\n');
    expect(paths(text)).toEqual([[1], [2], [0, 1], [0, 2], [0, 3], [3]]);
  });
  it('ends the list at an item that ends with a full stop where the parent\'s next number is the list\'s next too', () => {
    const text = ['（一）深入学习。', '（二）落实责任制。重点做好以下工作：', '（一）严格执行报备制度；', '（二）加强审核。', '（三）加强师德师风建设。'].join('\n');
    expect(paths(text)).toEqual([[1], [2], [0, 1], [0, 2], [3]]);
  });
  it('leaves lists under a heading line of their own, and lists the parent\'s numbering does not follow, as they are', () => {
    expect(paths(['1.教师返校。', '三月份：', '1.举行开学典礼。', '2.召开家长会。', '2.学生报到。'].join('\n'))).toEqual([[1], [1], [2], [2]]);
    expect(paths(['2.加强管理。做好以下工作：', '1.加强评估；', '2.规范用药。', '二、深化服务'].join('\n'))).toEqual([[2], [1], [2], [2]]);
    expect(paths(['2.加强管理。做好以下工作：', '1.加强评估。', '3.提升质量。'].join('\n'))).toEqual([[2], [1], [3]]);
  });
});
