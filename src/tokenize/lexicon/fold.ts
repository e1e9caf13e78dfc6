// Normalisation for recognition only. The fold maps every UTF-16 unit to exactly one unit, so an index in
// the folded line is the same index in the line as written: rules match on the fold and slice the original.

/**
 * Folds a line for recognition: full-width ASCII variants (`（１．Ａ：`) to ASCII, and every kind of white
 * space (U+3000, U+00A0, tabs, en/em spaces, zero-width characters, BOM) to a plain space.
 */
export function fold(text: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let m = c;
    if (c >= 0xff01 && c <= 0xff5e) m = c - 0xfee0;
    else if (c === 0x3000 || c === 0x00a0 || c === 0x09 || c === 0x0b || c === 0x0c) m = 0x20;
    else if ((c >= 0x2000 && c <= 0x200d) || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0xfeff) m = 0x20;
    if (m !== c) changed = true;
    out += String.fromCharCode(m);
  }
  return changed ? out : text;
}

/** True for characters that `fold` turns into a space, and the space itself. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0x3000 ||
    c === 0x00a0 ||
    (c >= 0x2000 && c <= 0x200d) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x2060 ||
    c === 0xfeff
  );
}

/** Index of the first non-space unit at or after `from` (the length when there is none). */
export function skipSpaces(text: string, from = 0): number {
  let i = from;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** Index just past the last non-space unit. */
export function trimEnd(text: string): number {
  let i = text.length;
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}
