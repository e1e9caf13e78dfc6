import { metaLine } from '../../src/tokenize/rules/meta-line.js';
import { expectTokens } from '../helpers/expect-tokens.js';

expectTokens(metaLine, {
  valid: [
    ['发表时间:2017-03-29', { type: 'meta', kind: 'published' }],
    ['发布时间：2023-02-15 09:30', { type: 'meta', kind: 'published' }],
    ['市教育局 发布日期：2024-01-05', { type: 'meta', kind: 'published' }],
    ['来源：市教育局', { type: 'meta', kind: 'source' }],
    ['信息来源:区教体局', { type: 'meta', kind: 'source' }],
    ['浏览次数：123', { type: 'meta', kind: 'source' }],
    ['2020年3月20日', { type: 'meta', kind: 'date' }],
    ['2020 年 3 月 20 日', { type: 'meta', kind: 'date' }],
    ['二〇二三年一月十日', { type: 'meta', kind: 'date' }],
    ['2023-02-15', { type: 'meta', kind: 'date' }],
    ['2023/2/5 10:30', { type: 'meta', kind: 'date' }],
  ],
  invalid: [
    '2020年3月20日召开全体会议。',
    '2020年工作要点',
    '来源于群众，服务于群众',
    '3月20日',
    '发布时间为明年一月。',
    '来源：市教育局！', // `！` is folded to `!`: still sentence punctuation
  ],
});
