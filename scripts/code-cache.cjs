'use strict';
// Writes the V8 code cache of the CLI bundle (bin/load.cjs reads it): runs the bundle once on the file given as
// argument, the way `plan-parse FILE --format json` does, then saves the bytecode of every function that run
// compiled. Run by scripts/build.mjs in a child process with no V8 flags of its own, as a user's run has.
// Usage: node scripts/code-cache.cjs FILE   (stdout is the output of that run; the build discards it)
const fs = require('node:fs');
const { loadCli } = require('../bin/load.cjs');

const file = process.argv[2];
const cli = loadCli();
if (cli.cacheFile === null) throw new Error('Cannot write a code cache, expected the bundle to start with its build line');
cli.exports.main([file, '--format', 'json']).then((code) => {
  if (code !== 0) throw new Error(`Cannot write a code cache, expected the sample run to exit 0, got ${code}`);
  fs.writeFileSync(cli.cacheFile, cli.script.createCachedData());
});
