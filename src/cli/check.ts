// `plan-parse check <files|directories|globs…>`: parse each file, run the check rules, report, exit 0/1/2.
// Registered on the program by main.ts with one call: registerCheck(program, io, setExit).
//
// Exit codes: see exit-code.ts. A file that exists but cannot be read is a `read-error` diagnostic and a binary one
// a `not-text` diagnostic for that file (both errors); a path that does not exist or a directory that cannot be read
// is a one-line message on stderr and exit 2 (inputs.ts); in every case the other files are still checked.
import { Command, InvalidArgumentError, Option } from 'commander';
import path from 'node:path';
import type { Diagnostic, ParseResult } from '../types.js';
import { schemaVersion } from '../types.js';
import { reporterNames, reporters, type FileReport, type ReporterName, type RuleMeta } from '../report/index.js';
import { ConfigError, type Config } from '../check/config.js';
import { check, ruleInfo } from '../check/index.js';
import { parse, parseMarkdown } from '../parse.js';
import { NotTextError, UnknownEncodingError } from '../source/decode.js';
import { normalizeEncoding } from '../source/detect.js';
import { plainStyle } from '../report/types.js';
import { type CliIO, describeError, emptyArgument, readStdin, write, writeStdout } from './io.js';
import { exitCodes, getExitCode } from './exit-code.js';
import { loadConfig } from './config.js';
import { expandInputs } from './inputs.js';
import { createStyle } from './color.js';
import { readFile } from './fs.js';
import pkg from '../../package.json' with { type: 'json' };

export interface CheckCommandOptions {
  reporter: ReporterName;
  maxWarnings?: number;
  quiet: boolean;
  config?: string;
  encoding?: string;
  from?: 'text' | 'md';
}

const examples = `
Examples:
  $ plan-parse check docs/                         every .txt/.md file below docs/
  $ plan-parse check 'plans/**/*.txt' --max-warnings 0
  $ plan-parse check docs/ --reporter github      annotations in a GitHub Actions log
  $ plan-parse check docs/ --reporter sarif > plan-parse.sarif

Exit codes: 0 no errors (and warnings within --max-warnings), 1 problems found, 2 the run failed
(bad arguments, unreadable config, a missing path, an unreadable directory, a directory or glob without files).
Config: plan-parse.config.json or .planparserc.json (from the working directory upward), or --config FILE:
  { "rules": { "numbering-restart": "off", "mixed-width": "error" }, "ignore": ["drafts/**"] }
`;

function parseMaxWarnings(value: string): number {
  const n = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('expected a whole number');
  return n;
}

export function registerCheck(program: Command, io: CliIO, setExit: (code: number) => void): Command {
  return program
    .command('check')
    .description('lint plan documents: numbering, delimiters, levels, tables of contents, encoding; exit 1 on problems')
    .argument('<inputs...>', 'files, directories (recursive .txt/.md) or globs; - reads stdin')
    .addOption(new Option('-r, --reporter <name>', 'output format').choices(reporterNames).default('stylish'))
    .addOption(new Option('--max-warnings <n>', 'exit 1 when there are more warnings than this').argParser(parseMaxWarnings))
    .option('-q, --quiet', 'report errors only (warnings still count against --max-warnings)', false)
    .option('-c, --config <file>', 'use this JSON config file instead of searching for one')
    .option('--encoding <name>', 'decode every input as this encoding instead of detecting it')
    .addOption(new Option('--from <format>', 'input format (default: Markdown for .md/.markdown files, else text)').choices(['text', 'md']))
    .addHelpText('after', examples)
    .action(async (inputs: string[], options: CheckCommandOptions) => {
      setExit(await runCheck(inputs, options, io));
    });
}

/**
 * The rules a report lists (SARIF's tool.driver.rules): the check rules, and `read-error`, which is no rule of the
 * registry (nothing in a document raises it) but a diagnostic this command gives a file it cannot read.
 */
const reportRules: Readonly<Record<string, RuleMeta>> = {
  ...ruleInfo,
  'read-error': { severity: 'error', description: 'The file exists but could not be read (permission denied, an I/O error …).' },
};

/** A result with no content, for files that could not be parsed. */
function emptyResult(file: string, bytes: number): ParseResult {
  return { schemaVersion, source: { path: file, encoding: 'unknown', bytes, lines: 0 }, documents: [], diagnostics: [] };
}

async function ignoredFiles(config: Config, dir: string): Promise<Set<string>> {
  if (config.ignore.length === 0) return new Set();
  const { glob } = await import('tinyglobby');
  const found = await glob(config.ignore, { cwd: dir, absolute: true, dot: true, onlyFiles: true, ignore: ['**/node_modules/**'], expandDirectories: true });
  return new Set(found.map((f) => path.resolve(f)));
}

export async function runCheck(inputs: string[], options: CheckCommandOptions, io: CliIO): Promise<number> {
  const fail = async (message: string) => {
    await write(io.stderr, `plan-parse: ${message}\n`);
    return exitCodes.failed;
  };
  const empty = emptyArgument(inputs, { '--config': options.config, '--encoding': options.encoding });
  if (empty !== null) return fail(empty);
  if (options.encoding !== undefined && normalizeEncoding(options.encoding) === null) return fail(`--encoding: unknown encoding "${options.encoding}"`);
  let loaded;
  try {
    loaded = await loadConfig(io.cwd, options.config);
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message);
    throw error;
  }
  const { config } = loaded;
  const expanded = await expandInputs(inputs, { cwd: io.cwd });
  let failed = false;
  for (const problem of expanded.problems) {
    failed = true;
    await write(io.stderr, `plan-parse: ${problem.input}: ${problem.cause}\n`);
  }
  const ignored = await ignoredFiles(config, loaded.dir);
  const files = expanded.files.filter((f) => f.absolute === '-' || !ignored.has(f.absolute));

  const results: FileReport[] = [];
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    let diagnostics: Diagnostic[];
    let bytes: Uint8Array;
    try {
      bytes = file.absolute === '-' ? await readStdin(io.stdin) : await readFile(file.absolute);
    } catch (error) {
      results.push({ path: file.path, diagnostics: [{ severity: 'error', code: 'read-error', message: `cannot read the file: ${describeError(error)}`, line: 1 }] });
      errors++;
      continue;
    }
    const display = file.absolute === '-' ? null : file.path;
    try {
      const parseOptions = { path: display, ...(options.encoding ? { encoding: options.encoding } : {}) };
      const markdown = (options.from ?? (/\.(?:md|markdown)$/i.test(file.path) ? 'md' : 'text')) === 'md';
      const result = markdown ? await parseMarkdown(bytes, parseOptions) : parse(bytes, parseOptions);
      diagnostics = check(result, config);
    } catch (error) {
      if (error instanceof UnknownEncodingError) return fail(`--encoding: ${error.message}`);
      if (!(error instanceof NotTextError)) throw error;
      diagnostics = check(emptyResult(file.path, bytes.byteLength), config, { notText: error.message });
    }
    // `info` diagnostics (what the parser repaired: joined hard wraps, page numbers set aside) are not problems.
    diagnostics = diagnostics.filter((d) => d.severity !== 'info');
    for (const d of diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
    }
    results.push({ path: file.path, diagnostics: options.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics });
  }

  // A run that failed before any file was found prints no report (an empty one would read as "all clean").
  if (!(failed && results.length === 0)) {
    const style = options.reporter === 'stylish' ? await createStyle(io.stdout as { isTTY?: boolean }, io.env) : plainStyle;
    const hiddenWarnings = options.quiet ? warnings : 0;
    const report = reporters[options.reporter](results, { style, rules: reportRules, version: pkg.version, hiddenWarnings });
    if ((await writeStdout(io, report)) !== 0) return exitCodes.failed;
  }
  const maxWarnings = options.maxWarnings;
  if (maxWarnings !== undefined && maxWarnings >= 0 && warnings > maxWarnings && errors === 0)
    await write(io.stderr, `plan-parse: too many warnings (${warnings}, maximum ${maxWarnings})${options.quiet ? '; --quiet hides them' : ''}\n`);
  return getExitCode({ errors, warnings, failed }, maxWarnings !== undefined ? { maxWarnings } : {});
}
