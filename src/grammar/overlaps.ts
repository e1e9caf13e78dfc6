// Screenshots pasted one after another overlap: the last line or two of one shot head the next again, below the
// phone's status bar and the app's title bar (`…对低保、特困、` / `9:42` / `＜ … ⋯` / `…对低保、特困、`). The second copy is
// no text of the document: it is read as noise (kind `repeat`), so that a heading is not a node twice.
import type { Token } from '../types.js';
import { isScreenBar } from '../tokenize/rules/navigation.js';

/** How many lines two shots may share. */
const maxOverlap = 4;

const isFurniture = (t: Token) => t.type === 'noise' && (t.kind === 'navigation' || t.kind === 'page-number');
const isText = (t: Token) => t.type !== 'blank' && t.type !== 'noise';
const isFurnitureAt = (tokens: readonly Token[], i: number) => i < tokens.length && isFurniture(tokens[i] as Token);
/** A short line of words apart by wide gaps, no punctuation: an app's toolbar between two shots. */
/** A short name with no number and no punctuation (`崂山二小`, `沂南农业农村`): an account's, in a title bar. */
const isBarName = (t: Token) => t.type !== 'outlineMarker' && t.content.length >= 2 && t.content.length <= 12 && !/[\d。，；：、,.;:（）()]/.test(t.content);
const isToolbar = (t: Token) => t.content.length <= 24 && t.content.includes('  ') && !/[。，；：、,.;:]/.test(t.content);

/**
 * The tokens with the lines that repeat, right below a run of page furniture (a status bar, a title bar, a page badge),
 * the lines right above it read as noise (the same array when there are none). Lines, text and columns stay as they are.
 */
export function withoutOverlaps(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | null = null;
  let i = 0;
  while (i < tokens.length) {
    if (!isFurniture(tokens[i] as Token)) {
      i++;
      continue;
    }
    // The run of furniture (and blank lines) from i; an app's toolbar in it (`意见       转发       办理`, short words apart by
    // wide gaps) is the screen's too.
    // The account's or the chat's name between the bar's back and its menu (`＜` / `崂山二小` / `…`) is the screen's too.
    let end = i;
    const names: number[] = [];
    while (end < tokens.length) {
      const t = tokens[end] as Token;
      if (isFurniture(t) || t.type === 'blank' || (isToolbar(t) && isFurnitureAt(tokens, end + 1))) end++;
      else if (end > i && isBarName(t) && isScreenBar((tokens[end - 1] as Token).content) && isFurnitureAt(tokens, end + 1)) names.push(end++);
      else break;
    }
    if (names.length > 0) {
      out ??= tokens.slice();
      for (const j of names) out[j] = { ...(out[j] as Token), type: 'noise', kind: 'navigation', marker: undefined };
    }
    const before: Token[] = [];
    for (let j = i - 1; j >= 0 && before.length < maxOverlap; j--) if (isText(tokens[j] as Token)) before.unshift(tokens[j] as Token);
    const after: number[] = [];
    for (let j = end; j < tokens.length && after.length < maxOverlap; j++) {
      const t = tokens[j] as Token;
      if (t.type === 'blank') continue;
      if (!isText(t)) break;
      after.push(j);
    }
    // The most lines that end the text above and start the text below alike (of some length together: no lone `1.`;
    // a marker split from its heading, `二、` / `重点工作`, is two lines, and so is an item's line and its tail, `…更` / `换`).
    let shared = 0;
    for (let k = Math.min(before.length, after.length); k > 0; k--) {
      let same = true;
      let length = 0;
      for (let m = 0; m < k && same; m++) {
        const a = before[before.length - k + m] as Token;
        const b = tokens[after[m] as number] as Token;
        same = a.content === b.content;
        length += a.content.length;
      }
      if (same && length >= 4) {
        shared = k;
        break;
      }
    }
    if (shared > 0) {
      out ??= tokens.slice();
      for (let m = 0; m < shared; m++) {
        const j = after[m] as number;
        out[j] = { ...(out[j] as Token), type: 'noise', kind: 'repeat', marker: undefined };
      }
    }
    i = end;
  }
  return out ?? tokens;
}
