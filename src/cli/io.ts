// File and stdin reading, quiet writing to a closed pipe, and one-line I/O errors that name the file and the cause.
import { readFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';

export interface CliIO {
  stdout: Writable;
  stderr: Writable;
  stdin: Readable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
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

/** Keeps an EPIPE (the reader went away, as in `plan-parse f | head -1`) from crashing the process. */
function guard(stream: Writable): void {
  if (guarded.has(stream)) return;
  guarded.add(stream);
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') closed.add(stream);
    else throw error;
  });
}

/** Writes text; a closed pipe ends the write quietly and later writes are skipped. */
export function write(stream: Writable, text: string): Promise<void> {
  guard(stream);
  return new Promise((resolve) => {
    if (closed.has(stream) || stream.destroyed || !stream.writable) return resolve();
    stream.write(text, () => resolve());
  });
}
