'use strict';
// Loads the bundled CLI (dist/cli/plan-parse.cjs) the way Node loads a CommonJS module, but through vm.Script so
// that V8 can start from a code cache: the bytecode of every function a typical run compiles, written by the build
// (scripts/code-cache.cjs) next to the bundle. With the cache a run skips parsing and compiling most of the bundle,
// the largest part of plan-parse's start-up after Node's own.
//
// The cache belongs to one build: the bundle's first line names a build id and the cache file carries the same id
// (V8 itself checks only the source length, its version and its flags). A missing, stale or rejected cache (another
// Node version, other V8 flags) is not an error: V8 compiles the bundle as usual.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { createRequire } = require('node:module');

const defaultBundle = path.join(__dirname, '..', 'dist', 'cli', 'plan-parse.cjs');
const buildLine = /^\/\/ plan-parse build ([0-9a-f]{8,64})\n/;

/** The first line of a bundle of build `id` (hex), which the build writes and `cacheFileOf` reads. */
function buildBanner(id) {
  return `// plan-parse build ${id}\n`;
}

/** The cache file of a bundle whose source is `source`, or null when the source names no build. */
function cacheFileOf(bundle, source) {
  const m = buildLine.exec(source);
  return m ? path.join(path.dirname(bundle), `plan-parse.${m[1]}.cache`) : null;
}

/**
 * Runs the bundle's top level and returns its exports with what the build needs to write a cache:
 * `{ exports, script, cacheFile, cacheUsed }`.
 */
function loadCli(bundle = defaultBundle) {
  const source = fs.readFileSync(bundle, 'utf8');
  const cacheFile = cacheFileOf(bundle, source);
  let cachedData;
  if (cacheFile !== null) {
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {\n${source}\n})`, {
    filename: bundle,
    lineOffset: -1,
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
  return { exports: module.exports, script, cacheFile, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}

/**
 * import() for the bundle (src/cli/import-package.ts): code run from a code cache cannot call import() itself on
 * Node 20 ("a dynamic import callback was not specified"), this module can.
 */
function importPackage(specifier) {
  return import(specifier);
}

module.exports = { loadCli, cacheFileOf, buildBanner, defaultBundle, importPackage };
