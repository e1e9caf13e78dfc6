// Golden outline fixtures: fixtures/outline/<case>/input.txt beside expected.json (the toJSON contract without
// source.path). `UPDATE=1 npx vitest run test/fixtures.test.ts` rewrites expected.json; read the diff before committing.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';
import { assertTree } from './helpers/invariants.js';
import { expectGolden, goldenJSON } from './helpers/golden.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const cases = globSync('fixtures/outline/*/input.txt', { cwd: root }).sort();

describe('outline fixtures', () => {
  it('finds the fixtures', () => expect(cases.length).toBeGreaterThanOrEqual(13));

  // Every case says what it covers: a row `| <case> | … |` in fixtures/outline/README.md, and no row without a case.
  it('lists every case in fixtures/outline/README.md', () => {
    const readme = readFileSync(`${root}fixtures/outline/README.md`, 'utf8');
    const rows = [...readme.matchAll(/^\| ([a-z0-9-]+) \|/gm)].map((m) => m[1]).filter((name) => name !== 'case');
    const names = cases.map((file) => file.split('/')[2] ?? file);
    expect(names.filter((name) => !rows.includes(name))).toEqual([]);
    expect(rows.filter((name) => !names.includes(name ?? ''))).toEqual([]);
  });

  describe.each(cases.map((file) => [file.split('/')[2] ?? file, file] as const))('%s', (_name, file) => {
    const bytes = readFileSync(`${root}${file}`);
    const result = parse(bytes, { path: file });
    it('satisfies the tree invariants', () => assertTree(result));
    it('matches expected.json', () => expectGolden(`${root}${file.replace(/input\.txt$/, 'expected.json')}`, goldenJSON(result)));
  });
});
