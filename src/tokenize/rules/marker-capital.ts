import { defineLineRule } from '../define-line-rule.js';
import { capitalClass, capitalDigits, parseCapitalNumeral } from '../lexicon/numerals.js';

const capital = new RegExp(`^(${capitalClass}{1,3}) ?([、,.:])`);
const capitalFirst = new RegExp(`^${capitalClass}`);

/**
 * `壹、` `貳、` `拾壹、`: the top level of plans from Taiwan (壹、 → 一、 → (一) → 1.), as `第一部分` is of mainland ones, so
 * style `part`. Only with a delimiter: `伍`, `陆` and `参` are names and words too (`陆家嘴`, `参加`).
 */
export const markerCapital = defineLineRule({
  name: 'marker-capital',
  description: '`壹、` `貳、` `拾壹、` (capital numerals, the parts of a plan above `一、`)',
  first: (c) => String.fromCharCode(c) in capitalDigits,
  tokenize: ({ content }) => {
    const m = capital.exec(content);
    if (!m) return null;
    const number = parseCapitalNumeral(m[1] ?? '');
    if (!number) return null;
    // `伍、陆两位同志`: a list of names, not a marker. (A comma is a sloppy delimiter, weak: `…应急救援队` / `伍，年内…`
    // is 队伍 cut by a wrap.)
    if (capitalFirst.test(content.slice(m[0].length))) return null;
    return { type: 'outlineMarker', marker: { style: 'part', number, length: m[0].length, delimiterLength: 1, strength: m[2] === ':' || m[2] === ',' ? 'weak' : 'strong' } };
  },
});
