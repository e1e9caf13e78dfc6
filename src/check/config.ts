// Config: a JSON object → a validated Config. Pure: finding and reading the file is src/cli/config.ts's job.
// Nothing from a document repository is ever executed: the config is JSON only.
//
//   { "rules": { "numbering-restart": "off", "mixed-width": "error" }, "ignore": ["drafts/**"] }
import { isRuleId, ruleIds, type RuleId } from './registry.js';

export const ruleLevels = ['off', 'warn', 'error'] as const;
export type RuleLevel = (typeof ruleLevels)[number];

export interface Config {
  rules: Partial<Record<RuleId, RuleLevel>>;
  /** Glob patterns of files not to check, relative to the config file's directory. */
  ignore: string[];
}

export const defaultConfig: Config = Object.freeze({ rules: Object.freeze({}), ignore: Object.freeze([]) as unknown as string[] });

/** A config that cannot be used; the CLI prints the message and exits 2. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const allowedKeys = new Set(['$schema', 'rules', 'ignore']);

/** Validates a parsed JSON value; `origin` names the file in messages. */
export function parseConfig(value: unknown, origin = 'config'): Config {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ConfigError(`${origin}: expected a JSON object`);
  for (const key of Object.keys(value))
    if (!allowedKeys.has(key)) throw new ConfigError(`${origin}: unknown key "${key}", expected "rules" or "ignore"`);
  const { rules = {}, ignore = [] } = value as { rules?: unknown; ignore?: unknown };
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) throw new ConfigError(`${origin}: "rules" must be an object of rule ids`);
  const out: Config = { rules: {}, ignore: [] };
  for (const [id, level] of Object.entries(rules)) {
    if (!isRuleId(id)) {
      const hint = closest(id);
      throw new ConfigError(`${origin}: unknown rule "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}; the rules are ${ruleIds.join(', ')}`);
    }
    if (!(ruleLevels as readonly unknown[]).includes(level))
      throw new ConfigError(`${origin}: rule "${id}" is set to ${JSON.stringify(level)}, expected "off", "warn" or "error"`);
    out.rules[id] = level as RuleLevel;
  }
  if (!Array.isArray(ignore) || ignore.some((p) => typeof p !== 'string' || p === ''))
    throw new ConfigError(`${origin}: "ignore" must be an array of glob patterns (non-empty strings)`);
  out.ignore = [...(ignore as string[])];
  return out;
}

/** Parses the text of a config file. */
export function parseConfigText(text: string, origin = 'config'): Config {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new ConfigError(`${origin}: not valid JSON (${(error as Error).message})`);
  }
  return parseConfig(value, origin);
}

/** The rule id nearest to a misspelt one (edit distance ≤ 3). */
function closest(id: string): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  for (const candidate of ruleIds) {
    const d = distance(id, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min((row[j] as number) + 1, (next[j - 1] as number) + 1, (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length] as number;
}
