// Command-line inputs → the list of files to read: files as given, directories searched recursively for .txt/.md
// (node_modules and dot-directories skipped), globs expanded with tinyglobby (loaded only when a directory or a glob
// is given, so a single-file run does not pay for it). Shared by `parse` and `check`.
//
// - `-` stays `-` (stdin).
// - A path that is not a directory and has no glob characters is kept as given, even when it does not exist: reading
//   it later reports `plan-parse: FILE: no such file or directory`, like any other unreadable file.
// - A directory without .txt/.md files, or a glob that matches nothing, is a problem (reported, exit 2), not silence.
// - Files are listed in the order of the inputs; inside a directory or a glob, sorted by path (code-unit order), so
//   the same tree always gives the same order. A file reached twice is listed once (its first place).
import { stat } from './fs.js';
import path from 'node:path';

/** One file to read. */
export interface InputFile {
  /** The path as the user would write it (relative paths stay relative to cwd); `-` for stdin. */
  path: string;
  /** The absolute path (`-` for stdin). */
  absolute: string;
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

/** Expands command-line inputs into files (see the header of this file). */
export async function expandInputs(inputs: readonly string[], options: ExpandOptions = {}): Promise<ExpandedInputs> {
  const cwd = options.cwd ?? process.cwd();
  const extensions = (options.extensions ?? defaultExtensions).map((e) => e.replace(/^\./, ''));
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  const roots: string[] = [];
  const seen = new Set<string>();
  const add = (display: string, absolute: string) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    files.push({ path: display, absolute });
  };
  let globber: typeof import('tinyglobby') | undefined;
  const glob = async (patterns: string, dir: string) => {
    globber ??= await import('tinyglobby');
    const found = await globber.glob(patterns, { cwd: dir, ignore, dot: false, onlyFiles: true, caseSensitiveMatch: false, expandDirectories: false });
    return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  };

  for (const input of inputs) {
    if (input === '-') {
      if (!seen.has('-')) files.push({ path: '-', absolute: '-' });
      seen.add('-');
      continue;
    }
    const absolute = path.resolve(cwd, input);
    if (await isDirectory(absolute)) {
      roots.push(absolute);
      const pattern = extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`;
      const found = await glob(pattern, absolute);
      if (found.length === 0) problems.push({ input, cause: `no ${extensions.map((e) => `.${e}`).join(' or ')} files in this directory` });
      for (const rel of found) add(path.join(input, rel), path.join(absolute, rel));
    } else if (isGlob(input)) {
      const base = globBase(input);
      const absoluteBase = path.resolve(cwd, base);
      roots.push(absoluteBase);
      // Glob relative to the static prefix, so that tinyglobby crawls only that directory.
      const rest = path.relative(base, input).split(path.sep).join('/');
      const found = (await isDirectory(absoluteBase)) ? await glob(rest, absoluteBase) : [];
      if (found.length === 0) problems.push({ input, cause: 'no files match this pattern' });
      for (const rel of found) add(path.join(base, rel), path.join(absoluteBase, rel));
    } else {
      roots.push(path.dirname(absolute));
      add(input, absolute);
    }
  }
  return { files, base: commonBase(roots, cwd), problems };
}
