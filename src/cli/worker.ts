// One file → one output: read, parse, emit, and (with --out-dir) write atomically. Runs in-process for small
// batches and as the tinypool worker for large ones (its own esbuild entry, dist/cli/worker.js, so a worker thread
// loads only the parse and emit code — no commander, no progress bar). Never throws: a failure is an outcome.
import { fsp, readFile, stat } from './fs.js';
import path from 'node:path';
import type { OutlineNode, ParseResult } from '../types.js';
import { parse, parseMarkdown } from '../parse.js';
import { toJSON } from '../emit/json.js';
import { NotTextError } from '../source/decode.js';
import { describeError, makeDirectory } from './io.js';
import { importPackage } from './import-package.js';

export type OutputFormat = 'json' | 'yaml' | 'md' | 'ndjson';

export interface EmitOptions {
  format: OutputFormat;
  outlineOnly: boolean;
}

/**
 * Emitters. YAML and Markdown load only when their format is asked for (unified/remark and js-yaml cost start-up
 * time); JSON, the default and a few lines of code, is bundled with the parser.
 */
const emitters: Record<OutputFormat, (result: ParseResult, options: EmitOptions) => Promise<string>> = {
  json: async (r) => toJSON(r),
  ndjson: async (r) => toJSON(r, { indent: 0 }),
  yaml: async (r) => (await import('../emit/yaml.js')).toYAML(r),
  md: async (r, o) => (await import('../emit/markdown/index.js')).toMarkdown(r, { outlineOnly: o.outlineOnly }),
};

export function emit(result: ParseResult, options: EmitOptions): Promise<string> {
  return emitters[options.format](result, options);
}

export interface Task extends EmitOptions {
  /** The input path as shown to the user and reported as `source.path`. */
  path: string;
  /** The file to read (absolute, or relative to the process cwd); `path` when absent. */
  file?: string;
  /** With --out-dir: write the output here (atomically) instead of returning it. */
  output?: string;
  /** Return the output as UTF-8 bytes (`data`) instead of a string: a worker encodes, the main thread only writes. */
  bytesOut?: boolean;
  encoding?: string;
  /** The input's format (--from); by default `.md`/`.markdown` files are Markdown and the rest plain text. */
  from?: 'text' | 'md';
}

export interface Outcome {
  path: string;
  /** The emitted text; absent on failure, when the task wrote it to `output`, and with `bytesOut`. */
  text?: string;
  /** The emitted text as UTF-8, with `bytesOut`. */
  data?: Uint8Array;
  /** `FILE: cause`, one line, on failure. */
  error?: string;
  bytes: number;
  documents: number;
  nodes: number;
}

function countNodes(nodes: OutlineNode[]): number {
  let n = nodes.length;
  for (const node of nodes) n += countNodes(node.children);
  return n;
}

/**
 * Encodes `bytesOut` outputs, each in an ArrayBuffer of its own (Buffer.from puts short strings in a slice of Node's
 * shared pool, which cannot be transferred without detaching the pool). The buffers travel: a worker transfers each
 * output's buffer to the main thread, which copies the bytes into its output buffer and sends the buffer back with
 * a later run (`Run.spare`), to be encoded into again. The main thread then holds no garbage buffers: it collects
 * garbage rarely, and buffers waiting for that grew its memory with the number of files.
 */
const utf8 = new TextEncoder();
/** Buffers sent back for reuse, kept up to `maxSpare`. */
const spare: ArrayBuffer[] = [];
const maxSpare = 32; // two runs of up to 16 files (batch.ts)
/** No output buffer is made smaller than this, so that most outputs fit any spare one. */
export const minOutputBuffer = 1 << 16;

/** Keeps `buffers` for reuse (up to `maxSpare`; the rest are left to the collector). */
export function keepSpare(buffers: readonly ArrayBuffer[]): void {
  for (const b of buffers) if (spare.length < maxSpare && b.byteLength > 0) spare.push(b);
}

/** `text` as UTF-8 in a buffer of its own: a spare one that is large enough, or a new one. */
export function encodeOutput(text: string): Uint8Array {
  const most = text.length * 3; // UTF-8 needs at most 3 bytes per UTF-16 unit
  const at = spare.findIndex((b) => b.byteLength >= most);
  const buffer = at >= 0 ? (spare.splice(at, 1)[0] as ArrayBuffer) : new ArrayBuffer(Math.max(most, minOutputBuffer));
  const { written } = utf8.encodeInto(text, new Uint8Array(buffer));
  return new Uint8Array(buffer, 0, written);
}

let tempCounter = 0;
// Unique per thread without importing worker_threads on the start-up path.
const tempSuffix = Math.random().toString(36).slice(2, 10);

/** Symbolic links followed before a path is taken as the link's target (the kernel's limit, ELOOP). */
const maxLinks = 40;

/**
 * A resolver of real paths, directories cached: the file a path names once every symbolic link is followed, in its
 * directories and in its last component, even when that does not exist yet (a new output, a link that dangles:
 * writing through it creates its target). Two paths name the same file when their real paths are equal.
 */
export function createRealPath(): (file: string) => Promise<string> {
  const dirs = new Map<string, Promise<string>>();
  const realDir = (dir: string): Promise<string> => {
    let found = dirs.get(dir);
    if (!found) {
      found = fsp()
        .realpath(dir)
        .catch(async () => {
          const parent = path.dirname(dir);
          return parent === dir ? dir : path.join(await realDir(parent), path.basename(dir));
        });
      dirs.set(dir, found);
    }
    return found;
  };
  return async (file: string) => {
    let current = path.resolve(file);
    current = path.join(await realDir(path.dirname(current)), path.basename(current));
    for (let links = 0; links < maxLinks; links++) {
      let target: string;
      try {
        target = await fsp().readlink(current);
      } catch {
        return current; // not a link (EINVAL), or nothing there yet (ENOENT)
      }
      const next = path.resolve(path.dirname(current), target);
      current = path.join(await realDir(path.dirname(next)), path.basename(next));
    }
    throw Object.assign(new Error(`ELOOP: too many symbolic links, '${file}'`), { code: 'ELOOP' });
  };
}

/** The real path of one file (see createRealPath). */
export const realPathOf = (file: string): Promise<string> => createRealPath()(file);

/**
 * Where and how a write to `file` lands: the real path (a symbolic link is written through, not replaced), whether
 * to write to it directly (it exists and is not a regular file: a device, a named pipe), and the mode of the
 * regular file it replaces (kept: a 600 output stays 600).
 */
export async function outputTarget(file: string): Promise<{ path: string; direct: boolean; mode?: number }> {
  const real = await realPathOf(file);
  let stats;
  try {
    stats = await stat(real);
  } catch {
    return { path: real, direct: false };
  }
  return stats.isFile() ? { path: real, direct: false, mode: stats.mode & 0o7777 } : { path: real, direct: true };
}

/** A temporary file's name beside `file` (same directory: the rename is atomic). */
export function tempPathFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${tempSuffix}-${tempCounter++}.tmp`);
}

/**
 * Writes `text` to `file` atomically: a temporary file beside the real target, then rename. A symbolic link is
 * written through (its target replaced, the link kept); a replaced file keeps its mode; an existing target that is
 * not a regular file (`-o /dev/null`, a named pipe) is written to directly.
 */
export async function writeAtomic(file: string, text: string): Promise<void> {
  const target = await outputTarget(file);
  if (target.direct) return fsp().writeFile(target.path, text);
  const temp = tempPathFor(target.path);
  try {
    await fsp().writeFile(temp, text, { flag: 'wx' });
    if (target.mode !== undefined) await fsp().chmod(temp, target.mode);
    await fsp().rename(temp, target.path);
  } catch (error) {
    await fsp().unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** Parses bytes that were already read (stdin, or a file read by the caller). */
export async function processBytes(bytes: Uint8Array, task: Task, source: string | null = task.path): Promise<Outcome> {
  const outcome: Outcome = { path: task.path, bytes: bytes.byteLength, documents: 0, nodes: 0 };
  try {
    const parseOptions = { path: source, ...(task.encoding ? { encoding: task.encoding } : {}) };
    const markdown = (task.from ?? (/\.(?:md|markdown)$/i.test(task.path) ? 'md' : 'text')) === 'md';
    const result = markdown ? await parseMarkdown(bytes, parseOptions) : parse(bytes, parseOptions);
    outcome.documents = result.documents.length;
    for (const d of result.documents) outcome.nodes += countNodes(d.children);
    const text = await emit(result, task);
    if (task.output === undefined) {
      if (task.bytesOut) outcome.data = encodeOutput(text);
      else outcome.text = text;
    } else {
      try {
        await makeDirectory(path.dirname(task.output));
        await writeAtomic(task.output, text);
      } catch (error) {
        outcome.error = `${task.output}: ${describeError(error)}`;
      }
    }
  } catch (error) {
    outcome.error = `${task.path}: ${error instanceof NotTextError ? error.message : describeError(error)}`;
  }
  return outcome;
}

/** One file, never rejects. */
export async function processFile(task: Task): Promise<Outcome> {
  return processRead(task, readFile(task.file ?? task.path));
}

async function processRead(task: Task, reading: Promise<Uint8Array>): Promise<Outcome> {
  let bytes: Uint8Array;
  try {
    bytes = await reading;
  } catch (error) {
    return { path: task.path, error: `${task.path}: ${describeError(error)}`, bytes: 0, documents: 0, nodes: 0 };
  }
  return processBytes(bytes, task);
}

/** What the pool's task function is given: a run of files, and output buffers sent back for reuse. */
export interface Run {
  tasks: Task[];
  spare?: ArrayBuffer[];
}

/**
 * The pool's task function: a run of files (one message each way per run, not per file, so that small files do
 * not pay a thread round trip each); their reads start together, parsing goes one by one. Never rejects.
 * The outputs' buffers are transferred to the main thread, not copied: a copy left each buffer to the worker's
 * next full collection, which in a 2,000-file batch came twice, and the waiting buffers were up to 50 MB of peak
 * memory.
 */
export default async function processFiles(run: Run): Promise<unknown> {
  if (run.spare) keepSpare(run.spare);
  const tasks = run.tasks;
  const reads = tasks.map((t) => readFile(t.file ?? t.path));
  for (const r of reads) r.catch(() => undefined);
  const outcomes: Outcome[] = [];
  for (let i = 0; i < tasks.length; i++) outcomes.push(await processRead(tasks[i] as Task, reads[i] as Promise<Uint8Array>));
  return movable(outcomes);
}

/** The outcomes marked for tinypool to transfer their output buffers (tinypool is loaded in workers only). */
async function movable(outcomes: Outcome[]): Promise<unknown> {
  const buffers = outcomes.flatMap((o) => (o.data === undefined ? [] : [o.data.buffer]));
  if (buffers.length === 0) return outcomes;
  const { Tinypool } = await importPackage<typeof import('tinypool')>('tinypool');
  // tinypool's Transferable interface is keyed by symbols that its typings do not export: cast to the parameter type.
  const transferable = { [Tinypool.transferableSymbol]: buffers, [Tinypool.valueSymbol]: outcomes };
  return Tinypool.move(transferable as unknown as Parameters<typeof Tinypool.move>[0]);
}
