// A sub-list numbered in its parent's style: an item that announces a list (`2.加强重点环节管理。重点做好以下工作：`),
// the list numbered from 1 in the same style (`1.…；` `2.…；` `3.…。`), then the parent's numbering going on (`3.提升…`).
// (The colon ends the parent's own line, as in text that puts a paragraph on a line.) Flat, the list's items would be the parent's siblings and the numbering would run 1, 2, 1, 2, 3, 3; a reader nests
// them under the item that announced them. Their markers get a path one level deeper (as a Markdown list nested in an
// item has, tokenize/index.ts listPath), so the outline reads them as a level of their own (outline.ts styleKey).
import type { Token } from '../types.js';
import { endsWithSemicolon } from './wrap.js';

/** A line that announces a list: it ends with a colon. */
const announces = (t: Token): boolean => {
  const last = t.content.charCodeAt(t.content.length - 1);
  return last === 0xff1a || last === 0x3a;
};

/**
 * The tokens with each sub-list in its parent's style one level deeper (the same array when there is none): the list
 * starts at 1 right below its parent's paragraph, which ends with a colon; it runs on without a gap for two items or
 * more; and the next marker after it is its parent's next number in the same style. The text, lines and columns stay
 * as they are.
 */
export function withSubListsNested(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | null = null;
  /** The last marker token's index, and the last line of text since. */
  let parent = -1;
  let lastText: Token | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === 'blank' || t.type === 'noise') continue;
    const marker = t.type === 'outlineMarker' ? t.marker : undefined;
    if (marker === undefined) {
      lastText = t;
      continue;
    }
    const above = parent >= 0 ? (tokens[parent] as Token).marker : undefined;
    // (The colon ends the parent's own line: a line of its own below it, `三月份：` / `1.…`, heads a list of the section.)
    if (above !== undefined && lastText === null && marker.number === 1 && marker.style === above.style && marker.path.length === 1 && above.path.length === 1 && above.number >= 1 && announces(tokens[parent] as Token)) {
      const run = runBelow(tokens, i, above.style, above.number);
      if (run !== null) {
        out ??= tokens.slice();
        for (const j of run) {
          const item = out[j] as Token;
          const m = item.marker;
          if (m !== undefined) out[j] = { ...item, marker: { ...m, path: [0, m.number] } };
        }
        // The parent's list goes on at the marker after the run.
        i = (run[run.length - 1] as number) + 1;
        while (i < tokens.length && (tokens[i] as Token).type !== 'outlineMarker') i++;
        i--;
        lastText = null;
        continue;
      }
    }
    parent = i;
    lastText = null;
  }
  return out ?? tokens;
}

/**
 * The indices of a run of markers of `style` numbered 1, 2, … from `from` (lines of text between them), when there are
 * two or more and the marker right after the run is `style`'s `parentNumber + 1`; null otherwise.
 */
function runBelow(tokens: readonly Token[], from: number, style: string, parentNumber: number): number[] | null {
  const run: number[] = [];
  /** The last line of the run's last item so far. */
  let last: Token | null = null;
  for (let j = from; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.type === 'blank' || t.type === 'noise') continue;
    const m = t.marker;
    if (t.type !== 'outlineMarker' || m === undefined) {
      last = t;
      continue;
    }
    // (Where the parent's next number is the run's next too, `（二）…：` / `（一）…；` / `（二）…。` / `（三）…`, the run goes on
    // only after an item that ends with a semicolon, as the items of a list inside a sentence do.)
    const parentsNext = m.style === style && m.number === parentNumber + 1;
    if (m.style === style && m.path.length === 1 && m.number === run.length + 1 && (!parentsNext || (last !== null && endsWithSemicolon.test(last.content)))) {
      run.push(j);
      last = t;
      continue;
    }
    return run.length >= 2 && parentsNext ? run : null;
  }
  return null;
}
