import { defineLineRule } from '../define-line-rule.js';
import { parseRoman } from '../lexicon/numerals.js';
import { startsWithUnit } from '../lexicon/chars.js';

const unicodeRoman = /^([\u2160-\u216B])(?: ?([、.]))?/;
const asciiRoman = /^([IVX]{1,5}) ?([、.])(?!\d)/;

/** `Ⅰ、` `Ⅱ.` `I.` `IV、`; never a grade or class without a delimiter (`Ⅰ类切口`, `Ⅱ级响应`, `Ⅲ 期`). */
export const markerRoman = defineLineRule({
  name: 'marker-roman',
  description: '`Ⅰ、` `Ⅱ` `I.` `IV、` (Roman numerals)',
  first: (c) => (c >= 0x2160 && c <= 0x216b) || c === 0x49 || c === 0x56 || c === 0x58,
  tokenize: ({ content }) => {
    const m = unicodeRoman.exec(content) ?? asciiRoman.exec(content);
    if (!m) return null;
    const number = parseRoman(m[1] ?? '');
    if (!number) return null;
    const delimiterLength = m[2] ? 1 : 0;
    if (delimiterLength === 0 && startsWithUnit(content.slice(m[0].length).trimStart())) return null;
    return { type: 'outlineMarker', marker: { style: 'roman', number, length: m[0].length, delimiterLength, strength: 'strong' } };
  },
});
