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
  ],
  invalid: ['其他工作', '首先要加强', '第一次会议', '其中，', '第六，', '其一'],
});
