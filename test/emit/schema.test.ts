// The JSON Schema is the output contract: every seed and fixture validates against it, and its style enum
// is `markerStyles` itself.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import schema from '../../src/emit/schema.json' with { type: 'json' };
import { parse } from '../../src/parse.js';
import { toJSON } from '../../src/emit/json.js';
import { markerStyles } from '../../src/types.js';

const root = join(import.meta.dirname, '..', '..');
// ajv is CommonJS: under NodeNext its default export arrives as the module namespace's `default`.
const ajv = new Ajv2020.default({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

function inputs(): string[] {
  const seeds = readdirSync(join(root, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join('seeds', f));
  const dir = join(root, 'fixtures');
  const fixtures = (existsSync(dir) ? (readdirSync(dir, { recursive: true }) as string[]) : [])
    .filter((f) => f.endsWith('input.txt'))
    .map((f) => join('fixtures', f));
  return [...seeds, ...fixtures].sort();
}

function jsonOf(file: string): unknown {
  return JSON.parse(toJSON(parse(readFileSync(join(root, file)), { path: file })));
}

describe('schema.json', () => {
  it('is found with seeds to check', () => {
    expect(inputs().filter((f) => f.startsWith('seeds')).length).toBeGreaterThanOrEqual(5);
  });

  it.each(inputs())('validates the JSON of %s', (file) => {
    const ok = validate(jsonOf(file));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('has the style enum of markerStyles', () => {
    expect(schema.$defs.node.properties.style.enum).toEqual([...markerStyles]);
  });

  it('pins schemaVersion to 1', () => {
    expect(schema.properties.schemaVersion).toEqual(expect.objectContaining({ const: 1 }));
  });

  const valid = () => jsonOf('seeds/000_129a2ddb08cba246.txt') as { documents: { children: Record<string, unknown>[] }[]; diagnostics: unknown[] };

  it('rejects an unknown property (additionalProperties: false)', () => {
    const r = valid();
    (r.documents[0] as Record<string, unknown>).extra = 1;
    expect(validate(r)).toBe(false);
    expect(validate.errors?.[0]?.keyword).toBe('additionalProperties');
  });

  it('rejects an unknown style and a missing field', () => {
    const r = valid();
    const node = r.documents[0]?.children[0] as Record<string, unknown>;
    node.style = 'roman-numeral';
    expect(validate(r)).toBe(false);
    expect(validate.errors?.[0]?.keyword).toBe('enum');
    const r2 = valid();
    delete (r2.documents[0]?.children[0] as Record<string, unknown>).endLine;
    expect(validate(r2)).toBe(false);
    expect(validate.errors?.[0]?.keyword).toBe('required');
  });

  it('rejects a wrong severity and schemaVersion', () => {
    const r = valid() as Record<string, unknown>;
    r.diagnostics = [{ severity: 'fatal', code: 'x', message: 'y', line: 1 }];
    expect(validate(r)).toBe(false);
    const r2 = valid() as Record<string, unknown>;
    r2.schemaVersion = 2;
    expect(validate(r2)).toBe(false);
  });
});
