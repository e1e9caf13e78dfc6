import { markerHan } from '../../src/tokenize/rules/marker-han.js';
import { expectTokens } from '../helpers/expect-tokens.js';

expectTokens(markerHan, {
  valid: [
    ['一、总体要求', { type: 'outlineMarker', style: 'han', number: 1, strength: 'strong', raw: '一、', delimiter: '、', width: 'none', contentColumn: 3 }],
    ['十一、加强督导', { style: 'han', number: 11, raw: '十一、' }],
    // a numeral after the delimiter that is not the next: the section's title (second-level companies)
    ['三、二级企业考核目标', { style: 'han', number: 3, strength: 'strong' }],
    // a colon is a sloppy delimiter: weak
    ['三：重点工作', { style: 'han', number: 3, strength: 'weak', raw: '三：', delimiter: '：' }],
    ['四:保障措施', { style: 'han', number: 4, strength: 'weak', delimiter: ':' }],
    // the full stop a phone's keyboard types for the dot: weak too
    ['二。规范内部管理', { style: 'han', number: 2, strength: 'weak', raw: '二。', delimiter: '。' }],
    // a comma after a number from ten on (the end of `百分之三十` at a wrapped line's start): weak; `一，` stays strong
    ['三十，橫琴線力爭年內通車。', { style: 'han', number: 30, strength: 'weak' }],
    ['一，总体要求', { style: 'han', number: 1, strength: 'strong' }],
    // OCR's dot radical for the ideographic comma
    ['三丶重点任务', { style: 'han', number: 3, strength: 'strong', raw: '三丶' }],
    ['十 一、加强督导', { style: 'han', number: 11, raw: '十 一、' }],
    ['二十三、完善制度', { style: 'han', number: 23 }],
    ['\u3000\u3000三、重点任务', { style: 'han', number: 3, column: 3, raw: '三、' }],
    ['四，保障措施', { style: 'han', number: 4, delimiter: '，', width: 'full', strength: 'strong' }],
    ['五．组织实施', { style: 'han', number: 5, delimiter: '．', width: 'full' }],
    ['六 、工作要求', { style: 'han', number: 6, raw: '六 、' }],
    ['一百零一、附则', { style: 'han', number: 101 }],
    // a space for the delimiter: weak, accepted by the grammar when the numbering expects it
    ['一 总体要求', { style: 'han', number: 1, strength: 'weak', raw: '一', delimiter: '' }],
    // a year after the space (`一 2023年工作完成情况`): weak too
    ['一 2023年工作完成情况', { style: 'han', number: 1, strength: 'weak', raw: '一', delimiter: '' }],
    ['三  2024年工作打算', { style: 'han', number: 3, strength: 'weak' }],
    // two spaces, as a typist aligns a heading: still weak
    ['二  网格划分', { style: 'han', number: 2, strength: 'weak', raw: '二', delimiter: '' }],
    // a title that starts with a year after a dot
    ['三．2024年工作打算', { style: 'han', number: 3, delimiter: '．' }],
    // numerals that are not consecutive, or not followed by a period word, leave the marker alone
    ['二、十月份工作安排', { style: 'han', number: 2 }],
    ['一、三季度重点工作', { style: 'han', number: 1 }],
    // the next numeral and what it counts, as a short heading: weak, taken where the list expects it
    ['二、三级查房制度', { style: 'han', number: 2, strength: 'weak' }],
  ],
  invalid: ['三：1', '二    网格划分', '一、二季度：完成调研', '三、四月份开展督查', '十一、十二月完成验收', '三、四组进行，按预赛成绩录取', '二、三产业增加值合计占比为70.3%', '一、二代发生程度偏重，局部大发生。', '一、二级医院', '四、六年级学业质量抽测', '一是加强党建', '一.5倍', '两、', '十十、', '零、', '一二三四', '一些工作', '一百十、', '总体要求、', '一 2023', '二 20万元'],
});
