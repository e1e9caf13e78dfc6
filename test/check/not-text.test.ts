import { expect, test } from 'vitest';
import { check } from '../../src/check/index.js';
import { parse } from '../../src/parse.js';
import { ruleTester } from './rule-tester.js';

ruleTester('not-text');

test('a ParseResult alone never fires; the decoder refusal passed in the context does, and only it', () => {
  const result = parse('一、甲\n3.子项');
  expect(check(result).some((d) => d.code === 'not-text')).toBe(false);
  expect(check(result, undefined, { notText: 'not a text file (NUL bytes)' }).map((d) => [d.code, d.severity, d.line])).toEqual([['not-text', 'error', 1]]);
});
