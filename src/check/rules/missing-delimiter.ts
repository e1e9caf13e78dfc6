import { defineRule, type Finding } from '../define-rule.js';
import { markerForm, needsDelimiter, nodes } from '../walk.js';
import { badgeAlone, digitFullStop } from '../../tokenize/lexicon/numerals.js';

/**
 * `27构建…`: a numbered item whose delimiter is missing. The grammar accepts such a weak marker only where the
 * numbering expects it and reports it (with its column); this rule owns the code: it re-emits the grammar's
 * findings and adds any node whose marker has no punctuation at all.
 */
export const missingDelimiter = defineRule({
  id: 'missing-delimiter',
  severity: 'warning',
  description: 'A numbered item has no delimiter after its number (27构建… instead of 27.构建…).',
  check(result) {
    const found = new Map<number, Finding>();
    for (const d of result.diagnostics)
      if (d.code === 'missing-delimiter') found.set(d.line, { line: d.line, ...(d.column ? { column: d.column } : {}), message: d.message });
    for (const { node } of nodes(result)) {
      if (!needsDelimiter.has(node.style) || found.has(node.line)) continue;
      // `1 总则` above `1.1 …`: in decimal numbering a space is the delimiter of the top level. A badge's number (`01`,
      // `PART 01` alone above its heading) takes none, and `⒊` (Word's digit with its full stop, among `１．` `２．`) has one.
      if (node.children.some((c) => c.style === 'decimal') || badgeAlone.test(node.marker) || (node.marker.length === 1 && digitFullStop(node.marker) !== null)) continue;
      if (markerForm(node.marker).punctuation === '')
        found.set(node.line, { line: node.line, message: `marker ${node.marker} has no delimiter after it` });
    }
    return [...found.values()];
  },
});
