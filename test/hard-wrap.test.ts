// Hard-wrapped text (PDF/Word extraction) gives the outline of its unwrapped original: every seed re-wrapped
// at 30, 36 and 40 characters, with page numbers, a running header, paragraph indentation and CRLF.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';
import type { OutlineNode, ParseResult } from '../src/types.js';
import { assertTree } from './helpers/invariants.js';
import { assertConserved } from './helpers/conservation.js';

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** The outline as comparable lines: document titles and preambles, node path, marker, title and text. */
function outline(result: ParseResult): string[] {
  const out: string[] = [];
  const walk = (nodes: OutlineNode[], path: string) => {
    for (const n of nodes) {
      out.push(`${path}/${n.number} ${n.style} ${squeeze(n.marker)} ${squeeze(n.title)} | ${squeeze(n.text)}`);
      walk(n.children, `${path}/${n.number}`);
    }
  };
  for (const d of result.documents) {
    out.push(`# ${d.title === null ? '' : squeeze(d.title)} | ${squeeze(d.preamble)}`);
    walk(d.children, '');
  }
  return out;
}

interface WrapOptions {
  width: number;
  /** Insert `- N -` and a running header every this many lines (0: never). */
  pageEvery: number;
  indent: boolean;
  eol: string;
}

/** Re-wraps a clean text the way PDF extraction does. */
function wrap(text: string, o: WrapOptions): string {
  const out: string[] = [];
  let page = 1;
  for (const line of text.split(/\r?\n/)) {
    const t = line.trim();
    if (!t) continue;
    const chars = Array.from((o.indent ? '\u3000\u3000' : '') + t);
    for (let i = 0; i < chars.length; i += o.width) {
      out.push(chars.slice(i, i + o.width).join(''));
      if (o.pageEvery && out.length % o.pageEvery === 0) out.push(`- ${page++} -`, 'XX市教育局文件');
    }
  }
  return out.join(o.eol) + o.eol;
}

const seeds = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .sort();

describe('hard-wrapped copies of the seeds give the same outline', () => {
  const variants: [string, WrapOptions][] = [
    ['30 columns, indented, CRLF, page numbers', { width: 30, pageEvery: 40, indent: true, eol: '\r\n' }],
    ['36 columns, page numbers and running header', { width: 36, pageEvery: 45, indent: false, eol: '\n' }],
    ['40 columns, indented', { width: 40, pageEvery: 0, indent: true, eol: '\n' }],
  ];
  for (const seed of seeds) {
    const text = readFileSync(join('seeds', seed), 'utf8');
    const clean = outline(parse(text));
    for (const [name, options] of variants) {
      it(`${seed}: ${name}`, () => {
        const wrapped = wrap(text, options);
        const result = parse(wrapped);
        assertTree(result);
        assertConserved(wrapped, result);
        expect(outline(result)).toEqual(clean);
        if (options.pageEvery) {
          const codes = result.diagnostics.map((d) => d.code);
          expect(codes).toContain('page-number');
          expect(codes).toContain('hard-wrap');
        }
      });
    }
  }
});

describe('the messy-pdf fixture', () => {
  it('has the outline of its clean original, with page numbers and running headers as noise', () => {
    const messy = parse(readFileSync('fixtures/outline/messy-pdf/input.txt'));
    const clean = parse(readFileSync('fixtures/outline/messy-pdf-clean/input.txt'));
    expect(outline(messy)).toEqual(outline(clean));
    const noise = messy.documents[0]?.noise.map((n) => n.text) ?? [];
    expect(noise).toEqual(['- 1 -', 'XX县教育局文件', '- 2 -', 'XX县教育局文件', '- 3 -', 'XX县教育局文件']);
    expect(messy.diagnostics.filter((d) => d.severity === 'info').map((d) => [d.code, d.line])).toEqual([
      ['hard-wrap', 3],
      ['page-number', 10],
      ['running-header', 11],
    ]);
  });
});
