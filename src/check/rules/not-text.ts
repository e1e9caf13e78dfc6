import { defineRule } from '../define-rule.js';

/**
 * Binary input (an image, a .docx, a PDF). The decoder refuses such bytes (NotTextError); the caller that read the
 * file passes the refusal in the check context (`notText`), and this rule turns it into an error diagnostic for
 * that file, so the other files of a run are still checked. A ParseResult alone is always text.
 */
export const notText = defineRule({
  id: 'not-text',
  severity: 'error',
  description: 'The file is not text (binary data such as a PDF, an image or a .docx).',
  check(_result, context) {
    return context.notText === undefined ? [] : [{ line: 1, message: context.notText }];
  },
});
