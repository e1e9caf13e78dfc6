import { defineLineRule } from '../define-line-rule.js';
import { delimiterAt, edit, fragments, startsWith } from '../lexicon/chars.js';
import { citesClause, namesClass, parseHanNumeral, parenthesizedIdeograph } from '../lexicon/numerals.js';

// `（一）` `(一)` `( 一 )` `（十 二）` (a space inside, from OCR), `\(一\)` (escaped by a Markdown converter), optionally followed by `、` or `.`; also `一）` with its opening parenthesis left out (a
// level of its own, not `一、`). The single character `㈠` is read apart.
const hanParen = edit(/^(?:\\?\(gap)?(han)gap\\?\)after/)
  .replace('gap', fragments.gap)
  .replace('han', fragments.hanNumeralSpaced)
  .replace('after', fragments.afterParen)
  .getRegex();

// `【一】指导思想`: the numeral in lenticular brackets, as WeChat articles and OA systems head sections (a level of its own
// beside `（一）`, outline.ts). Alone on its line it is no heading (a label of a piece, a tag).
const lenticular = /^【([一二三四五六七八九十]{1,3})】 ?(?=\S)/;
// `「一」总体目标`: the numeral in corner brackets, a level of its own beside `（一）` (outline.ts), as `【一】` is.
const corner = /^「([一二三四五六七八九十]{1,3})」 ?(?=\S)/;

const citedRange = /^(?:至|到|和|及|与|或)?[(（][一二三四五六七八九十]{1,3}[)）]/;

/** `（一）`, `(一)`, `㈠`, `一）` written without the opening parenthesis, and `【一】` before a heading's text. */
export const markerHanParen = defineLineRule({
  name: 'marker-han-paren',
  description: '`（一）` `(一)` `㈠` (a Chinese numeral in parentheses); `一）` without the opening one; `【一】指导思想`, `「一」总体目标`',
  first: (c) => startsWith.paren(c) || startsWith.hanNumeral(c) || (c >= 0x3220 && c <= 0x3229) || c === 0x3010 /* 【 */ || c === 0x300c /* 「 */ || c === 0x5c /* \ */,
  tokenize: ({ content }) => {
    if (content.charCodeAt(0) === 0x3010 || content.charCodeAt(0) === 0x300c) {
      const l = (content.charCodeAt(0) === 0x3010 ? lenticular : corner).exec(content);
      const number = l === null ? null : parseHanNumeral(l[1] ?? '');
      return number ? { type: 'outlineMarker', marker: { style: 'han-paren', number, length: (l?.[0] ?? '').trimEnd().length, delimiterLength: 1, strength: 'strong' } } : null;
    }
    const single = parenthesizedIdeograph(content[0] ?? '');
    if (single) {
      const delimited = delimiterAt(content, 1); // `㈠、`
      return { type: 'outlineMarker', marker: { style: 'han-paren', number: single, length: 1 + delimited, delimiterLength: delimited, strength: 'strong' } };
    }
    const m = hanParen.exec(content);
    if (!m) return null;
    const number = parseHanNumeral((m[1] ?? '').replace(' ', ''));
    if (!number) return null;
    // `（一）至（四）项…`, `（二）、（三）项规定`: items cited inside a sentence (a wrap put them at a line's start).
    // `（一）项规定，…`: a clause cited after `…第十三条第` (a wrap put it at a line's start), not `（一）项目建设`.
    // `（一）班至（四）班为…`, `（三）班为…试点班`: a class named by its number (numerals.ts), not `（一）班子建设`.
    const rest = content.slice(m[0].length);
    if (citedRange.test(rest) || citesClause(rest) || namesClass(rest)) return null;
    return { type: 'outlineMarker', marker: { style: 'han-paren', number, length: m[0].length, delimiterLength: 1, strength: 'strong' } };
  },
});
