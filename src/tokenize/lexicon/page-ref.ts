// The tail of a table-of-contents entry: dotted leaders and a page number (`一、总体要求……………3`).

/** Characters that lead from an entry to its page number. */
const leaderChars = new Set(Array.from('.．…·・-_—\u3000 \t'));

const isDigit = (c: string) => (c >= '0' && c <= '9') || (c >= '０' && c <= '９');

/**
 * The text without its trailing page number (bare or in brackets) and the leaders before it (`总体要求……3`, `总体要求……（3）` →
 * `总体要求`).
 * A loop from the end, no regex: linear in the tail however long the leaders are.
 */
export function stripPageReference(text: string): string {
  let end = text.length;
  // A number in brackets (`……（7）`).
  const bracketed = /[)）]$/.test(text) && /[(（][0-9０-９]{1,4}[)）]$/.test(text);
  if (bracketed) end--;
  while (end > 0 && isDigit(text.charAt(end - 1))) end--;
  if (bracketed) end--;
  while (end > 0 && leaderChars.has(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}
