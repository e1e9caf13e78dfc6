// Reporters against golden files (UPDATE=1 rewrites them; read the diff), the SARIF output validated against the
// official SARIF 2.1.0 JSON schema (shipped in @microsoft/jest-sarif), and the GitHub escaping rules.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, test } from 'vitest';
import { ruleInfo } from '../../src/check/index.js';
import { plainStyle, reporterNames, reporters, type FileReport, type Style } from '../../src/report/index.js';
import { expectGolden } from '../helpers/golden.js';

const golden = (name: string) => path.resolve(import.meta.dirname, 'golden', name);

/** Three files: problems (with and without a column), a clean one, an unreadable one; a path that needs escaping. */
export const sampleResults: FileReport[] = [
  {
    path: 'plans/2024年,工作要点.txt',
    diagnostics: [
      { severity: 'warning', code: 'toc-mismatch', message: 'table of contents entry "三、保障措施……3" matches no heading after it', line: 6 },
      { severity: 'error', code: 'numbering-gap', message: 'numbering jumps from 26 (line 169) to 28', line: 171 },
      { severity: 'warning', code: 'missing-delimiter', message: 'marker 27 has no delimiter after it', line: 491, column: 1 },
      { severity: 'info', code: 'hard-wrap', message: 'joined 3 hard-wrapped line(s) into their paragraphs (wrap width 40)', line: 500 },
    ],
  },
  { path: 'plans/clean.txt', diagnostics: [] },
  { path: 'plans/missing.txt', diagnostics: [{ severity: 'error', code: 'read-error', message: 'cannot read the file: no such file or directory', line: 1 }] },
];

/**
 * The official SARIF 2.1.0 (rtm.5) schema is written in draft-04, which ajv 8 reads once its draft-04 `id` is
 * renamed `$id` (it uses no other draft-04-only keyword: no boolean exclusiveMinimum/Maximum); its `language`
 * pattern is not valid with the u flag (a stray `]`), hence `unicodeRegExp: false`.
 */
function loadSchema(file: string): Record<string, unknown> {
  const schema = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  expect(schema.title).toMatch(/SARIF\) Version 2\.1\.0/);
  schema.$id = schema.id;
  delete schema.id;
  delete schema.$schema;
  return schema;
}

const options = { style: plainStyle, rules: ruleInfo, version: '0.1.0' };

describe('reporters', () => {
  test('the map covers every reporter name', () => {
    expect(Object.keys(reporters).sort()).toEqual([...reporterNames].sort());
  });

  for (const name of reporterNames) {
    const ext = name === 'json' || name === 'sarif' ? 'json' : 'txt';
    test(`${name} matches golden/${name}.${ext}`, () => {
      expectGolden(golden(`${name}.${ext}`), reporters[name](sampleResults, options));
    });
    test(`${name}: no problems`, () => {
      expectGolden(golden(`${name}-clean.${ext}`), reporters[name]([{ path: 'a.txt', diagnostics: [] }], options));
    });
  }

  test('stylish colours through the injected style only', () => {
    const tag = (t: string) => (s: string) => `<${t}>${s}</${t}>`;
    const style: Style = { red: tag('red'), yellow: tag('yellow'), green: tag('green'), dim: tag('dim'), bold: tag('bold'), underline: tag('u') };
    const out = reporters.stylish(sampleResults.slice(0, 1), { style });
    expect(out).toContain('<u>plans/2024年,工作要点.txt</u>');
    expect(out).toContain('<red>error</red>');
    expect(out).toContain('<bold><red>✖ 3 problems (1 error, 2 warnings) in 1 of 1 file</red></bold>');
    expect(reporters.stylish(sampleResults.slice(0, 1), options)).not.toMatch(/\u001b\[/);
  });

  test('github escapes , and : in properties and newlines and % in messages', () => {
    const out = reporters.github([{ path: 'a,b:c.txt', diagnostics: [{ severity: 'error', code: 'x', message: '50% done\nnext', line: 2 }] }], options);
    expect(out).toBe('::error file=a%2Cb%3Ac.txt,line=2,title=x::50%25 done%0Anext\n');
  });

  test('control characters (C0, DEL, C1) in paths, messages and codes are written escaped, never raw', () => {
    const hostile: FileReport[] = [
      { path: 'a\u001b[2J.txt', diagnostics: [{ severity: 'warning', code: 'toc-mismatch', message: 'entry "二、\u001b]0;x\u0007\u009b31m任务\ttab\u0000"', line: 3 }] },
    ];
    const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
    for (const name of reporterNames) {
      const out = reporters[name](hostile, options);
      expect(out, name).not.toMatch(raw);
      if (name === 'stylish' || name === 'github') expect(out, name).toContain('\\u001b]0;x\\u0007\\u009b31m任务\\u0009tab\\u0000');
    }
    expect(reporters.stylish(hostile, options)).toContain('a\\u001b[2J.txt');
    // The JSON reporters keep the value: parsed back, the message is the one given.
    const message = hostile[0]?.diagnostics[0]?.message;
    const parsed = JSON.parse(reporters.json(hostile, options)) as { files: { diagnostics: { message: string }[] }[] };
    expect(parsed.files[0]?.diagnostics[0]?.message).toBe(message);
    const log = JSON.parse(reporters.sarif(hostile, options)) as { runs: { results: { message: { text: string } }[] }[] };
    expect(log.runs[0]?.results[0]?.message.text).toBe(message);
  });

  test('sarif validates against the SARIF 2.1.0 schema', () => {
    const require = createRequire(import.meta.url);
    const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const validate = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false }).compile(loadSchema(schemaPath));
    for (const results of [sampleResults, []]) {
      const log = JSON.parse(reporters.sarif(results, options)) as { runs: { results: unknown[]; tool: { driver: { rules: { id: string }[] } } }[] };
      const ok = validate(log);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
      // Every check rule, then the codes results carry that are not rules, in order of appearance (the sample's
      // hard-wrap info and read-error).
      const extra = results.length > 0 ? ['hard-wrap', 'read-error'] : [];
      expect(log.runs[0]?.tool.driver.rules.map((r) => r.id)).toEqual([...Object.keys(ruleInfo), ...extra]);
    }
  });

  test('sarif: every result has a ruleIndex that points to its ruleId, read-error included', () => {
    const log = JSON.parse(reporters.sarif(sampleResults, options)) as {
      runs: { results: { ruleId: string; ruleIndex?: number }[]; tool: { driver: { rules: { id: string }[] } } }[];
    };
    const run = log.runs[0];
    expect(run?.results.map((r) => r.ruleId)).toContain('read-error');
    for (const r of run?.results ?? []) expect(run?.tool.driver.rules[r.ruleIndex ?? -1]?.id).toBe(r.ruleId);
  });

  test('sarif: file URIs are percent-encoded per segment; absolute paths are file: URIs', () => {
    const uri = (p: string) =>
      (JSON.parse(reporters.sarif([{ path: p, diagnostics: [{ severity: 'error', code: 'numbering-gap', message: 'm', line: 1 }] }], options)) as {
        runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
      }).runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri;
    expect(uri('x:y.txt')).toBe('x%3Ay.txt');
    expect(uri('docs/a b%#?.txt')).toBe('docs/a%20b%25%23%3F.txt');
    expect(uri('docs\\工作.txt')).toBe('docs/%E5%B7%A5%E4%BD%9C.txt');
    expect(uri('/tmp/x:y.txt')).toBe('file:///tmp/x%3Ay.txt');
    expect(uri('C:/plans/a b.txt')).toBe('file:///C:/plans/a%20b.txt');
  });

  test('sarif: a schema violation is caught (the validation can fail)', () => {
    const require = createRequire(import.meta.url);
    const validate = new Ajv({ strict: false, validateFormats: false, unicodeRegExp: false }).compile(loadSchema(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')));
    const log = JSON.parse(reporters.sarif(sampleResults, options)) as { runs: { results: { level: string }[] }[] };
    (log.runs[0]?.results[0] as { level: string }).level = 'fatal';
    expect(validate(log)).toBe(false);
  });
});
