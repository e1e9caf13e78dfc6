// Golden files: compare with the expectation beside the input, or rewrite it when UPDATE=1 (micromark, textlint).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import { toContract } from '../../src/emit/json.js';
import type { ParseResult } from '../../src/types.js';

/** True when the run should rewrite golden files instead of comparing (`UPDATE=1 npm test`). */
export const updating = process.env.UPDATE === '1' || process.env.UPDATE === 'true';

/** The contract JSON of a result without `source.path` (which depends on where the test runs). */
export function goldenJSON(result: ParseResult): string {
  const contract = toContract(result) as unknown as { source: Record<string, unknown> };
  delete contract.source.path;
  return `${JSON.stringify(contract, null, 2)}\n`;
}

/**
 * Compares `actual` with the file at `path`, or writes it there under UPDATE=1. JSON files are compared as
 * values (a readable diff); other files as text.
 */
export function expectGolden(path: string, actual: string): void {
  if (updating) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== actual) writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`Cannot find ${path}: run \`UPDATE=1 npx vitest run\` to write it, then read the diff`);
  const expected = readFileSync(path, 'utf8');
  if (path.endsWith('.json')) expect(JSON.parse(actual)).toStrictEqual(JSON.parse(expected));
  expect(actual).toBe(expected);
}
