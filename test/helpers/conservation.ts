// Conservation: every non-white-space character of the input lands somewhere in the output, exactly once.
// The multiset of non-space UTF-16 units of the decoded input (BOM dropped) equals that of every document's
// header, title, preamble, toc texts, noise texts and every node's marker and text.
import type { OutlineNode, ParseResult } from '../../src/types.js';
import { fold, isSpaceCode } from '../../src/tokenize/lexicon/fold.js';

/** White space for conservation: what the tokenizer folds to a space, line ends, and JavaScript's \s. */
export function isWhite(code: number): boolean {
  return isSpaceCode(code) || code === 10 || code === 13 || /\s/.test(String.fromCharCode(code));
}

function count(into: Map<number, number>, text: string, sign: 1 | -1): void {
  // What the fold turns into a space is white too (an HTML space entity left as text: `&nbsp;`).
  const folded = fold(text);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWhite(c) || folded.charCodeAt(i) === 32) continue;
    const n = (into.get(c) ?? 0) + sign;
    if (n === 0) into.delete(c);
    else into.set(c, n);
  }
}

/** Every text of the result that comes from the input. */
export function outputTexts(result: ParseResult): string[] {
  const out: string[] = [];
  const node = (n: OutlineNode): void => {
    out.push(n.marker, n.text);
    n.children.forEach(node);
  };
  for (const d of result.documents) {
    out.push(...d.header);
    if (d.title !== null) out.push(d.title);
    out.push(d.preamble);
    for (const e of d.toc) out.push(e.text);
    for (const e of d.noise) out.push(e.text);
    d.children.forEach(node);
  }
  return out;
}

/**
 * The characters that differ: `+` counted in the output more often than in the input, `-` lost.
 * Empty when the output conserves the input.
 */
export function conservationDiff(input: string, result: ParseResult): string[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const balance = new Map<number, number>();
  count(balance, text, -1);
  for (const t of outputTexts(result)) count(balance, t, 1);
  return [...balance]
    .sort((a, b) => a[0] - b[0])
    .map(([c, n]) => `${n > 0 ? '+' : '-'}${Math.abs(n)} ${JSON.stringify(String.fromCharCode(c))} (U+${c.toString(16).toUpperCase().padStart(4, '0')})`);
}

/** Throws when a character of the input is lost or duplicated in the output. */
export function assertConserved(input: string, result: ParseResult): void {
  const diff = conservationDiff(input, result);
  if (diff.length > 0) throw new Error(`Characters not conserved (+ extra in output, - lost):\n  ${diff.slice(0, 20).join('\n  ')}`);
}
