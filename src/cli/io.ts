// File and stdin reading, quiet writing to a closed pipe, and one-line I/O errors that name the file and the cause.
import { fs, fsp, readFile, stat } from './fs.js';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';

export interface CliIO {
  stdout: Writable;
  stderr: Writable;
  stdin: Readable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** The file descriptor behind `stdout`, when it is the process's own (lets `writeDirect` skip the stream). */
  stdoutFd?: number;
}

/** A one-line error for the user: `plan-parse: FILE: cause`. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly cause_: string,
  ) {
    super(`${file}: ${cause_}`);
    this.name = 'InputError';
  }
}

const causes: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'a path component is not a directory',
  EMFILE: 'too many open files',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
  ENOSPC: 'no space left on device',
};

/** The cause of a Node file-system error in a few words. */
export function describeError(error: unknown): string {
  const code = (error as { code?: string })?.code;
  if (code && causes[code]) return causes[code];
  return error instanceof Error ? error.message.split('\n')[0] ?? 'unknown error' : String(error);
}

export async function readInput(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new InputError(path, describeError(error));
  }
}

export async function readStdin(stdin: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

const guarded = new WeakSet<Writable>();
const closed = new WeakSet<Writable>();

/** The reader went away (`plan-parse f | head -1`): not a failure, the output just ends. */
export function isClosedPipe(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
}

/**
 * Keeps stream errors from crashing the process (an 'error' event without a listener is thrown). A closed pipe marks
 * the stream closed; any other error (a full disk) reaches the caller through the write's callback.
 */
function guard(stream: Writable): void {
  if (guarded.has(stream)) return;
  guarded.add(stream);
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (isClosedPipe(error)) closed.add(stream);
  });
}

function isNullDevice(rdev: number): boolean {
  try {
    return fs.statSync('/dev/null').rdev === rdev;
  } catch {
    return false;
  }
}

/**
 * Writes text straight to a file descriptor when it is a regular file or the null device (`> out.json`,
 * `> /dev/null`): the whole text, synchronously, without building process.stdout (which loads the
 * stream modules). Returns false, having written nothing, for pipes, terminals and sockets: use `write` then, which
 * handles back-pressure and a reader that goes away.
 */
export function writeDirect(fd: number | undefined, text: string): boolean {
  if (fd === undefined) return false;
  let stats;
  try {
    stats = fs.fstatSync(fd);
  } catch {
    return false;
  }
  // The null device is recognised by its device number: asking isatty() would load node:tty, and with it net and
  // the stream modules this path exists to avoid.
  if (!stats.isFile() && !(stats.isCharacterDevice() && isNullDevice(stats.rdev))) return false;
  const bytes = Buffer.from(text);
  for (let offset = 0; offset < bytes.length; ) offset += fs.writeSync(fd, bytes, offset);
  return true;
}

/**
 * Writes text; a closed pipe ends the write quietly and later writes are skipped. Rejects on any other write error
 * (ENOSPC …), for the caller to report as `plan-parse: stdout: cause`.
 */
export function write(stream: Writable, text: string): Promise<void> {
  guard(stream);
  return new Promise((resolve, reject) => {
    if (closed.has(stream) || stream.destroyed || !stream.writable) return resolve();
    stream.write(text, (error?: Error | null) => (error && !isClosedPipe(error) ? reject(error) : resolve()));
  });
}

/**
 * Writes a command's output to stdout and resolves to its exit code: 0, or 2 after `plan-parse: stdout: cause` on
 * stderr when the write failed (a full disk; a closed pipe ends quietly with 0).
 */
export async function writeStdout(io: CliIO, text: string, code = 0): Promise<number> {
  try {
    await write(io.stdout, text);
    return code;
  } catch (error) {
    await write(io.stderr, `plan-parse: stdout: ${describeError(error)}\n`).catch(() => undefined);
    return 2;
  }
}

/**
 * The usage error for an empty string where a name is expected (`plan-parse ""`, `-o ""`, `--encoding ""`, often an
 * unset shell variable), or null when every value is given. An empty input would otherwise read the working
 * directory, and an empty option would be taken as not given.
 */
export function emptyArgument(inputs: readonly string[], options: Readonly<Record<string, string | undefined>>): string | null {
  if (inputs.includes('')) return "'': an empty argument is not a path (give a file, a directory, a glob, or - for stdin)";
  for (const [flag, value] of Object.entries(options)) if (value === '') return `${flag}: the value is empty`;
  return null;
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code;

/**
 * Creates `dir` and its missing parents, one component at a time. (Node's `mkdir(…, { recursive: true })` loops
 * forever on a path it cannot create, such as `/proc/x`.) Rejects with an Error whose message is the cause in a
 * few words: `not a directory` when `dir` is a file, `cannot create the directory (…)` when a mkdir fails.
 */
export async function makeDirectory(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let current = path.resolve(dir); ; ) {
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(current)).isDirectory();
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw new Error(describeError(error), { cause: error });
      missing.push(current);
      const parent = path.dirname(current);
      if (parent === current) break;
      current = parent;
      continue;
    }
    if (!isDirectory) throw new Error(missing.length === 0 ? 'not a directory' : 'a path component is not a directory');
    break;
  }
  for (const d of missing.reverse()) {
    try {
      await fsp().mkdir(d);
    } catch (error) {
      // Made meanwhile (two outputs in one new folder): fine when it is a directory.
      if (errorCode(error) === 'EEXIST' && (await stat(d).then((s) => s.isDirectory(), () => false))) continue;
      throw new Error(`cannot create the directory (${describeError(error)})`, { cause: error });
    }
  }
}
