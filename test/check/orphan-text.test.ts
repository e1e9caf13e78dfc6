import { doc, ruleTester } from './rule-tester.js';

ruleTester('orphan-text', {
  valid: [
    // an untitled document's preamble before its outline
    doc('2020年全市教育工作总体要求：坚持稳中求进。', '', '一、甲', '1.子项一。'),
  ],
  invalid: [
    { text: doc('请各单位结合实际认真贯彻执行，执行中遇到的问题及时报告。', '', '2024年工作要点', '', '一、甲', '1.子项一。'), lines: [1] },
    // prose with no outline at all
    { text: doc('这是一段说明文字，没有标题，也没有任何编号。', '第二段文字，同样不属于任何提纲。'), lines: [1] },
  ],
});
