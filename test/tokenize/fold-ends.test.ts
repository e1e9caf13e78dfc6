// foldEnds folds only the ends of long lines: every line rule must answer the same as on the whole fold.
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { fc } from '@fast-check/vitest';
import { fold, foldEnds, foldedHead, foldedTail, skipSpaces, trimEnd } from '../../src/tokenize/lexicon/fold.js';
import { lineRules } from '../../src/tokenize/line-rules.js';
import type { LineInput } from '../../src/tokenize/define-line-rule.js';
import { pieces, runs } from '../helpers/arbitraries.js';

function input(text: string, folded: string): LineInput {
  const start = skipSpaces(folded);
  const end = Math.max(start, trimEnd(folded));
  return { line: { line: 1, text, eol: '', offset: 0 }, folded, start, end, content: folded.slice(start, end) };
}

/** Each rule's answer on the whole fold and on foldEnds. */
function answers(text: string) {
  const whole = input(text, fold(text));
  const ends = input(text, foldEnds(text));
  return lineRules.map((rule) => [rule.name, rule.tokenize(whole), rule.tokenize(ends)] as const);
}

test('short lines are folded whole; long ones at their ends only, at the same indices', () => {
  const short = '（一）加强党的建设，推进２０２４年工作。';
  expect(foldEnds(short)).toBe(fold(short));
  const middle = '，'.repeat(300);
  const long = `\u3000\u3000（１）${middle}……１２`;
  const folded = foldEnds(long);
  expect(folded).toHaveLength(long.length);
  expect(folded.slice(0, 5)).toBe('  (1)');
  expect(folded.slice(-4)).toBe('……12');
  expect(folded.slice(2 + foldedHead, long.length - foldedTail)).toBe(long.slice(2 + foldedHead, long.length - foldedTail));
  expect(foldEnds('字'.repeat(400))).toBe('字'.repeat(400));
});

test('every line rule answers the same on foldEnds as on the whole fold, for every seed line', () => {
  for (const file of readdirSync('seeds')) {
    for (const text of readFileSync(`seeds/${file}`, 'utf8').split(/\r?\n/)) {
      for (const [rule, whole, ends] of answers(text)) expect(ends, `${rule}: ${text.slice(0, 40)}`).toEqual(whole);
    }
  }
});

test('every line rule answers the same on foldEnds as on the whole fold, for long random lines', () => {
  const line = fc
    .array(fc.constantFrom(...pieces.filter((p) => !/[\r\n]/.test(p)), '，', '（', '）', '：', '　'), { minLength: 40, maxLength: 160 })
    .map((a) => a.join(''));
  fc.assert(
    fc.property(line, (text) => {
      for (const [rule, whole, ends] of answers(text)) expect(ends, rule).toEqual(whole);
    }),
    { numRuns: runs },
  );
});

test('content of 100 units is folded whole, of 101 units at its ends only', () => {
  const line = (n: number) => `　　${'，'.repeat(n)}　`;
  expect(foldEnds(line(100))).toBe(fold(line(100)));
  const folded = foldEnds(line(101));
  expect(folded).not.toBe(fold(line(101)));
  expect(folded.slice(0, 2 + foldedHead)).toBe(fold(line(101)).slice(0, 2 + foldedHead));
  expect(folded.slice(2 + foldedHead, 2 + 101 - foldedTail)).toBe('，'.repeat(101 - foldedHead - foldedTail));
  expect(folded.slice(-1 - foldedTail)).toBe(fold(line(101)).slice(-1 - foldedTail));
});
