import { defineRule } from '../define-rule.js';
import { numberingProblems } from '../numbering.js';

export const numberingGap = defineRule({
  id: 'numbering-gap',
  severity: 'error',
  description: 'A number is skipped among sibling items (3 → 5), or a list starts above 1 without continuing the document\'s numbering.',
  check: (result) => numberingProblems(result).gap,
});
