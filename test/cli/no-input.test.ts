// `plan-parse` with no input and a terminal on stdin says what it needs instead of waiting for input.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

async function run(argv: string[], stdinIsTTY: boolean, input = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const stdin = Object.assign(new PassThrough(), { isTTY: stdinIsTTY });
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  stdin.end(input);
  const code = await main(argv, { stdout, stderr, stdin, env: {}, cwd: process.cwd() });
  return { code, stdout: out, stderr: err };
}

describe('no input', () => {
  it('on a terminal: a one-line usage error, exit 2, nothing on stdout', async () => {
    const r = await run([], true);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^plan-parse: no input/);
  });

  it('piped: reads stdin', async () => {
    const r = await run(['--format', 'json'], false, '2024年工作要点\n一、总体要求\n');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.source.path).toBeNull();
    expect(result.documents[0].children[0].title).toBe('总体要求');
  });
});
