import { defineRule } from '../define-rule.js';

/**
 * Text that may not read as written: bytes that were not valid in the encoding and were replaced with U+FFFD,
 * control characters (NUL, ESC …) that text does not hold, an encoding that a detector had to guess, or one that was
 * not recognised at all. The decoder reports these with their lines (code `encoding`); this rule owns the code: it
 * re-emits them with its configured severity.
 */
export const encoding = defineRule({
  id: 'encoding',
  severity: 'warning',
  description: 'The file was decoded with replacement characters, holds control characters (NUL, ESC …), or its encoding had to be guessed.',
  check(result) {
    return result.diagnostics
      .filter((d) => d.code === 'encoding')
      .map((d) => ({ line: d.line, ...(d.column ? { column: d.column } : {}), message: d.message }));
  },
});
