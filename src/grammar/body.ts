// Titles and texts: a node's title is its text up to the first 。！？ of its first paragraph.
import type { Token } from '../types.js';
import type { Block } from './blocks.js';
import { isDigit, isHan } from '../tokenize/lexicon/chars.js';

/** Two wrapped lines of one paragraph, joined as they were before the wrap. */
export function joinWrapped(a: string, b: string): string {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const left = a.charCodeAt(a.length - 1);
  const right = b.charCodeAt(0);
  // Wrapped Chinese text joins without a space, and so does a number cut in two (`学位1` / `2000个`); two Latin words
  // keep one between them.
  if (isDigit(left) && isDigit(right)) return a + b;
  return isHan(left) || isHan(right) || left > 0x2e7f || right > 0x2e7f ? a + b : `${a} ${b}`;
}

/** A block's text as one paragraph: its lines trimmed and joined; `fromColumn` cuts the first line (after a marker). */
export function blockText(block: Block, fromColumn?: number): string {
  let text = '';
  block.lines.forEach((t: Token, i) => {
    const part = i === 0 && fromColumn !== undefined ? t.text.slice(fromColumn - 1).trim() : t.content;
    text = joinWrapped(text, part);
  });
  return text;
}

const sentenceEnd = /[。！？!?]/;

/** The title of a paragraph: up to (not including) the first 。！？, or the whole paragraph. */
export function titleOf(paragraph: string): string {
  const m = sentenceEnd.exec(paragraph);
  return (m ? paragraph.slice(0, m.index) : paragraph).trim();
}
