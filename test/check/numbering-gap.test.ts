import { doc, ruleTester } from './rule-tester.js';

ruleTester('numbering-gap', {
  valid: [
    // numbering that runs on across sections (as in seeds/000 and seeds/003)
    doc('一、甲', '1.子项一。', '2.子项二。', '二、乙', '3.子项三。', '4.子项四。'),
    // every list starts at 1
    doc('一、甲', '1.子项一。', '2.子项二。', '二、乙', '1.子项一。'),
    // 一是 and 二是 stay paragraphs (no items follow them); 三是 is a node: its number is not a gap
    doc('一、甲', '一是做大茶叶产业。', '二是发展乡村旅游。', '三是培育经营主体，具体包括：', '1.培育家庭农场；', '2.发展合作社。'),
  ],
  invalid: [
    { text: doc('一、甲', '1.子项一。', '2.子项二。', '4.子项四。'), lines: [4] },
    // a list that neither starts at 1 nor continues the previous one
    { text: doc('一、甲', '1.子项一。', '2.子项二。', '二、乙', '5.子项五。'), lines: [5] },
    { text: doc('二、乙', '三、丙'), lines: [1] },
  ],
});
