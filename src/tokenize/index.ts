// tokenize(lines) → Token[]: exactly one token per physical line, made by the first line rule that matches.
import type { Line, Marker, Token } from '../types.js';
import type { LineInput, LineRule, MarkerMatch } from './define-line-rule.js';
import { lineRules } from './line-rules.js';
import { foldEnds, skipSpaces, trimEnd } from './lexicon/fold.js';
import { isDigit } from './lexicon/chars.js';

export { lineRules } from './line-rules.js';

function widthOf(raw: string): Marker['width'] {
  let half = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e && !(c >= 0xff10 && c <= 0xff19)) return 'full';
    if (c === 0x28 || c === 0x29 || c === 0x2e || c === 0x2c) half = true;
  }
  return half ? 'half' : 'none';
}

/** Delimiters a marker may end with, typed twice by mistake: `、` `.` `．` `,` `，` `)` `）`. */
const delimiterCodes = new Set([0x3001, 0x2e, 0xff0e, 0x2c, 0xff0c, 0x29, 0xff09]);
const closingCodes = new Set([0x29, 0xff09]);
const dotCodes = new Set([0x2e, 0xff0e]);

/**
 * A delimiter typed twice (`1.、完善…`, `2、、科学…`, `3..做好…`, `（一））完善…`, `三、 、守牢…`): how many units after the
 * marker's end, at `to`, belong to it too (0 when none). A closing bracket only after one; a dot not before a Latin letter
 * or a digit (`3. .NET平台`).
 */
export function doubledDelimiter(text: string, to: number): number {
  const last = text.charCodeAt(to - 1);
  if (!delimiterCodes.has(last)) return 0;
  let at = to;
  while (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x3000) at++;
  const c = text.charCodeAt(at);
  if (!delimiterCodes.has(c) || (closingCodes.has(c) && !closingCodes.has(last))) return 0;
  if (dotCodes.has(c) && /[0-9A-Za-z]/.test(text.charAt(at + 1))) return 0;
  return at + 1 - to;
}

function toMarker(input: LineInput, m: MarkerMatch): Marker {
  const from = input.start;
  const doubled = doubledDelimiter(input.line.text, from + m.length);
  const to = from + m.length + doubled;
  const raw = input.line.text.slice(from, to).trim();
  const delimiter = m.delimiterLength > 0 || doubled > 0 ? input.line.text.slice(to - m.delimiterLength - doubled, to) : '';
  return {
    style: m.style,
    number: m.number,
    path: m.path ?? listPath(input.line, m.number),
    raw,
    delimiter,
    width: widthOf(raw),
    strength: m.strength,
    column: from + 1,
    contentColumn: skipSpaces(input.folded, to) + 1,
    ...(m.badge === true ? { badge: true as const } : {}),
    ...(input.line.markup?.heading !== undefined ? { heading: input.line.markup.heading } : m.heading !== undefined ? { heading: m.heading } : {}),
    ...(input.line.text.lastIndexOf('\t', from - 1) >= 0 ? { indent: tabbedIndent(input.line.text, from) } : {}),
  };
}

/** The width of the white space before `to` when tabs are in it: a tab counts four columns, any other unit one. */
function tabbedIndent(text: string, to: number): number {
  let width = 0;
  for (let i = 0; i < to; i++) width += text.charCodeAt(i) === 0x09 ? 4 : 1;
  return width;
}

/**
 * A marker's path: its number, after one 0 per enclosing list level when the line starts an item of a nested ordered
 * list in Markdown (`markup.list`), so that `1.` inside item 2 is a level of its own (grammar/outline.ts styleKey).
 */
function listPath(line: Line, number: number): number[] {
  const depth = line.markup?.list;
  if (depth === undefined || depth < 2) return [number];
  const path = new Array<number>(depth).fill(0);
  path[depth - 1] = number;
  return path;
}

// A page reference at the end of a short line: `…要点15`, `…要点 2`; or a range of paragraphs after a gap, as a policy
// address's contents give them (`一、　引言            1-4`). Tested on the tail only.
const pageRefTail = /(?:[\u3400-\u9fff)）》”"] ?|\s)\d{1,3}$|\s\s\d{1,3}[-–~～]\d{1,3}$/;

function endsWithPageRef(content: string): boolean {
  if (!isDigit(content.charCodeAt(content.length - 1)) || content.length > 80 || /[。！？；]/.test(content)) return false;
  // (A row of figures, its last cell a whole number after another figure, `城区⇥18⇥12⇥10⇥5⇥45`, refers to no page.)
  return pageRefTail.test(content.slice(-10)) && !figureBefore.test(content.slice(-16));
}

/** A figure, white space, then the line's last number: a table's row of figures. */
const figureBefore = /\d[\d.,%]*\s+\d{1,3}$/;

/**
 * The rules that may match a line whose content starts with UTF-16 code `code` (every rule's `first` accepts it),
 * in precedence order. `first` is a pure function of the code, so the list is made once per code and kept: the loop
 * over a line then calls no filters (micromark keys its constructs by code the same way).
 */
const rulesByFirst = new Map<number, readonly LineRule[]>();
/** The distinct lists, by which rules they hold: codes that admit the same rules share one list. */
const ruleLists = new Map<string, readonly LineRule[]>();

export function rulesFor(code: number): readonly LineRule[] {
  const key = Number.isNaN(code) ? -1 : code; // NaN: an empty line
  let rules = rulesByFirst.get(key);
  if (rules === undefined) {
    const admitted = lineRules.map((rule) => rule.first === undefined || rule.first(code));
    const id = admitted.map((a) => (a ? '1' : '0')).join('');
    rules = ruleLists.get(id);
    if (rules === undefined) ruleLists.set(id, (rules = lineRules.filter((_, i) => admitted[i])));
    rulesByFirst.set(key, rules);
  }
  return rules;
}

/** Classifies one line. */
export function tokenizeLine(line: Line): Token {
  const folded = foldEnds(line.text);
  const start = skipSpaces(folded);
  const end = Math.max(start, trimEnd(folded));
  const input: LineInput = { line, folded, start, end, content: folded.slice(start, end) };
  const firstCode = input.content.charCodeAt(0);
  for (const rule of rulesFor(firstCode)) {
    const match = rule.tokenize(input);
    if (!match) continue;
    // Every token has the same properties, in the same order (unset ones undefined): one hidden class for all tokens,
    // so the grammar's reads of them stay monomorphic.
    return {
      type: match.type,
      rule: rule.name,
      line: line.line,
      column: start + 1,
      offset: line.offset,
      text: line.text,
      content: line.text.slice(start, end),
      marker: match.marker ? toMarker(input, match.marker) : undefined,
      pageRef: match.type !== 'blank' && endsWithPageRef(input.content) ? true : undefined,
      kind: match.kind,
    };
  }
  throw new Error(`Cannot tokenize line ${line.line}, expected the fallback rule to match`);
}

/** One token per line, in order (asserted: the loop guard of marked). */
export function tokenize(lines: readonly Line[]): Token[] {
  const tokens = inCodeAsText(lines.map(tokenizeLine));
  if (tokens.length !== lines.length) throw new Error(`Cannot tokenize: expected ${lines.length} tokens, got ${tokens.length}`);
  return tokens;
}

/**
 * The lines of a code block fenced in Markdown written as text (```` ```text ```` … ```` ``` ````, `~~~`): a prompt's
 * `一、角色设定`, a shell's `# 1. 安装依赖` are the code's words, no markers or titles. They, and the fences, are
 * paragraphs. (A fence left open runs to the file's end, as Markdown reads it.)
 */
function inCodeAsText(tokens: Token[]): Token[] {
  let fence: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // (Most lines start with neither mark: one look before the pattern.)
    const open = fence === null && !startsFence(t.text) ? null : codeFence.exec(t.text);
    if (fence === null && open === null) continue;
    if (fence === null) fence = (open as RegExpExecArray)[1] as string;
    else if (open !== null && (open[1] as string).startsWith(fence) && open[2] === '') fence = null;
    if (t.type !== 'blank') tokens[i] = { ...t, type: 'paragraph', rule: 'paragraph', marker: undefined, kind: undefined };
  }
  return tokens;
}

/** Whether a line's first mark past up to three spaces is a backtick or a tilde. */
function startsFence(text: string): boolean {
  let k = 0;
  while (k < 3 && text.charCodeAt(k) === 0x20) k++;
  const c = text.charCodeAt(k);
  return c === 0x60 || c === 0x7e;
}

/** A code fence: three backticks or tildes or more after up to three spaces, then the block's language or nothing. */
const codeFence = /^ {0,3}(`{3,}|~{3,})[ \t]*([^`\s]*)[^`]*$/;
