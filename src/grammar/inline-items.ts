// Items numbered inside a sentence (`…：（1）…；（2）…`, `一是…；二是…`): how the item before a marker is written
// there, and whether it stands in a paragraph's last lines.
import type { Marker, Token } from '../types.js';
import { fold } from '../tokenize/lexicon/fold.js';

const hanDigits = '一二三四五六七八九十';

/** The item before `marker` as it is written inside a sentence, for the styles that number items inline; null for others. */
export function inlinePredecessor(marker: Marker): string | null {
  const n = marker.number - 1;
  if (n < 1) return null;
  switch (marker.style) {
    case 'arabic-paren':
      return `(${n})`;
    case 'arabic-half-paren':
      return `${n})`;
    case 'circled':
      return n <= 20 ? String.fromCharCode(0x2460 + n - 1) : null;
    case 'shi':
      return n <= 10 ? `${hanDigits[n - 1]}是` : null;
    default:
      return null;
  }
}

/**
 * Whether the item before `marker` stands inside the paragraph's last four lines (an item of a wrapped paragraph runs
 * over two or three), not as the paragraph's own marker.
 */
export function followsInlineItem(marker: Marker, lines: readonly Token[]): boolean {
  const before = inlinePredecessor(marker);
  if (before === null) return false;
  for (let k = Math.max(0, lines.length - 4); k < lines.length; k++) {
    const line = lines[k] as Token;
    const at = fold(line.content).indexOf(before);
    if (at > 0 || (at === 0 && k > 0)) return true;
  }
  return false;
}

/**
 * Whether the item before an arabic `marker` (`2.` after `…：1.…；`) stands inside the paragraph's last line, after a
 * colon or a semicolon: an enumeration inside a sentence that the wrap went on with (`1.` `2.` are read so only where
 * the paragraphs' first lines are indented and this line is not, as wrapped lines go back to the margin).
 */
export function followsInlineArabic(marker: Marker, lines: readonly Token[]): boolean {
  const n = marker.number - 1;
  if (marker.style !== 'arabic' || n < 1) return false;
  const last = fold((lines[lines.length - 1] as Token).content);
  const at = last.lastIndexOf(`${n}.`);
  if (at < 1 || !/[:;：；]/.test(last.charAt(at - 1))) return false;
  const after = last.charCodeAt(at + String(n).length + 1);
  return !(after >= 0x30 && after <= 0x39);
}

/**
 * Whether the line a first inline item starts (`①…；②…`) holds the item after it too, inside the line: an enumeration
 * inside a sentence, not a list's first item on its own line.
 */
export function holdsNextInline(marker: Marker, line: Token): boolean {
  const after = inlinePredecessor({ ...marker, number: marker.number + 2 });
  return after !== null && fold(line.content).indexOf(after, 1) > 0;
}
