// expectTokens(rule, { valid, invalid }): a rule's tests as two lists (eslint RuleTester, marked expectTokens).
// - valid: the line, tokenized with the whole rule list, is claimed by this rule (so precedence is tested too),
//   and the token has the expected fields;
// - invalid: this rule alone does not match the line.
import { describe, expect, it } from 'vitest';
import type { LineInput, LineRule } from '../../src/tokenize/define-line-rule.js';
import { tokenizeLine } from '../../src/tokenize/index.js';
import { fold, skipSpaces, trimEnd } from '../../src/tokenize/lexicon/fold.js';
import type { Line, Marker, Token } from '../../src/types.js';

/** What a valid line must produce; only the fields given are compared. */
export type ExpectedToken = Partial<Pick<Token, 'type' | 'kind' | 'pageRef' | 'column' | 'content'>> &
  Partial<Pick<Marker, 'style' | 'number' | 'strength' | 'raw' | 'delimiter' | 'width' | 'path' | 'contentColumn'>>;

export interface RuleCases {
  valid: [line: string, expected: ExpectedToken][];
  invalid: string[];
}

export function lineOf(text: string, line = 1): Line {
  return { line, text, eol: '', offset: 0 };
}

/** The input a rule sees for `text`, built as tokenizeLine builds it. */
export function inputOf(text: string): LineInput {
  const folded = fold(text);
  const start = skipSpaces(folded);
  const end = Math.max(start, trimEnd(folded));
  return { line: lineOf(text), folded, start, end, content: folded.slice(start, end) };
}

const markerFields = ['style', 'number', 'strength', 'raw', 'delimiter', 'width', 'path', 'contentColumn'] as const;
const tokenFields = ['type', 'kind', 'pageRef', 'column', 'content'] as const;

/** The fields of `token` named in `expected`, in the same shape (for one toEqual with a readable diff). */
function pick(token: Token, expected: ExpectedToken): ExpectedToken {
  const out: Record<string, unknown> = {};
  for (const k of tokenFields) if (k in expected) out[k] = token[k];
  for (const k of markerFields) if (k in expected) out[k] = token.marker?.[k];
  return out as ExpectedToken;
}

export function expectTokens(rule: LineRule, cases: RuleCases): void {
  describe(`rule ${rule.name}`, () => {
    it('has a description', () => expect(rule.description.length).toBeGreaterThan(10));
    for (const [text, expected] of cases.valid) {
      it(`valid: ${JSON.stringify(text)}`, () => {
        const token = tokenizeLine(lineOf(text));
        expect(token.rule, `the line is claimed by ${token.rule}`).toBe(rule.name);
        expect(pick(token, expected)).toEqual(expected);
      });
    }
    for (const text of cases.invalid) {
      it(`invalid: ${JSON.stringify(text)}`, () => {
        expect(rule.tokenize(inputOf(text))).toBeNull();
      });
    }
  });
}
