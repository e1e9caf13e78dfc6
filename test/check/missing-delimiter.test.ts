import { expect, test } from 'vitest';
import { checkInput, doc, ruleTester } from './rule-tester.js';

ruleTester('missing-delimiter', {
  valid: [
    doc('一、甲', '1.子项一。', '2.2024年完成验收。', '3.子项三。'),
    // a badge's number alone above its heading takes no delimiter; Word's `⒊` carries its own
    doc('2024年工作计划', '01', '市场拓展', '1. 新设办事处2个。', '02', '产品升级', '1. 发布新版本。'),
    doc('某局2024年工作计划', '一、甲', '１．子项一。', '２．子项二。', '⒊子项三。', '⒋子项四。'),
  ],
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
