import { defineLineRule } from '../define-line-rule.js';
import { startsWith } from '../lexicon/chars.js';

const latin = /^([A-Za-z]) ?([.、)])(?![\dA-Za-z.])/;
const latinParen = /^\( ?([A-Za-z]) ?\)/;

/** `A.` `A、` `a)` `(a)`: Latin letters as numbers. */
export const markerLatin = defineLineRule({
  name: 'marker-latin',
  description: '`A.` `A、` `a)` `(a)` (Latin letters; past `A` weak)',
  first: startsWith.latin,
  tokenize: ({ content }) => {
    const m = latin.exec(content) ?? latinParen.exec(content);
    if (!m) return null;
    const letter = m[1] ?? 'a';
    const upper = letter >= 'A' && letter <= 'Z';
    const number = letter.toLowerCase().charCodeAt(0) - 96;
    return {
      type: 'outlineMarker',
      // (A letter past `A` is weak, taken where the list expects it: `（E）五个等级` at a wrapped line's start, after
      // `…不合格` / a grade's letter, is no item E.)
      marker: { style: upper ? 'latin-upper' : 'latin-lower', number, length: m[0].length, delimiterLength: 1, strength: number === 1 ? 'strong' : 'weak' },
    };
  },
});
