import { defineLineRule } from '../define-line-rule.js';

// A rule drawn with one repeated symbol (`==========`, `——————`, `**********`, `─────`; `＝＝＝＝` is folded to `====`):
// four or more of them, nothing else. Each alternative one character repeated: linear.
const rule = /^(?:={4,}|-{4,}|—{4,}|_{4,}|\*{4,}|~{4,}|#{4,}|─{4,}|━{4,})$/;
const firstCodes = new Set([...'=-—_*~#─━'].map((c) => c.charCodeAt(0)));

/** A separator line between parts of a file: the grammar lets a new document start after one. */
export const separator = defineLineRule({
  name: 'separator',
  description: 'a separator line: `==========`, `——————`, `**********`',
  first: (c) => firstCodes.has(c),
  tokenize: ({ content }) => (content.length <= 200 && rule.test(content.replace(/ /g, '')) ? { type: 'noise', kind: 'separator' } : null),
});
