import { defineLineRule } from '../define-line-rule.js';
import { isSmallRoman, parseRoman } from '../lexicon/numerals.js';
import { startsWithUnit } from '../lexicon/chars.js';

const unicodeRoman = /^([\u2160-\u216B])(?: ?([、.]))?/;
/** Small Roman numerals (`ⅰ)` `ⅱ.` `ⅲ、`), a level of their own below `Ⅰ.`, with a delimiter always. */
const unicodeSmallRoman = /^([\u2170-\u217B]) ?([、.)）])/;
const asciiRoman = /^([IVX]{1,5}) ?([、.])(?!\d)/;
/** In brackets, as Hong Kong plans and English translations number a third level: `(i)` `(ii)` `(iv)`, `(I)` `(II)`. */
const bracketedRoman = /^\( ?([ivx]{1,6}|[IVX]{1,6}) ?\)/;

/** What a Roman numeral grades besides the units (`Ⅶ度设防`, `Ⅱ区`, `Ⅲ标准`, `Ⅱ阶段`, `Ⅳ档`, a work's part `Ⅰ段`, `Ⅱ标段`). */
const romanGrade = /^(?:度|区|标准|阶段|档|等|代|段|标段)/;

/** A Roman numeral at the start of the text after a marker (`Ⅱ级…` after `Ⅰ、`). */
const nextRoman = /^(?:[\u2160-\u216B]|[IVX]{1,5}(?![A-Za-z]))/;
/** `Ⅰ、` `Ⅱ.` `I.` `IV、`, `(i)` `(ii)`; never a grade or class without a delimiter (`Ⅰ类切口`, `Ⅱ级响应`, `Ⅲ 期`, `Ⅶ度设防`). */
export const markerRoman = defineLineRule({
  name: 'marker-roman',
  description: '`Ⅰ、` `Ⅱ` `I.` `IV、` `(i)` `(ii)` `ⅰ)` (Roman numerals; in brackets or small a level of their own)',
  first: (c) => (c >= 0x2160 && c <= 0x216b) || isSmallRoman(c) || c === 0x49 || c === 0x56 || c === 0x58 || c === 0x28,
  tokenize: ({ content }) => {
    const b = content.charCodeAt(0) === 0x28 ? bracketedRoman.exec(content) : null;
    if (b !== null) {
      // (`(i)` after `(h)` is the letter: the grammar reads it so, asLatinLetter.)
      const number = parseRoman((b[1] ?? '').toUpperCase());
      return number === null ? null : { type: 'outlineMarker', marker: { style: 'roman', number, length: b[0].length, delimiterLength: 1, strength: 'strong' } };
    }
    const m = unicodeRoman.exec(content) ?? unicodeSmallRoman.exec(content) ?? asciiRoman.exec(content);
    if (!m) return null;
    const number = parseRoman(m[1] ?? '');
    if (!number) return null;
    const delimiterLength = m[2] ? 1 : 0;
    const after = content.slice(m[0].length).trimStart();
    if (delimiterLength === 0 && (startsWithUnit(after) || romanGrade.test(after))) return null;
    // (Nor the first of levels listed with `、`, `Ⅰ、Ⅱ级应急响应…`, `Ⅲ、Ⅳ级…`: the next numeral right after it.)
    if (m[2] === '、' && parseRoman(nextRoman.exec(after)?.[0] ?? '') === number + 1) return null;
    return { type: 'outlineMarker', marker: { style: 'roman', number, length: m[0].length, delimiterLength, strength: 'strong' } };
  },
});
