import { defineRule } from '../define-rule.js';
import { numberingProblems } from '../numbering.js';

export const numberingOrder = defineRule({
  id: 'numbering-order',
  severity: 'error',
  description: 'Sibling items are out of order (5 before 4).',
  check: (result) => numberingProblems(result).order,
});
