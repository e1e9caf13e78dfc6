import { doc, ruleTester } from './rule-tester.js';

ruleTester('numbering-restart', {
  valid: [
    doc('一、甲', '1.子项一。', '2.子项二。', '二、乙', '1.子项一。', '2.子项二。'),
    doc('一、甲', '1.子项一。', '2.子项二。', '二、乙', '3.子项三。'),
    // a label paragraph (`十月份：`) opens a new list among the same siblings
    doc('一、工作安排', '九月份：', '1.开学检查。', '2.制订计划。', '十月份：', '1.主题教育。', '2.期中复习。'),
    // so does a box's or a table's heading
    doc('一、做强服务业', '1．建设科技服务平台。', '2．发展工业设计。', '专栏1 生产性服务业重点平台', '1．芜湖港综合物流园。', '2．科创金融中心。'),
    doc('一、主要指标', '1．地区生产总值增长6%。', '2．固定资产投资增长8%。', '表1 重点项目', '1．芜湖港综合物流园。', '2．科创金融中心。'),
  ],
  invalid: [
    // inside one list
    { text: doc('一、甲', '1.子项一。', '2.子项二。', '3.子项三。', '1.子项四。', '2.子项五。'), lines: [5] },
    // a sentence that ends in a colon is not a label (the label is a short paragraph of its own)
    { text: doc('一、甲', '1.子项一。', '2.子项二。', '3.子项三。具体如下：', '1.子项四。', '2.子项五。'), lines: [5] },
    // a document whose lists run on, then one starts again
    { text: doc('一、甲', '1.子项一。', '2.子项二。', '二、乙', '3.子项三。', '三、丙', '1.子项一。'), lines: [7] },
  ],
});
