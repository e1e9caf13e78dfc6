// The line-rule registry stays honest: every rule has its own file (named after it, exporting it under the
// camelCase of its name) and its own test file; names are unique; the fallback comes last.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lineRules } from '../src/tokenize/line-rules.js';
import { paragraph } from '../src/tokenize/rules/paragraph.js';

const root = new URL('../', import.meta.url);
const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

describe('line-rule registry', () => {
  it('has rules', () => expect(lineRules.length).toBeGreaterThan(10));

  it('rule names are unique kebab-case', () => {
    const names = lineRules.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it('ends with the fallback paragraph rule', () => {
    expect(lineRules[lineRules.length - 1]).toBe(paragraph);
    expect(lineRules.filter((r) => r.name === 'paragraph')).toHaveLength(1);
  });

  it('blank comes first', () => expect(lineRules[0]?.name).toBe('blank'));

  describe.each(lineRules.map((r) => [r.name, r] as const))('%s', (name, rule) => {
    it(`has src/tokenize/rules/${name}.ts exporting ${camel(name)}`, async () => {
      expect(existsSync(new URL(`src/tokenize/rules/${name}.ts`, root))).toBe(true);
      const mod = (await import(`../src/tokenize/rules/${name}.ts`)) as Record<string, unknown>;
      expect(mod[camel(name)]).toBe(rule);
    });
    it(`has test/tokenize/${name}.test.ts`, () => {
      expect(existsSync(new URL(`test/tokenize/${name}.test.ts`, root))).toBe(true);
    });
    it('has a description', () => expect(rule.description.trim().length).toBeGreaterThan(0));
  });
});
