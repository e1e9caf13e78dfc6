// check -r sarif end to end: a read-error result has its rule (with a description) and a ruleIndex; file names that
// are not valid URI text are percent-encoded.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { run } from './check-helpers.js';
import { runUnprivileged } from './unprivileged.js';

interface Log {
  runs: {
    tool: { driver: { rules: { id: string; shortDescription?: { text: string } }[] } };
    results: { ruleId: string; ruleIndex?: number; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
  }[];
}

const gap = '2024年工作要点\n\n一、总体要求\n1.坚持稳中求进。\n3.加强组织领导。\n';

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'plan-parse-sarif-'));
  chmodSync(work, 0o755);
  writeFileSync(path.join(work, 'x:y.txt'), gap);
  writeFileSync(path.join(work, 'locked.txt'), gap);
  chmodSync(path.join(work, 'locked.txt'), 0o000);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('a read-error result has a rule with a description and a ruleIndex', async () => {
  const r = await runUnprivileged(['check', 'locked.txt', '-r', 'sarif'], work);
  expect(r.code).toBe(1);
  const run0 = (JSON.parse(r.stdout) as Log).runs[0];
  const result = run0?.results.find((x) => x.ruleId === 'read-error');
  expect(result?.ruleIndex).toBeTypeOf('number');
  const rule = run0?.tool.driver.rules[result?.ruleIndex ?? -1];
  expect(rule?.id).toBe('read-error');
  expect(rule?.shortDescription?.text).toMatch(/could not be read/);
});

test('x:y.txt is the URI x%3Ay.txt (not the scheme x:)', async () => {
  const r = await run(['check', 'x:y.txt', '-r', 'sarif'], { cwd: work });
  expect(r.code).toBe(1);
  const uris = (JSON.parse(r.stdout) as Log).runs[0]?.results.map((x) => x.locations[0]?.physicalLocation.artifactLocation.uri);
  expect(uris).toEqual(['x%3Ay.txt']);
});
