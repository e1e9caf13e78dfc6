import { describe, expect, it } from 'vitest';
import { paragraph } from '../../src/tokenize/rules/paragraph.js';
import { lineRules } from '../../src/tokenize/line-rules.js';
import { expectTokens, inputOf } from '../helpers/expect-tokens.js';

expectTokens(paragraph, {
  valid: [
    ['加强党对教育工作的全面领导。', { type: 'paragraph', column: 1 }],
    ['\u3000\u3000全面贯彻党的教育方针，落实立德树人根本任务。', { type: 'paragraph', column: 3 }],
    ['2020年，全市教育系统坚持以习近平新时代中国特色社会主义思想为指导。', { type: 'paragraph' }],
    ['1.5万人次参加培训。', { type: 'paragraph' }],
  ],
  invalid: [],
});

describe('paragraph is the fallback', () => {
  it('matches anything, even what other rules claim', () => {
    for (const text of ['', '一、', 'x']) expect(paragraph.tokenize(inputOf(text))).toEqual({ type: 'paragraph' });
  });
  it('is the last rule', () => expect(lineRules[lineRules.length - 1]).toBe(paragraph));
});
