import { tocEntry } from '../../src/tokenize/rules/toc-entry.js';
import { expectTokens } from '../helpers/expect-tokens.js';

expectTokens(tocEntry, {
  valid: [
    ['某县2024年民生实事责任分工表………………（7）', { type: 'tocEntry' }],
    ['一、总体要求……………3', { type: 'tocEntry' }],
    // the rest of a leader the wrap cut, with the page number
    ['…4', { type: 'tocEntry' }],
    ['......12', { type: 'tocEntry' }],
    ['第一章 总则 .......... 1', { type: 'tocEntry' }],
    ['（一）加强党的建设·········12', { type: 'tocEntry' }],
    ['附件 ------ 20', { type: 'tocEntry' }],
    ['二、重点任务 . . . . 5', { type: 'tocEntry' }],
    // the page number wrapped onto the next line
    ['第一节 “十三五”发展成就 …………………………………', { type: 'tocEntry' }],
    ['第二章 总体要求 ........................', { type: 'tocEntry' }],
  ],
  invalid: ['一、总体要求', '等等……', '做好准备工作……', '加强管理……………………。', '完成率达到95%……3个百分点。', '一、总体要求 3', '加强管理（3）'],
});
