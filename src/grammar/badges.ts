// A section badge alone on its line: WeChat article editors (秀米, 135编辑器) set a section's number in a badge above its
// heading, which a copy leaves as a line of its own (`01` / `总体要求` / … / `02` / `重点任务`). Alone, `01` reads as a page
// number to the tokenizer; where it numbers on from `01` and a short heading follows it, it is the section's marker and
// the heading its title (a marker alone on its line, as `一、` / `总体要求` is).
import type { Token } from '../types.js';

const badge = /^0[1-9]$/;

/** Sentence punctuation: a heading has none. */
const sentence = /[。！？；，,;!?]/;

/** The next token after `i` that is not blank, or undefined. */
function nextContent(tokens: readonly Token[], i: number): Token | undefined {
  for (let j = i + 1; j < tokens.length; j++) if ((tokens[j] as Token).type !== 'blank') return tokens[j];
  return undefined;
}

/**
 * The tokens with every badge number (`01`, then `02` …, each above a short heading of its own line) read as a marker
 * (the same array when there is none). The text, lines and columns stay as they are.
 */
export function withBadgeNumbers(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | null = null;
  let expected = 1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== 'noise' || t.kind !== 'page-number' || t.content.length !== 2 || !badge.test(t.content)) continue;
    const number = t.content.charCodeAt(1) - 48;
    if (number !== expected) continue;
    const heading = nextContent(tokens, i);
    if (heading === undefined || (heading.type !== 'titleCandidate' && heading.type !== 'paragraph') || heading.content.length > 20 || sentence.test(heading.content)) continue;
    out ??= tokens.slice();
    out[i] = {
      ...t,
      type: 'outlineMarker',
      kind: undefined,
      marker: { style: 'arabic', number, path: [number], raw: t.content, delimiter: '', width: 'none', strength: 'strong', column: t.column, contentColumn: t.column + t.content.length },
    };
    expected++;
  }
  return out ?? tokens;
}
