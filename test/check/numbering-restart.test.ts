import { doc, ruleTester } from './rule-tester.js';

ruleTester('numbering-restart', {
  valid: [
    doc('一、甲', '1.子项一。', '2.子项二。', '二、乙', '1.子项一。', '2.子项二。'),
    doc('一、甲', '1.子项一。', '2.子项二。', '二、乙', '3.子项三。'),
  ],
  invalid: [
    // inside one list
    { text: doc('一、甲', '1.子项一。', '2.子项二。', '3.子项三。', '1.子项四。', '2.子项五。'), lines: [5] },
    // a document whose lists run on, then one starts again
    { text: doc('一、甲', '1.子项一。', '2.子项二。', '二、乙', '3.子项三。', '三、丙', '1.子项一。'), lines: [7] },
  ],
});
