#!/usr/bin/env node
'use strict';
// Thin shim: load the bundled CLI (through its code cache, bin/load.cjs), run it and set the exit code (never
// process.exit(), so stdout can flush). CommonJS (bin/package.json): Node's ESM loader would cost start-up time.
const { loadCli, defaultBundle } = require('./load.cjs');

let cli;
try {
  cli = loadCli();
} catch (error) {
  // A clone that was never built (npm ci builds through `prepare`): say so in one line, not with a stack trace.
  const cause = error && error.code === 'ENOENT' ? 'is missing: run `npm run build`' : `cannot be loaded: ${error && error.message}`;
  process.stderr.write(`plan-parse: ${defaultBundle} ${cause}\n`);
  process.exitCode = 2;
}
if (cli)
  cli.exports.main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
