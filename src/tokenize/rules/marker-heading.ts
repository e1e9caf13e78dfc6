import { defineLineRule } from '../define-line-rule.js';

/**
 * A Markdown heading (`line.markup.heading`, set by source/markdown.ts) that no numbered marker rule took:
 * the heading itself is the marker. Registered after every numbered marker rule, so `## 一、总体要求` is a
 * `han` marker like the plain line `一、总体要求`, and `## 总体要求` is a `heading` marker.
 *
 * - Depth 1 (`# 2024年工作要点`) is the document's title, as toMarkdown writes it: a title candidate.
 * - Depth 2–6: style `heading`, strength `strong`, length 0 (the `#`s are spaces already, so the title starts
 *   at the first character). Its number — its position among the headings of its depth under the same
 *   parent — is not known to a line rule: the rule returns 0, and the grammar counts it among its siblings
 *   (grammar/outline.ts `place`, as for bullets). `path` holds one 0 per heading level (`##` → [0, 0]), so
 *   that the grammar can tell heading depths apart as it does decimal depths.
 */
export const markerHeading = defineLineRule({
  name: 'marker-heading',
  description: 'a Markdown heading without a numbered marker (`## 总体要求`); `#` is the document title',
  tokenize: ({ line, content }) => {
    const depth = line.markup?.heading;
    if (depth === undefined || content.length === 0) return null;
    if (depth <= 1) return { type: 'titleCandidate' };
    return {
      type: 'outlineMarker',
      marker: { style: 'heading', number: 0, path: new Array<number>(depth).fill(0), length: 0, delimiterLength: 0, strength: 'strong' },
    };
  },
});
