import { defineLineRule, matchNumberedMarker, type LineInput } from '../define-line-rule.js';
import { isDigit, startsWith } from '../lexicon/chars.js';

/**
 * Units of a marker written twice at the start of a line's (folded) content: `一、一、`, `(一)(一)` (`（一）（一）`). 0 when
 * there is none. The unit ends with a delimiter or a closing bracket, and is no `1.` (`1.1.` is a decimal number).
 */
function repeatedMarker(content: string): number {
  for (let n = 2; n <= 4 && content.length > 2 * n; n++) {
    const last = content.charCodeAt(n - 1);
    if (last !== 0x3001 /* 、 */ && last !== 0x2e /* . */ && last !== 0x29 /* ) */) continue;
    if (last === 0x2e && isDigit(content.charCodeAt(n - 2))) continue;
    if (repeats(content, n)) return n;
  }
  return 0;
}

/** Whether the first `n` units of `content` come again right after them (compared unit by unit: no slice). */
function repeats(content: string, n: number): boolean {
  for (let k = 0; k < n; k++) if (content.charCodeAt(k) !== content.charCodeAt(n + k)) return false;
  return true;
}

/**
 * `一、一、加强组织领导`, `（一）（一）健全工作机制`: a Word list's automatic number exported before the number typed by hand.
 * The second copy is read by the numbered-marker rules; the marker as written holds both copies, its style and number
 * are the second's.
 */
export const markerTwice = defineLineRule({
  name: 'marker-twice',
  description: '`一、一、` `（一）（一）` (a marker written twice: a Word list\'s number exported before the typed one); `1.1.` is a decimal number',
  first: (c) => startsWith.digit(c) || startsWith.paren(c) || startsWith.hanNumeral(c),
  tokenize: (input) => {
    const twice = repeatedMarker(input.content);
    if (twice === 0) return null;
    const second: LineInput = { line: input.line, folded: input.folded, start: input.start + twice, end: input.end, content: input.content.slice(twice) };
    const match = matchNumberedMarker(second);
    if (match === null || match.type !== 'outlineMarker' || match.marker?.length !== twice) return null;
    return { ...match, marker: { ...match.marker, length: 2 * twice } };
  },
});
