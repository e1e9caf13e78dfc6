import { defineLineRule, type LineInput, type LineRule } from '../define-line-rule.js';
import { wrapperClosers, wrapperOpener } from '../lexicon/wrappers.js';

/** Styles a wrapper never makes: bullets and Markdown headings are no numbered headings. */
const unwrapped = new Set(['bullet', 'heading']);

let markerRules: readonly LineRule[] = [];

/**
 * `**一、总体目标**` (Markdown bold left in text copied from an online editor) and `【一、指导思想】` (an OA system's
 * heading): the marker inside the wrapper is the line's marker, with the opener written before it (the marker as
 * written is `**一、`, its style and number those of `一、`); the title leaves the closer out (grammar). Only when
 * the closer follows later on the line, so `【通知】` and `**注意**` stay what they are.
 */
export const markerWrapped = defineLineRule({
  name: 'marker-wrapped',
  description: '`**一、总体目标**`, `【一、指导思想】` (a numbered heading in bold or in 【】)',
  first: (c) => c === 0x2a /* * */ || c === 0x5f /* _ */ || c === 0x3010 /* 【 */,
  tokenize: (input) => {
    const { content } = input;
    const opener = wrapperOpener(content);
    if (opener === '') return null;
    let at = opener.length;
    while (content.charCodeAt(at) === 0x20) at++;
    const inner: LineInput = { line: input.line, folded: input.folded, start: input.start + at, end: input.end, content: content.slice(at) };
    const code = inner.content.charCodeAt(0);
    for (const rule of markerRules) {
      if (rule.first !== undefined && !rule.first(code)) continue;
      const match = rule.tokenize(inner);
      if (!match) continue;
      const marker = match.marker;
      if (match.type !== 'outlineMarker' || marker === undefined || unwrapped.has(marker.style)) return null;
      if (!content.includes(wrapperClosers[opener] as string, at + marker.length)) return null;
      return { ...match, marker: { ...marker, length: at + marker.length } };
    }
    return null;
  },
});

/** The numbered-marker rules tried inside a wrapper, in precedence order (set by line-rules.ts: no import cycle). */
export function wrapMarkerRules(rules: readonly LineRule[]): void {
  markerRules = rules;
}
