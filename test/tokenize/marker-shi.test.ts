import { markerShi } from '../../src/tokenize/rules/marker-shi.js';
import { expectTokens } from '../helpers/expect-tokens.js';

expectTokens(markerShi, {
  valid: [
    ['一是加强党的建设。', { type: 'outlineMarker', style: 'shi', number: 1, strength: 'paragraph', raw: '一是', contentColumn: 3 }],
    ['\u3000\u3000二是落实任务', { style: 'shi', number: 2, column: 3, raw: '二是' }],
    ['十二是完善制度', { style: 'shi', number: 12 }],
    ['三十是推进', { style: 'shi', number: 30 }],
  ],
  invalid: ['是一个问题', '三十一是推进', '两是', '一般是', '这一是', '一、是'],
});
