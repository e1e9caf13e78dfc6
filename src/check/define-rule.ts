// defineRule({ id, severity, description, check }): one lint rule over a ParseResult (eslint / markdownlint shape).
// A rule returns findings (line, column, message); check() stamps them with the rule's id and configured severity.
import type { ParseResult } from '../types.js';

/** What a rule may know besides the ParseResult; every field is optional (a ParseResult alone can be checked). */
export interface CheckContext {
  /** Set when decoding refused the input as not text (NotTextError): the decoder's message. */
  notText?: string;
}

/** A problem found by a rule, before its id and severity are attached. */
export interface Finding {
  line: number;
  column?: number;
  message: string;
}

export type RuleSeverity = 'error' | 'warning';

export interface Rule<Id extends string = string> {
  /** Stable kebab-case id: the diagnostic `code` and the key in the config file. */
  id: Id;
  /** Default severity (a config file may change it, or turn the rule off). */
  severity: RuleSeverity;
  /** What the rule catches, in one plain sentence (README rules table, SARIF rule descriptions). */
  description: string;
  check(result: ParseResult, context: CheckContext): Finding[];
}

export function defineRule<const Id extends string>(rule: Rule<Id>): Rule<Id> {
  return rule;
}
