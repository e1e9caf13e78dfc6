import { defineLineRule } from '../define-line-rule.js';
import { startsWith } from '../lexicon/chars.js';

// `- 3 -`, `— 3 —`, `3`, `第 3 页 共 10 页`, `第3页/共10页`, `3/10`, `Page 3`: linear, no nested quantifiers.
const dashed = /^[-—–_~ ]*\d{1,4}[-—–_~ ]*$/;
const chinesePage = /^(?:共 ?\d{1,4} ?页[ ,/，]*)?第 ?\d{1,4} ?页(?:[ ,/，]*共 ?\d{1,4} ?页)?$/;
const ofPages = /^\d{1,4} ?\/ ?\d{1,4}$/;
const english = /^page ?\d{1,4}(?: ?of ?\d{1,4})?$/i;

/** A page number left by PDF or Word extraction. */
export const pageNumber = defineLineRule({
  name: 'page-number',
  description: 'a page number line: `- 3 -`, `第 3 页 共 10 页`, `3/10`, a lone number',
  first: (c) => startsWith.digit(c) || c === 0x2d || c === 0x2014 || c === 0x2013 || c === 0x5f || c === 0x7e || c === 0x20 || c === 0x7b2c /* 第 */ || c === 0x5171 /* 共 */ || c === 0x50 || c === 0x70,
  tokenize: ({ content }) =>
    content.length <= 24 && (dashed.test(content) || chinesePage.test(content) || ofPages.test(content) || english.test(content))
      ? { type: 'noise', kind: 'page-number' }
      : null,
});
