import { defineLineRule } from '../define-line-rule.js';
import { edit, fragments, startsWith } from '../lexicon/chars.js';
import { parseArabic } from '../lexicon/numerals.js';

// `1)` `1）`, optionally followed by `、` or `.` (`1）、加强`: the comma belongs to the marker).
const halfParen = edit(/^(num)gap\)after/).replace('num', fragments.arabicNumber).replace('gap', fragments.gap).replace('after', fragments.afterParen).getRegex();

/** `1)` `1）`. */
export const markerArabicHalfParen = defineLineRule({
  name: 'marker-arabic-half-paren',
  description: '`1)` `1）` (an Arabic number and a closing parenthesis)',
  first: startsWith.digit,
  tokenize: ({ content }) => {
    const m = halfParen.exec(content);
    if (!m) return null;
    const number = parseArabic(m[1] ?? '');
    if (!number) return null;
    return { type: 'outlineMarker', marker: { style: 'arabic-half-paren', number, length: m[0].length, delimiterLength: 1, strength: 'strong' } };
  },
});
