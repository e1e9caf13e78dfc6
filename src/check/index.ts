// check(result, config?, context?) → Diagnostic[]: runs the rules over a ParseResult.
//
// The rules own their codes: diagnostics of a rule's code already in `result.diagnostics` (the grammar's
// missing-delimiter, the decoder's encoding) are re-emitted by that rule with its configured severity, or dropped
// when it is off, so check() is idempotent (checking a result that parse() already checked gives the same list).
// Diagnostics of other codes pass through unchanged. The list is sorted by line, then column, then rule order.
import type { Diagnostic, ParseResult, Severity } from '../types.js';
import type { CheckContext } from './define-rule.js';
import { defaultConfig, type Config } from './config.js';
import { isRuleId, rules, rulesById, type RuleId } from './registry.js';
import { withMemo } from './walk.js';

export type { CheckContext, Finding, Rule, RuleSeverity } from './define-rule.js';
export { defineRule } from './define-rule.js';
export { ruleIds, ruleInfo, rules, rulesById, fixedCodes, isRuleId, type RuleId, type RuleInfo } from './registry.js';
export { ConfigError, defaultConfig, parseConfig, parseConfigText, ruleLevels, type Config, type RuleLevel } from './config.js';

/** The severity a rule reports with under `config`, or null when it is off. */
export function severityOf(id: RuleId, config: Config = defaultConfig): Severity | null {
  const level = config.rules[id];
  if (level === 'off') return null;
  if (level === 'warn') return 'warning';
  if (level === 'error') return 'error';
  return rulesById[id].severity;
}

export function check(result: ParseResult, config: Config = defaultConfig, context: CheckContext = {}): Diagnostic[] {
  // The rules share their analyses of `result` (node list, numbering) for this run only (walk.ts: memoise).
  return withMemo(() => runRules(result, config, context));
}

function runRules(result: ParseResult, config: Config, context: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const order = new Map<string, number>();
  for (const rule of rules) {
    const severity = severityOf(rule.id, config);
    order.set(rule.id, order.size);
    if (severity === null) continue;
    const findings = rule.check(result, context);
    for (const f of findings)
      out.push({ severity, code: rule.id, message: f.message, line: f.line, ...(f.column !== undefined ? { column: f.column } : {}) });
    // A file that is not text has no outline worth checking.
    if (rule.id === 'not-text' && findings.length > 0) return out;
  }
  for (const d of result.diagnostics) if (!isRuleId(d.code)) out.push(d);
  const seen = new Set<string>();
  const unique = out.filter((d) => {
    const key = `${d.code}\u0000${d.line}\u0000${d.column ?? 0}\u0000${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const rank = (d: Diagnostic) => order.get(d.code) ?? order.size;
  return unique.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0) || rank(a) - rank(b));
}
