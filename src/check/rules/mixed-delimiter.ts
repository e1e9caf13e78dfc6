import { defineRule, type Finding } from '../define-rule.js';
import { delimitedStyles, deviations, markerForm } from '../walk.js';

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
    for (const document of result.documents)
      for (const { node, form, norm, example } of deviations(document, (n) => {
        if (!delimitedStyles.has(n.style)) return null;
        const { delimiter } = markerForm(n.marker);
        return delimiter === '' ? null : delimiter;
      }))
        findings.push({ line: node.line, message: `${node.marker} is written with ${form}, but this level uses ${norm} elsewhere (${example.marker} at line ${example.line})` });
    return findings;
  },
});
