// Counting round brackets (`（` `(`) and book-title brackets (`《`) left open by a line or a paragraph's lines: a
// remark or a title that goes on below.
import type { Token } from '../types.js';

/** Whether a line leaves a round bracket open. */
export function unclosedBracket(content: string): boolean {
  return openBrackets(content, 0) > 0;
}

/**
 * Whether a line ends with a bracket that names an abbreviation (`…自行车（以下简称共享单车）`, `…恢复时间（MTTR）`,
 * `（下同）`): a remark inside a sentence, which goes on after it, unlike a remark that closes one (`（责任单位：…）`).
 */
export function endsWithAbbreviation(content: string): boolean {
  const last = content.charCodeAt(content.length - 1);
  if (last !== 0xff09 && last !== 0x29) return false;
  const open = Math.max(content.lastIndexOf('（'), content.lastIndexOf('('));
  if (open < 0) return false;
  return abbreviation.test(content.slice(open + 1, -1));
}

const abbreviation = /^(?:以下(?:简|统)?称|简称|下称|统称|下同$|[A-Z][A-Za-z0-9.+-]{1,9}$)/;

/** Whether a paragraph's lines leave a round bracket open (a few lines per paragraph). */
export function leavesBracketOpen(lines: readonly Token[]): boolean {
  let open = 0;
  for (const line of lines) open = openBrackets(line.content, open);
  return open > 0;
}

/**
 * Whether a paragraph's lines leave a quotation (`“`) or a book title (`《`) open: a name cut by the wrap
 * (`…“学校—年段—` / `班级—宿舍”…`). Counted apart, so a stray closing mark of one kind does not close the other.
 */
export function leavesQuoteOpen(lines: readonly Token[]): boolean {
  let quote = 0;
  let book = 0;
  for (const line of lines) {
    quote = countOpen(line.content, quote, quoteCodes);
    book = countOpen(line.content, book, bookCodes);
  }
  return quote > 0 || book > 0;
}

const quoteCodes = [0x201c, 0x201c, 0x201d, 0x201d] as const;

const roundCodes = [0xff08, 0x28, 0xff09, 0x29] as const;

const bookCodes = [0x300a, 0x300a, 0x300b, 0x300b] as const;

/**
 * Brackets still open after `content`, with `open` open before it: round ones (`（` `(`), or those of a book title
 * (`《`) when `book` is set.
 */
export function openBrackets(content: string, open: number, book = false): number {
  return countOpen(content, open, book ? bookCodes : roundCodes);
}

function countOpen(content: string, open: number, codes: readonly [number, number, number, number]): number {
  const [opening, opening2, closing, closing2] = codes;
  let n = open;
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    if (c === opening || c === opening2) n++;
    else if ((c === closing || c === closing2) && n > 0) n--;
  }
  return n;
}
