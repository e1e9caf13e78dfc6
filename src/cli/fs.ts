// node:fs for the CLI, taken through require(). An ESM `import … from 'node:fs'` builds the module's ESM facade,
// whose lazy ReadStream/WriteStream exports then load every stream module, and `node:fs/promises` loads an
// implementation of its own: together a few milliseconds of a single-file run that needs neither. `readFile` and
// `stat` (the start-up path) wrap the callback API; the other promise functions come from `fs.promises` on first use.
import { createRequire } from 'node:module';
import type { Stats } from 'node:fs';

export const fs = createRequire(import.meta.url)('node:fs') as typeof import('node:fs');

/** `fs.promises`, loaded when first asked for (writing outputs, resolving real paths). */
export const fsp = (): typeof import('node:fs/promises') => fs.promises;

export function readFile(file: string): Promise<Buffer> {
  return new Promise((resolve, reject) => fs.readFile(file, (error, data) => (error ? reject(error) : resolve(data))));
}

export function stat(file: string): Promise<Stats> {
  return new Promise((resolve, reject) => fs.stat(file, (error, stats) => (error ? reject(error) : resolve(stats))));
}
