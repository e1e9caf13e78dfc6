import { markerBullet } from '../../src/tokenize/rules/marker-bullet.js';
import { expectTokens } from '../helpers/expect-tokens.js';

expectTokens(markerBullet, {
  valid: [
    ['● 加强党的建设', { type: 'outlineMarker', style: 'bullet', number: 0, strength: 'bullet', raw: '●', delimiter: '' }],
    ['■落实', { style: 'bullet', raw: '■' }],
    ['◆推进', { style: 'bullet', raw: '◆' }],
    ['• 完善', { style: 'bullet', raw: '•' }],
    ['——加强领导', { style: 'bullet', raw: '——' }],
    ['- 加强', { style: 'bullet', raw: '-' }],
    ['* 要点', { style: 'bullet', raw: '*' }],
    // a to-do list's ballot boxes
    ['☐ 编制招标文件（@采购中心）', { style: 'bullet', raw: '☐' }],
    ['☑ 完成需求调研', { style: 'bullet', raw: '☑' }],
  ],
  invalid: ['●', '-3', '—加强', '*加强', '※加强', '加强●', '——在2024年全市教育工作会议上的讲话', '——在某某大学第七届教职工代表大会第三次会议上的工作报告', '□适用 √不适用', '√是 □否', '□有 ☑无', '☒是 ☐否'],
});
