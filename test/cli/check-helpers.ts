// Running `plan-parse check` in-process through main(argv, io), with captured output and no colour.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export class Capture extends Writable {
  text = '';
  constructor(readonly isTTY = false) {
    super();
  }
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString();
    callback();
  }
}

export interface RunOptions {
  cwd?: string;
  tty?: boolean;
  env?: NodeJS.ProcessEnv;
  stdin?: string;
}

export async function run(args: string[], options: RunOptions = {}) {
  const stdout = new Capture(options.tty ?? false);
  const stderr = new Capture();
  const code = await main(args, {
    stdout,
    stderr,
    stdin: Readable.from(options.stdin !== undefined ? [Buffer.from(options.stdin)] : []),
    env: options.env ?? {},
    cwd: options.cwd ?? root,
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

export function writeTree(dir: string, files: Record<string, string | Uint8Array>): string {
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}
