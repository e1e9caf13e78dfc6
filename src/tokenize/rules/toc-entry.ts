import { defineLineRule } from '../define-line-rule.js';
import { isDigit } from '../lexicon/chars.js';

// Dotted leaders then a page number: `一、总体要求……………3`, `第一章 总则 .......... 1`.
const leaders = /(?:\.{3,}|…+|·{3,}|・{3,}|-{4,}|_{4,}|(?:\. ){3,}) *\d{1,4}$/;

/** A table-of-contents entry with dotted leaders. */
export const tocEntry = defineLineRule({
  name: 'toc-entry',
  description: 'a table-of-contents entry with dotted leaders and a page number',
  // Only the tail is tested, so a long line costs no more than a short one; most lines do not end in a digit.
  tokenize: ({ content }) => (content.length > 2 && isDigit(content.charCodeAt(content.length - 1)) && leaders.test(content.slice(-48)) ? { type: 'tocEntry' } : null),
});
