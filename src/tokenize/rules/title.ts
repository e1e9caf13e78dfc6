import { defineLineRule } from '../define-line-rule.js';
import { looksLikeTitle } from '../lexicon/doc-types.js';

/** A short line that names a document and has no sentence punctuation: `2023年工作要点`. */
export const title = defineLineRule({
  name: 'title',
  description: 'a document title: a short line ending in a document kind (`要点`, `计划`, `的通知` …), no sentence punctuation',
  tokenize: ({ content }) => (looksLikeTitle(content) ? { type: 'titleCandidate' } : null),
});
