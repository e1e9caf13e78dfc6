// Property tests: random plan-ish text never throws, always conserves its characters and always gives a sound
// tree; folding full-width ↔ half-width punctuation in a seed changes no outline.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fc, test } from '@fast-check/vitest';
import { globSync } from 'tinyglobby';
import { describe, expect } from 'vitest';
import { parse } from '../src/parse.js';
import { NotTextError } from '../src/source/decode.js';
import type { OutlineNode, ParseResult } from '../src/types.js';
import { conservationDiff } from './helpers/conservation.js';
import { anchorProblems, treeProblems } from './helpers/invariants.js';
import { anyText, runs, wrappedText } from './helpers/arbitraries.js';

function check(text: string): string[] {
  const result = parse(text);
  return [...treeProblems(result), ...conservationDiff(text, result), ...anchorProblems(text, result)];
}

describe('random input', () => {
  test.prop([anyText], { numRuns: runs })('never throws, conserves characters, gives a sound tree', (text) => {
    expect(check(text)).toEqual([]);
  });

  test.prop([wrappedText], { numRuns: Math.ceil(runs / 2) })('hard-wrapped text conserves characters and gives a sound tree', (text) => {
    expect(check(text)).toEqual([]);
  });

  test.prop([fc.uint8Array({ maxLength: 300 })], { numRuns: 200 })('random bytes are refused as NotTextError or give a sound tree', (bytes) => {
    let result: ParseResult;
    try {
      result = parse(bytes);
    } catch (error) {
      expect(error).toBeInstanceOf(NotTextError);
      return;
    }
    expect(treeProblems(result)).toEqual([]);
  });
});

// Full-width ASCII punctuation (U+FF01–FF0F, FF1A–FF20, FF3B–FF40, FF5B–FF5E) and its half-width twin.
const punctuation = Array.from('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');
const toFull = new Map(punctuation.map((c) => [c, String.fromCharCode(c.charCodeAt(0) + 0xfee0)]));
const toHalf = new Map([...toFull].map(([h, f]) => [f, h]));

/** Folds the punctuation characters picked by `chosen` (indices into `punctuation`) in one direction. */
function foldWidth(text: string, direction: 'half' | 'full', chosen: ReadonlySet<string>): string {
  const map = direction === 'half' ? toHalf : toFull;
  let out = '';
  for (const c of text) {
    const m = map.get(c);
    const half = direction === 'half' ? m : c;
    out += m !== undefined && half !== undefined && chosen.has(half) ? m : c;
  }
  return out;
}

type Shape = [line: number, number: number, depth: number, style: string][];
function shape(result: ParseResult): Shape {
  const out: Shape = [];
  const walk = (n: OutlineNode) => {
    out.push([n.line, n.number, n.depth, n.style]);
    n.children.forEach(walk);
  };
  for (const d of result.documents) d.children.forEach(walk);
  return out;
}

const root = fileURLToPath(new URL('../', import.meta.url));
const seeds = globSync('seeds/*.txt', { cwd: root })
  .sort()
  .map((f) => [f, readFileSync(`${root}${f}`, 'utf8')] as const);
const seedShapes = new Map(seeds.map(([f, text]) => [f, shape(parse(text))]));

describe('width folding', () => {
  test.prop(
    [fc.constantFrom(...seeds), fc.constantFrom('half' as const, 'full' as const), fc.subarray(punctuation, { minLength: 1 })],
    { numRuns: 60 },
  )('folding full-width ↔ half-width punctuation in a seed changes no outline', ([file, text], direction, chosen) => {
    const folded = foldWidth(text, direction, new Set(chosen));
    expect(shape(parse(folded))).toEqual(seedShapes.get(file));
  });
});

describe('line ends and BOM', () => {
  const full = (r: ParseResult) => JSON.stringify({ documents: r.documents, diagnostics: r.diagnostics });
  test.prop([fc.constantFrom(...seeds), fc.constantFrom('\r\n', '\r'), fc.boolean()], { numRuns: 20 })(
    'CRLF or CR line ends and a BOM change nothing but the byte count',
    ([, text], eol, bom) => {
      const changed = `${bom ? '\ufeff' : ''}${text.replace(/\n/g, eol)}`;
      expect(full(parse(changed))).toBe(full(parse(text)));
    },
  );
});
