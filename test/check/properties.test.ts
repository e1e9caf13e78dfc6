// Properties of check() over arbitrary plan-like text: it never throws, it is idempotent on what parse() already
// checked, every diagnostic points at a real line with a known code, and turning every rule off leaves only the
// codes that are not rules.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { check, isRuleId, ruleIds, type Config } from '../../src/check/index.js';
import { parse } from '../../src/parse.js';
import { anyText, runs } from '../helpers/arbitraries.js';

const allOff: Config = { rules: Object.fromEntries(ruleIds.map((id) => [id, 'off'])), ignore: [] };

test('check: idempotent, positioned, configurable', () => {
  fc.assert(
    fc.property(anyText, (text) => {
      const result = parse(text);
      expect(check(result)).toEqual(result.diagnostics);
      for (const d of result.diagnostics) {
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.line).toBeLessThanOrEqual(Math.max(1, result.source.lines));
      }
      expect(check(result, allOff).every((d) => !isRuleId(d.code))).toBe(true);
    }),
    { numRuns: runs },
  );
});
