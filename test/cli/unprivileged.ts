// Runs the CLI as a user without privileges, for tests of unreadable files and directories: root reads a mode-000
// directory anyway. Not root: in-process, as the other CLI tests do. Root: the current sources bundled with esbuild
// (once per test file) and run in a child process as uid/gid 65534 (nobody); the working directory and the bundle
// must then be readable by that user.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll } from 'vitest';
import { root, run } from './check-helpers.js';

export const isRoot = process.getuid?.() === 0;
export const nobody = 65534;

let bundle: Promise<string> | undefined;
let bundleDir: string | undefined;

// Registered in the root suite of each test file that imports this helper (vitest loads it once per file).
afterAll(() => {
  if (bundleDir !== undefined) rmSync(bundleDir, { recursive: true, force: true });
});

function bundleCli(): Promise<string> {
  bundle ??= (async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-parse-cli-bundle-'));
    bundleDir = dir;
    chmodSync(dir, 0o755);
    const outfile = path.join(dir, 'cli.cjs');
    await build({
      stdin: {
        contents: "import { main } from './src/cli/main.ts'; main(process.argv.slice(2)).then((code) => { process.exitCode = code; });",
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      outfile,
      external: ['tinypool'],
      define: { 'import.meta.url': '__importMetaUrl' },
      banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
      logLevel: 'error',
    });
    chmodSync(outfile, 0o644);
    return outfile;
  })();
  return bundle;
}

/** `plan-parse ...args` in `cwd` without the privilege to read what is not readable. */
export async function runUnprivileged(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  if (!isRoot) return run(args, { cwd, env: { NO_COLOR: '1' } });
  const cli = await bundleCli();
  const child = spawn(process.execPath, [cli, ...args], { cwd, uid: nobody, gid: nobody, env: { NO_COLOR: '1', PATH: process.env.PATH ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolve(c ?? -1));
  });
  return { code, stdout, stderr };
}
