import { describe, expect, test } from 'vitest';
import { ConfigError, check, parseConfig, parseConfigText } from '../../src/check/index.js';
import { parse } from '../../src/parse.js';

describe('parseConfig', () => {
  test('accepts rules and ignore patterns', () => {
    expect(parseConfig({ $schema: 'x', rules: { 'numbering-gap': 'warn', 'mixed-width': 'off' }, ignore: ['drafts/**'] })).toEqual({
      rules: { 'numbering-gap': 'warn', 'mixed-width': 'off' },
      ignore: ['drafts/**'],
    });
    expect(parseConfig({})).toEqual({ rules: {}, ignore: [] });
  });

  test.each([
    [[], /expected a JSON object/],
    [{ rule: {} }, /unknown key "rule"/],
    [{ rules: { 'numbering-gapp': 'off' } }, /unknown rule "numbering-gapp" \(did you mean "numbering-gap"\?\)/],
    [{ rules: { 'numbering-gap': 'warning' } }, /"numbering-gap" is set to "warning", expected "off", "warn" or "error"/],
    [{ rules: { 'numbering-gap': 2 } }, /set to 2/],
    [{ rules: [] }, /"rules" must be an object/],
    [{ ignore: 'drafts/**' }, /"ignore" must be an array/],
  ])('rejects %j', (value, message) => {
    expect(() => parseConfig(value, 'plan-parse.config.json')).toThrow(ConfigError);
    expect(() => parseConfig(value, 'plan-parse.config.json')).toThrow(message);
  });

  test('parseConfigText names the file when the JSON is broken, and reads a BOM', () => {
    expect(() => parseConfigText('{ rules: }', '.planparserc.json')).toThrow(/^\.planparserc\.json: not valid JSON/);
    expect(parseConfigText('\ufeff{"rules":{"encoding":"error"}}')).toEqual({ rules: { encoding: 'error' }, ignore: [] });
  });
});

describe('check with a config', () => {
  const text = ['一、甲', '1.子项一。', '2.子项二。', '4.子项四。'].join('\n');
  test('warn lowers, off silences, error raises', () => {
    const result = parse(text);
    expect(check(result).map((d) => [d.code, d.severity])).toEqual([['numbering-gap', 'error']]);
    expect(check(result, { rules: { 'numbering-gap': 'warn' }, ignore: [] }).map((d) => [d.code, d.severity])).toEqual([['numbering-gap', 'warning']]);
    expect(check(result, { rules: { 'numbering-gap': 'off' }, ignore: [] })).toEqual([]);
  });

  test('check is idempotent on a result that parse() already checked, and keeps other codes', () => {
    const result = parse(text);
    const again = { ...result, diagnostics: [...result.diagnostics, { severity: 'info' as const, code: 'hard-wrap', message: 'x', line: 2 }] };
    expect(check(again)).toEqual([result.diagnostics[0], { severity: 'info', code: 'hard-wrap', message: 'x', line: 2 }].sort((a, b) => (a?.line ?? 0) - (b?.line ?? 0)));
  });
});
