import { expect, test } from 'vitest';
import fc from 'fast-check';
import { normalize, stripEntry } from '../../src/check/rules/toc-mismatch.js';
import { doc, ruleTester } from './rule-tester.js';

ruleTester('toc-mismatch', {
  valid: [doc('2024年工作要点', '', '目录', '一、总体要求……1', '二、重点任务……2', '', '一、总体要求', '（一）甲。', '二、重点任务', '（一）乙。')],
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
