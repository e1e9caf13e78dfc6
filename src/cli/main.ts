// main(argv, io) → exit code. The commander program; the only module that touches process, fs and the TTY.
//
// Exit codes (parse):
//   0  every input was read and parsed
//   2  usage error, or an input could not be read (missing, unreadable, not text): a one-line message on
//      stderr names the file and the cause; the other inputs are still processed
import { Command, CommanderError, Option } from 'commander';
import type { ParseResult } from '../types.js';
import { parse } from '../parse.js';
import { NotTextError } from '../source/decode.js';
import { type CliIO, InputError, describeError, readInput, readStdin, write } from './io.js';
import pkg from '../../package.json' with { type: 'json' };

export type { CliIO } from './io.js';

export const formatNames = ['json', 'yaml', 'md', 'ndjson'] as const;
export type FormatName = (typeof formatNames)[number];

interface EmitOptions {
  outlineOnly: boolean;
}

/** Emitters, loaded only when their format is asked for (unified/remark and js-yaml cost start-up time). */
const formats: Record<FormatName, (result: ParseResult, options: EmitOptions) => Promise<string>> = {
  json: async (r) => (await import('../emit/json.js')).toJSON(r),
  ndjson: async (r) => (await import('../emit/json.js')).toJSON(r, { indent: 0 }),
  yaml: async (r) => (await import('../emit/yaml.js')).toYAML(r),
  md: async (r, o) => (await import('../emit/markdown/index.js')).toMarkdown(r, { outlineOnly: o.outlineOnly }),
};

const examples = `
Examples:
  $ plan-parse plan.txt                          outline as JSON on stdout
  $ plan-parse plan.txt --format md -o plan.md   Markdown outline into a file
  $ cat plan.txt | plan-parse --format yaml      read stdin
  $ plan-parse plan.txt | jq '.documents[0].children[].title'
  $ plan-parse schema > plan-parse.schema.json   the JSON Schema of the output
`;

interface ParseCommandOptions {
  format: FormatName;
  output?: string;
  outlineOnly: boolean;
  encoding?: string;
}

export function defaultIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}

async function runParse(files: string[], options: ParseCommandOptions, io: CliIO): Promise<number> {
  const inputs = files.length > 0 ? files : ['-'];
  if (inputs.length > 1 && options.format !== 'ndjson' && !options.output) {
    await write(io.stderr, 'plan-parse: several inputs need --format ndjson (one JSON result per line)\n');
    return 2;
  }
  let failed = false;
  const outputs: string[] = [];
  for (const file of inputs) {
    try {
      const stdin = file === '-';
      const bytes = stdin ? await readStdin(io.stdin) : await readInput(file);
      const result = parse(bytes, { path: stdin ? null : file, ...(options.encoding ? { encoding: options.encoding } : {}) });
      const text = await formats[options.format](result, { outlineOnly: options.outlineOnly });
      if (options.output) outputs.push(text);
      else await write(io.stdout, text);
    } catch (error) {
      failed = true;
      const message =
        error instanceof InputError
          ? error.message
          : error instanceof NotTextError
            ? `${file}: ${error.message}`
            : `${file}: ${describeError(error)}`;
      await write(io.stderr, `plan-parse: ${message}\n`);
    }
  }
  if (options.output && outputs.length > 0) {
    const { writeFile } = await import('node:fs/promises');
    try {
      await writeFile(options.output, outputs.join(''));
    } catch (error) {
      await write(io.stderr, `plan-parse: ${options.output}: ${describeError(error)}\n`);
      return 2;
    }
  }
  return failed ? 2 : 0;
}

function buildProgram(io: CliIO, setExit: (code: number) => void): Command {
  const program = new Command('plan-parse');
  program
    .description('Turn Chinese plan documents (工作要点, 工作计划, 实施方案 …) into outlines: JSON, YAML or Markdown.')
    .version(pkg.version, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
    })
    .showSuggestionAfterError();

  program
    .command('parse', { isDefault: true })
    .description('print the outline of each input (a file path, or - for stdin)')
    .argument('[files...]', 'input files; - or none reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(formatNames).default('json'))
    .option('-o, --output <file>', 'write the output to a file instead of stdout')
    .option('--outline-only', 'Markdown: headings and items only, without body text', false)
    .option('--encoding <name>', 'decode the input as this encoding (utf-8, gbk, gb18030, utf-16le …) instead of detecting it')
    .addHelpText('after', examples)
    .action(async (files: string[], options: ParseCommandOptions) => {
      setExit(await runParse(files, options, io));
    });

  program
    .command('schema')
    .description('print the JSON Schema of the JSON output (schemaVersion 1)')
    .action(async () => {
      const { default: schema } = await import('../emit/schema.json', { with: { type: 'json' } });
      await write(io.stdout, `${JSON.stringify(schema, null, 2)}\n`);
      setExit(0);
    });

  program.addHelpText('after', examples);
  return program;
}

/** Runs the CLI with `argv` (without node and the script) and resolves to the exit code. */
export async function main(argv: string[], io: CliIO = defaultIO()): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      return 2;
    }
    await write(io.stderr, `plan-parse: ${describeError(error)}\n`);
    return 2;
  }
}
