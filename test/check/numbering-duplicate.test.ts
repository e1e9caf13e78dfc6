import { doc, ruleTester } from './rule-tester.js';

ruleTester('numbering-duplicate', {
  valid: [
    doc('一、甲', '1.子项一。', '2.子项二。', '二、乙', '1.子项一。'),
    // the second list, opened by a label paragraph, has its own numbers
    doc('一、工作安排', '九月份：', '1.开学检查。', '2.制订计划。', '十月份：', '1.主题教育。', '2.期中复习。'),
    // a box's list after items of the section: its own numbers
    doc('一、做强服务业', '1．建设科技服务平台。', '2．发展工业设计。', '专栏1 生产性服务业重点平台', '1．芜湖港综合物流园。', '2．科创金融中心。'),
    // an article an amendment put in between keeps the number of the one before it
    doc('第一条　为了加强燃气管理，制定本条例。', '第二条　本条例适用于本市。', '第二条之一　新建小区应当配套燃气设施。', '第三条　本条例自公布之日起施行。'),
  ],
  invalid: [
    { text: doc('一、甲', '1.子项一。', '2.子项二。', '2.子项三。', '3.子项四。'), lines: [4] },
    { text: doc('一、甲', '二、乙', '二、丙', '三、丁'), lines: [3] },
  ],
});
