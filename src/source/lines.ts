// text → Line[]: one entry per physical line, for LF, CRLF and CR line ends.
import type { Line } from '../types.js';

/**
 * Splits decoded text into physical lines. A final line end does not open an empty last line,
 * so `"a\n"` is one line and `""` is none. Linear: one pass with indexOf-free scanning.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let n = 1;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */ || c === 13 /* \r */) {
      let eol: Line['eol'] = c === 10 ? '\n' : '\r';
      if (c === 13 && text.charCodeAt(i + 1) === 10) eol = '\r\n';
      lines.push({ line: n++, text: text.slice(start, i), eol, offset: start });
      if (eol === '\r\n') i++;
      start = i + 1;
    }
  }
  if (start < length) lines.push({ line: n, text: text.slice(start), eol: '', offset: start });
  return lines;
}
