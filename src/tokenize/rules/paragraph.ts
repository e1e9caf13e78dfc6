import { defineLineRule } from '../define-line-rule.js';

/** Anything else: a paragraph line (the fallback; always matches). */
export const paragraph = defineLineRule({
  name: 'paragraph',
  description: 'any other non-blank line (fallback)',
  tokenize: () => ({ type: 'paragraph' }),
});
