import { markerOrdinal } from '../../src/tokenize/rules/marker-ordinal.js';
import { expectTokens } from '../helpers/expect-tokens.js';

expectTokens(markerOrdinal, {
  valid: [
    ['其一，加强党的建设', { type: 'outlineMarker', style: 'ordinal', number: 1, strength: 'paragraph', raw: '其一，', delimiter: '，' }],
    ['其二是落实任务', { style: 'ordinal', number: 2, raw: '其二', delimiter: '' }],
    ['其十、推进', { style: 'ordinal', number: 10 }],
    ['首先，加强领导', { style: 'ordinal', number: 1, raw: '首先，' }],
    ['其次，落实', { style: 'ordinal', number: 2 }],
    ['再次，推进', { style: 'ordinal', number: 3 }],
    ['第一，加强', { style: 'ordinal', number: 1, raw: '第一，' }],
    ['第三、完善', { style: 'ordinal', number: 3 }],
    // a short heading alone on its line: a heading above 一、
    ['第一、总体要求', { style: 'ordinal', number: 1, strength: 'strong', raw: '第一、' }],
    ['第二　重点任务', { style: 'ordinal', number: 2, strength: 'strong' }],
    ['第十、附则', { style: 'ordinal', number: 10, strength: 'strong' }],
    // a sentence after it: a paragraph marker still
    ['第三、要完善制度，加强督查。', { style: 'ordinal', number: 3, strength: 'paragraph' }],
  ],
  invalid: ['第三、四周（9月16日—9月27日）', '第一、二季度重点工作', '其他工作', '首先要加强', '第一次会议', '其中，', '第六，', '其一'],
});
