// The traditional characters the fold reads as simplified ones, from OpenCC's character table (opencc-js), as one
// string of pairs: `計计臺台…`, a traditional unit then its simplified unit. The CLI and worker bundles hold the string
// as the build computed it with this module (scripts/build.mjs), so a run does not split and read the table itself.
import traditionalToSimplified from 'opencc-js/dict/TSCharacters';

/**
 * The table's entries where a traditional character and its first simplified form are each one UTF-16 unit and
 * differ (`計 计`, `乾 干 乾`: the first form is the common one); entries with a character outside the BMP are skipped.
 */
export function pairsOf(table: string): string {
  let pairs = '';
  for (const entry of table.split('|')) {
    if (entry.length < 3 || entry.charCodeAt(1) !== 0x20 || (entry.length > 3 && entry.charCodeAt(3) !== 0x20)) continue;
    const from = entry.charCodeAt(0);
    const to = entry.charCodeAt(2);
    if (from !== to && !isSurrogate(from) && !isSurrogate(to)) pairs += entry[0]! + entry[2]!;
  }
  return pairs;
}

function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

export const traditionalPairs: string = pairsOf(traditionalToSimplified);
