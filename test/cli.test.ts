// The parse CLI as a user sees it: one Markdown snapshot per invocation in test/cli-snapshots/<name>.md (command,
// stdout, stderr, `Exit code: N`; UPDATE=1 rewrites them, read the diff), plus exact assertions on exit codes and
// error lines, and a closed-pipe test against the built bin.
import { spawn } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectGolden } from './helpers/golden.js';
import { root, runCli, snapshotOf } from './helpers/run-cli.js';

const plan = 'test/cli-snapshots/inputs/plan.txt';
const dir = 'test/cli-snapshots/inputs/dir';
const stdinText = '一、总体要求\n1.坚持稳中求进。\n';

const invocations: Record<string, { argv: string[]; stdin?: string }> = {
  help: { argv: ['--help'] },
  version: { argv: ['--version'] },
  'parse-help': { argv: ['parse', '--help'] },
  'parse-json': { argv: [plan] },
  'parse-ndjson': { argv: [plan, '--format', 'ndjson'] },
  'parse-missing-file': { argv: ['no-such-file.txt'] },
  'parse-missing-and-present': { argv: ['no-such-file.txt', plan, '--format', 'ndjson'] },
  'parse-directory': { argv: [dir, '--format', 'ndjson'] },
  'parse-directory-json': { argv: [dir] },
  'parse-stdin': { argv: [], stdin: stdinText },
  'parse-stdin-dash': { argv: ['-', '--format', 'ndjson'], stdin: stdinText },
  'parse-bad-format': { argv: [plan, '--format', 'xml'] },
  'unknown-option': { argv: ['--no-such-option'] },
  schema: { argv: ['schema'] },
};

describe('CLI snapshots', () => {
  it.each(Object.entries(invocations))('%s', async (name, { argv, stdin }) => {
    const run = await runCli(argv, stdin === undefined ? {} : { stdin });
    expectGolden(path.join(root, 'test/cli-snapshots', `${name}.md`), snapshotOf(argv, run, stdin));
  });
});

describe('CLI behaviour', () => {
  it('--version prints the package version, exit 0', async () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('a file parses to the contract JSON with its path, exit 0', async () => {
    const run = await runCli([plan]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as { schemaVersion: number; source: { path: string }; documents: { title: string; children: unknown[] }[] };
    expect(out.schemaVersion).toBe(1);
    expect(out.source.path).toBe(plan);
    expect(out.documents.map((d) => [d.title, d.children.length])).toEqual([['2024年工作要点', 2]]);
  });

  it('a missing file: exit 2 and one line on stderr naming the file and the cause', async () => {
    const run = await runCli(['no-such-file.txt']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^plan-parse: no-such-file\.txt: .*no such file/);
  });

  it('stdin is read when no file is given; its path is null', async () => {
    const run = await runCli([], { stdin: stdinText });
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { source: { path: string | null }; documents: { children: { title: string; children: { title: string }[] }[] }[] };
    expect(out.source.path).toBeNull();
    expect(out.documents[0]?.children[0]?.children[0]?.title).toBe('坚持稳中求进');
  });

  it('schema prints the JSON Schema of the output', async () => {
    const run = await runCli(['schema']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(readFileSync(path.join(root, 'src/emit/schema.json'), 'utf8')));
  });

  it('an unknown option is a usage error: exit 2', async () => {
    const run = await runCli(['--no-such-option']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown option/);
  });
});

describe('built bin', () => {
  const bin = path.join(root, 'bin/plan-parse.js');
  beforeAll(async () => {
    if (existsSync(path.join(root, 'dist/cli/plan-parse.cjs'))) return;
    await new Promise<void>((resolve, reject) => {
      const build = spawn(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
      build.on('error', reject);
      build.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`Cannot build, expected exit 0, got ${code}`))));
    });
  });

  it('a reader that closes the pipe early (`| head -c 10`): no stack trace, exit 0', async () => {
    const seed = path.join(root, 'seeds/001_3165b1e1fe2a6d7c.txt');
    const child = spawn(process.execPath, [bin, seed, seed, seed, '--format', 'ndjson'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    let received = 0;
    child.stdout.on('data', (c: Buffer) => {
      received += c.length;
      if (received >= 10) child.stdout.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(received).toBeGreaterThanOrEqual(10);
    expect(stderr).not.toMatch(/\n\s+at |Error|EPIPE/);
    expect(code).toBe(0);
  });

  // stdout that is a file or a device is written to directly (no stream): the output must be the same as through a pipe.
  it('stdout redirected to a file gets the same bytes as a pipe', async () => {
    const seed = path.join(root, 'seeds/000_129a2ddb08cba246.txt');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'plan-parse-stdout-')), 'out.json');
    const fd = openSync(file, 'w');
    const toFile = spawn(process.execPath, [bin, seed], { cwd: root, stdio: ['ignore', fd, 'pipe'] });
    expect(await new Promise((resolve) => toFile.on('close', resolve))).toBe(0);
    closeSync(fd);
    const piped = spawn(process.execPath, [bin, seed], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    piped.stdout.on('data', (c: Buffer) => (text += c.toString()));
    expect(await new Promise((resolve) => piped.on('close', resolve))).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(JSON.parse(text).schemaVersion).toBe(1);
    rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it('a batch with worker threads writes the same bytes to a pipe, to a file and with --jobs 1 (output buffers reused)', async () => {
    // 5 seeds × 40 copies: several MB of output, so the reused 1 MiB output buffer and the recycled worker buffers
    // are filled many times over.
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-parse-reuse-'));
    const seeds = readdirSync(path.join(root, 'seeds')).filter((f) => f.endsWith('.txt'));
    for (let i = 0; i < 40; i++) for (const seed of seeds) copyFileSync(path.join(root, 'seeds', seed), path.join(dir, `${String(i).padStart(2, '0')}-${seed}`));
    const capture = async (args: string[], toFile: boolean): Promise<string> => {
      const file = path.join(dir, `out-${args.join('')}-${toFile}.ndjson`);
      const fd = toFile ? openSync(file, 'w') : 'pipe';
      const child = spawn(process.execPath, [bin, dir, '--format', 'ndjson', '--quiet', ...args], { cwd: root, stdio: ['ignore', fd, 'pipe'] });
      const chunks: Buffer[] = [];
      child.stdout?.on('data', (c: Buffer) => chunks.push(c));
      expect(await new Promise((resolve) => child.on('close', resolve))).toBe(0);
      if (typeof fd === 'number') closeSync(fd);
      return toFile ? readFileSync(file, 'utf8') : Buffer.concat(chunks).toString('utf8');
    };
    const alone = await capture(['--jobs', '1'], false);
    expect(alone.split('\n')).toHaveLength(40 * seeds.length + 1);
    expect(await capture(['--jobs', '2'], false)).toBe(alone);
    expect(await capture(['--jobs', '2'], true)).toBe(alone);
    rmSync(dir, { recursive: true, force: true });
  });

  it.runIf(existsSync('/dev/full'))('stdout on a full device: one line naming the cause, exit 2 (one file and a batch)', async () => {
    const seed = path.join(root, 'seeds/000_129a2ddb08cba246.txt');
    for (const args of [[seed], [seed, seed, '--format', 'ndjson']]) {
      const fd = openSync('/dev/full', 'w');
      const child = spawn(process.execPath, [bin, ...args], { cwd: root, stdio: ['ignore', fd, 'pipe'] });
      let stderr = '';
      child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
      const code = await new Promise((resolve) => child.on('close', resolve));
      closeSync(fd);
      expect(stderr).toBe('plan-parse: stdout: no space left on device\n');
      expect(code).toBe(2);
    }
  });
});
