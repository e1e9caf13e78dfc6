// fast-check arbitraries of plan-ish text, shared by the property tests.
import { fc } from '@fast-check/vitest';

/** Pieces of plan documents: markers of every style, Han text, digits, punctuation in both widths, line ends, spaces. */
export const pieces = [
  '一、', '二、', '三、', '十一、', '（一）', '（二）', '(一)', '(三)', '1.', '2.', '3．', '１．', '27', '1、', '（1）', '(2)', '1)', '①', '②',
  '⑴', '㈠', '1.1', '1.2.3', '第一章', '第 2 章', '第一条', '第三条', '一是', '二是', '其一，', '首先，', 'Ⅰ、', 'A.', 'a)', '●', '——',
  '目录', '……', '……3', '...', '- 3 -', '第 3 页', '2020年', '3月20日', '1.5万', '2.0', '288563.com', '当前位置：首页 > ', '发表时间：2023-02-15',
  '来源：', '2024年工作要点', '关于印发', '的通知', '工作计划', '总结', '市教育局', '加强', '党的建设', '推进', '教育', '改革', '落实', '是',
  '。', '，', '、', '；', '：', '！', '？', '.', ',', ';', ':', '!', '?', '（', '）', '(', ')', '《', '》', '“', '”', '0', '1', '5', '9', '12',
  '\n', '\n', '\n', '\r\n', '\r', ' ', '  ', '\u3000', '\u3000\u3000', '\t', '\u00a0', '\ufeff', '\u200b',
];

/** More runs when hunting: `FC_RUNS=5000 npx vitest run test/properties.test.ts`. */
export const runs = Number(process.env.FC_RUNS ?? 400);

export const planText = fc.array(fc.constantFrom(...pieces), { maxLength: 120 }).map((a) => a.join(''));
export const anyText = fc.oneof(planText, fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: fc.constantFrom(...Array.from('一二、（）(). 1\n\r\u3000是第章条目录…')), maxLength: 200 }));

/** Text hard-wrapped at a fixed display width (Han = 2 columns), as PDF extraction leaves it, with page numbers between some lines. */
export const wrappedText = fc
  .record({
    body: fc.array(fc.constantFrom(...pieces.filter((p) => p.trim() === p && !/[\r\n]/.test(p))), { minLength: 60, maxLength: 300 }),
    width: fc.integer({ min: 30, max: 80 }),
    breaks: fc.array(fc.nat(300), { maxLength: 8 }),
    pages: fc.array(fc.nat(60), { maxLength: 3 }),
  })
  .map(({ body, width, breaks, pages }) => {
    const lines: string[] = [];
    let line = '';
    let columns = 0;
    Array.from(body.join('')).forEach((c, i) => {
      line += c;
      columns += (c.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
      if (columns >= width - 1 || breaks.includes(i)) {
        lines.push(line);
        if (pages.includes(lines.length)) lines.push(`- ${lines.length} -`);
        line = '';
        columns = 0;
      }
    });
    if (line) lines.push(line);
    return lines.join('\n');
  });
