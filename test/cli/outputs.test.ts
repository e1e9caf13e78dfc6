// Where outputs go: --out-dir that cannot be made (a file, a path under /proc), -o through a symbolic link, and the
// mode of a replaced output. In-process through main(argv, io).
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run } from './check-helpers.js';

const planText = '2024年工作要点\n\n一、总体要求\n1.坚持稳中求进。\n';

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'plan-parse-outputs-'));
  writeFileSync(path.join(work, 'plan.txt'), planText);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('--out-dir that cannot be made', () => {
  // Node's recursive mkdir loops forever on ENOENT under /proc: the directory is made one component at a time.
  test.runIf(existsSync('/proc/self'))('a path under /proc: one line, exit 2, no hang', { timeout: 10_000 }, async () => {
    const r = await run(['plan.txt', '--out-dir', '/proc/plan-parse-x/y'], { cwd: work });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'plan-parse: /proc/plan-parse-x/y: cannot create the directory (no such file or directory)\n' });
  });

  test('a regular file: "not a directory", not a raw EEXIST', async () => {
    const r = await run(['plan.txt', '--out-dir', 'plan.txt'], { cwd: work });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'plan-parse: plan.txt: not a directory\n' });
  });

  test('below a regular file: a path component is not a directory', async () => {
    const r = await run(['plan.txt', '--out-dir', 'plan.txt/out'], { cwd: work });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'plan-parse: plan.txt/out: a path component is not a directory\n' });
  });

  test('missing parents are made', async () => {
    const r = await run(['plan.txt', '--out-dir', 'made/a/b'], { cwd: work });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(existsSync(path.join(work, 'made/a/b/plan.json'))).toBe(true);
  });
});

describe('-o through a symbolic link', () => {
  // One file (written whole) and a batch (ndjson, streamed to a temporary file): the two paths that write -o.
  const cases: [string, string[]][] = [
    ['one file', ['plan.txt']],
    ['a batch', ['plan.txt', 'other.txt', '-f', 'ndjson']],
  ];

  test.each(cases)('%s: the link is written through, its target replaced atomically, the link kept', async (_name, inputs) => {
    const dir = path.join(work, `link-${inputs.length}`);
    mkdirSync(path.join(dir, 'real'), { recursive: true });
    writeFileSync(path.join(dir, 'plan.txt'), planText);
    writeFileSync(path.join(dir, 'other.txt'), planText);
    writeFileSync(path.join(dir, 'real/target.json'), '{}');
    symlinkSync('real/target.json', path.join(dir, 'link.json'));
    const r = await run([...inputs, '-o', 'link.json'], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(lstatSync(path.join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'real/target.json'), 'utf8')).toContain('"schemaVersion":');
    // The temporary file was made beside the target and renamed there: nothing left over.
    expect(readdirSync(path.join(dir, 'real'))).toEqual(['target.json']);
  });

  test('a dangling link: its target is created', async () => {
    const dir = path.join(work, 'dangling');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'plan.txt'), planText);
    symlinkSync('new.json', path.join(dir, 'link.json'));
    expect(await run(['plan.txt', '-o', 'link.json'], { cwd: dir })).toMatchObject({ code: 0, stderr: '' });
    expect(lstatSync(path.join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(path.join(dir, 'new.json'), 'utf8')).schemaVersion).toBe(1);
  });

  test.each(cases)('%s: a link to an input is refused, and the input is untouched', async (_name, inputs) => {
    const dir = path.join(work, `to-input-${inputs.length}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'plan.txt'), planText);
    writeFileSync(path.join(dir, 'other.txt'), planText);
    symlinkSync('plan.txt', path.join(dir, 'lp.json'));
    const r = await run([...inputs, '-o', 'lp.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^plan-parse: lp\.json: the output would overwrite the input( plan\.txt)?\n$/);
    expect(readFileSync(path.join(dir, 'plan.txt'), 'utf8')).toBe(planText);
    expect(lstatSync(path.join(dir, 'lp.json')).isSymbolicLink()).toBe(true);
  });

  test('an input that is a link to the output file is refused too', async () => {
    const dir = path.join(work, 'input-link');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'plan.txt'), planText);
    symlinkSync('plan.txt', path.join(dir, 'alias.txt'));
    const r = await run(['alias.txt', '-o', 'plan.txt'], { cwd: dir });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'plan-parse: plan.txt: the output would overwrite the input\n' });
    expect(readFileSync(path.join(dir, 'plan.txt'), 'utf8')).toBe(planText);
  });

  test('an output in --out-dir that is a link to an input is refused', async () => {
    const dir = path.join(work, 'outdir-link');
    mkdirSync(path.join(dir, 'in'), { recursive: true });
    mkdirSync(path.join(dir, 'out'), { recursive: true });
    writeFileSync(path.join(dir, 'in/plan.txt'), planText);
    symlinkSync('../in/plan.txt', path.join(dir, 'out/plan.json'));
    const r = await run(['in', '--out-dir', 'out'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('plan-parse: in/plan.txt: the output out/plan.json would overwrite an input\n');
    expect(readFileSync(path.join(dir, 'in/plan.txt'), 'utf8')).toBe(planText);
  });
});

describe('a replaced output keeps its mode', () => {
  test.each([
    ['-o, one file', ['plan.txt', '-o', 'out.json']],
    ['-o, a batch', ['plan.txt', 'plan2.txt', '-f', 'ndjson', '-o', 'out.json']],
    ['--out-dir', ['plan.txt', '--out-dir', 'modes']],
  ])('%s: 600 stays 600', async (_name, args) => {
    const dir = path.join(work, `mode-${args.length}`);
    mkdirSync(path.join(dir, 'modes'), { recursive: true });
    writeFileSync(path.join(dir, 'plan.txt'), planText);
    writeFileSync(path.join(dir, 'plan2.txt'), planText);
    const out = path.join(dir, args.includes('--out-dir') ? 'modes/plan.json' : 'out.json');
    writeFileSync(out, '{}', { mode: 0o600 });
    expect(await run(args, { cwd: dir })).toMatchObject({ code: 0, stderr: '' });
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(out, 'utf8')).toContain('"schemaVersion":');
  });
});
