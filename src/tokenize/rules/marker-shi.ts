import { defineLineRule } from '../define-line-rule.js';
import { edit, fragments, startsWith } from '../lexicon/chars.js';
import { parseHanNumeral } from '../lexicon/numerals.js';

const shi = edit(/^(han)是/).replace('han', fragments.hanNumeral).getRegex();

/** `一是…` `二是…`: a paragraph marker, a node only when numbered items follow it (decided by the grammar). */
export const markerShi = defineLineRule({
  name: 'marker-shi',
  description: '`一是` `二是` … at the start of a paragraph (a node only when numbered items follow it)',
  first: startsWith.hanNumeral,
  tokenize: ({ content }) => {
    const m = shi.exec(content);
    if (!m) return null;
    const number = parseHanNumeral(m[1] ?? '');
    if (!number || number > 30) return null;
    return { type: 'outlineMarker', marker: { style: 'shi', number, length: m[0].length, delimiterLength: 1, strength: 'paragraph' } };
  },
});
