// A stdout that refuses writes (`> /dev/full`): every command says `plan-parse: stdout: cause` in one line and exits
// 2 — help and version text included, which commander writes through configureOutput — never an uncaught error.
import { Readable, Writable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { Capture, root } from './check-helpers.js';

/** A stream like /dev/full: every write fails with ENOSPC. */
class Full extends Writable {
  override _write(_chunk: Buffer | string, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    callback(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
  }
}

async function runFull(args: string[]) {
  const stderr = new Capture();
  const code = await main(args, { stdout: new Full(), stderr, stdin: Readable.from([]), env: { NO_COLOR: '1' }, cwd: root });
  return { code, stderr: stderr.text };
}

describe('stdout on a full device', () => {
  test.each([
    ['--help'],
    ['--version'],
    ['parse', '--help'],
    ['check', '--help'],
    ['schema'],
    ['check', 'fixtures/check/numbering-gap/fires.txt'],
    ['test/cli-snapshots/inputs/plan.txt'],
  ])('plan-parse %s …: one line, exit 2', async (...args) => {
    const run = await runFull(args);
    expect(run.stderr).toBe('plan-parse: stdout: no space left on device\n');
    expect(run.code).toBe(2);
  });
});
