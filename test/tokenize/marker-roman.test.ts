import { markerRoman } from '../../src/tokenize/rules/marker-roman.js';
import { expectTokens } from '../helpers/expect-tokens.js';

expectTokens(markerRoman, {
  valid: [
    ['Ⅰ、总体要求', { type: 'outlineMarker', style: 'roman', number: 1, strength: 'strong', raw: 'Ⅰ、', delimiter: '、' }],
    ['Ⅱ.加强', { style: 'roman', number: 2, raw: 'Ⅱ.' }],
    ['Ⅻ 加强', { style: 'roman', number: 12, raw: 'Ⅻ', delimiter: '' }],
    ['I. 加强', { style: 'roman', number: 1, raw: 'I.' }],
    ['IV、落实', { style: 'roman', number: 4 }],
    ['XIX. 推进', { style: 'roman', number: 19 }],
    ['Ⅲ．推进', { style: 'roman', number: 3, width: 'full' }],
    // in brackets: a Hong Kong plan's third level, an English translation's `(I)`
    ['(i) 提升學生課前預習的習慣。', { style: 'roman', number: 1, raw: '(i)' }],
    ['(iv) 加強教師專業發展', { style: 'roman', number: 4, raw: '(iv)' }],
    ['(II) Trade Facilitation', { style: 'roman', number: 2, raw: '(II)' }],
    // small Roman numerals, always with a delimiter
    ['ⅰ) 每月组织一次新课标专题学习', { style: 'roman', number: 1, raw: 'ⅰ)' }],
    ['ⅲ.落实', { style: 'roman', number: 3, raw: 'ⅲ.' }],
    ['ⅻ、推进', { style: 'roman', number: 12 }],
  ],
  // grades and classes, not items
  invalid: ['IIII、', 'IV1', 'I.5', 'VX、', 'IV', 'C. 加强', 'Ⅰ类切口手术预防使用抗菌药物比例不超过30%', 'Ⅱ级响应', 'Ⅲ 期工程', 'Ⅶ度设防，重点设防类建筑提高一度', 'Ⅱ区执行', 'Ⅰ段施工完成后进行Ⅱ段施工。', 'Ⅱ标段 1～12轴 2860', '(c) 加强', '(iiii) 加强', '(vx) 加强', 'ⅱ类', 'ⅰ 加强', 'Ⅰ、Ⅱ级应急响应：在省应急指挥部的统一领导下', 'Ⅲ、Ⅳ级应急响应由县人民政府启动', 'I、II级响应'],
});
