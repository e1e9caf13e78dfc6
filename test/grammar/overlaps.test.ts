// Screenshots that overlap: the lines both shots show are read once.
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/source/lines.js';
import { tokenize } from '../../src/tokenize/index.js';
import { withoutOverlaps } from '../../src/grammar/overlaps.js';

const read = (lines: string[]) => withoutOverlaps(tokenize(splitLines(lines.join('\n'))));

describe('withoutOverlaps', () => {
  it('reads the lines repeated below a status bar and a title bar as noise', () => {
    const tokens = read(['（一）办好民生实事。', '（二）织密社会救助网。对', '低保、特困、残疾等困难群', '9:42 ⊙ 5G 80', '＜ 玉林街道2024年工作计划 ⋯', '（二）织密社会救助网。对', '低保、特困、残疾等困难群', '体实行动态管理。']);
    expect(tokens.map((t) => t.type)).toEqual(['outlineMarker', 'outlineMarker', 'paragraph', 'noise', 'noise', 'noise', 'noise', 'paragraph']);
    expect(tokens[5]?.kind).toBe('repeat');
    expect(tokens[5]?.marker).toBeUndefined();
  });

  it('reads a marker split from its heading as two repeated lines, and an account\'s name in the title bar as the screen\'s', () => {
    const split = read(['二、', '重点工作', '15:09 ⊙ ⊠ ·', 'HD 4G ul 75', '<  2023年总结及2024年计划.docx', '⋮', '二、', '重点工作', '1.推进库区改造。']);
    expect(split.map((t) => t.kind ?? t.type)).toEqual(['outlineMarker', 'titleCandidate', 'navigation', 'navigation', 'navigation', 'navigation', 'repeat', 'repeat', 'outlineMarker']);
    const named = read(['1.抓实常规管理。以“文明礼仪', '11:19', 'ıll 5G', '×', '崂山二小', '…', '1.抓实常规管理。以“文明礼仪', '月”为切入点。']);
    expect(named.map((t) => t.kind ?? t.type)).toEqual(['outlineMarker', 'navigation', 'navigation', 'navigation', 'navigation', 'navigation', 'repeat', 'paragraph']);
  });

  it('leaves text alone where the lines around the furniture differ, or where a line is too short to tell', () => {
    for (const lines of [
      ['（一）办好民生实事。', '- 3 -', '（二）织密社会救助网。'],
      ['1.', '9:42', '1.'],
      ['（一）办好民生实事。'],
    ]) {
      const tokens = tokenize(splitLines(lines.join('\n')));
      expect(withoutOverlaps(tokens), lines.join('/')).toBe(tokens);
    }
  });
});
