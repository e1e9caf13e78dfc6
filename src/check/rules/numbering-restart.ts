import { defineRule } from '../define-rule.js';
import { numberingProblems } from '../numbering.js';

export const numberingRestart = defineRule({
  id: 'numbering-restart',
  severity: 'warning',
  description: 'Numbering starts again at 1 where it should continue: inside one list, or in a document whose lists otherwise run on across sections.',
  check: (result) => numberingProblems(result).restart,
});
