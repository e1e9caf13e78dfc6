// An empty string where a path or a name is expected (an unset shell variable: `plan-parse "$FILE"`) is a usage
// error: one line, exit 2, nothing read or written. Before, `check ''` linted the working directory, `plan-parse ''`
// read it, and `-o ''`, `--out-dir ''`, `--encoding ''` were silently ignored.
import { describe, expect, test } from 'vitest';
import { run } from './check-helpers.js';

const plan = 'test/cli-snapshots/inputs/plan.txt';

describe("'' is a usage error", () => {
  test.each([
    [[''], "plan-parse: '': an empty argument is not a path (give a file, a directory, a glob, or - for stdin)"],
    [[plan, ''], "plan-parse: '': an empty argument is not a path (give a file, a directory, a glob, or - for stdin)"],
    [['check', ''], "plan-parse: '': an empty argument is not a path (give a file, a directory, a glob, or - for stdin)"],
    [[plan, '-o', ''], 'plan-parse: --output: the value is empty'],
    [[plan, '--out-dir', ''], 'plan-parse: --out-dir: the value is empty'],
    [[plan, '--encoding', ''], 'plan-parse: --encoding: the value is empty'],
    [['check', plan, '-c', ''], 'plan-parse: --config: the value is empty'],
    [['check', plan, '--encoding', ''], 'plan-parse: --encoding: the value is empty'],
  ])('plan-parse %j', async (args, message) => {
    const r = await run(args);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
  });
});
