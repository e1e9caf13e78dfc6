import { defineRule, type Finding } from '../define-rule.js';
import { majority, markerForm, nodesOf, styleKey } from '../walk.js';
import type { OutlineNode } from '../../types.js';

/**
 * `（一）` and `(一)` in one document: the same style written with full-width and half-width punctuation. The
 * document's most frequent width is the norm; every item written in the other width is reported.
 */
export const mixedWidth = defineRule({
  id: 'mixed-width',
  severity: 'warning',
  description: 'The same marker style is written with full-width and half-width punctuation in one document (（一） and (一)).',
  check(result) {
    const findings: Finding[] = [];
    for (const document of result.documents) {
      const byStyle = new Map<string, { node: OutlineNode; width: 'full' | 'half' }[]>();
      for (const { node } of nodesOf(document)) {
        const { width } = markerForm(node.marker);
        if (width === 'none') continue;
        const key = styleKey(node);
        const items = byStyle.get(key) ?? [];
        items.push({ node, width });
        byStyle.set(key, items);
      }
      for (const items of byStyle.values()) {
        const norm = majority(items.map((i) => i.width));
        const example = items.find((i) => i.width === norm)?.node;
        for (const { node, width } of items)
          if (width !== norm && example)
            findings.push({ line: node.line, message: `${node.marker} uses ${width}-width punctuation, but ${example.marker} (line ${example.line}) and most of this document use ${norm}-width` });
      }
    }
    return findings;
  },
});
