import { markerHanParen } from '../../src/tokenize/rules/marker-han-paren.js';
import { expectTokens } from '../helpers/expect-tokens.js';

expectTokens(markerHanParen, {
  valid: [
    ['（一）加强党的建设', { type: 'outlineMarker', style: 'han-paren', number: 1, strength: 'strong', raw: '（一）', delimiter: '）', width: 'full', contentColumn: 4 }],
    ['(一)加强党的建设', { style: 'han-paren', number: 1, raw: '(一)', delimiter: ')', width: 'half' }],
    // an item whose title starts with 项目, no cited clause
    ['（一）项目建设。全年开工项目30个。', { style: 'han-paren', number: 1 }],
    ['（十 二）做好维护稳定工作', { style: 'han-paren', number: 12, raw: '（十 二）' }],
    ['( 二 ) 落实任务', { style: 'han-paren', number: 2, raw: '( 二 )' }],
    ['（十二）完善制度', { style: 'han-paren', number: 12 }],
    ['（三）、推进改革', { style: 'han-paren', number: 3, raw: '（三）、', delimiter: '、' }],
    ['㈠加强领导', { style: 'han-paren', number: 1, raw: '㈠', delimiter: '', width: 'none' }],
    ['㈩加强领导', { style: 'han-paren', number: 10, raw: '㈩' }],
    ['㈡、加强领导', { style: 'han-paren', number: 2, raw: '㈡、', delimiter: '、', contentColumn: 3 }],
    ['\u3000\u3000（四）强化保障', { style: 'han-paren', number: 4, column: 3 }],
    // in lenticular brackets before a heading's text (a level of its own, outline.ts)
    ['【一】指导思想', { style: 'han-paren', number: 1, raw: '【一】', delimiter: '】', contentColumn: 4 }],
    ['「一」总体要求', { style: 'han-paren', number: 1, raw: '「一」', delimiter: '」', contentColumn: 4 }],
    ['【十二】 保障措施', { style: 'han-paren', number: 12, raw: '【十二】' }],
    // escaped by a Markdown converter
    ['\\(一\\) 加强组织领导', { style: 'han-paren', number: 1, raw: '\\(一\\)' }],
    ['\\（二）深化专项整治', { style: 'han-paren', number: 2, raw: '\\（二）' }],
    // the opening parenthesis left out
    ['一）推进改革', { style: 'han-paren', number: 1, raw: '一）', delimiter: '）', strength: 'strong' }],
    ['十二)完善制度', { style: 'han-paren', number: 12, raw: '十二)' }],
    // words that start with 班 or 组 make a title
    ['（一）班子建设', { style: 'han-paren', number: 1 }],
    ['（二）班级管理', { style: 'han-paren', number: 2 }],
    ['（一）组织领导', { style: 'han-paren', number: 1 }],
  ],
  invalid: ['（1）加强', '（注）本表', '(两)', '（十十）', '附件（一）', '（一', '（一二）', '（一 二）', '一、加强', '一是加强', '一二）', '（一）至（四）项确定的时间节点', '（二）、（三）项规定的情形', '（一）和（二）所列单位', '【一】', '【一】 ', '【通知】', '【1】加强', '「一」', '「通知」', '（一）项规定，对限定经营的规定一律予以纠正', '（二）款所列情形', '（一）》，统一裁判尺度', '（二）〉的通知', '（一）班至（四）班为小班化教学试点班', '（三）班为试点班', '（三）组、（四）组负责布展'],
});
