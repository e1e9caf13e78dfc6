// Runs the CLI in-process: main(argv, io) with PassThrough streams for stdout and stderr and a fake stdin.
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer | string) => chunks.push(typeof c === 'string' ? Buffer.from(c) : c));
  return () => Buffer.concat(chunks).toString('utf8');
}

/** Runs `plan-parse ...argv` with `stdin` as its standard input (empty when not given), colour off. */
export async function runCli(argv: string[], options: { stdin?: string | Uint8Array; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = collect(stdout);
  const err = collect(stderr);
  const input = options.stdin === undefined ? [] : [typeof options.stdin === 'string' ? Buffer.from(options.stdin) : options.stdin];
  const code = await main(argv, { stdout, stderr, stdin: Readable.from(input), env: options.env ?? { NO_COLOR: '1' }, cwd: root });
  await new Promise((resolve) => setImmediate(resolve));
  return { code, stdout: out(), stderr: err() };
}

function block(text: string): string {
  return text === '' ? '(empty)\n' : `\`\`\`\n${text}${text.endsWith('\n') ? '' : '\n'}\`\`\`\n`;
}

/** One invocation as a Markdown snapshot (attw style, the layout of the check snapshots): command, stdout, stderr, exit code. */
export function snapshotOf(argv: string[], run: CliRun, stdin?: string): string {
  const command = ['plan-parse', ...argv.map((a) => (/[*\s'"]/.test(a) ? `'${a}'` : a))].join(' ');
  const head = stdin === undefined ? `# ${command}\n` : `# ${command} < stdin\n\n## stdin\n\n${block(stdin)}`;
  return `${head}\n## stdout\n\n${block(run.stdout)}\n## stderr\n\n${block(run.stderr)}\nExit code: ${run.code}\n`;
}
