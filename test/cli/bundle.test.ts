// The CLI bundle runs only what a plain run needs: the emitters for YAML and Markdown, Markdown input, the charset
// detector, globbing, the progress bar, colours and the worker pool are reached only through import() (esbuild
// wraps such a module in a function that runs on first import), so `plan-parse FILE` does not pay for them.
// Read off the build's metafile (dist/cli/plan-parse.meta.json).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { traditionalPairs } from '../../src/tokenize/lexicon/traditional.js';

interface Metafile {
  inputs: Record<string, { imports: { path: string; kind: string; external?: boolean }[] }>;
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const metaFile = path.join(root, 'dist/cli/plan-parse.meta.json');
const entry = 'src/cli/main.ts';

/** The package a bundled input belongs to (`node_modules/@scope/name/…` → `@scope/name`), or null for our own. */
function packageOf(input: string): string | null {
  const rest = input.split('node_modules/').pop() as string;
  if (rest === input) return null;
  const parts = rest.split('/');
  return (rest.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

/** Inputs reached from the entry by static imports and require() calls (not through import()). */
function staticallyReached(meta: Metafile): Set<string> {
  const seen = new Set([entry]);
  const queue = [entry];
  while (queue.length > 0) {
    for (const i of meta.inputs[queue.pop() as string]?.imports ?? []) {
      if (i.kind === 'dynamic-import' || i.external || seen.has(i.path)) continue;
      seen.add(i.path);
      queue.push(i.path);
    }
  }
  return seen;
}

describe('the CLI bundle', () => {
  let meta: Metafile;
  beforeAll(() => {
    if (!existsSync(metaFile)) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root });
    meta = JSON.parse(readFileSync(metaFile, 'utf8')) as Metafile;
  });

  it('reaches no package but commander without import()', () => {
    const packages = new Set([...staticallyReached(meta)].map(packageOf).filter((p) => p !== null));
    expect([...packages].sort()).toEqual(['commander']);
  });

  it('holds the traditional characters as the build computed them, not OpenCC\'s table', () => {
    expect(Object.keys(meta.inputs).filter((p) => packageOf(p) === 'opencc-js')).toEqual([]);
    const bundle = readFileSync(path.join(root, 'dist/cli/plan-parse.cjs'), 'utf8');
    // The build escapes every unit above U+007F (`asciiOnly`), so the pairs stand in the bundle as `\uXXXX` escapes.
    const escaped = JSON.stringify(traditionalPairs).replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    expect(traditionalPairs.length).toBeGreaterThan(5000);
    expect(bundle.toLowerCase()).toContain(escaped.toLowerCase());
  });

  it('is ASCII, its source map moved with the escapes', () => {
    const bundle = readFileSync(path.join(root, 'dist/cli/plan-parse.cjs'), 'utf8');
    expect(/[^\0-\x7f]/.test(bundle)).toBe(false);
    // The ideographic full stop, written as itself in the lexicon's regular expressions, stands escaped.
    expect(bundle).toContain('\\u3002');
  });

  it('holds the lazily used libraries, behind import()', () => {
    const bundled = new Set(Object.keys(meta.inputs).map(packageOf));
    for (const name of ['js-yaml', 'unified', 'remark-parse', 'remark-stringify', 'tinyglobby', 'cli-progress', 'chalk']) expect(bundled, name).toContain(name);
  });

  it('reaches the YAML and Markdown emitters only through import()', () => {
    const reached = staticallyReached(meta);
    expect(reached).not.toContain('src/emit/yaml.ts');
    expect([...reached].filter((p) => p.startsWith('src/emit/markdown/'))).toEqual([]);
    expect(reached).toContain('src/emit/json.ts');
  });
});
