// Finding and reading the check config: `--config FILE`, or the first `plan-parse.config.json` / `.planparserc.json`
// found from the working directory upward. JSON only: nothing from a document repository is ever executed.
// Validation is pure and lives in src/check/config.ts.
import { readFile, stat } from './fs.js';
import path from 'node:path';
import { ConfigError, defaultConfig, parseConfigText, type Config } from '../check/config.js';
import { describeError } from './io.js';

export const configFileNames = ['plan-parse.config.json', '.planparserc.json'] as const;

export interface LoadedConfig {
  config: Config;
  /** The file it came from (absolute), or null for the defaults. */
  file: string | null;
  /** The directory that the config's `ignore` patterns are relative to. */
  dir: string;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** The nearest config file from `cwd` upward, or null. */
export async function findConfigFile(cwd: string): Promise<string | null> {
  let dir = path.resolve(cwd);
  for (;;) {
    for (const name of configFileNames) {
      const candidate = path.join(dir, name);
      if (await isFile(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** Loads the config; throws ConfigError (exit 2) when the file cannot be read or is not a valid config. */
export async function loadConfig(cwd: string, explicit?: string): Promise<LoadedConfig> {
  const file = explicit !== undefined ? path.resolve(cwd, explicit) : await findConfigFile(cwd);
  if (file === null) return { config: defaultConfig, file: null, dir: path.resolve(cwd) };
  const shown = explicit ?? path.relative(cwd, file) ?? file;
  let text: string;
  try {
    text = (await readFile(file)).toString('utf8');
  } catch (error) {
    throw new ConfigError(`${shown}: cannot read the config file: ${describeError(error)}`);
  }
  return { config: parseConfigText(text, shown), file, dir: path.dirname(file) };
}
