import { markerPadded } from '../../src/tokenize/rules/marker-padded.js';
import { expectTokens } from '../helpers/expect-tokens.js';

expectTokens(markerPadded, {
  valid: [
    ['01 全力以赴稳就业', { type: 'outlineMarker', style: 'arabic', number: 1, strength: 'strong', raw: '01', delimiter: '', contentColumn: 4 }],
    ['02 2024年工作计划', { style: 'arabic', number: 2, raw: '02' }],
    ['01.稳就业', { style: 'arabic', number: 1, raw: '01.', delimiter: '.', contentColumn: 4 }],
    ['03、聚力引才强支撑', { style: 'arabic', number: 3, raw: '03、', delimiter: '、' }],
    ['04｜优化营商环境', { style: 'arabic', number: 4, raw: '04｜' }],
    ['05 / 保障措施', { style: 'arabic', number: 5, raw: '05 /' }],
    ['09　　守牢安全底线', { style: 'arabic', number: 9, raw: '09' }],
    // a badge's word before its number
    ['PART 01 总体要求', { style: 'arabic', number: 1, raw: 'PART 01' }],
    ['Part.02 重点任务', { style: 'arabic', number: 2, raw: 'Part.02' }],
    ['NO.3 | 保障措施', { style: 'arabic', number: 3, raw: 'NO.3 |', delimiter: '|' }],
    ['No.1 压紧压实安全生产责任', { style: 'arabic', number: 1, raw: 'No.1' }],
  ],
  // a date, a decimal, a unit, another number, nothing after it, no zero, two digits that are no padding
  invalid: ['01月完成', '05.12前完成', '01 月', '01 02 03', '01', '00 总体要求', '1 总体要求', '10 总体要求', '01总体要求', '0.5万元', 'PART 01', 'No. 12 Middle School', 'NO.1', 'Part 0 前言', 'NOTE 1 说明'],
});
