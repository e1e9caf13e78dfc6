// The pool's task function hands its outputs to tinypool for transfer, not copy: each output is UTF-8 in a buffer of
// its own (never a slice of Node's shared Buffer pool, which a transfer would detach), listed once as transferable;
// buffers sent back with a run are encoded into again.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Tinypool } from 'tinypool';
import { afterAll, expect, test } from 'vitest';
import processFiles, { encodeOutput, minOutputBuffer, type Outcome, type Task } from '../../src/cli/worker.js';

const dir = mkdtempSync(path.join(tmpdir(), 'plan-parse-transfer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const files = {
  'small.txt': '一、总体要求\n',
  'large.txt': `2025年工作要点\n${Array.from({ length: 200 }, (_, i) => `${i + 1}.推进第${i + 1}项重点工作，落实责任。`).join('\n')}\n`,
};
for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
const task = (name: string): Task => ({ path: name, file: path.join(dir, name), format: 'ndjson', outlineOnly: false, bytesOut: true });

test('processFiles: outputs move to the main thread in buffers of their own', async () => {
  const moved = (await processFiles({ tasks: [task('small.txt'), task('large.txt'), task('missing.txt')] })) as Record<symbol, unknown>;
  const outcomes = moved[Tinypool.valueSymbol] as Outcome[];
  const buffers = moved[Tinypool.transferableSymbol] as ArrayBuffer[];
  expect(outcomes.map((o) => o.path)).toEqual(['small.txt', 'large.txt', 'missing.txt']);
  expect(outcomes[2]?.error).toMatch(/^missing\.txt: /);
  const data = outcomes.slice(0, 2).map((o) => o.data as Uint8Array);
  expect(data[0]?.byteLength).toBeLessThan(4096); // short enough for Buffer.from to have used the shared pool
  expect(buffers).toEqual(data.map((d) => d.buffer));
  for (const d of data) expect(d.buffer.byteLength).toBeGreaterThanOrEqual(Math.max(d.byteLength, minOutputBuffer));
  expect(new Set(buffers).size).toBe(2);
  expect(JSON.parse(new TextDecoder().decode(data[1])).documents[0].children).toHaveLength(200);
});

test('processFiles: a run without outputs to move (all failed) is returned as it is', async () => {
  const outcomes = (await processFiles({ tasks: [task('missing.txt')] })) as Outcome[];
  expect(outcomes).toHaveLength(1);
  expect(outcomes[0]?.error).toMatch(/^missing\.txt: /);
});

test('processFiles: buffers sent back with a run are encoded into again, when large enough', async () => {
  const small = new ArrayBuffer(16);
  const back = new ArrayBuffer(minOutputBuffer);
  const moved = (await processFiles({ tasks: [task('small.txt')], spare: [small, back] })) as Record<symbol, unknown>;
  const data = (moved[Tinypool.valueSymbol] as Outcome[])[0]?.data as Uint8Array;
  expect(data.buffer).toBe(back);
  expect(JSON.parse(new TextDecoder().decode(data)).documents[0].children[0].title).toBe('总体要求');
  // The 16-byte one is kept for a short output; a longer one gets a new buffer.
  expect(encodeOutput('短').buffer).toBe(small);
  const long = encodeOutput('长'.repeat(minOutputBuffer));
  expect(long.buffer).not.toBe(small);
  expect(new TextDecoder().decode(long)).toBe('长'.repeat(minOutputBuffer));
});
