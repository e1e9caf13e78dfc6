// What command-line inputs name: unreadable directories (reported, never skipped in silence), paths with glob
// characters that exist, paths that do not exist (a usage error in check too), case in globs.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run } from './check-helpers.js';
import { runUnprivileged } from './unprivileged.js';

const planText = '2024年工作要点\n\n一、总体要求\n1.坚持稳中求进。\n';
const paths = (ndjson: string) => ndjson.trimEnd().split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { source: { path: string } }).source.path);
const reported = (stdout: string) => (JSON.parse(stdout) as { files: { path: string }[] }).files.map((f) => f.path);

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'plan-parse-inputs-'));
  chmodSync(work, 0o755);
  for (const dir of ['d/ok', 'd/locked', 'lockedtop', 'g', 'g2']) mkdirSync(path.join(work, dir), { recursive: true });
  for (const file of ['d/ok/plan.txt', 'd/locked/plan.txt', 'lockedtop/plan.txt', 'g/a.txt', 'g/B.TXT', 'g2/a[1].txt', 'g2/a1.txt', 'plan.txt'])
    writeFileSync(path.join(work, file), planText);
  chmodSync(path.join(work, 'd/locked'), 0o000);
  chmodSync(path.join(work, 'lockedtop'), 0o000);
});
afterAll(() => {
  chmodSync(path.join(work, 'd/locked'), 0o755);
  chmodSync(path.join(work, 'lockedtop'), 0o755);
  rmSync(work, { recursive: true, force: true });
});

describe('an unreadable directory is reported, never skipped', () => {
  test('check DIR with an unreadable subdirectory: one line naming it, the rest checked, exit 2', async () => {
    const r = await runUnprivileged(['check', 'd', '-r', 'json'], work);
    expect(r.stderr).toBe('plan-parse: d/locked: permission denied\n');
    expect(reported(r.stdout)).toEqual(['d/ok/plan.txt']);
    expect(r.code).toBe(2);
  });

  test('parse DIR -f ndjson with an unreadable subdirectory: one line naming it, the rest parsed, exit 2', async () => {
    const r = await runUnprivileged(['d', '-f', 'ndjson'], work);
    expect(r.stderr).toBe('plan-parse: d/locked: permission denied\n');
    expect(paths(r.stdout)).toEqual(['d/ok/plan.txt']);
    expect(r.code).toBe(2);
  });

  test('a glob that crawls an unreadable subdirectory', async () => {
    const r = await runUnprivileged(['d/**/*.txt', '-f', 'ndjson'], work);
    expect(r.stderr).toBe('plan-parse: d/locked: permission denied\n');
    expect(paths(r.stdout)).toEqual(['d/ok/plan.txt']);
    expect(r.code).toBe(2);
  });

  test('an unreadable directory given directly: permission denied, not "no .txt or .md files"', async () => {
    for (const args of [['check', 'lockedtop'], ['lockedtop', '-f', 'ndjson']]) {
      const r = await runUnprivileged(args, work);
      expect(r).toEqual({ code: 2, stdout: '', stderr: 'plan-parse: lockedtop: permission denied\n' });
    }
  });
});

describe('a path that exists is taken literally, even with glob characters', () => {
  test('parse g2/a[1].txt: that file, one JSON result (not the glob that matches a1.txt)', async () => {
    const r = await run(['g2/a[1].txt'], { cwd: work });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { source: { path: string } }).source.path).toBe('g2/a[1].txt');
  });

  test('check g2/a[1].txt checks that file', async () => {
    const r = await run(['check', 'g2/a[1].txt', '-r', 'json'], { cwd: work });
    expect(r.code).toBe(0);
    expect(reported(r.stdout)).toEqual(['g2/a[1].txt']);
  });

  test('a pattern that is not a file name is still a glob', async () => {
    const r = await run(['g2/a[12].txt', '-f', 'ndjson'], { cwd: work });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(paths(r.stdout)).toEqual(['g2/a1.txt']);
  });
});

describe('a path that does not exist is a usage error, and the other inputs still run', () => {
  test('check nosuch.txt plan.txt: one line, plan.txt checked, exit 2', async () => {
    const r = await run(['check', 'nosuch.txt', 'plan.txt', '-r', 'json'], { cwd: work });
    expect(r.stderr).toBe('plan-parse: nosuch.txt: no such file or directory\n');
    expect(reported(r.stdout)).toEqual(['plan.txt']);
    expect(r.code).toBe(2);
  });

  test('check missingdir/: one line, exit 2, no report', async () => {
    const r = await run(['check', 'missingdir/'], { cwd: work });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'plan-parse: missingdir/: no such file or directory\n' });
  });

  test('parse with ndjson: the same line, the other file parsed', async () => {
    const r = await run(['nosuch.txt', 'plan.txt', '-f', 'ndjson'], { cwd: work });
    expect(r.stderr).toBe('plan-parse: nosuch.txt: no such file or directory\n');
    expect(paths(r.stdout)).toEqual(['plan.txt']);
    expect(r.code).toBe(2);
  });
});

describe('globs match case-sensitively; a directory search takes .txt in any case', () => {
  test('g/*.TXT matches B.TXT only, g/*.txt a.txt only', async () => {
    expect(paths((await run(['g/*.TXT', '-f', 'ndjson'], { cwd: work })).stdout)).toEqual(['g/B.TXT']);
    expect(paths((await run(['g/*.txt', '-f', 'ndjson'], { cwd: work })).stdout)).toEqual(['g/a.txt']);
  });

  test('the directory g holds both', async () => {
    expect(paths((await run(['g', '-f', 'ndjson'], { cwd: work })).stdout)).toEqual(['g/B.TXT', 'g/a.txt']);
  });
});

describe('a directory or a glob in the default JSON format', () => {
  test('matching nothing: the same message as with -f ndjson, not "several inputs"', async () => {
    mkdirSync(path.join(work, 'emptydir'), { recursive: true });
    expect(await run(['emptydir'], { cwd: work })).toEqual({ code: 2, stdout: '', stderr: 'plan-parse: emptydir: no .txt or .md files in this directory\n' });
    expect(await run(['g/*.zzz'], { cwd: work })).toEqual({ code: 2, stdout: '', stderr: 'plan-parse: g/*.zzz: no files match this pattern\n' });
  });

  test('matching one file: refused as a batch, with a message that is true for one file', async () => {
    const one = await run(['d/ok'], { cwd: work });
    expect(one).toEqual({
      code: 2,
      stdout: '',
      stderr: 'plan-parse: d/ok: a directory gives one result per file: use --format ndjson (one JSON result per line) or --out-dir DIR (one file per input)\n',
    });
    const glob = await run(['g/*.txt'], { cwd: work });
    expect(glob.stderr).toBe('plan-parse: g/*.txt: a glob gives one result per file: use --format ndjson (one JSON result per line) or --out-dir DIR (one file per input)\n');
    expect(glob.code).toBe(2);
  });
});
