import { defineLineRule } from '../define-line-rule.js';
import { parseArabic } from '../lexicon/numerals.js';
import { isHan, unitChars, startsWith } from '../lexicon/chars.js';

// `1.` `1．` `1、` (`１．` is folded to `1.`), with or without a space after; `1 . ` from PDF.
const delimited = /^(\d{1,3}) ?([.、,])/;
// `1 加强…`: the delimiter is a space; `27构建…`: the delimiter is missing.
const bare = /^(\d{1,3})( ?)(?=[^\d])/;

/** `1.` `1．` `1、`; weak when the delimiter is a space or missing (`27构建`, accepted from numbering context). */
export const markerArabic = defineLineRule({
  name: 'marker-arabic',
  description: '`1.` `1．` `1、`; `27构建` (delimiter missing) and `1 加强` (space) are weak; `2020年` `3月` `1.5万` are not markers',
  first: startsWith.digit,
  tokenize: ({ content }) => {
    const m = delimited.exec(content);
    if (m) {
      const number = parseArabic(m[1] ?? '');
      const rest = content.slice(m[0].length);
      // `1.5万`: a quantity. `2.2024年…` (a title that starts with a year) stays a marker.
      if (/^\d/.test(rest) && !/^\d{4}年/.test(rest)) return null;
      if (m[2] === ',' && !isHan(rest.charCodeAt(0))) return null;
      if (number === null) return null;
      return {
        type: 'outlineMarker',
        marker: { style: 'arabic', number, length: m[0].length, delimiterLength: 1, strength: m[2] === ',' ? 'weak' : 'strong' },
      };
    }
    const b = bare.exec(content);
    if (!b) return null;
    const number = parseArabic(b[1] ?? '');
    const rest = content.slice(b[0].length);
    const next = rest[0] ?? '';
    if (!number || !isHan(next.charCodeAt(0)) || unitChars.has(next)) return null;
    return { type: 'outlineMarker', marker: { style: 'arabic', number, length: (b[1] ?? '').length, delimiterLength: 0, strength: 'weak' } };
  },
});
