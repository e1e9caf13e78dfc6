import { defineLineRule } from '../define-line-rule.js';
import { parseArabic, startsWithYear } from '../lexicon/numerals.js';
import { isDigit, isHan, startsWith, startsWithUnit } from '../lexicon/chars.js';

// `1.` `1．` `1、` (`１．` is folded to `1.`), with or without a space after; `1 . ` from PDF.
const delimited = /^(\d{1,3}) ?([.、,])/;
// `1 加强…`: the delimiter is a space; `27构建…`: the delimiter is missing.
const bare = /^(\d{1,3})( ?)(?=[^\d])/;
// The digits after `2.` in `2.3万名` `3.5%` `1.2倍`: the fraction of a magnitude or a measure.
const decimalQuantity = /^\d{1,6}(?:[万亿千百%‰倍元米吨亩]|个百分点|公里|平方)/;

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
      if (number === null) return null;
      let strength: 'strong' | 'weak' = m[2] === ',' ? 'weak' : 'strong';
      if (isDigit(rest.charCodeAt(0)) && !startsWithYear(rest)) {
        // `1.5万`: a quantity. `2.3岁以下…` `3.12345热线…` between items 1 and 4 are items whose titles start with a
        // number: weak after a dot (the grammar takes them when the list expects that number), never after `、` or
        // `,` (`3、4月份` is a list of months), nor as a list's first item.
        // A title does not start with 0 (`2.0行动计划` is a version), and `2.3万名…` `3.5%的…` are decimal quantities.
        if (m[2] !== '.' || number < 2 || rest.charCodeAt(0) === 48 || decimalQuantity.test(rest)) return null;
        strength = 'weak';
      }
      if (m[2] === ',' && !isHan(rest.charCodeAt(0))) return null;
      return { type: 'outlineMarker', marker: { style: 'arabic', number, length: m[0].length, delimiterLength: 1, strength } };
    }
    const b = bare.exec(content);
    if (!b) return null;
    const number = parseArabic(b[1] ?? '');
    const rest = content.slice(b[0].length);
    const next = rest[0] ?? '';
    if (!number || !isHan(next.charCodeAt(0)) || startsWithUnit(rest)) return null;
    return { type: 'outlineMarker', marker: { style: 'arabic', number, length: (b[1] ?? '').length, delimiterLength: 0, strength: 'weak' } };
  },
});
