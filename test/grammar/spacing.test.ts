// Double-spaced text: detection, and the blank lines the spacing added taken out.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitLines } from '../../src/source/lines.js';
import { tokenize } from '../../src/tokenize/index.js';
import { isDoubleSpaced, withoutSpacing } from '../../src/grammar/spacing.js';
import { buildTree } from '../../src/grammar/index.js';

const tokens = (text: string) => tokenize(splitLines(text));
const shape = (text: string) => withoutSpacing(tokens(text)).map((t) => (t.type === 'blank' ? '_' : t.content));
const lines = (n: number) => Array.from({ length: n }, (_, i) => `第${i + 1}行内容`);

describe('isDoubleSpaced', () => {
  it('is true when no two lines are next to each other', () => {
    expect(isDoubleSpaced(tokens(lines(10).join('\n\n')))).toBe(true);
    expect(isDoubleSpaced(tokens(lines(10).join('\n\n\n\n')))).toBe(true);
  });

  it('is false for text with lines next to each other, or too short to tell', () => {
    expect(isDoubleSpaced(tokens(lines(10).join('\n')))).toBe(false);
    expect(isDoubleSpaced(tokens([...lines(9).map((l) => `${l}\n`), '甲', '乙'].join('\n')))).toBe(false);
    expect(isDoubleSpaced(tokens(lines(4).join('\n\n')))).toBe(false);
  });
});

describe('withoutSpacing', () => {
  it('takes out one blank line after each line: a gap of g keeps g / 2 (rounded down)', () => {
    const text = [...lines(8), '甲'].join('\n\n') + '\n\n\n\n乙\n\n\n\n\n丙';
    expect(shape(text)).toEqual([...lines(8), '甲', '_', '乙', '_', '_', '丙']);
  });

  it('keeps blank lines before the first line, and returns single-spaced text as it is', () => {
    expect(shape(`\n\n${lines(9).join('\n\n')}`).slice(0, 3)).toEqual(['_', '_', '第1行内容']);
    const single = tokens(lines(12).join('\n'));
    expect(withoutSpacing(single)).toBe(single);
  });

  it('gives the outline of the single-spaced text, whatever its blank lines', () => {
    const items = fc.array(fc.constantFrom('一、总体要求', '（一）加强领导', '1.建立制度。', '坚持稳中求进。', ''), { minLength: 10, maxLength: 30 });
    fc.assert(
      fc.property(items, (list) => {
        const single = list.join('\n');
        const double = list.join('\n\n');
        const strip = (r: ReturnType<typeof buildTree>) => JSON.stringify(r.documents, (k, v) => (k === 'line' || k === 'endLine' ? undefined : v));
        expect(strip(buildTree(tokens(double)))).toEqual(strip(buildTree(tokens(single))));
      }),
      { numRuns: 200 },
    );
  });
});
