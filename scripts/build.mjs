// Build: the library (tsc → dist/lib, with .d.ts) and the CLI (esbuild → one ESM bundle in dist/cli,
// with the emitters split into chunks that load only when their format is asked for).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// commander requires node:child_process at load time for executable subcommands, which plan-parse has none of:
// hand it a stand-in that loads the module on first use, so a plain run does not pay for it.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes(`${'node_modules'}/commander/`) ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents: "let m; module.exports = new Proxy({}, { get: (_t, k) => (m ??= require('node:child_process'))[k] });",
      loader: 'js',
    }));
  },
};
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
  plugins: [lazyChildProcess],
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  // commander is CommonJS: give the ESM bundle a require().
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
