import { defineLineRule } from '../define-line-rule.js';
import { isSpacedKind, isSpacedOut, looksLikeTitle, titleField, titleFieldEnd, withoutLetterSpacing } from '../lexicon/doc-types.js';
import { hasCells, isTableHeader } from '../lexicon/chars.js';
import { decoration, unmarkedTitle } from '../lexicon/wrappers.js';
import { fold, withoutTags } from '../lexicon/fold.js';

/**
 * A short line that names a document and has no sentence punctuation: `2023年工作要点`, `政　府　工　作　报　告`; never a
 * table's row (`责任单位⇥主要职责`, `1|9月2日|制订各类计划`, `周次    起止日期    主要工作安排`, `序号　考核内容　分值　评分标准` end like a kind).
 */
export const title = defineLineRule({
  name: 'title',
  description: 'a document title: a short line ending in a document kind (`要点`, `计划`, `的通知` …), no sentence punctuation; also in bold or under `#`',
  tokenize: ({ line, content }) => (readsAsTitle(line.text, content) ? { type: 'titleCandidate' } : null),
});

/** Whether a line (its text, and its content folded) reads as a document's title. */
export function readsAsTitle(lineText: string, content: string): boolean {
  // Read without Markdown's marks or a decoration before it (`📢 公告` is a channel's label, no title).
  let text = unmarkedTitle(content).replace(decoration, '');
  // A record's title field with the record's other fields after it (`标题：…方案　来源：…`): the title only.
  if (titleField.test(text)) text = text.slice(0, titleFieldEnd(text));
  // (A kind of two characters spaced out alone, `公　　示`, is a notice's title, short as it is.)
  return (looksLikeTitle(text) || (isSpacedOut(text) && looksLikeTitle(withoutLetterSpacing(text))) || isSpacedKind(text)) && !hasCellsUntagged(lineText, text) && !isTableHeader(text) && !namesYearColumns(text);
}

/**
 * Whether a line holds a table's cells, read without the tags a web page left inside it: they fold to runs of spaces
 * (`石门县<span lang="EN-US">2024</span>年…`), which are no gaps between cells.
 */
function hasCellsUntagged(text: string, folded: string): boolean {
  const untagged = withoutTags(text);
  return untagged === text ? hasCells(text, folded) : hasCells(untagged, fold(untagged).trim());
}

/**
 * A table's header row with its cells apart by single spaces, two of them years (`指标 2024年 2025年 省定目标 完成情况`):
 * columns, though the last names a kind.
 */
function namesYearColumns(text: string): boolean {
  if (text.indexOf(' ') === -1) return false;
  const cells = text.split(' ');
  if (cells.length < 3) return false;
  let years = 0;
  for (const cell of cells) if (yearCell.test(cell)) years++;
  return years >= 2;
}
const yearCell = /^(?:19|20)\d{2}年?(?:度)?$/;

