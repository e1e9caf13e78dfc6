// text → Line[]: one entry per physical line, for LF, CRLF and CR line ends.
import type { Line } from '../types.js';

/**
 * Splits decoded text into physical lines. A final line end does not open an empty last line,
 * so `"a\n"` is one line and `""` is none. Linear: text with LF line ends only (the usual case)
 * is cut at native `indexOf` hits; any CR sends it through the character loop.
 */
export function splitLines(text: string): Line[] {
  if (text.indexOf('\r') === -1) return splitLf(text);
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

/** `splitLines` for text without CR: every line ends in LF or at the end of the text. */
function splitLf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
    lines.push({ line: n++, text: text.slice(start, i), eol: '\n', offset: start });
    start = i + 1;
  }
  if (start < text.length) lines.push({ line: n, text: text.slice(start), eol: '', offset: start });
  return lines;
}
