import { expect, test } from 'vitest';
import { stripEntry } from '../../src/check/rules/toc-mismatch.js';
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
