// Counting round brackets (`（` `(`) and book-title brackets (`《`) left open by a line or a paragraph's lines: a
// remark or a title that goes on below.
import type { Token } from '../types.js';

/** Whether a line leaves a round bracket open. */
export function unclosedBracket(content: string): boolean {
  return openBrackets(content, 0) > 0;
}

/** Whether a paragraph's lines leave a round bracket open (a few lines per paragraph). */
export function leavesBracketOpen(lines: readonly Token[]): boolean {
  let open = 0;
  for (const line of lines) open = openBrackets(line.content, open);
  return open > 0;
}

const roundCodes = [0xff08, 0x28, 0xff09, 0x29] as const;

const bookCodes = [0x300a, 0x300a, 0x300b, 0x300b] as const;

/**
 * Brackets still open after `content`, with `open` open before it: round ones (`（` `(`), or those of a book title
 * (`《`) when `book` is set.
 */
export function openBrackets(content: string, open: number, book = false): number {
  const [opening, opening2, closing, closing2] = book ? bookCodes : roundCodes;
  let n = open;
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    if (c === opening || c === opening2) n++;
    else if ((c === closing || c === closing2) && n > 0) n--;
  }
  return n;
}
