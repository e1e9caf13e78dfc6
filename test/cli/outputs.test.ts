// Where outputs go: --out-dir that cannot be made (a file, a path under /proc), -o through a symbolic link, and the
// mode of a replaced output. In-process through main(argv, io).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
