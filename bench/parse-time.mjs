// Times parse() of one input in a fresh process, for bench (d): every size starts from the same heap and JIT state
// (in one long-lived process a small input parsed after a large one runs in the large one's grown heap).
// Usage: node bench/parse-time.mjs LIB_INDEX_JS FILE RUNS   → prints the median milliseconds of RUNS parses
// after one warm-up parse.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const [libPath, file, runsArg] = process.argv.slice(2);
const lib = await import(pathToFileURL(libPath).href);
const input = readFileSync(file);
lib.parse(input);
const runs = [];
for (let r = 0; r < Number(runsArg); r++) {
  const t = performance.now();
  lib.parse(input);
  runs.push(performance.now() - t);
}
runs.sort((a, b) => a - b);
process.stdout.write(String(runs[runs.length >> 1]));
