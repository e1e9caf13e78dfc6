// Runs the built CLI in this process and, at exit, writes the peak resident set size (KiB, worker threads
// included: they live in the same process) to the file named by the first argument.
// Usage: node bench/rss.mjs RSS_FILE [plan-parse arguments…]
import { writeFileSync } from 'node:fs';

const [rssFile, ...args] = process.argv.slice(2);
process.on('exit', () => writeFileSync(rssFile, String(process.resourceUsage().maxRSS)));
const { main } = await import('../dist/cli/plan-parse.js');
process.exitCode = await main(args);
