// Token[] → Block[]: physical lines grouped into paragraphs. In most files a paragraph is one line; in text
// hard-wrapped by PDF or Word extraction a paragraph runs over its wrapped lines, and page numbers or running
// headers between them are set aside (they are not part of it).
import type { Token } from '../types.js';

export interface Block {
  /** The first line's token decides what the block is. */
  first: Token;
  /** Every physical line of the paragraph, in order (the first included). */
  lines: Token[];
  /** Page numbers and running headers met between the wrapped lines. */
  noise: Token[];
  line: number;
  endLine: number;
}

/** Display width: East Asian wide characters count 2, others 1. */
export function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // low surrogate: counted with its high half
    w += c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0xd800 && c <= 0xdbff)) ? 2 : 1;
  }
  return w;
}

export interface WrapInfo {
  /** Display width at which the text was wrapped; 0 when it was not. */
  width: number;
}

const minWrapWidth = 30; // 15 Han characters
const maxWrapWidth = 200;

/**
 * Finds the width at which a text was hard-wrapped: the display width that most content lines reach
 * (within 4 columns below it), when at least a third of the longer lines and at least 4 lines do.
 */
export function detectWrap(tokens: readonly Token[]): WrapInfo {
  const widths: number[] = [];
  for (const t of tokens) {
    if (t.type === 'blank' || t.type === 'noise') continue;
    const w = displayWidth(t.content);
    if (w >= minWrapWidth && w <= maxWrapWidth + 4) widths.push(w);
  }
  if (widths.length < 4) return { width: 0 };
  const histogram = new Map<number, number>();
  for (const w of widths) histogram.set(w, (histogram.get(w) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const w of histogram.keys()) {
    let count = 0;
    for (let d = 0; d <= 4; d++) count += histogram.get(w - d) ?? 0;
    if (count > bestCount || (count === bestCount && w > best)) {
      best = w;
      bestCount = count;
    }
  }
  // Lines can run a little past the width (half-width digits, hanging punctuation): none may go far beyond.
  const beyond = widths.filter((w) => w > best + 6).length;
  const longLines = widths.filter((w) => w >= best - 4).length;
  if (bestCount >= 4 && bestCount * 3 >= widths.length && beyond * 10 <= longLines) return { width: best };
  return { width: 0 };
}

const paragraphEnd = /[。！？!?；;：:…”"）)】》]$/;

function continues(prev: Token, wrap: WrapInfo): boolean {
  if (wrap.width === 0) return false;
  if (displayWidth(prev.content) < wrap.width - 4) return false;
  return !paragraphEnd.test(prev.content);
}

function startsNewParagraph(next: Token, last: Token): boolean {
  if (next.type !== 'paragraph' && !(next.type === 'outlineMarker' && next.marker?.strength === 'weak')) return true;
  // Extracted text indents the first line of a paragraph: a line indented deeper than the one before opens one.
  return next.column > last.column;
}

/** Groups tokens into paragraphs; with `wrap.width` 0 every non-blank line is its own paragraph. */
export function groupBlocks(tokens: readonly Token[], wrap: WrapInfo = detectWrap(tokens)): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i] as Token;
    const block: Block = { first, lines: [first], noise: [], line: first.line, endLine: first.line };
    i++;
    const joinable = first.type === 'paragraph' || first.type === 'outlineMarker';
    while (joinable && i < tokens.length) {
      const last = block.lines[block.lines.length - 1] as Token;
      if (!continues(last, wrap)) break;
      // Skip page numbers and running headers (and the blank lines around them) between wrapped lines.
      let j = i;
      const skipped: Token[] = [];
      while (j < tokens.length && (tokens[j]?.type === 'blank' || tokens[j]?.type === 'noise')) skipped.push(tokens[j++] as Token);
      const next = tokens[j];
      if (!next || startsNewParagraph(next, last)) break;
      if (skipped.length > 0 && !skipped.some((t) => t.type === 'noise')) break;
      block.noise.push(...skipped.filter((t) => t.type === 'noise'));
      block.lines.push(next);
      block.endLine = next.line;
      i = j + 1;
    }
    blocks.push(block);
  }
  return blocks;
}
