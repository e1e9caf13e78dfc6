import { markerCapital } from '../../src/tokenize/rules/marker-capital.js';
import { expectTokens } from '../helpers/expect-tokens.js';

expectTokens(markerCapital, {
  valid: [
    ['壹、施政目標', { type: 'outlineMarker', style: 'part', number: 1, strength: 'strong', raw: '壹、', delimiter: '、' }],
    ['貳、重點工作', { style: 'part', number: 2, raw: '貳、' }],
    ['參、經費需求', { style: 'part', number: 3 }],
    ['叁、保障措施', { style: 'part', number: 3 }],
    ['陸、預期效益', { style: 'part', number: 6 }],
    ['拾、附則', { style: 'part', number: 10 }],
    ['拾壹、其他', { style: 'part', number: 11 }],
    ['伍．管考', { style: 'part', number: 5 }],
    ['肆：督導', { style: 'part', number: 4, strength: 'weak' }],
    // a comma is sloppy: weak (`…救援队` / `伍，年内…` is 队伍 cut by a wrap)
    ['伍，年内组织开展综合应急演练不少于4次。', { style: 'part', number: 5, strength: 'weak' }],
  ],
  // names and words, not markers: no delimiter, a list of names, a malformed numeral
  invalid: ['参加全市培训', '陆家嘴金融城', '伍、陆两位同志', '壹号院', '壹拾拾、', '捌 八'],
});
