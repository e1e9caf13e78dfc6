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
  ],
  invalid: ['●', '-3', '—加强', '*加强', '※加强', '加强●'],
});
