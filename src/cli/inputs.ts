// Command-line inputs → the list of files to read: files as given, directories searched recursively for .txt/.md
// (node_modules and dot-directories skipped), globs expanded with tinyglobby (loaded only when a directory or a glob
// is given, so a single-file run does not pay for it). Shared by `parse` and `check`.
//
// - `-` stays `-` (stdin).
// - A path that exists is taken as it is, even when it holds glob characters (`a[1].txt`, as eslint does); only a
//   path that does not exist and has glob syntax is expanded as a glob. Globs match case-sensitively (`*.TXT` is not
//   `a.txt`); a directory search takes `.txt`/`.md` in any case (`PLAN.TXT`).
// - A path that does not exist (and is no glob) is a problem (`no such file or directory`, exit 2), as is a directory
//   or glob crawl that meets a directory it cannot read (`docs/locked: permission denied`): nothing is skipped in
//   silence. A path that exists but cannot be inspected (a parent without search permission) is kept as given:
//   reading it reports the cause.
// - A directory without .txt/.md files, or a glob that matches nothing, is a problem (reported, exit 2), not silence.
// - Files are listed in the order of the inputs; inside a directory or a glob, sorted by path (code-unit order), so
//   the same tree always gives the same order. A file reached twice is listed once (its first place).
import { fs, stat } from './fs.js';
import { describeError } from './io.js';
import path from 'node:path';

/** One file to read. */
export interface InputFile {
  /** The path as the user would write it (relative paths stay relative to cwd); `-` for stdin. */
  readonly path: string;
  /** The absolute path (`-` for stdin). */
  readonly absolute: string;
}

/**
 * A file found below a directory or a glob's base: the root's two spellings are shared and the paths joined when
 * asked. A crawl of 10,000 files then holds one short string per file, not two long ones and a set of them: what
 * the list keeps alive for the whole batch is what the heap grows from before it collects again (peak memory).
 */
class FoundFile implements InputFile {
  constructor(
    private readonly root: { shown: string; absolute: string },
    private readonly rel: string,
  ) {}
  get path(): string {
    return path.join(this.root.shown, this.rel);
  }
  get absolute(): string {
    return path.join(this.root.absolute, this.rel);
  }
}

export interface InputProblem {
  input: string;
  cause: string;
}

export interface ExpandedInputs {
  files: InputFile[];
  /**
   * The deepest directory that holds every input root (a directory input, a file's folder, a glob's static prefix):
   * `--out-dir` mirrors the tree below it. Absolute; cwd when there are no inputs.
   */
  base: string;
  problems: InputProblem[];
}

export interface ExpandOptions {
  /** Resolve relative inputs against this directory (default: process.cwd()). */
  cwd?: string;
  /** Extensions searched in directories, lower case with the dot (default: .txt and .md, any case). */
  extensions?: readonly string[];
}

export const defaultExtensions = ['.txt', '.md'] as const;

const ignore = ['**/node_modules/**'];

/** Whether `input` holds glob syntax (`*`, `?`, `[…]`, `{…}`); plain paths are never globbed. */
export function isGlob(input: string): boolean {
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (c === '*' || c === '?' || c === '[' || c === '{') return true;
  }
  return false;
}

/** The directory part of a glob before its first segment with glob syntax (`docs/2024/**\/*.txt` → `docs/2024`). */
export function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (isGlob(segment)) break;
    fixed.push(segment);
  }
  if (fixed.length === 0) return '.';
  const joined = fixed.join('/');
  return joined === '' ? '/' : joined;
}

/** The deepest common ancestor of absolute directories. */
export function commonBase(dirs: readonly string[], fallback: string): string {
  if (dirs.length === 0) return fallback;
  let parts = (dirs[0] as string).split(path.sep);
  for (const dir of dirs.slice(1)) {
    const other = dir.split(path.sep);
    let i = 0;
    while (i < parts.length && i < other.length && parts[i] === other[i]) i++;
    parts = parts.slice(0, i);
  }
  const joined = parts.join(path.sep);
  return joined === '' ? path.parse(dirs[0] as string).root : joined;
}

async function isDirectory(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isDirectory();
  } catch {
    return false;
  }
}

/** What `file` is: a directory, something else that exists, or the error that stat gave. */
async function lookUp(file: string): Promise<'directory' | 'other' | NodeJS.ErrnoException> {
  try {
    return (await stat(file)).isDirectory() ? 'directory' : 'other';
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
}

const isMissing = (error: NodeJS.ErrnoException) => error.code === 'ENOENT' || error.code === 'ENOTDIR';

/** Expands command-line inputs into files (see the header of this file). */
export async function expandInputs(inputs: readonly string[], options: ExpandOptions = {}): Promise<ExpandedInputs> {
  const cwd = options.cwd ?? process.cwd();
  const extensions = (options.extensions ?? defaultExtensions).map((e) => e.replace(/^\./, ''));
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  const roots: string[] = [];
  // A file reached twice is listed once; one input cannot reach a file twice, so only a second input needs the set.
  const seen = inputs.length > 1 ? new Set<string>() : undefined;
  const add = (file: InputFile) => {
    if (seen !== undefined) {
      const key = file.absolute;
      if (seen.has(key)) return;
      seen.add(key);
    }
    files.push(file);
  };
  let globber: typeof import('tinyglobby') | undefined;
  /**
   * Files below `dir` matching `patterns`, sorted, and the directories that could not be read on the way (tinyglobby
   * skips them in silence; its `fs` hook sees the error).
   */
  const glob = async (patterns: string, dir: string, caseSensitive: boolean) => {
    globber ??= await import('tinyglobby');
    const unreadable: { dir: string; error: unknown }[] = [];
    const readdir = ((where: string, opts: object, callback: (error: NodeJS.ErrnoException | null, entries: unknown[]) => void) =>
      fs.readdir(where, opts, (error: NodeJS.ErrnoException | null, entries: unknown[]) => {
        if (error) unreadable.push({ dir: where, error });
        callback(error, entries);
      })) as unknown as typeof fs.readdir;
    const found = await globber.glob(patterns, {
      cwd: dir,
      ignore,
      dot: false,
      onlyFiles: true,
      caseSensitiveMatch: caseSensitive,
      expandDirectories: false,
      fs: { readdir },
    });
    unreadable.sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
    return { found: found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), unreadable };
  };
  /** Reports the directories a crawl could not read, as the user would write them (below `shown`). */
  const reportUnreadable = (unreadable: { dir: string; error: unknown }[], absolute: string, shown: string) => {
    for (const u of unreadable) {
      const rel = path.relative(absolute, path.resolve(absolute, u.dir));
      problems.push({ input: rel === '' ? shown : path.join(shown, rel), cause: describeError(u.error) });
    }
  };

  for (const input of inputs) {
    if (input === '-') {
      add({ path: '-', absolute: '-' });
      continue;
    }
    const absolute = path.resolve(cwd, input);
    const found = await lookUp(absolute);
    if (found === 'directory') {
      roots.push(absolute);
      const pattern = extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`;
      const { found: inside, unreadable } = await glob(pattern, absolute, false);
      reportUnreadable(unreadable, absolute, input);
      if (inside.length === 0 && unreadable.length === 0)
        problems.push({ input, cause: `no ${extensions.map((e) => `.${e}`).join(' or ')} files in this directory` });
      const root = { shown: input, absolute };
      for (const rel of inside) add(new FoundFile(root, rel));
    } else if (found !== 'other' && isGlob(input)) {
      const base = globBase(input);
      const absoluteBase = path.resolve(cwd, base);
      roots.push(absoluteBase);
      // Glob relative to the static prefix, so that tinyglobby crawls only that directory.
      const rest = path.relative(base, input).split(path.sep).join('/');
      const { found: matches, unreadable } = (await isDirectory(absoluteBase)) ? await glob(rest, absoluteBase, true) : { found: [], unreadable: [] };
      reportUnreadable(unreadable, absoluteBase, base);
      if (matches.length === 0 && unreadable.length === 0) problems.push({ input, cause: 'no files match this pattern' });
      const root = { shown: base, absolute: absoluteBase };
      for (const rel of matches) add(new FoundFile(root, rel));
    } else {
      roots.push(path.dirname(absolute));
      if (found !== 'other' && isMissing(found)) problems.push({ input, cause: describeError(found) });
      else add({ path: input, absolute });
    }
  }
  return { files, base: commonBase(roots, cwd), problems };
}
