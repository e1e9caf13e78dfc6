// Build: the library (tsc → dist/lib, with .d.ts) and the CLI (esbuild → one ESM bundle in dist/cli,
// with the emitters split into chunks that load only when their format is asked for).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
// Old chunks have hashed names: clear the CLI folder only once the library compiled.
rmSync('dist/cli', { recursive: true, force: true });
await build({
  // worker: the tinypool worker for batches; it shares the parse/emit chunks and never loads commander.
  entryPoints: { 'plan-parse': 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'bundle',
  // tinypool starts its threads from its own entry file (node_modules/tinypool/dist/entry/worker.js): not bundled.
  external: ['tinypool'],
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  // commander is CommonJS: give the ESM bundle a require().
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
