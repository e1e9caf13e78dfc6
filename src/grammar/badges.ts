// A section badge alone on its line: WeChat article editors (秀米, 135编辑器) set a section's number in a badge above its
// heading, which a copy leaves as a line of its own (`01` / `总体要求` / … / `02` / `重点任务`; `PART 01`, `NO.1`; `壹`).
// Alone, `01` reads as a page number to the tokenizer; where it numbers on from the first and a short heading follows it,
// it is the section's marker and the heading its title (a marker alone on its line, as `一、` / `总体要求` is). So is a
// decimal scheme's head number set apart by a PDF copy (`1` / `总则` / `1.1 编制目的`).
import type { Marker, Token } from '../types.js';
import { fold } from '../tokenize/lexicon/fold.js';
import { isLatinLetter } from '../tokenize/lexicon/chars.js';
import { badgeAlone, parseCapitalNumeral } from '../tokenize/lexicon/numerals.js';
import { isStrongTitle } from './documents.js';

/** A capital numeral alone (`壹`, `貳`): a part's badge; 0 otherwise. */
const capitalAlone = (content: string): number => (content.length === 1 ? (parseCapitalNumeral(fold(content)) ?? 0) : 0);

/** Sentence punctuation: a heading has none. */
const sentence = /[。！？；，,;!?]/;

/**
 * The tokens with every badge number (`01`, then `02` …, each above a short heading of its own line) read as a marker
 * (the same array when there is none). The text, lines and columns stay as they are.
 */
export function withBadgeNumbers(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | null = null;
  /**
   * The number the next badge has (`01` … `09`, then `10` written without its zero), for badges with a word (`PART 01`)
   * and without (`01`) apart: a deck numbers its parts and the cards inside a part each from 1.
   */
  let expectedWorded = 1;
  let expectedBare = 1;
  const nextAfter = (worded: boolean, n: number) => {
    if (worded) expectedWorded = n + 1;
    else expectedBare = n + 1;
  };
  let expectedCapital = 1;
  /** The badges read as markers above a heading of their own line (`PART.1` / `经营业绩`): index and number. */
  const labelled: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === 'blank') continue;
    if (t.type === 'outlineMarker') {
      const marker = t.marker;
      if (marker === undefined || marker.style !== 'arabic') continue;
      const expected = isWorded(marker.raw) ? expectedWorded : expectedBare;
      if (marker.badge === true) {
        nextAfter(isWorded(marker.raw), marker.number);
        // (A badge alone on its line, its heading below: `PART.1` / `经营业绩`.)
        if (marker.contentColumn > t.text.trimEnd().length) labelled.push([i, marker.number]);
      }
      else if (expected >= 10 && marker.number === expected && marker.raw.startsWith(String(expected))) {
        // `10 持续改善人居环境` after `09 …`: the badges go on past nine without a zero.
        out ??= tokens.slice();
        out[i] = { ...t, marker: { ...marker, badge: true, strength: 'strong' } };
        expectedBare++;
      }
      continue;
    }
    if (t.content.length > 8) continue;
    if (headsDecimals(tokens, i)) {
      // A decimal scheme's head number alone on its line, its heading below (`1` / `总则` / `1.1 编制目的`: Word's list
      // number, set apart by a PDF copy): the head's marker, though it reads as a page number alone.
      out ??= tokens.slice();
      out[i] = asMarkerAlone(t, 'arabic', Number(t.content), false);
      continue;
    }
    // (A badge's number alone, `01`, `PART 01`; `10` where `09` came before, below.)
    const m = badgeAlone.exec(t.content);
    const capital = m === null ? capitalAlone(t.content) : 0;
    const worded = m !== null && isWorded(t.content);
    const expected = worded ? expectedWorded : expectedBare;
    const number = m !== null ? Number(m[1]) : capital > 0 ? capital : expected >= 10 && t.content === String(expected) ? expected : 0;
    // (A first badge again starts the badges again: the body's after a table of contents that listed them, `PART 01
    // 工作回顾` … / `PART 01` / `工作回顾`.)
    if (number === 0 || (number !== (capital > 0 ? expectedCapital : expected) && !(m !== null && number === 1))) continue;
    const at = nextIndex(tokens, i);
    const heading = tokens[at];
    if (heading === undefined || (heading.type !== 'titleCandidate' && heading.type !== 'paragraph') || heading.content.length > 20 || sentence.test(heading.content)) continue;
    // A deck's section slide (`PART 01` / `学校发展概况`), whose heading the next slide states again (`一、学校发展概况`): the
    // badge is the slide's, the section the marker's below.
    if (restated(tokens, at)) continue;
    // A badge over a document's own title (`PART 1` / `2023年安全生产工作总结` / `一、…`, a summary and a plan in one
    // article): a separator between the documents, the title opens one. (A capital numeral, `贰` / `2024年工作计划`,
    // numbers a part of one document.)
    // (Not where the file's title names that document as one of its parts: `…2023年度工作总结暨2024年工作计划` / … /
    // `PART 04` / `2024年工作计划`, a deck's last part.)
    if (capital === 0 && heading.type === 'titleCandidate' && isStrongTitle(heading.content) && opensList(tokens, at) && !partOfFirstTitle(tokens, i, heading.content)) {
      out ??= tokens.slice();
      out[i] = { ...t, type: 'noise', kind: 'separator' };
      nextAfter(worded, number);
      continue;
    }
    out ??= tokens.slice();
    out[i] = asMarkerAlone(t, capital > 0 ? 'part' : 'arabic', number, capital === 0);
    if (capital > 0) expectedCapital++;
    else {
      nextAfter(worded, number);
      if (m !== null) labelled.push([i, number]);
    }
  }
  // Badges whose sections number on across them (`PART.1` / `经营业绩` / `一、…` … `PART.2` / `主要工作` / `二、…`): the
  // template's decoration, no level above the sections; left as text.
  if (labelled.some(([i, number]) => number >= 2 && numbersOn(tokens, i))) {
    out ??= tokens.slice();
    for (const [i] of labelled) {
      const t = tokens[i] as Token;
      out[i] = t.type === 'outlineMarker' ? { ...t, type: 'paragraph', marker: undefined } : t;
    }
  }
  return out ?? tokens;
}

/** Whether the file's first title, above line `i`, holds `heading` as a part of it (`…总结暨2024年工作计划`). */
function partOfFirstTitle(tokens: readonly Token[], i: number, heading: string): boolean {
  for (let j = 0; j < i; j++) {
    const t = tokens[j] as Token;
    if (t.type !== 'titleCandidate') continue;
    const title = fold(t.content).trim();
    const part = fold(heading).trim();
    return title.length > part.length && title.includes(part);
  }
  return false;
}

/** Whether a badge's text starts with its word (`PART 01`, `NO.1`), not its number (`01`). */
function isWorded(raw: string): boolean {
  return isLatinLetter(raw.charCodeAt(0));
}

/** The token of a number alone on its line read as a strong marker of `style` (a badge's, when `badge`), its text unchanged. */
function asMarkerAlone(t: Token, style: Marker['style'], number: number, badge: boolean): Token {
  const marker: Marker = { style, number, path: [number], raw: t.content, delimiter: '', width: 'none', strength: 'strong', column: t.column, contentColumn: t.column + t.content.length };
  return { ...t, type: 'outlineMarker', kind: undefined, marker: badge ? { ...marker, badge: true } : marker };
}

/**
 * Whether the token at `i` is a number alone (`1`, `12`) right above a short heading of its own line, whose next line
 * opens that number's decimal sections (`1` / `总则` / `1.1 编制目的`, or `1.1` / `编制目的`).
 */
function headsDecimals(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.kind !== 'page-number' || !/^\d{1,2}$/.test(t.content)) return false;
  const at = nextIndex(tokens, i);
  const heading = tokens[at];
  if (heading === undefined || (heading.type !== 'titleCandidate' && heading.type !== 'paragraph') || heading.content.length > 20 || sentence.test(heading.content)) return false;
  const at2 = nextIndex(tokens, at);
  const below = tokens[at2];
  const m = below?.type === 'outlineMarker' ? below.marker : undefined;
  if (m === undefined || m.style !== 'decimal' || m.path.length !== 2 || m.path[0] !== Number(t.content) || m.path[1] !== 1) return false;
  // (A section's number alone has its heading below it too: `1.1` / `编制目的`; a figure alone, `4.1` / `6`, is a table's cell.)
  if (m.contentColumn <= (below as Token).text.trimEnd().length) return true;
  const after = tokens[nextIndex(tokens, at2)];
  return after !== undefined && (after.type === 'paragraph' || after.type === 'titleCandidate') && !/^\d/.test(after.content);
}

/** Whether the first numbered line below the badge at `i` and its heading goes on with a list (`二、…`, not `一、…`). */
function numbersOn(tokens: readonly Token[], i: number): boolean {
  return (markerBelow(tokens, nextIndex(tokens, i), 6, true)?.number ?? 1) > 1;
}

/** The index of the next token after `i` that is not blank (tokens.length when none). */
function nextIndex(tokens: readonly Token[], i: number): number {
  let j = i + 1;
  while (j < tokens.length && (tokens[j] as Token).type === 'blank') j++;
  return j;
}

/** Whether a marker among the next few lines after the heading at `at` says the heading again (`一、学校发展概况`). */
function restated(tokens: readonly Token[], at: number): boolean {
  const heading = (tokens[at] as Token).content;
  let seen = 0;
  for (let j = at + 1; j < tokens.length && seen < 4; j++) {
    const t = tokens[j] as Token;
    if (t.type === 'blank' || t.type === 'noise') continue;
    seen++;
    if (t.type === 'outlineMarker' && t.marker !== undefined && t.text.slice(t.marker.contentColumn - 1).trim() === heading) return true;
  }
  return false;
}

/** Whether the first marker below line `at` starts a list at 1 (`一、…`, `1.…`), as a document's outline starts. */
function opensList(tokens: readonly Token[], at: number): boolean {
  return markerBelow(tokens, at, tokens.length, false)?.number === 1;
}

/** The first marker below line `at` (strong ones only, or any) within `lines` lines of text; undefined when none. */
function markerBelow(tokens: readonly Token[], at: number, lines: number, strong: boolean): Marker | undefined {
  for (let j = at + 1, seen = 0; j < tokens.length && seen < lines; j++) {
    const t = tokens[j] as Token;
    if (t.type === 'blank' || t.type === 'noise') continue;
    seen++;
    if (t.type === 'outlineMarker' && t.marker !== undefined && (!strong || t.marker.strength === 'strong')) return t.marker;
  }
  return undefined;
}
