// The analyses the rules share (node list, numbering) live for one check() run: computed once within it, never
// carried over to the next run (a result changed between two checks is checked as it is now).
import { expect, test } from 'vitest';
import { check } from '../../src/check/index.js';
import { memoise, withMemo } from '../../src/check/walk.js';
import { parse } from '../../src/parse.js';

test('memoise: once per key inside a run, every time outside one', () => {
  let calls = 0;
  const analyse = (key: { n: number }) => {
    calls++;
    return key.n * 2;
  };
  const a = { n: 1 };
  const b = { n: 2 };
  const inside = withMemo(() => [memoise(analyse, a), memoise(analyse, a), memoise(analyse, b), memoise(analyse, b)]);
  expect(inside).toEqual([2, 2, 4, 4]);
  expect(calls).toBe(2);
  expect([memoise(analyse, a), memoise(analyse, a)]).toEqual([2, 2]);
  expect(calls).toBe(4);
});

test('withMemo: nested runs do not see each other, and the outer memo is back after an inner run throws', () => {
  let calls = 0;
  const analyse = () => ++calls;
  const key = {};
  withMemo(() => {
    expect(memoise(analyse, key)).toBe(1);
    expect(withMemo(() => memoise(analyse, key))).toBe(2);
    expect(() => withMemo(() => { throw new Error('rule failed'); })).toThrow('rule failed');
    expect(memoise(analyse, key)).toBe(1);
  });
});

test('check: a result changed after a check is checked as it is now', () => {
  const result = parse('关于2025年工作的安排\n一、总体要求\n二、重点任务\n三、保障措施\n');
  expect(check(result).filter((d) => d.code === 'numbering-gap')).toEqual([]);
  const third = result.documents[0]?.children[2];
  if (!third) throw new Error('expected three top-level nodes');
  third.number = 4;
  expect(check(result).filter((d) => d.code === 'numbering-gap').map((d) => d.line)).toEqual([4]);
});
