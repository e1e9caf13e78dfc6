import { defineLineRule } from '../define-line-rule.js';
import { isHan, periodWord, startsWithUnit } from '../lexicon/chars.js';
import { badgeWordSource, startsWithYear } from '../lexicon/numerals.js';

// `01 全力以赴稳就业`, `01.稳就业`, `02、兜民生`, `03｜聚力引才`, `02 2024年工作计划`: a section's number written with a leading
// zero, as the section badges of WeChat article editors (秀米, 135编辑器) and slide decks write it. The delimiter may be a
// space or a rule; the title starts with a word or a year.
const padded = /^0([1-9])(?: ?[.、] ?| ?[|｜丨/] ?| {1,2})/;
// `PART 01 总体要求`, `Part.02 重点任务`, `NO.1 | 压紧压实安全生产责任`: the badge's word before its number.
const worded = new RegExp(`^${badgeWordSource} ?\\.? ?0?([1-9])(?: ?[.、] ?| ?[|｜丨/] ?| {1,2})`);


/**
 * `01 总体要求`: a number with a leading zero heads a section. Style `arabic`, number 1; the grammar ranks it as a
 * level of its own, above the `1.` items its sections hold (outline.ts, `styleKey`).
 */
export const markerPadded = defineLineRule({
  name: 'marker-padded',
  description: '`01 总体要求`, `01.稳就业`, `02、兜民生`, `03｜聚力引才`, `PART 01 …`, `NO.1 | …` (a section badge\'s number); not `01月`, `05.12`',
  first: (c) => c === 0x30 /* 0 */ || c === 0x50 /* P */ || c === 0x70 /* p */ || c === 0x4e /* N */ || c === 0x6e /* n */,
  tokenize: ({ content }) => {
    const m = content.charCodeAt(0) === 0x30 ? padded.exec(content) : worded.exec(content);
    if (!m) return null;
    const rest = content.slice(m[0].length);
    const next = rest.charCodeAt(0);
    // (A period's word after the gap opens a title, no unit: `01 年度工作回顾`, `02 季度重点任务`.)
    if (!(isHan(next) && (!startsWithUnit(rest) || periodWord.test(rest))) && !startsWithYear(rest)) return null;
    return {
      type: 'outlineMarker',
      marker: { style: 'arabic', number: Number(m[1]), length: m[0].trimEnd().length, delimiterLength: /[.、|｜丨/]$/.test(m[0].trimEnd()) ? 1 : 0, strength: 'strong', badge: true },
    };
  },
});
