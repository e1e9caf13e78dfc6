// The rules, in the order they run and report, and their registry entries. RuleId is derived from the list, and
// `rulesById` must hold a rule for every id (and nothing else): a missing or extra rule is a compile error.
import type { Rule, RuleSeverity } from './define-rule.js';
import { numberingGap } from './rules/numbering-gap.js';
import { numberingDuplicate } from './rules/numbering-duplicate.js';
import { numberingOrder } from './rules/numbering-order.js';
import { numberingRestart } from './rules/numbering-restart.js';
import { missingDelimiter } from './rules/missing-delimiter.js';
import { mixedDelimiter } from './rules/mixed-delimiter.js';
import { mixedWidth } from './rules/mixed-width.js';
import { levelSkip } from './rules/level-skip.js';
import { emptySection } from './rules/empty-section.js';
import { orphanText } from './rules/orphan-text.js';
import { tocMismatch } from './rules/toc-mismatch.js';
import { encoding } from './rules/encoding.js';
import { notText } from './rules/not-text.js';

/** Every rule id, in run order. Ids are stable: they appear as `code` in diagnostics and as keys in config files. */
export const ruleIds = [
  'not-text',
  'encoding',
  'numbering-gap',
  'numbering-duplicate',
  'numbering-order',
  'numbering-restart',
  'missing-delimiter',
  'mixed-delimiter',
  'mixed-width',
  'level-skip',
  'empty-section',
  'orphan-text',
  'toc-mismatch',
] as const;
export type RuleId = (typeof ruleIds)[number];

export const rulesById: { readonly [K in RuleId]: Rule<K> } = {
  'not-text': notText,
  encoding,
  'numbering-gap': numberingGap,
  'numbering-duplicate': numberingDuplicate,
  'numbering-order': numberingOrder,
  'numbering-restart': numberingRestart,
  'missing-delimiter': missingDelimiter,
  'mixed-delimiter': mixedDelimiter,
  'mixed-width': mixedWidth,
  'level-skip': levelSkip,
  'empty-section': emptySection,
  'orphan-text': orphanText,
  'toc-mismatch': tocMismatch,
};

/** The rules in run order. */
export const rules: readonly Rule<RuleId>[] = ruleIds.map((id) => rulesById[id]);

export interface RuleInfo {
  severity: RuleSeverity;
  description: string;
  /** Where the rule is documented (the README's rules table). */
  docs: string;
}

export const ruleInfo: Record<RuleId, RuleInfo> = Object.fromEntries(
  ruleIds.map((id) => [id, { severity: rulesById[id].severity, description: rulesById[id].description, docs: `README.md#rules` }]),
) as Record<RuleId, RuleInfo>;

export function isRuleId(id: string): id is RuleId {
  return (ruleIds as readonly string[]).includes(id);
}

/** Diagnostic codes that are not rules: they cannot be configured. */
export const fixedCodes = {
  'read-error': 'The file could not be read (missing, a directory, no permission). Always an error.',
} as const;
