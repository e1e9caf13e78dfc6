import { expect, test } from 'vitest';
import fc from 'fast-check';
import { matching, normalize, stripEntry, type Heading } from '../../src/check/rules/toc-mismatch.js';
import { doc, ruleTester } from './rule-tester.js';

ruleTester('toc-mismatch', {
  valid: [
    doc('2024年工作要点', '', '目录', '一、总体要求……1', '二、重点任务……2', '', '一、总体要求', '（一）甲。', '二、重点任务', '（一）乙。'),
    // an unnumbered heading (`序  言`) is a short paragraph, no node: the entry still matches it
    doc('某县“十四五”规划纲要', '目  录', '序  言……………………1', '第一章  发展基础……………2', '第二章  总体要求……………6', '序  言', '本纲要是未来五年的行动纲领。', '第一章  发展基础', '全县综合实力迈上新台阶。', '第二章  总体要求', '坚持以人民为中心。'),
    // the cover's title repeated after the entries, read with them
    doc('某区国民经济和社会发展第十五个五年规划纲要（草案）', '目　　录', '第一篇　开启新征程', '　　第一章　发展基础', '第二篇　保障措施', '　　第二章　加强规划实施保障', '某区国民经济和社会发展第十五个五年规划纲要（草案）', '第一篇　开启新征程', '第一章　发展基础', '全区综合实力实现新的跃升。', '第二篇　保障措施', '第二章　加强规划实施保障', '强化本纲要的统领作用。'),
  ],
  invalid: [
    {
      text: doc('2024年工作要点', '', '目录', '一、总体要求……1', '二、重点任务……2', '三、保障措施……3', '', '一、总体要求', '（一）甲。', '二、重点任务', '（一）乙。'),
      lines: [6],
    },
  ],
});

test('stripEntry removes the marker, the leaders and the page number', () => {
  expect(stripEntry('2.2024年全市教育和体育工作要点15')).toBe('2024年全市教育和体育工作要点');
  expect(stripEntry('2024年全区教育工作要点 2')).toBe('2024年全区教育工作要点');
  expect(stripEntry('一、总体要求……………3')).toBe('总体要求');
  // a number before a space, a decimal path (the heads of a decimal scheme)
  expect(stripEntry('1 总则\t1')).toBe('总则');
  expect(stripEntry('1.1 编制目的 2')).toBe('编制目的');
  expect(stripEntry('2.3.1抢险抢修组……5')).toBe('抢险抢修组');
  expect(stripEntry('（三）保障措施 12')).toBe('保障措施');
  expect(stripEntry('1.')).toBe('');
});

test('normalize drops white space, punctuation and symbols (emoji included) and lower-cases', () => {
  expect(normalize('一、总体要求（2024年）')).toBe('一总体要求2024年');
  expect(normalize('Plan A：“Ｂ”')).toBe('planaｂ');
  expect(normalize('任务😀清单 ★')).toBe('任务清单');
  expect(normalize('总体要求')).toBe('总体要求');
});

test('normalize agrees with the Unicode property regex it replaces, on any text', () => {
  const reference = (text: string) => text.replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase();
  fc.assert(
    fc.property(fc.string({ unit: fc.oneof(fc.constantFrom(...'一、（）()《》“”…—·.,;: 　😀★Aa1'.split(/(?:)/u), '\ud800', '\udc00'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 40 }), (text) => {
      expect(normalize(text)).toBe(reference(text));
    }),
    { numRuns: 2000 },
  );
});

test('matching finds what the exact lookup, then the containment filter, found (first-unit filter included)', () => {
  // The rule before the single-pass scan: up to 8 headings of exactly the entry's text, else every heading that
  // contains the entry or that the entry contains (the shorter with 4+ units).
  const contains = (entry: string, heading: string) => {
    if (entry === heading) return true;
    const [short, long] = entry.length <= heading.length ? [entry, heading] : [heading, entry];
    return short.length >= 4 && long.includes(short);
  };
  const reference = (entry: string, texts: string[]) => {
    const same = texts.map((t, i) => [t, i] as const).filter(([t]) => t === entry).slice(0, 8);
    return same.length > 0 ? same.map(([, i]) => i) : texts.map((t, i) => [t, i] as const).filter(([t]) => contains(entry, t)).map(([, i]) => i);
  };
  // A small alphabet, with units 1,024 apart (they share the filter's bit), so that hits and near misses are common.
  const text = fc.string({ unit: fc.constantFrom('甲', '乙', '丙', 'a', String.fromCharCode('a'.charCodeAt(0) + 1024)), minLength: 1, maxLength: 7 });
  fc.assert(
    fc.property(text, fc.array(text, { maxLength: 30 }), (entry, texts) => {
      const candidates: Heading[] = texts.map((t, i) => ({ line: i, title: t, text: t, node: null, document: null as never }));
      expect(matching(entry, candidates).map((h) => h.line)).toEqual(reference(entry, texts));
    }),
    { numRuns: 3000 },
  );
});
