// The parse command: one input (a file or stdin) → its output on stdout or in -o FILE; many inputs (several
// arguments, a directory, a glob) → one ndjson line per file on stdout (or -o), or one file per input in --out-dir.
//
// - Order: results are emitted in input order, as they complete, through a bounded window (at most `window` files
//   read, parsed or waiting to be written at any time), so memory does not grow with the number of files.
// - Workers: with --jobs N (N > 1), or without --jobs on a batch of ≥ 50 files and ≥ 2 MB, files are parsed by the
//   main thread and a tinypool of N - 1 worker threads (dist/cli/worker.js); otherwise in-process. --jobs 1 is
//   always in-process.
// - --out-dir DIR: DIR/<path relative to the inputs' common base, with the format's extension>; inputs are never
//   overwritten (an output whose real path, symbolic links followed, is an input is refused), writes are atomic
//   (temp file beside the real target + rename: a link is written through, a replaced file keeps its mode), two
//   inputs that map to one output (a.txt, a.md) are an error for the second; when DIR lies inside the searched tree,
//   the files already below DIR (earlier outputs) are not inputs. DIR is made one component at a time (io.ts).
// - Several inputs without --out-dir need --format ndjson: json/yaml/md describe one ParseResult each, and
//   concatenating them would give neither valid JSON nor a document that matches the schema. One directory or glob
//   is refused too, even when it holds one file (a batch by nature); one that holds none says so.
// - Errors: `plan-parse: FILE: cause` on stderr, one line per failed input; the rest still runs; exit code 2.
// - Progress bar and summary: stderr, only on a TTY and without --quiet (a pipe or a file gets only error lines).
import { importPackage } from './import-package.js';
import { fs, fsp, stat } from './fs.js';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Writable } from 'node:stream';
import { type CliIO, describeError, emptyArgument, isClosedPipe, makeDirectory, readStdin, write, writeDirect } from './io.js';
import { type ExpandedInputs, type InputFile, expandInputs, isGlob } from './inputs.js';
import { createProgress, formatSummary } from './progress.js';
import { normalizeEncoding } from '../source/detect.js';
import { type OutputFormat, type Outcome, type Run, type Task, createRealPath, outputTarget, processBytes, processFile, tempPathFor, writeAtomic } from './worker.js';

export interface ParseCommandOptions {
  format: OutputFormat;
  output?: string;
  outDir?: string;
  outlineOnly: boolean;
  encoding?: string;
  from?: 'text' | 'md';
  /** From commander: a string. */
  jobs?: string | number;
  quiet?: boolean;
}

/**
 * Heap limits of a worker thread: enough for ordinary plans (a few MB); larger runs fall back to in-process. The young
 * generation of 16 MB (8 before the main thread parsed too) cut the 2,000-file batch from a median 2.98 to 2.78 s in
 * interleaved runs, for about 10 MB more peak memory.
 */
export const workerLimits = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 64 };

/** Batches smaller than this stay in-process unless --jobs asks for workers. */
export const poolThreshold = { files: 50, bytes: 2_000_000 };

const extensions: Record<OutputFormat, string> = { json: '.json', ndjson: '.json', yaml: '.yaml', md: '.md' };

type Stderr = Writable & { isTTY?: boolean };

function usage(io: CliIO, message: string): Promise<number> {
  return write(io.stderr, `plan-parse: ${message}\n`).then(() => 2);
}

/** Where the worker script is: next to the bundle; from the sources (vitest), the built one in dist/. */
async function workerFile(): Promise<string> {
  const beside = fileURLToPath(new URL('./worker.js', import.meta.url));
  return (await stat(beside).then(() => true, () => false)) ? beside : fileURLToPath(new URL('../../dist/cli/worker.js', import.meta.url));
}

/**
 * The size of the Sink's output buffer: one for the run when it is reused, one per chunk (written from 64 KiB on)
 * when not; an output larger than this is written on its own.
 */
const sinkBufferSizes = { reused: 1 << 20, perChunk: 1 << 17 };
/** Output buffers kept for the workers to encode into again (see worker.ts `encodeOutput`). */
const maxRecycled = 64;

/**
 * Collects output (UTF-8) in a buffer and writes it in chunks; `closed` once the reader went away (EPIPE). Worker
 * outputs are copied in, and their buffers are kept (`takeSpare`) to go back to the workers. With `reuse` (a stream
 * of Node's own, which hands each chunk to the system before it calls back) the one buffer serves the whole run, and
 * the main thread allocates nothing per file for output. Other streams may keep the chunks they are given (a test's
 * capture does): they get a new buffer per chunk.
 */
class Sink {
  private buffer: Buffer | undefined;
  private size = 0;
  private recycled: ArrayBuffer[] = [];
  private broken = false;
  /** A write error other than a closed pipe (a full disk): the batch stops and reports it. */
  failure: Error | undefined;
  constructor(
    private readonly stream: Writable,
    private readonly reuse: boolean,
  ) {
    // A reader that went away (`| head -1`) emits EPIPE after the write callback: keep a listener for the whole run.
    stream.on('error', (error: Error) => this.fail(error));
  }
  private fail(error: Error): void {
    this.broken = true;
    if (!isClosedPipe(error)) this.failure ??= error;
  }
  get closed(): boolean {
    return this.broken || this.stream.destroyed || !this.stream.writable;
  }
  get pending(): number {
    return this.size;
  }
  private get capacity(): number {
    return this.reuse ? sinkBufferSizes.reused : sinkBufferSizes.perChunk;
  }
  /** Adds an output; resolves when it is in the buffer (after writing what was there, when it did not fit). */
  async push(data: string | Uint8Array): Promise<void> {
    const capacity = this.capacity;
    const length = typeof data === 'string' ? (data.length * 3 <= capacity - this.size ? -1 : Buffer.byteLength(data)) : data.byteLength;
    if (length > capacity - this.size) await this.flush();
    if (length > capacity) {
      // Too large for the buffer: written on its own.
      await this.writeOut(typeof data === 'string' ? Buffer.from(data) : data);
    } else {
      const buffer = (this.buffer ??= Buffer.allocUnsafeSlow(capacity));
      this.size += typeof data === 'string' ? buffer.write(data, this.size) : (buffer.set(data, this.size), data.byteLength);
    }
    if (typeof data !== 'string' && this.recycled.length < maxRecycled) this.recycled.push(data.buffer as ArrayBuffer);
  }
  /** Up to `count` buffers of worker outputs already copied out, to send back to the workers. */
  takeSpare(count: number): ArrayBuffer[] {
    return this.recycled.splice(0, count);
  }
  /** Writes what the buffer holds; resolves once the stream took it (the buffer is then free again). */
  flush(): Promise<void> {
    if (this.size === 0 || this.buffer === undefined) return Promise.resolve();
    const data = this.buffer.subarray(0, this.size);
    this.size = 0;
    if (!this.reuse) this.buffer = undefined;
    return this.writeOut(data);
  }
  private writeOut(data: Uint8Array): Promise<void> {
    const stream = this.stream;
    // Like io.write: a closed pipe (EPIPE) ends the write quietly; `closed` then stops the batch.
    return new Promise((resolve) => {
      if (stream.destroyed || !stream.writable) return resolve();
      const onError = () => resolve();
      stream.once('error', onError);
      stream.write(data, (error?: Error | null) => {
        stream.off('error', onError);
        if (error) this.fail(error);
        resolve();
      });
    });
  }
}

async function runSingle(input: string, options: ParseCommandOptions, io: CliIO): Promise<number> {
  const task: Task = { path: input, format: options.format, outlineOnly: options.outlineOnly, ...(options.encoding ? { encoding: options.encoding } : {}), ...(options.from ? { from: options.from } : {}) };
  let outcome: Outcome;
  if (input === '-') outcome = await processBytes(await readStdin(io.stdin), task, null);
  else {
    const absolute = path.resolve(io.cwd, input);
    if (options.output) {
      const real = createRealPath();
      if ((await real(absolute)) === (await real(path.resolve(io.cwd, options.output))))
        return usage(io, `${options.output}: the output would overwrite the input`);
    }
    outcome = await processFile({ ...task, file: absolute });
  }
  if (outcome.error !== undefined) return usage(io, outcome.error);
  const text = outcome.text ?? '';
  if (!options.output) {
    try {
      // A file or /dev/null is written to directly; a pipe or a terminal through the stream.
      if (writeDirect(io.stdoutFd, text)) return 0;
      io.stdout.on('error', () => undefined); // EPIPE (`| head -1`) arrives after the write callback: end quietly
      await write(io.stdout, text);
      return 0;
    } catch (error) {
      return usage(io, `stdout: ${describeError(error)}`);
    }
  }
  try {
    await writeAtomic(path.resolve(io.cwd, options.output), text);
    return 0;
  } catch (error) {
    return usage(io, `${options.output}: ${describeError(error)}`);
  }
}

interface Planned {
  task?: Task;
  /** Set when the file is refused before it is read (output would overwrite an input, output collision). */
  error?: string;
  stdin?: boolean;
}

/** Plans --out-dir outputs: mirror the tree below the common base; refuse outputs that are inputs or taken twice. */
async function planOutDir(expanded: ExpandedInputs, outDir: string, options: ParseCommandOptions): Promise<Planned[]> {
  const real = createRealPath();
  const realInputs = new Set<string>();
  for (const f of expanded.files) if (f.absolute !== '-') realInputs.add(await real(f.absolute));
  const taken = new Map<string, string>();
  const planned: Planned[] = [];
  for (const f of expanded.files) {
    if (f.absolute === '-') {
      planned.push({ error: '-: stdin cannot be written to --out-dir (give a file name)' });
      continue;
    }
    const rel = path.relative(expanded.base, f.absolute);
    const ext = path.extname(rel);
    const relOutput = (ext ? rel.slice(0, -ext.length) : rel) + extensions[options.format];
    const output = path.join(outDir, relOutput);
    const shown = path.join(options.outDir as string, relOutput);
    const realOutput = await real(output);
    const other = taken.get(realOutput);
    if (realInputs.has(realOutput)) planned.push({ error: `${f.path}: the output ${shown} would overwrite an input` });
    else if (other !== undefined) planned.push({ error: `${f.path}: the output ${shown} is already written for ${other}` });
    else {
      taken.set(realOutput, f.path);
      planned.push({ task: taskFor(f.path, f.absolute, options, output) });
    }
  }
  return planned;
}

function taskFor(display: string, file: string, options: ParseCommandOptions, output?: string): Task {
  return {
    path: display,
    file,
    format: options.format,
    outlineOnly: options.outlineOnly,
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.from ? { from: options.from } : {}),
    ...(output !== undefined ? { output } : {}),
  };
}

/** Total size of the files, counting only until `limit` is reached. */
async function sizeAtLeast(files: readonly InputFile[], limit: number): Promise<number> {
  let total = 0;
  for (const file of files) {
    if (total >= limit) break;
    if (file.absolute !== '-') total += await stat(file.absolute).then((s) => s.size, () => 0);
  }
  return total;
}

export function parseJobs(value: string | number | undefined): number | null | undefined {
  if (value === undefined) return undefined;
  const n = typeof value === 'number' ? value : /^[0-9]+$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 256 ? n : null;
}

/** The `parse` command. Resolves to the exit code (0 or 2). */
export async function runParse(files: string[], options: ParseCommandOptions, io: CliIO): Promise<number> {
  // Date.now(), not performance.now(): the `performance` global loads perf_hooks on first use (start-up time).
  const started = Date.now();
  const empty = emptyArgument(files, { '--output': options.output, '--out-dir': options.outDir, '--encoding': options.encoding });
  if (empty !== null) return usage(io, empty);
  // An unknown --encoding is one usage error, before any file is read (not one line per input).
  if (options.encoding !== undefined && normalizeEncoding(options.encoding) === null) return usage(io, `--encoding: unknown encoding "${options.encoding}"`);
  // No input and a terminal on stdin: nothing is piped in, so waiting for it would look like a hang.
  if (files.length === 0 && io.stdin.isTTY === true) return usage(io, "no input: give a file, a directory or a glob, or pipe text in (see 'plan-parse --help')");
  const inputs = files.length > 0 ? files : ['-'];
  const jobs = parseJobs(options.jobs);
  if (jobs === null) return usage(io, `--jobs must be a whole number from 1 to 256 (got ${String(options.jobs)})`);
  if (options.output && options.outDir) return usage(io, '--output and --out-dir cannot be used together');
  const first = inputs[0] as string;
  // One input is a batch when it is a directory, or a glob that is not the name of an existing file (`a[1].txt`).
  const firstKind = first === '-' ? 'stdin' : await stat(path.resolve(io.cwd, first)).then((s) => (s.isDirectory() ? 'directory' : 'file'), () => 'missing');
  const many = inputs.length > 1 || options.outDir !== undefined || firstKind === 'directory' || (firstKind === 'missing' && isGlob(first));
  if (!many) return runSingle(first, options, io);
  if (!options.outDir && options.format !== 'ndjson') {
    if (inputs.length > 1) return usage(io, 'several inputs need --format ndjson (one JSON result per line) or --out-dir DIR (one file per input)');
    // One directory or glob: a batch by nature, refused even when it holds one file (the output's shape must not
    // change when a second file appears); one that holds nothing says so, as it does with ndjson.
    const expanded = await expandInputs(inputs, { cwd: io.cwd });
    if (expanded.files.length === 0) {
      for (const p of expanded.problems) await write(io.stderr, `plan-parse: ${p.input}: ${p.cause}\n`);
      return 2;
    }
    const kind = firstKind === 'directory' ? 'a directory' : 'a glob';
    return usage(io, `${first}: ${kind} gives one result per file: use --format ndjson (one JSON result per line) or --out-dir DIR (one file per input)`);
  }

  let failed = false;
  const expanded = await expandInputs(inputs, { cwd: io.cwd });
  for (const p of expanded.problems) {
    failed = true;
    await write(io.stderr, `plan-parse: ${p.input}: ${p.cause}\n`);
  }
  // What to do with file i. Without --out-dir it is made when the file's turn comes, so that a long batch holds only
  // the list of inputs (a task per file, made up front, was a third of the memory that grows with the file count).
  let count: number;
  let planAt: (i: number) => Planned;
  if (options.outDir) {
    const outDir = path.resolve(io.cwd, options.outDir);
    try {
      await makeDirectory(outDir);
    } catch (error) {
      return usage(io, `${options.outDir}: ${describeError(error)}`);
    }
    // An out-dir inside the searched tree (docs --out-dir docs/out): its files are earlier outputs, not inputs.
    if (outDir.startsWith(expanded.base + path.sep)) {
      const inside = outDir + path.sep;
      expanded.files = expanded.files.filter((f) => !f.absolute.startsWith(inside));
    }
    const planned = await planOutDir(expanded, outDir, options);
    count = planned.length;
    planAt = (i) => planned[i] as Planned;
  } else {
    if (options.output) {
      const real = createRealPath();
      const output = await real(path.resolve(io.cwd, options.output));
      for (const f of expanded.files)
        if (f.absolute !== '-' && (await real(f.absolute)) === output) return usage(io, `${options.output}: the output would overwrite the input ${f.path}`);
    }
    const files = expanded.files;
    count = files.length;
    planAt = (i) => {
      const f = files[i] as InputFile;
      return f.absolute === '-' ? { stdin: true } : { task: taskFor(f.path, f.absolute, options) };
    };
  }

  const threads = Math.min(jobs ?? availableParallelism(), count);
  const wantPool =
    threads > 1 &&
    (jobs !== undefined ||
      (count >= poolThreshold.files &&
        (await sizeAtLeast(expanded.files, poolThreshold.bytes)) >= poolThreshold.bytes));
  let pool: { run(work: Run, options: { transferList: ArrayBuffer[] }): Promise<Outcome[]>; destroy(): Promise<void> } | undefined;
  // The main thread parses too: N parallel jobs are the main thread and N - 1 workers. (N workers beside a main
  // thread that only waits would put N + 1 threads on N cores, and a worker's small heap collects garbage more often.)
  const workers = wantPool ? threads - 1 : 0;
  if (workers > 0) {
    const { Tinypool } = await importPackage<typeof import('tinypool')>('tinypool');
    const tinypool = new Tinypool({
      filename: await workerFile(),
      minThreads: workers,
      maxThreads: workers,
      // A second run waits inside each worker, so a worker does not idle while the main thread is parsing.
      concurrentTasksPerWorker: 2,
      idleTimeout: 1000,
      resourceLimits: workerLimits,
    });
    // A worker that cannot start rejects its tasks (reported per file); the pool's own 'error' must not crash us.
    tinypool.on('error', () => undefined);
    pool = tinypool;
  }
  // Files go to the workers in runs (one message each way per run), at most two runs per worker at a time; the next
  // file goes to the main thread when the workers have theirs. The main thread parses one file at a time (a chain),
  // so that it answers the workers between files. The window counts runs and single files.
  const run = pool ? Math.max(1, Math.min(16, Math.ceil(count / (threads * 8)))) : 1;
  const window = pool ? 16 + threads * 16 : 16;
  let inPool = 0;
  let mainChain: Promise<unknown> = Promise.resolve();

  // Output: stdout, or -o FILE written to a temporary file and renamed at the end (a device or a pipe such as
  // /dev/null is written to directly: a rename would replace it).
  let target: Writable = io.stdout;
  let finish: (() => Promise<void>) | undefined;
  if (options.output && !options.outDir) {
    const { createWriteStream } = fs;
    const { chmod, rename, unlink } = fsp();
    // A symbolic link is written through to its target; a replaced file keeps its mode (worker.ts outputTarget).
    const { path: file, direct, mode } = await outputTarget(path.resolve(io.cwd, options.output));
    const temp = direct ? file : tempPathFor(file);
    const stream = createWriteStream(temp, { flags: direct ? 'w' : 'wx' });
    target = stream;
    finish = async () => {
      await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
      if (stream.errored) {
        if (!direct) await unlink(temp).catch(() => undefined);
        throw stream.errored;
      }
      if (direct) return;
      try {
        if (mode !== undefined) await chmod(temp, mode);
        await rename(temp, file);
      } catch (error) {
        await unlink(temp).catch(() => undefined);
        throw error;
      }
    };
  }
  // The process's stdout and our own file stream pass each chunk on before they call back: the buffer can be reused.
  const sink = new Sink(target, target !== io.stdout || io.stdoutFd !== undefined);
  const stderr = io.stderr as Stderr;
  const showProgress = stderr.isTTY === true && !options.quiet;
  const progress = createProgress(count, stderr, { enabled: showProgress });
  const totals = { files: 0, documents: 0, nodes: 0, errors: 0, bytes: 0 };

  const failure = (task: Task, error: unknown): Outcome => ({
    path: task.path,
    error: `${task.path}: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`,
    bytes: 0,
    documents: 0,
    nodes: 0,
  });
  /** Starts the next run of planned files (one file in-process; up to `run` files of one kind in the pool). */
  const startNext = (): Promise<Outcome[]> => {
    const p = planAt(next++);
    if (p.error !== undefined) return Promise.resolve([{ path: '', error: p.error, bytes: 0, documents: 0, nodes: 0 }]);
    if (p.stdin) {
      const task = taskFor('-', '-', options);
      return readStdin(io.stdin).then((bytes) => processBytes(bytes, task, null)).then((o) => [o]);
    }
    const task = p.task as Task;
    if (!pool) return processFile(task).then((o) => [o]);
    if (inPool >= 2 * workers) {
      const done = mainChain.then(() => processFile(task)).then((o) => [o]);
      mainChain = done;
      return done;
    }
    const tasks = [task.output === undefined ? { ...task, bytesOut: true } : task];
    while (tasks.length < run && next < count) {
      const t = planAt(next).task;
      if (t === undefined) break;
      next++;
      tasks.push(t.output === undefined ? { ...t, bytesOut: true } : t);
    }
    // Workers have a small heap (peak memory stays low); a run that does not fit (a worker out of memory on a
    // huge file) is done again in-process, one file at a time, where the heap is the process's.
    inPool++;
    // Output buffers already copied out go back with the run, to be encoded into again (worker.ts encodeOutput).
    const spare = sink.takeSpare(tasks.length);
    const work: Run = { tasks, spare };
    return pool
      .run(work, { transferList: spare })
      .catch(async () => {
        const outcomes: Outcome[] = [];
        for (const t of tasks) outcomes.push(await processFile({ ...t, bytesOut: false }).catch((error: unknown) => failure(t, error)));
        return outcomes;
      })
      .finally(() => inPool--);
  };

  const queue: { done: boolean; promise: Promise<Outcome[]> }[] = [];
  let next = 0;
  try {
    while (next < count || queue.length > 0) {
      while (queue.length < window && next < count) {
        const entry = { done: false, promise: startNext() };
        void entry.promise.then(() => (entry.done = true));
        queue.push(entry);
      }
      const head = queue[0] as (typeof queue)[number];
      // Flush before waiting, so that a slow file does not hold back lines that are ready.
      if ((!head.done && sink.pending > 0) || sink.pending >= 1 << 16) await sink.flush();
      const outcomes = await head.promise;
      queue.shift();
      for (const outcome of outcomes) {
        totals.files++;
        totals.bytes += outcome.bytes;
        progress.tick(outcome.bytes);
        if (outcome.error !== undefined) {
          failed = true;
          totals.errors++;
          await sink.flush();
          await write(io.stderr, `plan-parse: ${outcome.error}\n`);
          continue;
        }
        totals.documents += outcome.documents;
        totals.nodes += outcome.nodes;
        if (outcome.data !== undefined) await sink.push(outcome.data);
        else if (outcome.text !== undefined) await sink.push(outcome.text);
      }
      if (sink.closed) break;
    }
    await sink.flush();
    if (sink.failure) throw sink.failure;
    if (finish) await finish();
  } catch (error) {
    failed = true;
    await write(io.stderr, `plan-parse: ${options.output ?? 'stdout'}: ${describeError(error)}\n`);
  } finally {
    progress.stop();
    if (pool) await pool.destroy();
  }
  if (showProgress) {
    await write(io.stderr, formatSummary({ ...totals, seconds: (Date.now() - started) / 1000 }));
  }
  return failed ? 2 : 0;
}
