import { doc, ruleTester } from './rule-tester.js';

ruleTester('mixed-delimiter', {
  valid: [
    // a width difference is mixed-width's, not a delimiter difference
    doc('一、甲', '1.子项一。', '2．子项二。', '3.子项三。'),
    // different levels may use different delimiters
    doc('一、甲', '1.子项一。', '（1）细项。', '2.子项二。'),
  ],
  invalid: [
    { text: doc('一、甲', '1.子项一。', '2、子项二。', '3.子项三。', '4.子项四。'), lines: [3] },
    { text: doc('一、甲', '二.乙', '三、丙'), lines: [2] },
  ],
});
