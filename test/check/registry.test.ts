// The registry stays honest (markdownlint's readme test, eslint's checkRuleFiles): every rule has its source file
// exporting a rule with that id, a test file, fixtures (fires.txt + fires.expected.json, clean.txt) and a README row
// under "## Rules" with its default severity and description.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ruleIds, ruleInfo, rules, rulesById } from '../../src/check/index.js';

const root = path.resolve(import.meta.dirname, '../..');

function readmeRules(): Map<string, { severity: string; description: string }> {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const start = readme.indexOf('\n## Rules\n');
  expect(start, 'README.md has a "## Rules" heading').toBeGreaterThanOrEqual(0);
  const next = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, next < 0 ? undefined : next);
  const rows = new Map<string, { severity: string; description: string }>();
  for (const line of section.split('\n')) {
    const m = /^\| `([a-z-]+)` \| (error|warning) \| (.+) \|$/.exec(line);
    if (m) rows.set(m[1] as string, { severity: m[2] as string, description: (m[3] as string).replaceAll('\\|', '|') });
  }
  return rows;
}

describe('rule registry', () => {
  test('ids are unique, kebab-case, in the same order as the rule list', () => {
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const id of ruleIds) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(rules.map((r) => r.id)).toEqual([...ruleIds]);
  });

  test('every rule file in src/check/rules is registered', () => {
    const files = readdirSync(path.join(root, 'src/check/rules')).map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual([...ruleIds].sort());
  });

  const readme = readmeRules();
  for (const id of ruleIds) {
    test(`${id}: source, test, fixtures, README row`, async () => {
      const mod = (await import(`../../src/check/rules/${id}.ts`)) as Record<string, { id?: string }>;
      expect(Object.values(mod).some((x) => x.id === id)).toBe(true);
      expect(rulesById[id].id).toBe(id);
      expect(existsSync(path.join(root, `test/check/${id}.test.ts`))).toBe(true);
      for (const f of ['fires.txt', 'fires.expected.json', 'clean.txt']) expect(existsSync(path.join(root, `fixtures/check/${id}/${f}`)), f).toBe(true);
      expect(ruleInfo[id].description.length).toBeGreaterThan(10);
      expect(readme.get(id)).toEqual({ severity: ruleInfo[id].severity, description: ruleInfo[id].description });
    });
  }

  test('the README lists no rule that does not exist', () => {
    expect([...readme.keys()].sort()).toEqual([...ruleIds].sort());
  });
});
