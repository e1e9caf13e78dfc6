import { markerArabicParen } from '../../src/tokenize/rules/marker-arabic-paren.js';
import { expectTokens } from '../helpers/expect-tokens.js';

expectTokens(markerArabicParen, {
  valid: [
    ['【1】推行经营主体登记智能审批', { style: 'arabic-paren', number: 1, raw: '【1】', delimiter: '】', contentColumn: 4 }],
    ['（1）加强党的建设', { type: 'outlineMarker', style: 'arabic-paren', number: 1, strength: 'strong', raw: '（1）', delimiter: '）', width: 'full' }],
    ['(2)落实任务', { style: 'arabic-paren', number: 2, raw: '(2)', width: 'half' }],
    // a class's name before more words (a wrap put it at a line's start): weak; a word that starts with 班 makes a title
    ['（3）班合唱团获市艺术节一等奖。', { style: 'arabic-paren', number: 3, strength: 'weak' }],
    ['（2）班子建设。', { style: 'arabic-paren', number: 2, strength: 'strong' }],
    ['⑶、完善制度', { style: 'arabic-paren', number: 3, raw: '⑶、', delimiter: '、', contentColumn: 3 }],
    ['（１２）完善制度', { style: 'arabic-paren', number: 12, raw: '（１２）' }],
    ['( 3 ) 推进', { style: 'arabic-paren', number: 3 }],
    ['⑴加强领导', { style: 'arabic-paren', number: 1, raw: '⑴', delimiter: '' }],
    ['⒇加强领导', { style: 'arabic-paren', number: 20 }],
    ['（4）、强化', { style: 'arabic-paren', number: 4, raw: '（4）、' }],
    ['（2）班子建设', { style: 'arabic-paren', number: 2 }],
    // a squad's name before more words: weak; a squad's work makes a title
    ['（3）中队的诗朗诵被推送展示', { style: 'arabic-paren', number: 3, strength: 'weak' }],
    ['（2）中队建设。', { style: 'arabic-paren', number: 2, strength: 'strong' }],
    ['（2）号召全体党员带头参与', { style: 'arabic-paren', number: 2, strength: 'strong' }],
  ],
  invalid: ['【1】', '【12345】加强', '（0）', '(一)加强', '（1000）', '(a)', '（2020年）', '（1', '说明（1）', '（1）班至（6）班考场设在实验楼', '（1）项规定，对限定经营的规定', '（2）号要求，会同产权单位', '（3）号楼、（5）号楼的加固工程', '（3）中队、五年级（1）中队', '（3）班为试点班', '（2）组的同学负责布展'],
});
