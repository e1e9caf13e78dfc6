import { defineLineRule } from '../define-line-rule.js';
import { delimiterAt, edit, fragments, startsWith } from '../lexicon/chars.js';
import { citesClause, namesClass, parenthesizedDigit, parseArabic } from '../lexicon/numerals.js';

const arabicParen = edit(/^\(gap(num)gap\)after/).replace('gap', fragments.gap).replace('num', fragments.arabicNumber).replace('after', fragments.afterParen).getRegex();

// A number that names a thing, cited in a sentence a wrap cut before it: a document's (`《…督办通知书》` / `（2）号要求…`),
// a building's (`（3）号楼`), a Young Pioneers' squad's (`（3）中队、五年级…`); not `（2）号召…`, a title's verb.
const numberedName = /^(?:号(?!召)|中队(?![\u4e00-\u9fff])|中队(?:至|到|和|与|及|、))/;

/** `【1】推行…`: the number in lenticular brackets, a level of its own beside `（1）` (outline.ts); alone on its line, none. */
const lenticular = /^【(\d{1,2})】 ?(?=\S)/;

/** `（1）`, `(1)`, `⑴`. */
export const markerArabicParen = defineLineRule({
  name: 'marker-arabic-paren',
  description: '`（1）` `(1)` `⑴` (an Arabic number in parentheses); `【1】推行…`',
  first: (c) => startsWith.paren(c) || (c >= 0x2474 && c <= 0x2487) || c === 0x3010 /* 【 */,
  tokenize: ({ content }) => {
    if (content.charCodeAt(0) === 0x3010) {
      const l = lenticular.exec(content);
      const number = l === null ? null : parseArabic(l[1] ?? '');
      return number ? { type: 'outlineMarker', marker: { style: 'arabic-paren', number, length: (l?.[0] ?? '').trimEnd().length, delimiterLength: 1, strength: 'strong' } } : null;
    }
    const single = parenthesizedDigit(content[0] ?? '');
    if (single) {
      const delimited = delimiterAt(content, 1); // `⑴、`
      return { type: 'outlineMarker', marker: { style: 'arabic-paren', number: single, length: 1 + delimited, delimiterLength: delimited, strength: 'strong' } };
    }
    const m = arabicParen.exec(content);
    if (!m) return null;
    const number = parseArabic(m[1] ?? '');
    const rest = content.slice(m[0].length);
    // (`（1）班至（6）班`, `（1）班 45人`: a class's name, numerals.ts.)
    if (!number || namesClass(rest) || numberedName.test(rest) || citesClause(rest)) return null;
    // `（3）班合唱团获…`: a class's name before more words, as a wrap leaves it at a line's start (`…初二` / `（3）班…`): weak,
    // an item only where the list expects its number.
    const strength = classBefore.test(rest) ? 'weak' : 'strong';
    return { type: 'outlineMarker', marker: { style: 'arabic-paren', number, length: m[0].length, delimiterLength: 1, strength } };
  },
});

/** 班 and a word that is no title's (`班合唱团`, `班学生`); not `班子` `班级` `班主任` `班组` `班会` …, which start one. So is 中队 (`中队的诗朗诵…`), but for `中队长`, `中队建设`, `中队活动`. */
const classBefore = /^班(?!子|级|主任|组|车|次|前|后|务|会|风|额|干部|委|长)|^中队(?!长|建设|活动|辅导员|委员)/;
