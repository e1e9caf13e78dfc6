#!/usr/bin/env node
// Thin shim: run the bundled CLI and set the exit code (never process.exit(), so stdout can flush).
import { main } from '../dist/cli/plan-parse.js';

process.exitCode = await main(process.argv.slice(2));
