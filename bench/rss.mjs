// Runs the built CLI in this process and, at exit, writes the peak resident set size (KiB, worker threads
// included: they live in the same process) to the file named by the first argument.
// Usage: node bench/rss.mjs RSS_FILE [plan-parse arguments…]
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [rssFile, ...args] = process.argv.slice(2);
process.on('exit', () => writeFileSync(rssFile, String(process.resourceUsage().maxRSS)));
const { main } = createRequire(import.meta.url)('../bin/load.cjs').loadCli().exports;
process.exitCode = await main(args);
