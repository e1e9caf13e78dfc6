import { defineLineRule } from '../define-line-rule.js';

/** The heading of a table of contents: `目录`, `目 录`, `目　　录`. */
export const tocHeading = defineLineRule({
  name: 'toc-heading',
  description: 'a table-of-contents heading: `目录`, `目 录`',
  first: (c) => c === 0x76ee /* 目 */,
  tokenize: ({ content }) => (/^目 *录[:：]?$/.test(content) ? { type: 'tocHeading' } : null),
});
