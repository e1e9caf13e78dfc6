import { defineLineRule } from '../define-line-rule.js';
import { unmarkedTitle } from '../lexicon/wrappers.js';

/**
 * The heading of a table of contents: `目录`, `目 录`, `目　　录`; a bulletin's `本期要目`, `本期目录`, `本期导读`; a post's
 * `本文目录`, `本文目录一览`, `【本文目录】`, `目录导航`, `文章目录`, also in bold (`**本文目录**`); a deck's `汇报提纲`, `提纲`, `汇报内容`, `CONTENTS`, `目录 CONTENTS`.
 */
export const tocHeading = defineLineRule({
  name: 'toc-heading',
  description: 'a table-of-contents heading: `目录`, `目 录`, a bulletin\'s `本期要目`',
  first: (c) => c === 0x76ee /* 目 */ || c === 0x3010 /* 【 */ || c === 0x672c /* 本 */ || c === 0x6587 /* 文 */ || c === 0x2a /* * */ || c === 0x6c47 /* 汇 */ || c === 0x63d0 /* 提 */ || c === 0x43 || c === 0x63,
  tokenize: ({ content }) => (heading.test(unmarkedTitle(content)) ? { type: 'tocHeading' } : null),
});

const heading = /^【?(?:目 *录(?: ?contents| ?导航)?|本期(?:要目|目录|导读|内容)|(?:本文|文章)目录(?:一览)?|(?:汇报)?提 *纲|汇报内容|contents(?: ?目 *录)?)】?[:：]?$/i;
