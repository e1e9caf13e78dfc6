import { doc, ruleTester } from './rule-tester.js';

ruleTester('empty-section', {
  valid: [doc('一、甲', '（一）', '正文在下一行。'), doc('一、', '1.子项一。')],
  invalid: [{ text: doc('一、甲', '（一）分项一。', '（二）', '（三）分项三。'), lines: [3] }],
});
