// The same document written differently gives the same outline: full-width or half-width ASCII (digits, letters,
// punctuation), indentation with U+3000 or tabs, U+00A0 for spaces, CR line ends, a blank line between paragraphs.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';
import type { OutlineNode, ParseResult } from '../src/types.js';
import { assertConserved } from './helpers/conservation.js';

const squeeze = (s: string) => s.replace(/\s+/g, '').normalize('NFKC');

/** Lines, numbers, nesting and titles (NFKC-folded, as the accuracy scorer compares them). */
function outline(result: ParseResult, withLines = true): string[] {
  const out: string[] = [];
  const walk = (nodes: OutlineNode[], path: string) => {
    for (const n of nodes) {
      out.push(`${withLines ? n.line : ''}|${path}/${n.number}|${n.style}|${squeeze(n.title)}`);
      walk(n.children, `${path}/${n.number}`);
    }
  };
  for (const d of result.documents) {
    out.push(`# ${d.title === null ? '' : squeeze(d.title)}`);
    walk(d.children, '');
  }
  return out;
}

const toFullWidth = (s: string) => s.replace(/[0-9A-Za-z.,:;()!?]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const toHalfWidth = (s: string) => s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
const eachLine = (s: string, f: (line: string) => string) => s.split('\n').map((l) => (l.trim() ? f(l) : l)).join('\n');

const variants: Record<string, (text: string) => string> = {
  'full-width ASCII': toFullWidth,
  'half-width ASCII': toHalfWidth,
  'U+3000 indentation': (t) => eachLine(t, (l) => `\u3000\u3000${l.trim()}`),
  'tab indentation': (t) => eachLine(t, (l) => `\t${l}`),
  'U+00A0 for spaces': (t) => t.replace(/ /g, '\u00a0'),
  'CR line ends': (t) => t.replace(/\n/g, '\r'),
};

describe.each(readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort())('%s', (seed) => {
  const text = readFileSync(join('seeds', seed), 'utf8');
  const base = parse(text);
  it.each(Object.keys(variants))('%s gives the same outline', (name) => {
    const changed = (variants[name] as (t: string) => string)(text);
    const result = parse(changed);
    assertConserved(changed, result);
    expect(outline(result)).toEqual(outline(base));
  });
  it('a blank line between paragraphs gives the same outline (lines aside)', () => {
    expect(outline(parse(text.split('\n').join('\n\n')), false)).toEqual(outline(base, false));
  });
});

// Double-spaced (a blank line after every line, as some PDF viewers copy text): every fixture gives the outline of its
// single-spaced text, hard-wrapped ones included (grammar/spacing.ts). The one fixture that is double-spaced already
// is left out.
describe('double-spaced copies of the fixtures', () => {
  const cases = readdirSync('fixtures/outline', { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'double-spaced')
    .map((e) => e.name)
    .sort();
  it.each(cases)('%s gives the same outline (lines aside)', (name) => {
    const text = readFileSync(join('fixtures/outline', name, 'input.txt'), 'utf8');
    const doubled = text.split(/\r?\n/).join('\n\n');
    const result = parse(doubled);
    assertConserved(doubled, result);
    expect(outline(result, false)).toEqual(outline(parse(text), false));
  });
});
