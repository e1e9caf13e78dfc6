// main(argv, io) → exit code. The commander program; the only module that touches process, fs and the TTY.
//
// Exit codes (parse):
//   0  every input was read and parsed
//   2  usage error, or an input could not be read (missing, unreadable, not text): a one-line message on
//      stderr names the file and the cause; the other inputs are still processed
// Many inputs (directories, globs, --out-dir, --jobs, progress): src/cli/batch.ts.
import { Command, CommanderError, Option } from 'commander';
import { type CliIO, describeError, write, writeStdout } from './io.js';
import { type ParseCommandOptions, runParse } from './batch.js';
import { registerCheck } from './check.js';
import pkg from '../../package.json' with { type: 'json' };

export type { CliIO } from './io.js';

export const formatNames = ['json', 'yaml', 'md', 'ndjson'] as const;
export type FormatName = (typeof formatNames)[number];

const examples = `
Examples:
  $ plan-parse plan.txt                          outline as JSON on stdout
  $ plan-parse plan.txt --format md -o plan.md   Markdown outline into a file
  $ cat plan.txt | plan-parse --format yaml      read stdin
  $ plan-parse plan.txt | jq '.documents[0].children[].title'
  $ plan-parse docs/ --format ndjson | jq -r '.source.path'   a folder (recursive .txt/.md), one line per file
  $ plan-parse 'docs/**/*.txt' --out-dir out --format md      one Markdown file per input, mirroring the tree
  $ plan-parse schema > plan-parse.schema.json   the JSON Schema of the output
  $ plan-parse check docs/ --reporter github     lint documents in CI (exit 1 on problems)
`;

/**
 * The process's streams, each made on first use: Node builds process.stdin/stdout/stderr lazily, and building one
 * loads the stream modules, so a run that never reads stdin (any run with a file argument) should not ask for it.
 */
export function defaultIO(): CliIO {
  return {
    get stdout() {
      return process.stdout;
    },
    get stderr() {
      return process.stderr;
    },
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    cwd: process.cwd(),
    stdoutFd: 1,
  };
}

function buildProgram(io: CliIO, setExit: (code: number) => void, helpWrites: Promise<void>[]): Command {
  const program = new Command('plan-parse');
  program
    .description('Turn Chinese plan documents (工作要点, 工作计划, 实施方案 …) into outlines: JSON, YAML or Markdown.')
    .version(pkg.version, '-V, --version')
    .exitOverride()
    .configureOutput({
      // Help and version text: kept, so that main() reports a failed write (`> /dev/full`) as `stdout: cause`.
      // The no-op catch marks the promise handled until main() awaits it.
      writeOut: (s) => {
        const written = write(io.stdout, s);
        written.catch(() => undefined);
        helpWrites.push(written);
      },
      writeErr: (s) => void write(io.stderr, s).catch(() => undefined),
    })
    .showSuggestionAfterError();

  program
    .command('parse', { isDefault: true })
    .description('print the outline of each input (a file path, or - for stdin)')
    .argument('[files...]', 'input files, directories (recursive .txt/.md) or globs; - or none reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(formatNames).default('json'))
    .option('-o, --output <file>', 'write the output to a file instead of stdout')
    .option('--out-dir <dir>', 'write one output per input into this folder, mirroring the input tree')
    .option('-j, --jobs <n>', 'files parsed at once: the main thread and n-1 worker threads (1 = no workers; default: one per core for batches of ≥ 50 files and ≥ 2 MB, else 1)')
    .option('-q, --quiet', 'no progress bar and no summary on stderr (errors are still reported)', false)
    .option('--outline-only', 'Markdown: headings and items only, without body text', false)
    .option('--encoding <name>', 'decode the input as this encoding (utf-8, gbk, gb18030, utf-16le …) instead of detecting it')
    .addOption(new Option('--from <format>', 'input format (default: Markdown for .md/.markdown files, else text)').choices(['text', 'md']))
    .addHelpText('after', examples)
    .action(async (files: string[], options: ParseCommandOptions) => {
      setExit(await runParse(files, options, io));
    });

  program
    .command('schema')
    .description('print the JSON Schema of the JSON output (schemaVersion 1)')
    .action(async () => {
      const { default: schema } = await import('../emit/schema.json', { with: { type: 'json' } });
      setExit(await writeStdout(io, `${JSON.stringify(schema, null, 2)}\n`));
    });

  registerCheck(program, io, setExit);

  program.addHelpText('after', examples);
  return program;
}

/** The first write of help or version text that failed (a closed pipe is not a failure: `write` ends quietly). */
async function failedWrite(writes: readonly Promise<void>[]): Promise<unknown> {
  for (const w of writes) {
    try {
      await w;
    } catch (error) {
      return error ?? new Error('write failed');
    }
  }
  return undefined;
}

/** Runs the CLI with `argv` (without node and the script) and resolves to the exit code. */
export async function main(argv: string[], io: CliIO = defaultIO()): Promise<number> {
  let code = 0;
  const helpWrites: Promise<void>[] = [];
  const program = buildProgram(io, (c) => (code = c), helpWrites);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      const shown = error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help';
      code = shown ? 0 : 2;
    } else {
      await write(io.stderr, `plan-parse: ${describeError(error)}\n`).catch(() => undefined);
      return 2;
    }
  }
  const failure = await failedWrite(helpWrites);
  if (failure !== undefined) {
    await write(io.stderr, `plan-parse: stdout: ${describeError(failure)}\n`).catch(() => undefined);
    return 2;
  }
  return code;
}
