import { markerCircled } from '../../src/tokenize/rules/marker-circled.js';
import { expectTokens } from '../helpers/expect-tokens.js';

expectTokens(markerCircled, {
  valid: [
    ['①加强党的建设', { type: 'outlineMarker', style: 'circled', number: 1, strength: 'strong', raw: '①', delimiter: '', contentColumn: 2 }],
    ['⑳落实', { style: 'circled', number: 20 }],
    ['①、节约用水', { style: 'circled', number: 1, raw: '①、', delimiter: '、', contentColumn: 3 }],
    ['②．节约用电', { style: 'circled', number: 2, raw: '②．', delimiter: '．' }],
    ['㉑完善', { style: 'circled', number: 21 }],
    ['㊿推进', { style: 'circled', number: 50 }],
    // keycaps, and two of them past ten
    ['3\uFE0F\u20E3奖项设置', { style: 'circled', number: 3 }],
    ['1\uFE0F\u20E31\uFE0F\u20E3其他事宜', { style: 'circled', number: 11, raw: '1\uFE0F\u20E31\uFE0F\u20E3' }],
    ['1\u20E32\u20E3解释权', { style: 'circled', number: 12 }],
    ['\u3000② 推进', { style: 'circled', number: 2, column: 2, contentColumn: 4 }],
    ['⒈加强', { style: 'digit-full-stop', number: 1, raw: '⒈' }],
    ['⒛加强', { style: 'digit-full-stop', number: 20 }],
    // keycap emoji, as WeChat articles number items
    ['1\uFE0F\u20E3 进社区：设置宣传点', { style: 'circled', number: 1, raw: '1\uFE0F\u20E3' }],
    ['3\u20E3进学校', { style: 'circled', number: 3, raw: '3\u20E3' }],
    ['\u{1F51F} 进家庭', { style: 'circled', number: 10 }],
    // dingbats of word processors and WeChat editors: sans-serif, negative, double
    ['➀ 召开项目启动会', { style: 'circled', number: 1, raw: '➀' }],
    ['➉总结验收', { style: 'circled', number: 10 }],
    ['❶ 深化理论武装', { style: 'circled', number: 1, raw: '❶' }],
    ['❿完善', { style: 'circled', number: 10 }],
    ['➓完善', { style: 'circled', number: 10 }],
    ['⓫健全', { style: 'circled', number: 11 }],
    ['⓴健全', { style: 'circled', number: 20 }],
    ['⓵推进', { style: 'circled', number: 1, raw: '⓵' }],
  ],
  invalid: ['⑴加强', '○加强', '加强①', '⓪', '⓿加强', '➔加强', '①号楼外墙修缮', '1\uFE0F\u20E3号活动已报满', '1\uFE0F\u20E3', '1.加强', '0\uFE0F\u20E3 零', '1 加强', '\u{1F600} 笑'],
});
