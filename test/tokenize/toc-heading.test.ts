import { tocHeading } from '../../src/tokenize/rules/toc-heading.js';
import { expectTokens } from '../helpers/expect-tokens.js';

expectTokens(tocHeading, {
  valid: [
    ['目录 CONTENTS', { type: 'tocHeading' }],
    ['CONTENTS 目录', { type: 'tocHeading' }],
    ['目录', { type: 'tocHeading' }],
    // a deck's contents
    ['汇报提纲', { type: 'tocHeading' }],
    ['提纲：', { type: 'tocHeading' }],
    ['CONTENTS', { type: 'tocHeading' }],
    ['目 录', { type: 'tocHeading' }],
    ['\u3000目\u3000\u3000录', { type: 'tocHeading', column: 2 }],
    ['目录：', { type: 'tocHeading' }],
    ['本期要目', { type: 'tocHeading' }],
    ['本文目录', { type: 'tocHeading' }],
    ['本文目录一览：', { type: 'tocHeading' }],
    ['【本文目录】', { type: 'tocHeading' }],
    ['目录导航：', { type: 'tocHeading' }],
    ['**文章目录**', { type: 'tocHeading' }],
    ['本期导读：', { type: 'tocHeading' }],
  ],
  invalid: ['目录管理办法', '编制目录', '一、目录', '目', '本期要目如下，请查阅。', '本办法', '本文目录如下。', '**目录管理**', '2024年全县乡村振兴工作汇报提纲', '提纲挈领抓重点'],
});
