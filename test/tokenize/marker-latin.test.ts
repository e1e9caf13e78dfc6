import { markerLatin } from '../../src/tokenize/rules/marker-latin.js';
import { expectTokens } from '../helpers/expect-tokens.js';

expectTokens(markerLatin, {
  valid: [
    ['A. 加强', { type: 'outlineMarker', style: 'latin-upper', number: 1, strength: 'strong', raw: 'A.' }],
    // past A, weak: taken where the list expects the letter (`（E）五个等级` at a wrapped line's start is none)
    ['B、落实', { style: 'latin-upper', number: 2, raw: 'B、', strength: 'weak' }],
    ['（E）五个等级', { style: 'latin-upper', number: 5, strength: 'weak' }],
    ['Ｃ．推进', { style: 'latin-upper', number: 3, raw: 'Ｃ．', width: 'full' }],
    ['a) 内容', { style: 'latin-lower', number: 1, raw: 'a)' }],
    ['(b) 内容', { style: 'latin-lower', number: 2, raw: '(b)' }],
    ['z.加强', { style: 'latin-lower', number: 26 }],
  ],
  invalid: ['A.B.C', 'AB. 加强', 'e.g. 例如', 'A1.', 'A', 'Apple', '(ab)'],
});
