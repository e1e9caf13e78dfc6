import { separator } from '../../src/tokenize/rules/separator.js';
import { expectTokens } from '../helpers/expect-tokens.js';

expectTokens(separator, {
  valid: [
    // a form's cut line, its dashes apart by spaces
    ['- - - - - - （沿此线剪开）- - - - - -', { type: 'noise', kind: 'separator' }],
    ['==========', { type: 'noise', kind: 'separator' }],
    ['——————————————', { type: 'noise', kind: 'separator' }],
    ['**********', { type: 'noise', kind: 'separator' }],
    ['- - - - - -', { type: 'noise', kind: 'separator' }],
    ['＝＝＝＝＝＝', { type: 'noise', kind: 'separator' }],
    // three, as a Markdown thematic break or a text editor draws them
    ['===', { type: 'noise', kind: 'separator' }],
    ['---', { type: 'noise', kind: 'separator' }],
    ['* * *', { type: 'noise', kind: 'separator' }],
    ['~~~', { type: 'noise', kind: 'separator' }],
    ['\u3000─────────', { type: 'noise', kind: 'separator', column: 2 }],
    // a record's banner in a dump of several files
    ['===== 文件：昌平区城市管理委员会2020年工作总结.pdf =====', { type: 'noise', kind: 'separator' }],
    ['---- 第 2 篇 ----', { type: 'noise', kind: 'separator' }],
    // a letterhead's red rule as OCR reads it
    ['一一一一一一一一一一一一', { type: 'noise', kind: 'separator' }],
    ['一一一一一一★一一一一一一', { type: 'noise', kind: 'separator' }],
  ],
  invalid: ['==', '———', '___', '——加强领导', '==标题==', '- 3 -', '=====-----', '……………', '————2024年', '——加强领导——', '---- 第 2 篇', '一一对应', '一一一一一'],
});
