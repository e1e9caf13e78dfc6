// `npm run bench` (builds first): the figures of issue 5, measured in one run on this machine, printed as a table and
// written to bench/results.json. Not a test: nothing here fails a build; the targets are reported as pass/fail.
//
//   (a) throughput: Node reading + decoding + splitting a ~40 MB corpus into lines (the machine's limit for this work)
//       against plan-parse's parse() over the same files, MB/s and ratio; plus where parse() spends its time by stage
//   (b) start-up: wall time of `plan-parse SEED --format json` against `node -e ''` (medians of alternating runs)
//   (c) batch: 2,000 files as ndjson with --jobs 1 and with --jobs <cores>: files/s, speed-up, peak RSS;
//       and peak RSS of 1,000 vs 10,000 small files (memory must not grow with the number of files)
//   (d) linearity: parse time of one input at 1×, 2×, 4× size (each size in a fresh process)
//   (e) adversarial inputs through the CLI: a 5 MB line, 100,000 nested markers (as lines, and as one line of
//       nested brackets), 50,000 lines of only `1.`
//
// The corpus is built in a temporary directory from seeds/ repeated, and removed at the end.
// Options: --quick (smaller corpus and fewer runs, for a smoke test of the script itself; results.json is not written).
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, cpSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick');
// --only=a,e runs only those sections (for working on one figure); results.json is then not written.
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const want = (section) => !only || only.includes(section);
const work = mkdtempSync(path.join(tmpdir(), 'plan-parse-bench-'));
// Measure a snapshot of the build (bin + dist, node_modules linked): a rebuild in the working tree during the run
// would otherwise swap the code under the benchmark.
const app = path.join(work, 'app');
for (const dir of ['bin', 'dist']) cpSync(path.join(root, dir), path.join(app, dir), { recursive: true });
cpSync(path.join(root, 'bench/rss.mjs'), path.join(app, 'bench/rss.mjs'));
cpSync(path.join(root, 'bench/parse-time.mjs'), path.join(app, 'bench/parse-time.mjs'));
symlinkSync(path.join(root, 'node_modules'), path.join(app, 'node_modules'));
const bin = path.join(app, 'bin/plan-parse.js');
const rssWrapper = path.join(app, 'bench/rss.mjs');
const parseTime = path.join(app, 'bench/parse-time.mjs');
const lib = await import(path.join(app, 'dist/lib/index.js'));
const { check } = await import(path.join(app, 'dist/lib/check/index.js')).catch(() => ({ check: undefined }));

const targets = {
  throughputRatio: 0.5,
  startupRatio: 1.5,
  batchSpeedup: 1.7,
  batchPeakMB: 200,
  linearity4x: 4.5,
  adversarialSeconds: 2,
};

const devNull = openSync('/dev/null', 'w');
process.on('exit', () => {
  closeSync(devNull);
  rmSync(work, { recursive: true, force: true });
});

const seedDir = path.join(root, 'seeds');
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f, bytes: readFileSync(path.join(seedDir, f)) }));
const seedBytes = seeds.reduce((n, s) => n + s.bytes.length, 0);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const log = (s) => process.stderr.write(`${s}\n`);

/** Runs a command; wall seconds, exit status and (through bench/rss.mjs) peak RSS in MB. */
function timed(args, { rss = false, timeout = 0 } = {}) {
  const rssFile = path.join(work, 'rss.txt');
  const argv = rss ? [rssWrapper, rssFile, ...args] : args;
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, argv, { stdio: ['ignore', devNull, 'pipe'], cwd: work, maxBuffer: 1 << 26, timeout });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const out = { seconds, status: r.status, stderr: r.stderr.toString(), timedOut: r.signal !== null };
  if (rss) out.peakMB = Number(readFileSync(rssFile, 'utf8')) / 1024;
  return out;
}

/** Runs several commands at once; resolves to the wall seconds until the last one ends (each must exit 0). */
function concurrently(commands) {
  const start = process.hrtime.bigint();
  return Promise.all(
    commands.map(
      (args) =>
        new Promise((resolve, reject) => {
          const child = spawn(process.execPath, args, { stdio: ['ignore', devNull, 'inherit'], cwd: work });
          child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited ${code}`))));
        }),
    ),
  ).then(() => Number(process.hrtime.bigint() - start) / 1e9);
}

/** Writes `count` files round-robin from `sources` into dir/dNN/, 100 per folder; returns the paths. */
function writeCorpus(dir, count, sources) {
  const files = [];
  for (let i = 0; i < count; i++) {
    const sub = path.join(dir, `d${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) mkdirSync(sub, { recursive: true });
    const file = path.join(sub, `f${String(i).padStart(5, '0')}.txt`);
    writeFileSync(file, sources[i % sources.length]);
    files.push(file);
  }
  return files;
}

const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: availableParallelism(),
  cpuModel: cpus()[0]?.model ?? 'unknown',
  quick,
  targets,
};

// ---------------------------------------------------------------------------------------------------- (a) throughput
if (want('a')) {
  const target = quick ? 4e6 : 40e6;
  const copies = Math.ceil(target / seedBytes) * seeds.length;
  const files = writeCorpus(path.join(work, 'a'), copies, seeds.map((s) => s.bytes));
  const bytes = copies / seeds.length * seedBytes;
  log(`(a) corpus: ${files.length} files, ${round(bytes / 1e6, 1)} MB`);

  const decodeText = (b) => {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(b);
    } catch {
      return new TextDecoder('gb18030').decode(b);
    }
  };
  const limitPass = () => {
    let lines = 0;
    for (const f of files) lines += decodeText(readFileSync(f)).split(/\r\n|\r|\n/).length;
    return lines;
  };
  const parsePass = () => {
    let docs = 0;
    for (const f of files) docs += lib.parse(readFileSync(f)).documents.length;
    return docs;
  };
  // Warm both up (JIT, page cache) on a slice, then alternate.
  for (const f of files.slice(0, seeds.length * 4)) {
    decodeText(readFileSync(f)).split(/\r\n|\r|\n/);
    lib.parse(readFileSync(f));
  }
  const limit = [];
  const parse = [];
  // Five rounds, each a limit pass then a parse pass back to back: the machine's slow spells (a shared VM) hit both
  // passes of a round alike, so the ratio is the median of the rounds' ratios (their range is printed too).
  for (let r = 0; r < (quick ? 1 : 5); r++) {
    let t = performance.now();
    limitPass();
    limit.push(bytes / 1e6 / ((performance.now() - t) / 1000));
    t = performance.now();
    parsePass();
    parse.push(bytes / 1e6 / ((performance.now() - t) / 1000));
  }
  // Where parse() spends its time (one pass, stage by stage; the sum is close to parse()).
  const stages = { read: 0, decode: 0, splitLines: 0, tokenize: 0, buildTree: 0, check: 0, toJSON: 0 };
  for (const f of files) {
    let t = performance.now();
    const b = readFileSync(f);
    let u = performance.now();
    stages.read += u - t;
    const source = lib.decode(b);
    t = performance.now();
    stages.decode += t - u;
    const lines = lib.splitLines(source.text);
    u = performance.now();
    stages.splitLines += u - t;
    const tokens = lib.tokenize(lines);
    t = performance.now();
    stages.tokenize += t - u;
    const tree = lib.buildTree(tokens);
    u = performance.now();
    stages.buildTree += u - t;
    const result = { schemaVersion: 1, source: { path: f, encoding: source.encoding, bytes: b.length, lines: lines.length }, ...tree };
    if (check) result.diagnostics = check(result);
    t = performance.now();
    stages.check += t - u;
    lib.toJSON(result);
    u = performance.now();
    stages.toJSON += u - t;
  }
  const total = Object.values(stages).reduce((a, b) => a + b, 0);
  const limitMBps = median(limit);
  const parseMBps = median(parse);
  const ratios = parse.map((p, i) => p / limit[i]);
  results.a = {
    corpusMB: round(bytes / 1e6, 1),
    files: files.length,
    limitMBps: round(limitMBps, 1),
    parseMBps: round(parseMBps, 1),
    ratio: round(median(ratios), 3),
    ratioRange: [round(Math.min(...ratios), 3), round(Math.max(...ratios), 3)],
    runs: { limit: limit.map((x) => round(x, 1)), parse: parse.map((x) => round(x, 1)) },
    stagesMs: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, round(v, 0)])),
    stagesShare: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, round(v / total, 3)])),
    target: `parse ≥ ${targets.throughputRatio * 100}% of the limit`,
  };
  results.a.pass = results.a.ratio >= targets.throughputRatio;
  rmSync(path.join(work, 'a'), { recursive: true, force: true });
}

// ------------------------------------------------------------------------------------------------------ (b) start-up
if (want('b')) {
  log('(b) start-up …');
  const seed = path.join(seedDir, seeds[0].name);
  const runs = quick ? 5 : 30;
  const node = [];
  const cli = [];
  timed(['-e', '']);
  timed([bin, seed, '--format', 'json']);
  for (let r = 0; r < runs; r++) {
    node.push(timed(['-e', '']).seconds * 1000);
    const run = timed([bin, seed, '--format', 'json']);
    if (run.status !== 0) throw new Error(`plan-parse failed on ${seed}: ${run.stderr}`);
    cli.push(run.seconds * 1000);
  }
  results.b = {
    seed: seeds[0].name,
    runs,
    nodeMs: round(median(node), 1),
    planParseMs: round(median(cli), 1),
    ratio: round(median(cli) / median(node), 3),
    minRatio: round(Math.min(...cli) / Math.min(...node), 3),
    target: `≤ ${targets.startupRatio}× node -e ''`,
  };
  results.b.pass = results.b.ratio <= targets.startupRatio;
}

// ------------------------------------------------------------------------------------------------------- (c) batch
if (want('c')) {
  log('(c) batch …');
  const count = quick ? 300 : 2000;
  const dir = path.join(work, 'c');
  writeCorpus(dir, count, seeds.map((s) => s.bytes));
  const cores = availableParallelism();
  const one = [];
  const all = [];
  for (let r = 0; r < (quick ? 1 : 2); r++) {
    one.push(timed(['c', '--format', 'ndjson', '--quiet', '--jobs', '1'], { rss: true }));
    all.push(timed(['c', '--format', 'ndjson', '--quiet', '--jobs', String(cores)], { rss: true }));
  }
  for (const run of [...one, ...all]) if (run.status !== 0) throw new Error(`batch failed: ${run.stderr}`);
  // The machine's own ceiling for this work: the same batch split between `cores` independent single-threaded
  // processes (no threads, no shared heap) against one. Memory-bound work rarely scales with the cores.
  const folders = readdirSync(dir).sort();
  const shares = Array.from({ length: cores }, (_, k) => folders.filter((_, i) => i % cores === k).map((f) => path.join('c', f)));
  const independent = [];
  for (let r = 0; r < (quick ? 1 : 2); r++)
    independent.push(await concurrently(shares.map((share) => [bin, ...share, '--format', 'ndjson', '--quiet', '--jobs', '1'])));
  const best = (runs) => runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const b1 = best(one);
  const bn = best(all);
  results.c = {
    files: count,
    corpusMB: round((count / seeds.length) * seedBytes / 1e6, 1),
    workers: cores,
    oneWorker: { seconds: round(b1.seconds, 2), filesPerSecond: round(count / b1.seconds, 0), peakMB: round(Math.max(...one.map((r) => r.peakMB)), 0) },
    allWorkers: { seconds: round(bn.seconds, 2), filesPerSecond: round(count / bn.seconds, 0), peakMB: round(Math.max(...all.map((r) => r.peakMB)), 0) },
    speedup: round(b1.seconds / bn.seconds, 2),
    independentProcesses: { processes: cores, seconds: round(Math.min(...independent), 2), speedup: round(b1.seconds / Math.min(...independent), 2) },
    target: `speed-up ≥ ${targets.batchSpeedup}× on 2 cores, peak ≤ ${targets.batchPeakMB} MB`,
  };
  results.c.pass =
    (cores < 2 || results.c.speedup >= targets.batchSpeedup) &&
    Math.max(results.c.oneWorker.peakMB, results.c.allWorkers.peakMB) <= targets.batchPeakMB;
  rmSync(dir, { recursive: true, force: true });

  // Memory flatness: 1,000 vs 10,000 small files (the first ~40 lines of each seed).
  const small = seeds.map((s) => Buffer.from(s.bytes.toString('utf8').split('\n').slice(0, 40).join('\n')));
  // (The third size shows whether the peak keeps growing past the second: the target reads the first two.)
  const sizes = quick ? [200, 2000, 4000] : [1000, 10000, 20000];
  const peaks = [];
  // A peak RSS of one run moves by a tenth from run to run (when V8 grows its young generation): the median of three.
  const memoryRuns = quick ? 1 : 3;
  for (const n of sizes) {
    const d = path.join(work, `m${n}`);
    writeCorpus(d, n, small);
    const runs = [];
    for (let k = 0; k < memoryRuns; k++) {
      const run = timed([`m${n}`, '--format', 'ndjson', '--quiet'], { rss: true });
      if (run.status !== 0) throw new Error(`batch failed: ${run.stderr}`);
      runs.push(run);
    }
    runs.sort((a, b) => a.peakMB - b.peakMB);
    const mid = runs[Math.floor(runs.length / 2)];
    peaks.push({ files: n, seconds: round(mid.seconds, 2), peakMB: round(mid.peakMB, 0), peaksMB: runs.map((r) => round(r.peakMB, 0)) });
    rmSync(d, { recursive: true, force: true });
  }
  results.memory = {
    runs: peaks,
    growth: round(peaks[1].peakMB / peaks[0].peakMB, 2),
    growthAfter: round(peaks[2].peakMB / peaks[1].peakMB, 2),
    target: `10× the files, median peak RSS of ${memoryRuns} runs within 1.25× and ≤ ${targets.batchPeakMB} MB`,
  };
  results.memory.pass = results.memory.growth <= 1.25 && peaks[1].peakMB <= targets.batchPeakMB;
}

// -------------------------------------------------------------------------------------------------- (d) linearity
if (want('d')) {
  log('(d) linearity …');
  const unit = Buffer.concat(Array.from({ length: quick ? 2 : 20 }, () => seeds.map((s) => s.bytes)).flat());
  const sizes = [1, 2, 4];
  const files = Object.fromEntries(
    sizes.map((k) => {
      const file = path.join(work, `linear-${k}x.txt`);
      writeFileSync(file, Buffer.concat(Array(k).fill(unit)));
      return [k, file];
    }),
  );
  // Each size in a fresh process (bench/parse-time.mjs: one warm-up parse, then the median of 5), in rounds over the
  // three sizes so that a slow moment of the machine falls on every size alike; the median of the rounds per size.
  const runs = Object.fromEntries(sizes.map((k) => [k, []]));
  // Five rounds, each a limit pass then a parse pass back to back: the machine's slow spells (a shared VM) hit both
  // passes of a round alike, so the ratio is the median of the rounds' ratios (their range is printed too).
  for (let r = 0; r < (quick ? 1 : 5); r++) {
    for (const k of sizes) {
      const child = spawnSync(process.execPath, [parseTime, path.join(app, 'dist/lib/index.js'), files[k], quick ? '2' : '5'], { encoding: 'utf8' });
      if (child.status !== 0) throw new Error(`bench/parse-time.mjs failed: ${child.stderr}`);
      runs[k].push(Number(child.stdout));
    }
  }
  const times = Object.fromEntries(sizes.map((k) => [k, median(runs[k])]));
  results.d = {
    unitMB: round(unit.length / 1e6, 2),
    ms: Object.fromEntries(sizes.map((k) => [`${k}x`, round(times[k], 0)])),
    MBps: Object.fromEntries(sizes.map((k) => [`${k}x`, round((k * unit.length) / 1e6 / (times[k] / 1000), 1)])),
    ratio2x: round(times[2] / times[1], 2),
    ratio4x: round(times[4] / times[1], 2),
    target: `4× input ≤ ${targets.linearity4x}× time`,
  };
  results.d.pass = results.d.ratio4x <= targets.linearity4x;
}

// ------------------------------------------------------------------------------------------------ (e) adversarial
if (want('e')) {
  log('(e) adversarial …');
  const clause = '加快推进高质量发展，';
  const longLine = clause.repeat(Math.ceil(5e6 / Buffer.byteLength(clause)));
  const styles = [(n) => `${'一二三四五六七八九十'[n % 10]}、`, (n) => `（${'一二三四五六七八九十'[n % 10]}）`, (n) => `${(n % 99) + 1}.`, (n) => `（${(n % 99) + 1}）`, (n) => `${'①②③④⑤⑥⑦⑧⑨⑩'[n % 10]}`, (n) => `${'abcdefghij'[n % 10]}.`];
  const nestedLines = Array.from({ length: 100000 }, (_, i) => `${styles[i % styles.length](Math.floor(i / styles.length))}第${i}项任务`).join('\n');
  const nestedBrackets = `${'（'.repeat(100000)}一${'）'.repeat(100000)}工作要求`;
  const cases = {
    '5 MB line': longLine,
    '100,000 nested markers (lines)': nestedLines,
    '100,000 nested brackets (one line)': nestedBrackets,
    "50,000 lines of only '1.'": '1.\n'.repeat(50000),
  };
  const adversarialTimeout = quick ? 10 : 30;
  results.e = [];
  for (const [name, text] of Object.entries(cases)) {
    log(`(e) ${name}`);
    const file = path.join(work, `adv-${results.e.length}.txt`);
    writeFileSync(file, text);
    // A CLI run that goes past the time-out is stopped and reported as such (quadratic inputs would never end).
    const run = timed([bin, file, '--format', 'json'], { timeout: adversarialTimeout * 1000 });
    let inProcess = null;
    if (!run.timedOut) {
      const t = performance.now();
      lib.parse(Buffer.from(text));
      inProcess = round((performance.now() - t) / 1000, 2);
    }
    results.e.push({
      input: name,
      MB: round(Buffer.byteLength(text) / 1e6, 2),
      cliSeconds: run.timedOut ? `> ${adversarialTimeout}` : round(run.seconds, 2),
      parseSeconds: inProcess,
      status: run.timedOut ? 'timed out' : run.status,
      ...(run.status !== 0 && !run.timedOut ? { stderr: run.stderr.split('\n').slice(0, 3).join(' | ').slice(0, 200) } : {}),
      pass: !run.timedOut && run.status === 0 && run.seconds < targets.adversarialSeconds,
    });
  }
}

// Every target of the sections that ran (all of them in a full run).
const verdicts = [results.a, results.b, results.c, results.memory, results.d, ...(results.e ?? [])].filter((s) => s !== undefined).map((s) => s.pass);
results.pass = verdicts.length > 0 && verdicts.every(Boolean);
// Only a full run of every section replaces the committed figures.
const full = !only && !quick;
if (full) writeFileSync(path.join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

// ---------------------------------------------------------------------------------------------------------- table
const ok = (p) => (p ? 'pass' : 'FAIL');
const rows = [];
if (results.a)
  rows.push(
    ['(a) read+decode+split limit', `${results.a.limitMBps} MB/s`, '', ''],
    ['(a) plan-parse parse()', `${results.a.parseMBps} MB/s`, `ratio ${results.a.ratio} (rounds ${results.a.ratioRange.join('–')})`, `≥ ${targets.throughputRatio} ${ok(results.a.pass)}`],
    ['(a) parse() by stage', Object.entries(results.a.stagesShare).map(([k, v]) => `${k} ${Math.round(v * 100)}%`).join(', '), '', ''],
  );
if (results.b)
  rows.push(
    ["(b) node -e ''", `${results.b.nodeMs} ms`, '', ''],
    ['(b) plan-parse seed --format json', `${results.b.planParseMs} ms`, `ratio ${results.b.ratio}`, `≤ ${targets.startupRatio} ${ok(results.b.pass)}`],
  );
if (results.c)
  rows.push(
    [`(c) ${results.c.files} files, --jobs 1`, `${results.c.oneWorker.filesPerSecond} files/s`, `${results.c.oneWorker.seconds} s, peak ${results.c.oneWorker.peakMB} MB`, ''],
    [
      `(c) ${results.c.files} files, --jobs ${results.c.workers}`,
      `${results.c.allWorkers.filesPerSecond} files/s`,
      `${results.c.allWorkers.seconds} s, peak ${results.c.allWorkers.peakMB} MB, speed-up ${results.c.speedup}×`,
      `≥ ${targets.batchSpeedup}×, ≤ ${targets.batchPeakMB} MB ${ok(results.c.pass)}`,
    ],
    [
      `(c) machine ceiling: ${results.c.independentProcesses.processes} separate processes, --jobs 1 each`,
      `${round(results.c.files / results.c.independentProcesses.seconds, 0)} files/s`,
      `${results.c.independentProcesses.seconds} s, speed-up ${results.c.independentProcesses.speedup}×`,
      'reference',
    ],
    [
      '(c) memory, small files',
      results.memory.runs.map((r) => `${r.files}: ${r.peakMB} MB`).join(', '),
      `growth ${results.memory.growth}× (then ${results.memory.growthAfter}×)`,
      `≤ 1.25× ${ok(results.memory.pass)}`,
    ],
  );
if (results.d)
  rows.push([`(d) 1×/2×/4× (${results.d.unitMB} MB)`, Object.values(results.d.ms).map((m) => `${m} ms`).join(' / '), `4× → ${results.d.ratio4x}× time`, `≤ ${targets.linearity4x} ${ok(results.d.pass)}`]);
for (const e of results.e ?? [])
  rows.push([`(e) ${e.input}`, `${e.cliSeconds} s`, `parse ${e.parseSeconds ?? '-'} s, ${e.MB} MB`, `< ${targets.adversarialSeconds} s ${ok(e.pass)}${e.stderr ? ` (${e.stderr})` : ''}`]);
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
console.log(`plan-parse bench — node ${results.node}, ${results.cpus} cores (${results.cpuModel})${quick ? ', --quick' : ''}`);
for (const r of rows) console.log(line(r));
console.log(
  full
    ? `all targets: ${ok(results.pass)}  (bench/results.json)`
    : `${only ? `sections ${only.join(', ')} only` : '--quick'}: bench/results.json not written (targets of these sections: ${ok(results.pass)})`,
);
