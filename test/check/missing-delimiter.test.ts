import { expect, test } from 'vitest';
import { checkInput, doc, ruleTester } from './rule-tester.js';

ruleTester('missing-delimiter', {
  valid: [doc('一、甲', '1.子项一。', '2.2024年完成验收。', '3.子项三。')],
  invalid: [{ text: doc('一、甲', '1.子项一。', '2.子项二。', '3构建体系。', '4.子项四。'), lines: [4] }],
});

test('reports the column of the marker and is not duplicated with the grammar', () => {
  const found = checkInput(doc('一、甲', '1.子项一。', '2.子项二。', '3构建体系。')).filter((d) => d.code === 'missing-delimiter');
  expect(found).toEqual([{ severity: 'warning', code: 'missing-delimiter', message: expect.any(String), line: 4, column: 1 }]);
});

test('off in the config silences the grammar finding too', () => {
  const found = checkInput(doc('一、甲', '1.子项一。', '2.子项二。', '3构建体系。'), { rules: { 'missing-delimiter': 'off' }, ignore: [] });
  expect(found.map((d) => d.code)).toEqual([]);
});
