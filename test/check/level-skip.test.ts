import { doc, ruleTester } from './rule-tester.js';

ruleTester('level-skip', {
  valid: [
    // seeds/001: 1. under 一、 in some sections, under （一） in others — one optional level, not a skip
    doc('一、甲', '（一）分项', '1.子项一。', '2.子项二。', '二、乙', '3.子项三。', '4.子项四。'),
    // paragraph markers (一是) between levels are transparent
    doc('一、甲', '（一）分项', '一是学前教育。', '1.子项一。', '2.子项二。', '二、乙', '3.子项三。'),
    // a list under （1） written with the other delimiter than the list above it: a level of its own, no inversion
    doc('一、甲', '1、加强管控', '（1）严格审批。', '1.设立检查站。', '2.实行包山头责任制。', '（2）落实巡护。', '2、强化宣传'),
  ],
  invalid: [
    // （1） directly under 一、 where the document elsewhere has （一） and 1. between them
    { text: doc('一、甲', '（一）分项', '1.子项一。', '（1）细项。', '二、乙', '（1）细项。'), lines: [6] },
    // a style both parent and child of another
    { text: doc('一、甲', '（一）分项', '1.子项一。', '二、乙', '1.子项二。', '（一）分项'), lines: [6] },
  ],
});
