// Build: the library (tsc → dist/lib, with .d.ts), the CLI (esbuild → dist/cli/plan-parse.cjs, one CommonJS
// bundle, with its V8 code cache) and the batch worker (esbuild → dist/cli/worker.js, an ES module).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { decode, encode } from '@jridgewell/sourcemap-codec';

const require = createRequire(import.meta.url);
const { buildBanner } = require('../bin/load.cjs');

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
// In the CLI bundle, src/cli/import-package.ts calls bin/load.cjs (see there), left outside the bundle.
const importThroughLoader = {
  name: 'import-through-loader',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]cli[\\/]import-package\.ts$/ }, () => ({
      contents: "export const importPackage = (specifier) => require('../../bin/load.cjs').importPackage(specifier);",
      loader: 'js',
    }));
    b.onResolve({ filter: /^\.\.\/\.\.\/bin\/load\.cjs$/ }, (args) => ({ path: args.path, external: true }));
  },
};
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
// The fold's traditional characters (src/tokenize/lexicon/traditional.ts) as the library just built computes them from
// opencc-js: the bundles hold the computed string, not OpenCC's table and the code that reads it.
const { traditionalPairs } = await import('../dist/lib/tokenize/lexicon/traditional.js');
const precomputedTraditional = {
  name: 'precomputed-traditional',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]tokenize[\\/]lexicon[\\/]traditional\.ts$/ }, () => ({
      contents: `export const traditionalPairs = ${JSON.stringify(traditionalPairs)};`,
      loader: 'js',
    }));
  },
};
// Old bundles and caches have per-build names: clear the CLI folder only once the library compiled.
rmSync('dist/cli', { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'bundle',
  // tinypool starts its threads from its own entry file (node_modules/tinypool/dist/entry/worker.js): not bundled.
  external: ['tinypool'],
  plugins: [lazyChildProcess, precomputedTraditional],
  // Minified (half the bytes to read and a smaller code cache: start-up time), with a source map for debugging
  // (`node --enable-source-maps bin/plan-parse.js …`).
  minify: true,
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
};
// The CLI: one CommonJS file, so that bin/ loads it without Node's ESM loader and through a V8 code cache
// (bin/load.cjs). YAML, Markdown, the charset detector and the glob library are in it but run only when used
// (esbuild wraps a module imported with import() in a function called on first import). Its first line names the
// build, which ties the code cache to this bundle.
const buildId = randomBytes(8).toString('hex');
const cli = await build({
  ...common,
  // What the bundle holds and how each module is reached (esbuild's analyzer reads it; test/cli/bundle.test.ts checks
  // that the formats and libraries a plain run does not use are reached only through import()).
  metafile: true,
  entryPoints: { 'plan-parse': 'src/cli/main.ts' },
  outdir: 'dist/cli',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  plugins: [lazyChildProcess, precomputedTraditional, importThroughLoader],
  // The sources are ES modules: give them an import.meta.url of the bundle file.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: `${buildBanner(buildId)}'use strict';\nconst __importMetaUrl = require('node:url').pathToFileURL(__filename).href;` },
});
writeFileSync('dist/cli/plan-parse.meta.json', JSON.stringify(cli.metafile));
asciiOnly('dist/cli/plan-parse.cjs');
// The tinypool worker for batches: an ES module (tinypool imports it), with only the parse and emit code.
await build({
  ...common,
  entryPoints: { worker: 'src/cli/worker.ts' },
  outdir: 'dist/cli',
  format: 'esm',
  // commander is CommonJS: give the ESM bundle a require().
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
/**
 * Makes a bundle ASCII: esbuild escapes the characters above U+007F of strings and templates but leaves regular
 * expression literals as written (`/^[。！？]/`), and one such character makes V8 hold the whole source as two bytes a
 * character, which Node decodes, and V8 hashes and scans, more slowly (start-up: about half a millisecond on the
 * CLI's source). `\uXXXX` stands for the same UTF-16 unit in a regular expression, with or without the u flag, as in
 * an identifier; the source map's generated columns move with the text.
 */
function asciiOnly(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const mappings = decode(map.mappings);
  const out = lines.map((line, n) => {
    if (!/[^\0-\x7f]/.test(line)) return line;
    // shift[k]: the columns added before column k of the line.
    const shift = new Uint32Array(line.length + 1);
    let text = '';
    for (let k = 0; k < line.length; k++) {
      const c = line.charCodeAt(k);
      const unit = c < 0x80 ? line[k] : `\\u${c.toString(16).padStart(4, '0')}`;
      shift[k + 1] = shift[k] + unit.length - 1;
      text += unit;
    }
    for (const segment of mappings[n] ?? []) segment[0] += shift[Math.min(segment[0], line.length)];
    return text;
  });
  writeFileSync(file, out.join('\n'));
  writeFileSync(`${file}.map`, JSON.stringify({ ...map, mappings: encode(mappings) }));
}
// The code cache of the CLI bundle, from one run of it on a sample with stdout discarded.
execFileSync(process.execPath, ['scripts/code-cache.cjs', 'seeds/000_129a2ddb08cba246.txt'], { stdio: ['ignore', 'ignore', 'inherit'] });
