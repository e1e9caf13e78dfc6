import { markerDecimal } from '../../src/tokenize/rules/marker-decimal.js';
import { expectTokens } from '../helpers/expect-tokens.js';

expectTokens(markerDecimal, {
  valid: [
    // a manual's front matter, clause 0
    ['0.1 手册颁布令', { style: 'decimal', number: 1, strength: 'strong' }],
    ['0.2.1 质量方针：精心制造，持续改进。', { style: 'decimal', number: 1, strength: 'strong' }],
    // a heading that starts with a Roman numeral or an acronym: weak, taken where the numbering expects it
    ['4.2Ⅳ级应急响应', { style: 'decimal', number: 2, strength: 'weak' }],
    ['3.2.1GIS系统', { style: 'decimal', number: 1, strength: 'weak' }],
    ['3.1PLC控制柜', { style: 'decimal', number: 1, strength: 'weak' }],
    // headings of emergency plans whose first word starts with a unit's character
    ['7.1 名词术语', { style: 'decimal', number: 1, strength: 'strong' }],
    ['6.2 次生灾害防范', { style: 'decimal', number: 2, strength: 'strong' }],
    ['2.2日常管理机构', { style: 'decimal', number: 2, strength: 'weak' }],
    ['1.1 总体要求', { type: 'outlineMarker', style: 'decimal', number: 1, path: [1, 1], strength: 'strong', raw: '1.1' }],
    // an appendix's clauses, the letter counted as the first number; an engineering standard's articles `1.0.1`
    ['A.1 日常巡检', { style: 'decimal', number: 1, path: [1, 1], strength: 'strong', raw: 'A.1' }],
    ['B.2.3 风机维护', { style: 'decimal', number: 3, path: [2, 2, 3], strength: 'strong', raw: 'B.2.3' }],
    ['A.1.1巡检内容包括设备运行状态', { style: 'decimal', number: 1, path: [1, 1, 1], strength: 'weak' }],
    ['1.0.1  为防治施工现场扬尘污染，制定本规程。', { style: 'decimal', number: 1, path: [1, 0, 1], strength: 'strong' }],
    ['1.2.3 具体措施', { style: 'decimal', number: 3, path: [1, 2, 3], strength: 'strong', raw: '1.2.3' }],
    // a tender's or a contract's clauses: `本` as "this", a quoted term, a cited title
    ['1.1本招标文件适用于本项目。', { style: 'decimal', number: 1, path: [1, 1], strength: 'weak', raw: '1.1' }],
    ['2.1“采购人”系指宁波市鄞州区大数据发展中心。', { style: 'decimal', number: 1, path: [2, 1], strength: 'weak', raw: '2.1' }],
    ['2.1:2000地形图更新面积：年度目标320平方公里。', { style: 'decimal', number: 1, path: [2, 1], strength: 'weak', raw: '2.1' }],
    ['3.2《政府采购法》规定的其他情形。', { style: 'decimal', number: 2, path: [3, 2], strength: 'weak', raw: '3.2' }],
    ['2 . 3 工作安排', { style: 'decimal', number: 3, path: [2, 3], raw: '2 . 3' }],
    // headings that start like a quantity (人, 元): strong after a space, weak without
    ['1.2 人力资源管理', { style: 'decimal', number: 2, strength: 'strong' }],
    ['3.5人力资源管理', { style: 'decimal', number: 5, strength: 'weak' }],
    ['2.4 元旦活动', { style: 'decimal', number: 4, strength: 'strong' }],
    // section titles that start with a character that can be a unit
    ['1.1 年度目标', { style: 'decimal', number: 1, path: [1, 1], strength: 'strong' }],
    ['3.2 个人防护', { style: 'decimal', number: 2, path: [3, 2], strength: 'strong' }],
    ['2.1 人员配置', { style: 'decimal', number: 1, path: [2, 1], strength: 'strong' }],
    ['１．２ 加强', { style: 'decimal', number: 2, path: [1, 2], raw: '１．２' }],
    ['3.1、完善制度', { style: 'decimal', path: [3, 1], strength: 'strong', raw: '3.1、', delimiter: '、' }],
    ['1.1.加强', { style: 'decimal', path: [1, 1], delimiter: '.', strength: 'weak' }],
    ['1.1总体要求', { style: 'decimal', path: [1, 1], strength: 'weak' }],
    // a section whose word starts with 节, no cited section
    ['4.2 节能降耗', { style: 'decimal', path: [4, 2], strength: 'strong' }],
  ],
  invalid: ['1.5万人次参加培训', '2.0行动计划', '1.0 版本', '3.14159', '100.5 分', '1.5%', '1. 加强', '1.5亿元', 'v1.1', '2.3、4月份完成自查', '1.5小时内到达', '4.5 个。', '2.5 万人次参加培训', '12.5 %以上', '4.9至10月：开展主题党日活动', '2.4—5月：开展学习', '2.9.10前完成进度表', '1.11.20—11.22组织期中考试', '1.5本专著', '4.2型糖尿病患者健康管理', '5.9价HPV疫苗接种', '2.5G网络覆盖率', '35.5 KB, 下载次数: 128', '23.6 平方米的活动室', '18.5 小时', '16.2 Mbps', '1. 3 月底前完成迁移', '3. 11 点前完成巡检', '2.2日前完成自查', 'A. 5天', 'A.5天', 'A.男　B.女', '6.3.1条规定绿篱每年修剪不少于4次', '5.2.3款所列情形', '4.2 节规定报告省指挥部。', '3.2节的要求', '１．3.15消费者权益日宣传', '0.5 万元用于购置设备', '0.5公斤', '0.1'],
});
