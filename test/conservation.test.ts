// Every non-space character of every seed and fixture input lands in the output exactly once
// (header, title, preamble, toc, noise, node markers and texts), and every position points at its text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';
import { decode } from '../src/source/decode.js';
import { assertConserved, conservationDiff } from './helpers/conservation.js';
import { anchorProblems } from './helpers/invariants.js';

const root = fileURLToPath(new URL('../', import.meta.url));
// Every text input under fixtures/ (outline cases, check rules' fires/clean files, encodings), except binary data.
const inputs = [
  ...globSync('seeds/*.txt', { cwd: root }).sort(),
  ...globSync('fixtures/**/*.txt', { cwd: root, ignore: ['fixtures/check/not-text/fires.txt'] }).sort(),
];

describe('conservation', () => {
  it('finds the inputs', () => expect(inputs.length).toBeGreaterThanOrEqual(40));

  it.each(inputs)('%s', (file) => {
    const bytes = readFileSync(`${root}${file}`);
    const text = decode(bytes).text;
    const result = parse(bytes);
    assertConserved(text, result);
    expect(anchorProblems(text, result)).toEqual([]);
  });

  it('drops only a leading BOM', () => {
    const text = '\ufeff2024年工作要点\n一、总体要求\n坚持稳中求进。';
    expect(conservationDiff(text, parse(text))).toEqual([]);
  });

  it('can fail: a lost or duplicated character is reported', () => {
    const result = parse('一、总体要求\n坚持稳中求进。');
    expect(conservationDiff('一、总体要求\n坚持稳中求进。！', result)).toEqual(['-1 "！" (U+FF01)']);
    const doc = result.documents[0];
    if (doc) doc.preamble = '求';
    expect(conservationDiff('一、总体要求\n坚持稳中求进。', result)).toEqual(['+1 "求" (U+6C42)']);
  });
});
