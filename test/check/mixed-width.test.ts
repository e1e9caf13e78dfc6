import { doc, ruleTester } from './rule-tester.js';

ruleTester('mixed-width', {
  valid: [doc('一、甲', '(一)子项一。', '(二)子项二。', '二、乙', '(一)子项一。')],
  invalid: [
    { text: doc('一、甲', '（一）子项一。', '（二）子项二。', '(三)子项三。'), lines: [4] },
    { text: doc('一、甲', '1.子项一。', '2.子项二。', '3．子项三。'), lines: [4] },
  ],
});
