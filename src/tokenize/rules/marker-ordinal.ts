import { defineLineRule } from '../define-line-rule.js';
import { countsNextNumeral, parseHanNumeral } from '../lexicon/numerals.js';

const qi = /^其([一二三四五六七八九十]{1,2})(?:([,:、 ])|是)/;
const words: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 第一: 1, 第二: 2, 第三: 3, 第四: 4, 第五: 5 };
const word = /^(首先|其次|再次|第[一二三四五])[,:、]/;

const heading = /^第([一二三四五六七八九十]{1,3})(?:(、)| {1,3})(?=[\u4e00-\u9fff])/;
const sentence = /[。，,；;！？!?：:]/;

/** `其一，` `其二，`, `首先，` `其次，` `再次，`, `第一，`: paragraph markers like `一是`. */
export const markerOrdinal = defineLineRule({
  name: 'marker-ordinal',
  description: '`其一，` `首先，` `其次，` `第一，` (paragraph markers, nodes only when numbered items follow); `第一、总体要求` (a heading)',
  first: (c) => c === 0x5176 /* 其 */ || c === 0x9996 /* 首 */ || c === 0x518d /* 再 */ || c === 0x7b2c /* 第 */,
  tokenize: ({ content }) => {
    const q = qi.exec(content);
    if (q) {
      const number = parseHanNumeral(q[1] ?? '');
      if (!number) return null;
      const delimiterLength = q[2] && q[2] !== ' ' ? 1 : 0;
      return {
        type: 'outlineMarker',
        marker: { style: 'ordinal', number, length: 1 + (q[1] ?? '').length + delimiterLength, delimiterLength, strength: 'paragraph' },
      };
    }
    // `第一、总体要求`, `第二　重点任务`: a short heading alone on its line, numbered like a part, heads what follows.
    const h = heading.exec(content);
    if (h) {
      const number = parseHanNumeral(h[1] ?? '');
      const rest = content.slice(h[0].length);
      // (Two periods counted at once, `第三、四周（9月16日—9月27日）`, `第三、四季度`: a schedule's heading, no marker.)
      if (number && h[2] === '、' && countsNextNumeral(rest, number)) return null;
      if (number && rest.length <= 30 && !sentence.test(rest))
        return { type: 'outlineMarker', marker: { style: 'ordinal', number, length: h[0].length, delimiterLength: h[2] === '、' ? 1 : 0, strength: 'strong' } };
    }
    const w = word.exec(content);
    if (!w) return null;
    return {
      type: 'outlineMarker',
      marker: { style: 'ordinal', number: words[w[1] ?? ''] ?? 1, length: w[0].length, delimiterLength: 1, strength: 'paragraph' },
    };
  },
});
