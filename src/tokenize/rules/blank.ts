import { defineLineRule } from '../define-line-rule.js';

/** A line of nothing but white space (any kind: U+3000, U+00A0, tabs, zero-width). */
export const blank = defineLineRule({
  name: 'blank',
  description: 'a line of white space only',
  tokenize: ({ content }) => (content.length === 0 ? { type: 'blank' } : null),
});
