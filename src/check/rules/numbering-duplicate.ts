import { defineRule } from '../define-rule.js';
import { numberingProblems } from '../numbering.js';

export const numberingDuplicate = defineRule({
  id: 'numbering-duplicate',
  severity: 'error',
  description: 'The same number is used twice among sibling items (two 3s).',
  check: (result) => numberingProblems(result).duplicate,
});
