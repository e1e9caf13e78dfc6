// The shape of a line rule: `{ name, tokenize }`, registered in line-rules.ts. Rules import this file,
// lexicon/ and types, never each other.
import type { Line, MarkerStrength, MarkerStyle, TokenType, Token } from '../types.js';

/**
 * What a rule sees of one line. `folded` is the recognition fold of `line.text` (same indices): all of a line with up
 * to 100 units of content, and the first 32 and last 48 units of content of a longer one (`foldEnds`): a rule that
 * reads more of a line than its ends must give up on lines over 100 units, as the rules that look for whole-line
 * patterns do.
 */
export interface LineInput {
  line: Line;
  folded: string;
  /** Index of the first non-space unit. */
  start: number;
  /** Index just past the last non-space unit. */
  end: number;
  /** `folded.slice(start, end)`. */
  content: string;
}

/** A marker found by a rule: `length` units of `content` from its start form the marker. */
export interface MarkerMatch {
  style: MarkerStyle;
  number: number;
  path?: number[];
  length: number;
  /** Units of the marker that are its delimiter, counted from the marker's end. */
  delimiterLength: number;
  strength: MarkerStrength;
  /** A section badge's number (`01 总体要求`): see `Marker.badge`. */
  badge?: true;
  /** The depth of a Markdown heading's mark left in plain text before the marker (`### 1. 用户增长` → 3). */
  heading?: number;
}

export interface RuleMatch {
  type: TokenType;
  marker?: MarkerMatch;
  kind?: Token['kind'];
}

export interface LineRule {
  /** The rule's file name, kebab-case; stored on each token it makes. */
  name: string;
  /** What the rule recognises, for docs and tests. */
  description: string;
  /**
   * Optional fast reject (micromark keys its constructs by character code the same way): the rule runs only
   * when this accepts the UTF-16 code of the line's first non-space character (after folding).
   */
  first?: (code: number) => boolean;
  tokenize(input: LineInput): RuleMatch | null;
}

export function defineLineRule(rule: LineRule): LineRule {
  return rule;
}

let numbered: readonly LineRule[] = [];

/**
 * The numbered-marker rules in precedence order, for the rules that read a marker inside something else (`**一、…**`,
 * `一、一、`). Set once by line-rules.ts, so that rules never import each other.
 */
export function setNumberedMarkerRules(rules: readonly LineRule[]): void {
  numbered = rules;
}

/** What the first numbered-marker rule that matches makes of `input` (in precedence order); null when none does. */
export function matchNumberedMarker(input: LineInput): RuleMatch | null {
  const code = input.content.charCodeAt(0);
  for (const rule of numbered) {
    if (rule.first !== undefined && !rule.first(code)) continue;
    const match = rule.tokenize(input);
    if (match) return match;
  }
  return null;
}
