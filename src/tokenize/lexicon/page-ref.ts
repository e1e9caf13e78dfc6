// The tail of a table-of-contents entry: dotted leaders and a page number (`一、总体要求……………3`).

/** Characters that lead from an entry to its page number. */
const leaderChars = new Set(Array.from('.．…·・-_—\u3000 \t'));

const isDigit = (c: string) => (c >= '0' && c <= '9') || (c >= '０' && c <= '９');

/**
 * The text without its trailing page number and the leaders before it (`总体要求……3` → `总体要求`).
 * A loop from the end, no regex: linear in the tail however long the leaders are.
 */
export function stripPageReference(text: string): string {
  let end = text.length;
  while (end > 0 && isDigit(text.charAt(end - 1))) end--;
  while (end > 0 && leaderChars.has(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}
