import { defineRule, type Finding } from '../define-rule.js';
import { delimitedStyles, majority, markerForm, nodesOf, styleKey } from '../walk.js';
import type { OutlineNode } from '../../types.js';

/**
 * `1.` and `1、` for the same level in one document. The delimiter is read off the marker as written, with full-width
 * punctuation folded (`1．` and `1.` are a width difference, reported by mixed-width). The document's most frequent
 * form is the norm; every item written otherwise is reported. Items without any delimiter are missing-delimiter's.
 */
export const mixedDelimiter = defineRule({
  id: 'mixed-delimiter',
  severity: 'warning',
  description: 'Items of the same level use different delimiters in one document (1. and 1、, 一、 and 一.).',
  check(result) {
    const findings: Finding[] = [];
    for (const document of result.documents) {
      const byStyle = new Map<string, { node: OutlineNode; delimiter: string }[]>();
      for (const { node } of nodesOf(document)) {
        if (!delimitedStyles.has(node.style)) continue;
        const { delimiter } = markerForm(node.marker);
        if (delimiter === '') continue;
        const key = styleKey(node);
        const items = byStyle.get(key) ?? [];
        items.push({ node, delimiter });
        byStyle.set(key, items);
      }
      for (const items of byStyle.values()) {
        const norm = majority(items.map((i) => i.delimiter));
        const example = items.find((i) => i.delimiter === norm)?.node;
        for (const { node, delimiter } of items)
          if (delimiter !== norm && example)
            findings.push({ line: node.line, message: `${node.marker} is written with ${delimiter}, but this level uses ${norm} elsewhere (${example.marker} at line ${example.line})` });
      }
    }
    return findings;
  },
});
