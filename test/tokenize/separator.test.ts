import { separator } from '../../src/tokenize/rules/separator.js';
import { expectTokens } from '../helpers/expect-tokens.js';

expectTokens(separator, {
  valid: [
    ['==========', { type: 'noise', kind: 'separator' }],
    ['——————————————', { type: 'noise', kind: 'separator' }],
    ['**********', { type: 'noise', kind: 'separator' }],
    ['- - - - - -', { type: 'noise', kind: 'separator' }],
    ['＝＝＝＝＝＝', { type: 'noise', kind: 'separator' }],
    ['\u3000─────────', { type: 'noise', kind: 'separator', column: 2 }],
  ],
  invalid: ['===', '——加强领导', '==标题==', '- 3 -', '=====-----', '……………', '————2024年'],
});
