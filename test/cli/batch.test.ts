// Batch mode of `plan-parse parse`: directories, globs, --out-dir, ndjson order with workers, errors, summary.
// In-process through main(argv, io); the --jobs 2 case runs the built worker (dist/cli/worker.js, built if missing).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parse } from '../../src/parse.js';
import { toJSON } from '../../src/emit/json.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

class Capture extends Writable {
  text = '';
  isTTY: boolean;
  constructor(tty = false) {
    super();
    this.isTTY = tty;
  }
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString();
    callback();
  }
}

async function run(args: string[], cwd: string, options: { tty?: boolean } = {}) {
  const stdout = new Capture();
  const stderr = new Capture(options.tty ?? false);
  const code = await main(args, { stdout, stderr, stdin: Readable.from([]), env: {}, cwd });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const plan = (n: number) => `${n}号单位2024年工作要点\n\n一、总体要求\n（一）加强领导。各部门要落实。\n（二）完善制度。\n二、重点任务\n1.推进第${n}项工作。\n`;

/** Every file below `dir`, relative, sorted. */
function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(path.relative(dir, p).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'plan-parse-batch-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function fresh(name: string, files: Record<string, string | Uint8Array>): string {
  const dir = path.join(work, name);
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

describe('--out-dir', () => {
  test('mirrors the input tree with the format extension; skips node_modules and dot-dirs', async () => {
    const dir = fresh('mirror', {
      'docs/a.txt': plan(1),
      'docs/sub/b.txt': plan(2),
      'docs/sub/deeper/c.md': plan(3),
      'docs/notes.json': '{}',
      'docs/node_modules/x.txt': plan(4),
      'docs/.git/y.txt': plan(5),
    });
    for (const [format, ext] of [['json', 'json'], ['yaml', 'yaml'], ['md', 'md']] as const) {
      const r = await run(['docs', '--out-dir', `out-${format}`, '--format', format], dir);
      expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
      expect(tree(path.join(dir, `out-${format}`))).toEqual([`a.${ext}`, `sub/b.${ext}`, `sub/deeper/c.${ext}`]);
    }
    const written = readFileSync(path.join(dir, 'out-json/sub/b.json'), 'utf8');
    expect(written).toBe(toJSON(parse(Buffer.from(plan(2)), { path: 'docs/sub/b.txt' })));
    expect(JSON.parse(written).source.path).toBe('docs/sub/b.txt');
  });

  test('the common base of several inputs is the root of the mirror', async () => {
    const dir = fresh('base', { 'x/2023/a.txt': plan(1), 'x/2024/b.txt': plan(2) });
    const r = await run(['x/2023/a.txt', 'x/2024', '--out-dir', 'out'], dir);
    expect(r.code).toBe(0);
    expect(tree(path.join(dir, 'out'))).toEqual(['2023/a.json', '2024/b.json']);
  });

  test('never overwrites an input: an output that is an input is refused, the others are written', async () => {
    const dir = fresh('same', { 'docs/a.md': plan(1), 'docs/b.txt': plan(2) });
    const r = await run(['docs', '--out-dir', 'docs', '--format', 'md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('plan-parse: docs/a.md: the output docs/a.md would overwrite an input\n');
    expect(readFileSync(path.join(dir, 'docs/a.md'), 'utf8')).toBe(plan(1));
    expect(tree(path.join(dir, 'docs'))).toEqual(['a.md', 'b.md', 'b.txt']);
  });

  test('an output that a symlinked out-dir makes resolve to an input is refused too', async () => {
    const dir = fresh('link', { 'docs/a.md': plan(1) });
    const { symlinkSync } = await import('node:fs');
    symlinkSync(path.join(dir, 'docs'), path.join(dir, 'alias'));
    const r = await run(['docs', '--out-dir', 'alias', '--format', 'md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^plan-parse: docs\/a\.md: the output alias\/a\.md would overwrite an input\n$/);
    expect(readFileSync(path.join(dir, 'docs/a.md'), 'utf8')).toBe(plan(1));
  });

  test('two inputs with one output name: the second is an error', async () => {
    const dir = fresh('collide', { 'd/a.md': plan(1), 'd/a.txt': plan(2) });
    const r = await run(['d', '--out-dir', 'out'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('plan-parse: d/a.txt: the output out/a.json is already written for d/a.md\n');
    expect(tree(path.join(dir, 'out'))).toEqual(['a.json']);
  });

  test('-o that is the input is refused and the input is untouched', async () => {
    const dir = fresh('o-same', { 'a.txt': plan(1) });
    const r = await run(['a.txt', '-o', 'a.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('plan-parse: a.txt: the output would overwrite the input\n');
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(plan(1));
  });
});

describe('-o to a device', () => {
  // Temp file + rename would replace /dev/null with a regular file: a device or a pipe is written to directly.
  test.runIf(existsSync('/dev/null'))('-o /dev/null writes into the device, one file or a batch, and leaves it a device', async () => {
    const dir = fresh('devnull', { 'a.txt': plan(1), 'b.txt': plan(2) });
    expect((await run(['a.txt', '-o', '/dev/null'], dir)).code).toBe(0);
    expect((await run(['.', '--format', 'ndjson', '-o', '/dev/null'], dir)).code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(tree(dir)).toEqual(['a.txt', 'b.txt']);
  });
});

describe('errors', () => {
  test('a missing and a binary file among good ones: one line each, the rest written, exit 2', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const dir = fresh('errors', { 'in/a.txt': plan(1), 'in/bad.txt': png, 'in/c.txt': plan(3) });
    const r = await run(['in', 'missing.txt', '--out-dir', 'out'], dir);
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    // The missing path is found while the inputs are listed, before any file is read.
    expect(lines[0]).toBe('plan-parse: missing.txt: no such file or directory');
    expect(lines[1]).toMatch(/^plan-parse: in\/bad\.txt: not a text file/);
    expect(tree(path.join(dir, 'out'))).toEqual(['in/a.json', 'in/c.json']);
    expect(readdirSync(path.join(dir, 'out/in')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('ndjson goes on past a missing file and keeps the order of the others', async () => {
    const dir = fresh('nd-errors', { 'a.txt': plan(1), 'b.txt': plan(2) });
    const r = await run(['a.txt', 'nope.txt', 'b.txt', '--format', 'ndjson'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('plan-parse: nope.txt: no such file or directory\n');
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).source.path)).toEqual(['a.txt', 'b.txt']);
  });

  test('usage errors: several inputs as json, --jobs 0, a glob or a directory without matches', async () => {
    const dir = fresh('usage', { 'a.txt': plan(1), 'b.txt': plan(2), 'empty/x.json': '{}' });
    const json = await run(['a.txt', 'b.txt'], dir);
    expect(json.code).toBe(2);
    expect(json.stdout).toBe('');
    expect(json.stderr).toBe('plan-parse: several inputs need --format ndjson (one JSON result per line) or --out-dir DIR (one file per input)\n');
    expect((await run(['a.txt', '--jobs', '0'], dir)).code).toBe(2);
    const none = await run(['*.zzz', 'empty', 'a.txt', '-f', 'ndjson'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('plan-parse: *.zzz: no files match this pattern\nplan-parse: empty: no .txt or .md files in this directory\n');
    expect(JSON.parse(none.stdout).source.path).toBe('a.txt');
  });
});

describe('ndjson', () => {
  test('globs expand in sorted order; a file named twice is listed once', async () => {
    const dir = fresh('glob', { 'p/b.txt': plan(2), 'p/a.txt': plan(1), 'p/q/c.txt': plan(3) });
    const r = await run(['p/**/*.txt', 'p/a.txt', '--format', 'ndjson'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).source.path)).toEqual(['p/a.txt', 'p/b.txt', 'p/q/c.txt']);
  });

  test('with --jobs 2 (worker threads) the lines come in input order', async () => {
    if (!existsSync(path.join(root, 'dist/cli/worker.js'))) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root });
    // Sizes vary a lot so that workers finish out of order.
    const files: Record<string, string> = {};
    const names: string[] = [];
    for (let i = 0; i < 60; i++) {
      const name = `many/f${String(i).padStart(2, '0')}.txt`;
      names.push(name);
      files[name] = i % 7 === 0 ? plan(i).repeat(400) : plan(i);
    }
    const dir = fresh('order', files);
    const r = await run(['many', '--format', 'ndjson', '--jobs', '2'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.source.path)).toEqual(names);
    expect(lines[7].source.bytes).toBe(Buffer.byteLength(plan(7).repeat(400)));
    expect(lines[1].documents[0].title).toBe('1号单位2024年工作要点');
    // The main thread parses some files and the worker others: the bytes are those of a run without workers.
    const alone = await run(['many', '--format', 'ndjson', '--jobs', '1'], dir);
    expect(r.stdout).toBe(alone.stdout);
  });
});

describe('closed pipe', () => {
  test('a reader that goes away (EPIPE) ends the batch quietly', async () => {
    const dir = fresh('epipe', Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`e/f${String(i).padStart(2, '0')}.txt`, plan(i)])));
    let writes = 0;
    const stdout = new Writable({
      write(_chunk, _encoding, callback) {
        writes++;
        callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const stderr = new Capture();
    const code = await main(['e', '-f', 'ndjson', '--jobs', '1'], { stdout, stderr, stdin: Readable.from([]), env: {}, cwd: dir });
    expect(code).toBe(0);
    expect(stderr.text).toBe('');
    expect(writes).toBe(1);
  });
});

describe('summary', () => {
  test('on a TTY: one summary line; with --quiet or without a TTY: nothing', async () => {
    const dir = fresh('summary', { 's/a.txt': plan(1), 's/b.txt': plan(2), 's/c.txt': plan(3) });
    const tty = await run(['s', '-f', 'ndjson'], dir, { tty: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toMatch(/^plan-parse: 3 files, 3 documents, 15 nodes, 0 errors in \d+\.\d s \([\d.]+ MB\/s\)\n$/);
    expect((await run(['s', '-f', 'ndjson', '--quiet'], dir, { tty: true })).stderr).toBe('');
    expect((await run(['s', '-f', 'ndjson'], dir)).stderr).toBe('');
  });
});
