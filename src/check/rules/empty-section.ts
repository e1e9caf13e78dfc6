import { defineRule, type Finding } from '../define-rule.js';
import { nodes } from '../walk.js';

/** A heading with nothing after its marker and no items under it (`（三）` alone on its line). */
export const emptySection = defineRule({
  id: 'empty-section',
  severity: 'warning',
  description: 'A heading has no text and no items under it.',
  check(result) {
    const findings: Finding[] = [];
    for (const { node } of nodes(result))
      if (node.children.length === 0 && node.text.trim() === '')
        findings.push({ line: node.line, message: `${node.marker} has no text and no items under it` });
    return findings;
  },
});
