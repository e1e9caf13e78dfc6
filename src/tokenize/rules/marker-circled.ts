import { defineLineRule } from '../define-line-rule.js';
import { delimiterAt } from '../lexicon/chars.js';
import { circledNumber, digitFullStop } from '../lexicon/numerals.js';

/** `①` … `⑳` (and `㉑` … `㊿`), optionally followed by `、` or `.`; `⒈` … `⒛` as their own style. */
export const markerCircled = defineLineRule({
  name: 'marker-circled',
  description: '`①` … `⑳` (circled numbers) and `⒈` … `⒛` (digit full stop)',
  first: (c) => (c >= 0x2460 && c <= 0x249b) || (c >= 0x3251 && c <= 0x325f) || (c >= 0x32b1 && c <= 0x32bf),
  tokenize: ({ content }) => {
    const first = content[0] ?? '';
    // `①、节约用水`: a comma or dot right after the number is its delimiter, not the start of the title.
    const delimited = delimiterAt(content, 1);
    const circled = circledNumber(first);
    if (circled)
      return { type: 'outlineMarker', marker: { style: 'circled', number: circled, length: 1 + delimited, delimiterLength: delimited, strength: 'strong' } };
    const stop = digitFullStop(first);
    if (stop) return { type: 'outlineMarker', marker: { style: 'digit-full-stop', number: stop, length: 1, delimiterLength: 0, strength: 'strong' } };
    return null;
  },
});
