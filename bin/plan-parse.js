#!/usr/bin/env node
'use strict';
// Thin shim: load the bundled CLI (through its code cache, bin/load.cjs), run it and set the exit code (never
// process.exit(), so stdout can flush). CommonJS (bin/package.json): Node's ESM loader would cost start-up time.
const { loadCli } = require('./load.cjs');

loadCli()
  .exports.main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
