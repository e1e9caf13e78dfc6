import { defineLineRule } from '../define-line-rule.js';
import { edit, fragments, startsWith } from '../lexicon/chars.js';
import { nextNumeralCounts, parseHanNumeral, startsWithYear } from '../lexicon/numerals.js';

// `一、` `十一、` `十 一、` (a space inside, from OCR) `一，` `一.` ; `一 总体要求`, `二  网格划分` and `一 2023年工作完成情况` (one to
// three spaces only, then a word or a year) and
// `三：重点工作` (a colon) and `二。规范管理` (the full stop a phone's keyboard types for the dot) are weak.
const han = edit(/^(han)gap([、,.:。])/).replace('han', fragments.hanNumeralSpaced).replace('gap', fragments.gap).getRegex();
const hanSpace = edit(/^(numeral) {1,3}(?=ideograph|(?:19|20)\d{2} ?年)/).replace('numeral', fragments.hanNumeral).replace('ideograph', fragments.han).getRegex();

/** A numeral that lists with the one before it whatever it is (`一、二、三等奖`, `四、六年级`): `二、`, `六年级`, `三等奖`. */
const numeralList = /^[一二三四五六七八九十]{1,3}(?:、|年级|等奖)/;

/** `一、` (a Chinese numeral and the ideographic comma or a dot). */
export const markerHan = defineLineRule({
  name: 'marker-han',
  description: '`一、` `十一、` (also `一，` `一．`; `一 总体要求` with only a space, `三：…` with a colon, `二。…` with a full stop and `三十，` with a comma from ten on are weak)',
  first: startsWith.hanNumeral,
  tokenize: ({ content }) => {
    const m = han.exec(content) ?? hanSpace.exec(content);
    if (!m) return null;
    const number = parseHanNumeral((m[1] ?? '').replace(' ', ''));
    if (!number) return null;
    const rest = content.slice(m[0].length);
    // `一.5` is a number, not a marker (`三、2024年工作计划` and `三．2024年工作打算` are markers).
    if (m[2] !== undefined && m[2] !== '、' && /^\d/.test(rest) && !startsWithYear(rest)) return null;
    // `一、二年级…`, `四、六年级…`, `一、二、三等奖`: a list of numerals inside a sentence, not a marker. (`一、二级…` and
    // `二、三类…` list only the next numeral, below: `三、二级企业考核目标` is section 3 on second-level companies.)
    if (numeralList.test(rest)) return null;
    // `一、二季度`, `三、四月份`, `十一、十二月`: two consecutive numerals that count quarters or months; `三、四组进行…`
    // (the end of `分为一、二、` cut by the wrap) counts groups; `二、三产业增加值…` (the end of `全县` cut by the wrap)
    // sectors of the economy; `一、二代发生…` (a pest's generations, after `…虫量大，`).
    // (A short heading without punctuation is weak instead, taken where the list expects it: `二、三级查房制度`, the second of a
    // hospital's core rules, after `一、首诊负责制度`.)
    const counts = nextNumeralCounts(rest, number);
    const counted = counts !== null;
    // (Not `一、二级医院`: no list expects its first item by the number alone.)
    // (Ranks and kinds only, `三级…`, `三类…`, that name a rule or a body; a span of months or quarters, `三、四月份开展督查`, never.)
    if (counted && !(m[2] === '、' && number >= 2 && (counts === '级' || counts === '类') && rest.length <= 16 && !/[，,。；;：:、%]/.test(rest))) return null;
    const spaced = m[2] === undefined;
    // A colon is a sloppy delimiter (`三：重点工作`), as after an arabic number: taken where the list expects it; so is a
    // comma after a number from ten on (`三十，橫琴線…`, the end of `百分之三十` cut by the wrap).
    const sloppy = m[2] === ':' || m[2] === '。' || (m[2] === ',' && number >= 10);
    return {
      type: 'outlineMarker',
      marker: { style: 'han', number, length: m[0].length, delimiterLength: spaced ? 0 : 1, strength: spaced || sloppy || counted ? 'weak' : 'strong' },
    };
  },
});
