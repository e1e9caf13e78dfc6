// A section badge alone on its line (`01` / `总体要求`): the section's marker, where it numbers on from 01.
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/source/lines.js';
import { tokenize } from '../../src/tokenize/index.js';
import { withBadgeNumbers } from '../../src/grammar/badges.js';

const read = (text: string) => withBadgeNumbers(tokenize(splitLines(text)));

describe('withBadgeNumbers', () => {
  it('reads 01, 02 … above short headings as markers alone on their lines', () => {
    const tokens = read(['2024年工作要点', '01', '总体要求', '坚持稳中求进。', '', '02', '', '重点任务', '（一）加强党建。'].join('\n'));
    expect(tokens.map((t) => t.type)).toEqual(['titleCandidate', 'outlineMarker', 'paragraph', 'paragraph', 'blank', 'outlineMarker', 'blank', 'titleCandidate', 'outlineMarker']);
    expect(tokens[1]?.marker).toMatchObject({ style: 'arabic', number: 1, raw: '01', strength: 'strong', column: 1, contentColumn: 3 });
    expect(tokens[5]?.marker).toMatchObject({ number: 2, raw: '02' });
  });

  it('leaves page numbers as they are: out of sequence, above a sentence, or not zero-padded', () => {
    for (const text of ['02\n总体要求', '01\n坚持稳中求进，推动高质量发展。', '1\n总体要求', '01\n一、总体要求', '01']) {
      const tokens = tokenize(splitLines(text));
      expect(withBadgeNumbers(tokens), text).toBe(tokens);
    }
  });

  it('reads a decimal head\'s number alone above its heading, its first section right below, as its marker', () => {
    const tokens = read(['1', '总则', '1.1 编制目的', '为…制定本预案。'].join('\n'));
    expect(tokens[0]?.marker).toMatchObject({ style: 'arabic', number: 1, raw: '1', strength: 'strong' });
    const alone = read(['1', '总则', '1.1', '编制目的'].join('\n'));
    expect(alone[0]?.type).toBe('outlineMarker');
  });

  it('leaves a number alone in a table taken one cell per line, its figure below the label', () => {
    const tokens = tokenize(splitLines(['4', '年度科研经费（亿元）', '4.1', '6'].join('\n')));
    expect(withBadgeNumbers(tokens)).toBe(tokens);
  });

  it('reads worded badges and capital numerals alone the same way, but not a deck slide whose heading the next marker says again', () => {
    const worded = read(['PART 01', '总体要求', '坚持稳中求进。', 'PART 02', '重点任务', '（一）加强党建。'].join('\n'));
    expect(worded[0]?.marker).toMatchObject({ style: 'arabic', number: 1, raw: 'PART 01' });
    expect(worded[3]?.marker).toMatchObject({ number: 2, raw: 'PART 02' });
    const capital = read(['壹', '2023年工作回顾', '一、经济发展稳中向好'].join('\n'));
    expect(capital[0]?.marker).toMatchObject({ style: 'part', number: 1, raw: '壹' });
    const deck = read(['PART 01', '学校发展概况', '一、学校发展概况', '在校学生3862人。'].join('\n'));
    expect(deck[0]?.type).not.toBe('outlineMarker');
  });

  it('leaves badges as text whose sections number on across them (the template\'s decoration)', () => {
    const tokens = read(['PART.1', '经营业绩', '一、坚持党建引领', '1、加强政治建设。', 'PART.2', '主要工作', '二、坚持安全保供', '三、坚持治污攻坚'].join('\n'));
    expect(tokens[0]?.type).toBe('paragraph');
    expect(tokens[4]?.type).toBe('paragraph');
    expect(tokens[2]?.marker).toMatchObject({ style: 'han', number: 1 });
    const parts = read(['PART 01', '总体要求', '一、指导思想', 'PART 02', '重点任务', '一、加强党建'].join('\n'));
    expect(parts[3]?.marker).toMatchObject({ number: 2, badge: true });
  });

  it('takes a badge only after the one before it', () => {
    const tokens = read(['01', '总体要求', '03', '保障措施'].join('\n'));
    expect(tokens.map((t) => t.type)).toEqual(['outlineMarker', 'paragraph', 'noise', 'titleCandidate']);
  });
});
