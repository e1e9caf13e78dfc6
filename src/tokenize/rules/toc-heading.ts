import { defineLineRule } from '../define-line-rule.js';

/** The heading of a table of contents: `目录`, `目 录`, `目　　录`; a bulletin's `本期要目`, `本期目录`, `本期导读`. */
export const tocHeading = defineLineRule({
  name: 'toc-heading',
  description: 'a table-of-contents heading: `目录`, `目 录`, a bulletin\'s `本期要目`',
  first: (c) => c === 0x76ee /* 目 */ || c === 0x672c /* 本 */,
  tokenize: ({ content }) => (heading.test(content) ? { type: 'tocHeading' } : null),
});

const heading = /^(?:目 *录|本期(?:要目|目录|导读|内容))[:：]?$/;
