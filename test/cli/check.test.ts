// `plan-parse check` end to end (in-process): exit codes, unreadable and binary files among good ones, config
// lookup and ignore patterns, --quiet / --max-warnings, a directory of 200 files, and the five samples.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { root, run, writeTree } from './check-helpers.js';
import { runUnprivileged } from './unprivileged.js';

const clean = ['2024年工作要点', '', '一、总体要求', '1.坚持稳中求进。', '2.坚持改革创新。', '二、重点任务', '3.加强组织领导。', ''].join('\n');
const warningOnly = clean.replace('2.坚持', '2、坚持'); // mixed-delimiter (warning)
const erroring = clean.replace('3.加强', '5.加强'); // numbering-gap (error) at line 7
const binary = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 0]);

interface JsonReport {
  fileCount: number;
  errorCount: number;
  warningCount: number;
  files: { path: string; diagnostics: { code: string; line: number; severity: string }[] }[];
}
const json = (stdout: string) => JSON.parse(stdout) as JsonReport;
const codes = (r: JsonReport) => r.files.map((f) => [f.path, f.diagnostics.map((d) => `${d.code}:${d.line}`)]);

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'plan-parse-check-'));
  writeTree(work, { 'clean.txt': clean, 'warn.txt': warningOnly, 'error.txt': erroring, 'binary.txt': binary });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('exit codes', () => {
  test('clean → 0', async () => {
    const r = await run(['check', 'clean.txt', '-r', 'json'], { cwd: work });
    expect(r.code).toBe(0);
    expect(json(r.stdout)).toMatchObject({ fileCount: 1, errorCount: 0, warningCount: 0 });
  });

  test('warning-only → 0, and 1 with --max-warnings 0', async () => {
    expect((await run(['check', 'warn.txt'], { cwd: work })).code).toBe(0);
    expect((await run(['check', 'warn.txt', '--max-warnings', '1'], { cwd: work })).code).toBe(0);
    const r = await run(['check', 'warn.txt', '--max-warnings', '0'], { cwd: work });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('mixed-delimiter');
  });

  test('erroring → 1', async () => {
    const r = await run(['check', 'error.txt', '-r', 'json'], { cwd: work });
    expect(r.code).toBe(1);
    expect(codes(json(r.stdout))).toEqual([['error.txt', ['numbering-gap:7']]]);
  });

  test('a binary file is an error for that file; the others are still checked', async () => {
    const r = await run(['check', 'binary.txt', 'warn.txt', 'clean.txt', '-r', 'json'], { cwd: work });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(codes(json(r.stdout))).toEqual([
      ['binary.txt', ['not-text:1']],
      ['warn.txt', ['mixed-delimiter:5']],
      ['clean.txt', []],
    ]);
  });

  test('a file that does not exist is a usage error (one line, exit 2); the others are still checked', async () => {
    const r = await run(['check', 'missing.txt', 'binary.txt', 'warn.txt', 'clean.txt', '-r', 'json'], { cwd: work });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('plan-parse: missing.txt: no such file or directory\n');
    expect(codes(json(r.stdout))).toEqual([
      ['binary.txt', ['not-text:1']],
      ['warn.txt', ['mixed-delimiter:5']],
      ['clean.txt', []],
    ]);
  });

  // As root too: runUnprivileged runs the CLI as nobody then (root reads a mode-000 file).
  test('a file without read permission is a read-error', async () => {
    chmodSync(work, 0o755);
    const dir = writeTree(path.join(work, 'perm'), { 'locked.txt': clean });
    chmodSync(path.join(dir, 'locked.txt'), 0o000);
    const r = await runUnprivileged(['check', 'locked.txt', '-r', 'json'], dir);
    expect(codes(json(r.stdout))).toEqual([['locked.txt', ['read-error:1']]]);
    expect(r.code).toBe(1);
  });

  test.each([
    [['check', 'clean.txt', '--max-warnings', 'many']],
    [['check', 'clean.txt', '--reporter', 'xml']],
    [['check']],
    [['check', 'nothing-here/**/*.txt']],
    [['check', 'clean.txt', '--config', 'no-such-config.json']],
    [['check', 'clean.txt', '--encoding', 'klingon']],
  ])('the run fails → 2: %j', async (args) => {
    const r = await run(args, { cwd: work });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toBe('');
  });
});

describe('config', () => {
  test('found from the working directory upward: rule levels and ignore patterns (relative to the config)', async () => {
    const dir = writeTree(path.join(work, 'repo'), {
      'plan-parse.config.json': JSON.stringify({ rules: { 'mixed-delimiter': 'error' }, ignore: ['drafts/**'] }),
      'docs/a.txt': warningOnly,
      'docs/drafts/b.txt': erroring,
      'drafts/c.txt': erroring,
    });
    const r = await run(['check', '.', '-r', 'json'], { cwd: path.join(dir, 'docs') });
    expect(codes(json(r.stdout))).toEqual([
      ['a.txt', ['mixed-delimiter:5']],
      ['drafts/b.txt', ['numbering-gap:7']],
    ]);
    expect(json(r.stdout).files[0]?.diagnostics[0]?.severity).toBe('error');
    expect(r.code).toBe(1);
    const top = await run(['check', '.', '-r', 'json'], { cwd: dir });
    expect(codes(json(top.stdout)).map(([p]) => p)).toEqual(['docs/a.txt', 'docs/drafts/b.txt']);
  });

  test('.planparserc.json and --config; an invalid config fails the run with a message naming it', async () => {
    const dir = writeTree(path.join(work, 'rc'), {
      '.planparserc.json': JSON.stringify({ rules: { 'numbering-gap': 'off' } }),
      'bad.json': JSON.stringify({ rules: { 'numbering-gapp': 'off' } }),
      'broken.json': '{ "rules": ',
      'a.txt': erroring,
    });
    expect((await run(['check', 'a.txt'], { cwd: dir })).code).toBe(0);
    const bad = await run(['check', 'a.txt', '--config', 'bad.json'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^plan-parse: bad\.json: unknown rule "numbering-gapp" \(did you mean "numbering-gap"\?\)/);
    const broken = await run(['check', 'a.txt', '--config', 'broken.json'], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^plan-parse: broken\.json: not valid JSON/);
  });
});

describe('output options', () => {
  test('--quiet shows errors only, but warnings still count against --max-warnings', async () => {
    const r = await run(['check', 'warn.txt', 'error.txt', '--quiet', '-r', 'json'], { cwd: work });
    expect(codes(json(r.stdout))).toEqual([
      ['warn.txt', []],
      ['error.txt', ['numbering-gap:7']],
    ]);
    // The summary does not read "no problems" while hidden warnings fail the run, and stderr says why it failed.
    const q = await run(['check', 'warn.txt', '--quiet', '--max-warnings', '0'], { cwd: work });
    expect(q.code).toBe(1);
    expect(q.stdout).toBe('✔ 1 file checked, no errors (1 warning hidden by --quiet)\n');
    expect(q.stderr).toBe('plan-parse: too many warnings (1, maximum 0); --quiet hides them\n');
    const both = await run(['check', 'warn.txt', 'error.txt', '--quiet'], { cwd: work });
    expect(both.stdout).toMatch(/\n✖ 1 problem \(1 error, 0 warnings\) in 1 of 2 files; 1 warning hidden by --quiet\n$/);
    // Without --quiet nothing is hidden.
    expect((await run(['check', 'clean.txt'], { cwd: work })).stdout).toBe('✔ 1 file checked, no problems\n');
  });

  test('colour only on a TTY, and never with NO_COLOR', async () => {
    const tty = await run(['check', 'error.txt'], { cwd: work, tty: true });
    expect(tty.stdout).toMatch(/\u001b\[31merror/);
    const noColor = await run(['check', 'error.txt'], { cwd: work, tty: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toMatch(/\u001b\[/);
    const pipe = await run(['check', 'error.txt'], { cwd: work });
    expect(pipe.stdout).not.toMatch(/\u001b\[/);
  });

  test('TERM=dumb turns colour off on a TTY; FORCE_COLOR decides as in supports-color; NO_COLOR wins over it', async () => {
    const colour = /\u001b\[/;
    expect((await run(['check', 'error.txt'], { cwd: work, tty: true, env: { TERM: 'dumb' } })).stdout).not.toMatch(colour);
    expect((await run(['check', 'error.txt'], { cwd: work, tty: true, env: { TERM: 'xterm-256color' } })).stdout).toMatch(colour);
    expect((await run(['check', 'error.txt'], { cwd: work, env: { FORCE_COLOR: '1' } })).stdout).toMatch(colour);
    expect((await run(['check', 'error.txt'], { cwd: work, tty: true, env: { TERM: 'dumb', FORCE_COLOR: '1' } })).stdout).toMatch(colour);
    expect((await run(['check', 'error.txt'], { cwd: work, tty: true, env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toMatch(colour);
    expect((await run(['check', 'error.txt'], { cwd: work, env: { FORCE_COLOR: '' } })).stdout).toMatch(colour);
    expect((await run(['check', 'error.txt'], { cwd: work, tty: true, env: { FORCE_COLOR: '0' } })).stdout).not.toMatch(colour);
    expect((await run(['check', 'error.txt'], { cwd: work, tty: true, env: { FORCE_COLOR: 'false' } })).stdout).not.toMatch(colour);
  });

  test('an unknown --encoding is reported once, before any file is read, in check and in parse', async () => {
    const expected = { code: 2, stdout: '', stderr: 'plan-parse: --encoding: unknown encoding "xyz"\n' };
    expect(await run(['check', 'clean.txt', 'warn.txt', '--encoding', 'xyz'], { cwd: work })).toEqual(expected);
    expect(await run(['clean.txt', 'warn.txt', '-f', 'ndjson', '--encoding', 'xyz'], { cwd: work })).toEqual(expected);
    expect(await run(['clean.txt', '--encoding', 'xyz'], { cwd: work })).toEqual(expected);
  });

  test('stdin with -', async () => {
    const r = await run(['check', '-', '-r', 'github'], { cwd: work, stdin: erroring });
    expect(r.stdout).toBe('::error file=-,line=7,title=numbering-gap::numbering jumps from 2 (line 5) to 5\n');
    expect(r.code).toBe(1);
  });
});

test('a directory of 200 files in one run', async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 200; i++) files[`batch/d${i % 7}/plan-${String(i).padStart(3, '0')}.txt`] = i % 50 === 49 ? erroring : clean;
  writeTree(work, files);
  const r = await run(['check', 'batch', '-r', 'json'], { cwd: work });
  const report = json(r.stdout);
  expect(report.fileCount).toBe(200);
  expect(report.errorCount).toBe(4);
  expect(report.files.filter((f) => f.diagnostics.length > 0).map((f) => f.path)).toEqual(
    ['batch/d0/plan-049.txt', 'batch/d1/plan-099.txt', 'batch/d2/plan-149.txt', 'batch/d3/plan-199.txt'].map((p) => p.split('/').join(path.sep)),
  );
  expect(r.code).toBe(1);
});

describe('the five samples', () => {
  test('000, 002, 003, 004 are clean; 001 holds its real defects', async () => {
    const r = await run(['check', 'seeds', '-r', 'json'], { cwd: root });
    const report = json(r.stdout);
    const byName = new Map(report.files.map((f) => [path.basename(f.path).slice(0, 3), f.diagnostics.map((d) => `${d.code}:${d.line}`)]));
    expect([...byName.keys()]).toEqual(['000', '001', '002', '003', '004']);
    for (const clean of ['000', '002', '003', '004']) expect(byName.get(clean), clean).toEqual([]);
    expect(byName.get('001')).toEqual([
      // the compilation's table of contents lists three documents that the (truncated) file does not hold
      'toc-mismatch:5',
      'toc-mismatch:6',
      'toc-mismatch:7',
      // its overview of 市教育局2024年工作要点 jumps from 26 to 28: item 27 was lost
      'numbering-gap:171',
      'toc-mismatch:311',
      'toc-mismatch:312',
      'toc-mismatch:313',
      // 27构建优质均衡… : the delimiter after 27 is missing
      'missing-delimiter:491',
    ]);
    expect(r.code).toBe(1);
  });
});

test('Markdown inputs (.md) are read as Markdown: headings and ordered lists give the outline', async () => {
  writeTree(work, { 'md/plan.md': ['# 2024年工作要点', '', '## 一、总体要求', '', '1. 坚持稳中求进。', '2. 坚持改革创新。', '', '## 二、重点任务', '', '4. 加强组织领导。', ''].join('\n') });
  const r = await run(['check', 'md', '-r', 'json'], { cwd: work });
  expect(codes(json(r.stdout))).toEqual([[path.join('md', 'plan.md'), ['numbering-gap:10']]]);
  expect(r.code).toBe(1);
});
