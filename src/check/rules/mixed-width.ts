import { defineRule, type Finding } from '../define-rule.js';
import { deviations, markerForm } from '../walk.js';

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
    for (const document of result.documents)
      for (const { node, form, norm, example } of deviations(document, (n) => {
        const { width } = markerForm(n.marker);
        return width === 'none' ? null : width;
      }))
        findings.push({ line: node.line, message: `${node.marker} uses ${form}-width punctuation, but ${example.marker} (line ${example.line}) and most of this document use ${norm}-width` });
    return findings;
  },
});
