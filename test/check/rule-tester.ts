// A RuleTester in the eslint / textlint-tester shape: each rule gets its fixtures (fires.txt with the expected
// code/line pairs in fires.expected.json, and clean.txt) and inline valid/invalid cases. Tests assert ids and lines,
// never wording. UPDATE=1 rewrites fires.expected.json (review the diff).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { check, type Config, type RuleId } from '../../src/check/index.js';
import { parse } from '../../src/parse.js';
import { NotTextError } from '../../src/source/decode.js';
import { schemaVersion, type Diagnostic } from '../../src/types.js';

export const fixturesDir = path.resolve(import.meta.dirname, '../../fixtures/check');

/** Parses bytes or text and checks it as the CLI does (a binary input becomes a not-text diagnostic). */
export function checkInput(input: string | Uint8Array, config?: Config): Diagnostic[] {
  try {
    return check(parse(input), config);
  } catch (error) {
    if (!(error instanceof NotTextError)) throw error;
    const empty = { schemaVersion, source: { path: null, encoding: 'unknown', bytes: 0, lines: 0 }, documents: [], diagnostics: [] };
    return check(empty, config, { notText: error.message });
  }
}

export interface Hit {
  code: string;
  line: number;
}

/** The diagnostics of one rule, as {code, line}. */
export function hits(id: RuleId, input: string | Uint8Array): Hit[] {
  return checkInput(input)
    .filter((d) => d.code === id)
    .map((d) => ({ code: d.code, line: d.line }));
}

export interface InvalidCase {
  text: string;
  /** The lines the rule reports, in order. */
  lines: number[];
}

export interface RuleCases {
  valid?: string[];
  invalid?: InvalidCase[];
}

/** Lines joined with \n (cases read better as arrays of lines). */
export const doc = (...lines: string[]) => lines.join('\n');

export function ruleTester(id: RuleId, cases: RuleCases = {}): void {
  describe(id, () => {
    const dir = path.join(fixturesDir, id);
    test('fires.txt reports exactly the expected lines', () => {
      const actual = hits(id, readFileSync(path.join(dir, 'fires.txt')));
      const expectedFile = path.join(dir, 'fires.expected.json');
      if (process.env.UPDATE || !existsSync(expectedFile)) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Hit[];
      expect(expected.length).toBeGreaterThan(0);
      expect(actual).toEqual(expected);
    });
    test('clean.txt reports nothing (for this rule or any other)', () => {
      expect(checkInput(readFileSync(path.join(dir, 'clean.txt')))).toEqual([]);
    });
    for (const [i, text] of (cases.valid ?? []).entries())
      test(`valid #${i + 1}`, () => {
        expect(hits(id, text)).toEqual([]);
      });
    for (const [i, { text, lines }] of (cases.invalid ?? []).entries())
      test(`invalid #${i + 1}: lines ${lines.join(', ')}`, () => {
        expect(hits(id, text).map((h) => h.line)).toEqual(lines);
      });
  });
}
