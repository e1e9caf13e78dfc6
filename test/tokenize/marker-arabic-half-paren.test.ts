import { markerArabicHalfParen } from '../../src/tokenize/rules/marker-arabic-half-paren.js';
import { expectTokens } from '../helpers/expect-tokens.js';

expectTokens(markerArabicHalfParen, {
  valid: [
    ['1)加强党的建设', { type: 'outlineMarker', style: 'arabic-half-paren', number: 1, strength: 'strong', raw: '1)', delimiter: ')', width: 'half' }],
    ['2）落实任务', { style: 'arabic-half-paren', number: 2, raw: '2）', delimiter: '）', width: 'full' }],
    ['3）、完善制度', { style: 'arabic-half-paren', number: 3, raw: '3）、', delimiter: '、', contentColumn: 4 }],
    ['12 ) 完善', { style: 'arabic-half-paren', number: 12, raw: '12 )' }],
  ],
  invalid: ['0)', '1000)', 'a)', '(1)', '1.', '加强1)'],
});
