// Double-spaced text: a blank line after every line (text copied from some PDF viewers and web pages). There the
// blank line after each line separates nothing, and reading it as a paragraph break would cut every wrapped paragraph,
// every title over two lines and every remark below a title. The grammar reads such text without the added blank lines.
import type { Token } from '../types.js';

/** At least this many gaps between non-blank lines, and at most this share of them without a blank line. */
const minGaps = 4;
const maxAdjacentShare = 0.05;

/** Whether (almost) no two non-blank lines are next to each other: a twentieth of the gaps at most. */
export function isDoubleSpaced(tokens: readonly Token[]): boolean {
  let gaps = 0;
  let adjacent = 0;
  let blanks = -1; // before the first non-blank line: no gap
  for (const t of tokens) {
    if (t.type === 'blank') {
      if (blanks >= 0) blanks++;
      continue;
    }
    if (blanks >= 0) {
      gaps++;
      if (blanks === 0) adjacent++;
    }
    blanks = 0;
  }
  return gaps >= minGaps && adjacent <= gaps * maxAdjacentShare;
}

/**
 * The tokens of double-spaced text with the blank lines the spacing added taken out (the same array when the text is
 * not double-spaced): a line and the blank line after it become the line, so a gap of g blank lines keeps g / 2 of
 * them (rounded down: one blank line between two lines is spacing, three are spacing around a blank line of the
 * original). Blank lines carry no text, so nothing of the input is lost.
 */
export function withoutSpacing(tokens: readonly Token[]): readonly Token[] {
  if (!isDoubleSpaced(tokens)) return tokens;
  const out: Token[] = [];
  let run: Token[] = [];
  let started = false;
  for (const t of tokens) {
    if (t.type === 'blank') {
      run.push(t);
      continue;
    }
    // Before the first line the blank lines are kept as they are.
    for (const b of started ? run.slice(run.length - Math.floor(run.length / 2)) : run) out.push(b);
    run = [];
    started = true;
    out.push(t);
  }
  for (const b of run) out.push(b);
  return out;
}
