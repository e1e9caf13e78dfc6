// rulesFor(code): the rules a line starting with `code` is tried against, kept per code. It must be exactly the
// rules whose `first` filter accepts the code, in precedence order, for every code; codes with the same rules share
// one list (the cache stays small however many distinct first characters a corpus has).
import { describe, expect, it } from 'vitest';
import { lineRules, rulesFor } from '../../src/tokenize/index.js';

describe('rulesFor', () => {
  it('is the filtered rule list, in order, for every UTF-16 code and for an empty line', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const expected = lineRules.filter((rule) => rule.first === undefined || rule.first(code));
      expect(rulesFor(code)).toEqual(expected);
    }
    expect(rulesFor(Number.NaN)).toEqual(lineRules.filter((rule) => rule.first === undefined || rule.first(Number.NaN)));
  });

  it('gives one shared list per distinct set of rules', () => {
    const lists = new Set<readonly unknown[]>();
    for (let code = 0; code <= 0xffff; code++) lists.add(rulesFor(code));
    const distinct = new Set([...lists].map((list) => list.map((rule) => (rule as { name: string }).name).join(',')));
    expect(lists.size).toBe(distinct.size);
    expect(lists.size).toBeLessThan(64);
  });
});
