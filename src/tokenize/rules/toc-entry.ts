import { defineLineRule } from '../define-line-rule.js';

// Dotted leaders then a page number: `一、总体要求……………3`, `第一章 总则 .......... 1`.
const leaders = /(?:\.{3,}|…+|·{3,}|・{3,}|-{4,}|_{4,}|(?:\. ){3,}) *\d{1,4}$/;

function endsWithDigit(content: string): boolean {
  const c = content.charCodeAt(content.length - 1);
  return c >= 0x30 && c <= 0x39;
}

/** A table-of-contents entry with dotted leaders. */
export const tocEntry = defineLineRule({
  name: 'toc-entry',
  description: 'a table-of-contents entry with dotted leaders and a page number',
  // Only the tail is tested, so a long line costs no more than a short one; most lines do not end in a digit.
  tokenize: ({ content }) => (content.length > 2 && endsWithDigit(content) && leaders.test(content.slice(-48)) ? { type: 'tocEntry' } : null),
});
