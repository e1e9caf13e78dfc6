import { doc, ruleTester } from './rule-tester.js';

ruleTester('numbering-order', {
  valid: [doc('一、甲', '1.子项一。', '2.子项二。', '3.子项三。')],
  invalid: [
    // 5 before 4: one report, on the item that came too early; no gap reported with it
    { text: doc('一、甲', '1.子项一。', '2.子项二。', '3.子项三。', '5.子项五。', '4.子项四。', '6.子项六。'), lines: [5] },
    { text: doc('一、甲', '1.子项一。', '3.子项三。', '2.子项二。'), lines: [3] },
  ],
});
