import { blank } from '../../src/tokenize/rules/blank.js';
import { expectTokens } from '../helpers/expect-tokens.js';

expectTokens(blank, {
  valid: [
    ['', { type: 'blank', column: 1 }],
    ['   ', { type: 'blank' }],
    ['\u3000\u3000', { type: 'blank' }],
    ['\t \u00a0', { type: 'blank' }],
    ['\u200b\ufeff', { type: 'blank' }],
  ],
  invalid: ['a', '\u3000一', '。', '-'],
});
