import { defineLineRule } from '../define-line-rule.js';
import { dateSuffix, isDate, parseArabic, startsWithDate, startsWithPeriod, startsWithYear } from '../lexicon/numerals.js';
import { isDigit, isHan, periodWord, sloppyDelimiters, startsWith, startsWithUnit, sumUnits } from '../lexicon/chars.js';
import { trimEnd } from '../lexicon/fold.js';

// `1.` `1．` `1、` (`１．` is folded to `1.`), with or without a space after; `1 . ` from PDF; `1\.` as an HTML-to-Markdown
// converter escapes a number that starts a line.
/** A Han character, an opening quote or a book title's bracket: what a title after a sloppy delimiter starts with. */
const opensTitle = (c: number) => isHan(c) || c === 0x201c || c === 0x300a;
const delimited = /^(\d{1,3}) ?\\?([.、,:。])/;
// `1 加强…`: the delimiter is a space (or two, `4　　防汛…`); `27构建…`: the delimiter is missing.
const bare = /^(\d{1,3})( {0,2})(?=[^\d])/;
const bareBeforeYear = /^(\d{1,2}) (?=\d)/;
// The digits after `2.` in `2.3万名` `3.5%` `1.2倍` `2.5分` `2.5GHz` `1.5m` `1.2m³` `1.5MPa` `2.5t` `1.5h`: the fraction
// of a magnitude or a measure (a wrap in a technical scheme puts `1.5m，…` at a line's start); so are `2.5毫米以上`,
// `2.3立方米`, `3.5厘米` and an earthquake's magnitude, `6.2级地震…`, `4.5级以上…`.
const decimalQuantity = /^\d{1,6}(?:[万亿千百%‰倍元米吨亩]|分(?!钟)|个百分点|公里|平方|公顷|公斤|千克|[毫厘][米升克]|立方|级(?:地震|余震|以上|以下|左右)|(?:[GMkK]?Hz|[GMk]?bps|[KMGTP]B|[kM][WV]|[kcm]?m[²³23]?|[km]g|[kM]?Pa|[thL])(?![A-Za-z]))/;
// A span of time and the end of a clause, after the marker: `2.5小时。`, `1.5天）。` (a sentence's figure a wrap put at a line's
// start; an item's title goes on after its figure, `1.24小时值守…`).
const timeSpanEnd = /^\d{1,3}(?:小时|个月|天|分钟|周|年)[。；;，,）)]/;
// The whole of something, after the marker: `2.100%的学生…`.
const whole = /^100%/;
// A date after the marker: `5.9.10前…`, `3.3.25—3.29…`.
const dottedDate = /^(\d{1,2})\.(\d{1,2})/;
/** A day written month·day (`3·15`, `12·4`). */
const middleDotDay = /^(\d{1,2})·(\d{1,2})/;
/** A day first (`6号…`, `3日前…`), after a number and a dot. */
const dayFirst = /^\d{1,2}[日号]/;
function startsWithDottedDate(rest: string): boolean {
  // (A day written with a middle dot, as a publicity day is named: `3·15国际消费者权益日…`, `12·4国家宪法日…`.)
  const named = middleDotDay.exec(rest);
  if (named !== null) return isDate(Number(named[1]), Number(named[2]));
  const m = dottedDate.exec(rest);
  if (m === null || !isDate(Number(m[1]), Number(m[2]))) return false;
  const after = rest.slice(m[0].length);
  // (Or a day that names an occasion, `3.15消费者权益日…`, after an item typed with a full-width dot the decimal rule left.)
  return dateSuffix.test(after) || (isHan(after.charCodeAt(0)) && !isDigit(after.charCodeAt(1)));
}
// The end of a host name: `163.com`, `qq.com.cn`, `gov.cn` (a title does not start with one).
const domain = /^(?:com|cn|net|org|gov|edu)(?![A-Za-z])/;
// A time of day: `9:00`, `14:30` (a ratio of figures, `4:1`, has no two-digit minutes).
const clockTime = /^(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)/;
// An age range after the marker: `2、0～6岁儿童健康管理`, `2.0-3岁婴幼儿…`, `3、35～64岁妇女…` (the range's first number may be 0).
const ageRange = /^\d{1,2} ?[～~\-—–至到] ?\d{1,3} ?(?:周岁|岁|个月|月龄)/;
// A strength in per cent naming what it measures: `2.5%葡萄糖注射液`, `1.0.9%氯化钠注射液`, `1.75%乙醇…` (not `3.5%的…`,
// `2.5%以上`, a share of something).
const namedStrength = /^(?:0\.)?\d{1,2}%(?![的以左和及或增下上内外为之])\p{Script=Han}/u;
// A chemical's name that starts with its locant or its mass number: `25-羟维生素D检测`, `17-羟孕酮`, `125-I放射免疫…` (no
// figure is followed by a hyphen and a word).
const locantName = /^\d{1,3}-(?:\p{Script=Han}|[A-Z](?![A-Za-z]))/u;

/**
 * A sum after the marker that no fraction is written as: three digits or more, then its unit (`2.100万元以上…`,
 * `1.400万像素…`), or a round ten of ten thousands or of hundred millions (`3.10亿元以上重大项目…`, `2.50万元以上…`): an
 * item's title, weak (`2.5万元`, `2.35万元`, `386.40万元。` at a wrap's start stay quantities).
 */
function oddSum(rest: string, digits: number): boolean {
  const unit = rest.charAt(digits);
  if (digits >= 3) return sumUnits.has(unit);
  // (Words go on after the round sum, `以上重大项目`, `千瓦…`: not the end of a sentence, `386.40万元。`.)
  return digits === 2 && rest.charCodeAt(1) === 48 && (unit === '万' || unit === '亿') && isHan(rest.charCodeAt(rest.charAt(3) === '元' ? 4 : 3));
}

/** A rating with a fraction after the marker (`6.0.4kV低压线路…`, `3.1.5T…`): no number reads so, an item's title. */
const ratedFraction = /^\d{1,3}\.\d{1,3}[A-Za-z]/;
/** A catalogue's code of a service or a power after the item's number: `0100-A-02500-440306`, `1100-00100-440306`. */
const itemCode = /^\d{4}-(?:[A-Z]-)?\d{3,5}-\d{4,6}/;

/**
 * Two digits or more and a unit in Latin letters, a project's or a device's rating that opens its title (`1.110kV城东变电站…`,
 * `2.35kV线路改造工程`, `1.500m³/d污水处理站`): weak, taken where the list expects the number (`1.5m，…` at a wrap's start,
 * one digit, is a measure).
 */
function namedRating(rest: string, digits: number): boolean {
  const c = rest.charCodeAt(digits);
  return digits >= 2 && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) && decimalQuantity.test(rest);
}

/**
 * A letter or a sign right after a title's leading number names a technology or a formula, not a quantity: `5G`,
 * `3D打印`, `4K/8K`, `1+N政策体系`, `7×24小时` (`9.5G+智能制造` is item 9).
 */
function isTechnical(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 0x2b /* + */ || code === 0xd7 /* × */ || code === 0x2f /* / */;
}

/**
 * The rest of a clause's number after `5.` and the words that cite it: `3条的要求`, `5.3条规定`, `1款所列` (not `3条措施`, a
 * count; marker-decimal leaves the whole `5.3条…` to this rule, which reads the words after the clause's word too).
 */
const clauseCitedAfterDot = /^\d{1,2}(?:\.\d{1,2}){0,2}[条款节](?:的|之|规定|要求|所|中|第|和|或|、|，)/;

/** Digits, a slash and digits: a ratio or a table cell (`4.9/5.1`, `0.8/0.9`), not a title like `4K/8K`. */
function isRatio(rest: string, end: number): boolean {
  return rest.charCodeAt(end) === 0x2f && isDigit(rest.charCodeAt(end + 1));
}

/** Whether the rest of a line is a table row's cells apart by single spaces, one of them a figure (`城关镇 96.35 优秀`). */
function isSpacedRow(rest: string): boolean {
  if (rest.length > 60) return false;
  const cells = rest.trimEnd().split(' ');
  return cells.length >= 3 && cells.every((c) => c.length > 0 && c.length <= 12) && cells.some((c) => figureCell.test(c));
}
const figureCell = /^[-+]?\d{1,9}(?:\.\d{1,4})?%?$/;

/**
 * After a sloppy delimiter (`,` `:` `。`), a figure that opens the title (`2,60岁以上老人…`, `2：3月底前完成…`): words right
 * after its digits, and no group of thousands (`2,600`); weak, taken where the list expects the number.
 */
function sloppyBeforeFigure(delimiter: string, content: string, rest: string, digits: number): boolean {
  if (!sloppyDelimiters.has(delimiter)) return false;
  // (`8:30签到` is a time of day; `2,600名` a number.)
  if ((delimiter === ',' && digits === 3) || (delimiter === ':' && clockTime.test(content))) return false;
  // After a colon a ratio starts no title (`4:1的比例`, `1:500比例尺`); a month or a day does (`2：3月底前…`).
  if (delimiter === ':') return startsWithDate(rest);
  return isHan(rest.charCodeAt(digits)) && !ofRatio.test(rest.slice(digits));
}

const ofRatio = /^(?:的|比)/;


/**
 * The rest of a row of comma-separated values: two ASCII commas or more, no Chinese comma or full stop, and a field
 * that is no clause: empty, or starting with a figure or a Latin letter (`2019年全市水利工作总结,市水利局,2020-01-08,`).
 * Text typed with ASCII punctuation writes clauses so (`继续抓好烤烟生产,确保…左右.`, `坚持党员活动日制度,每月5号组织学习,
 * 开展志愿服务,走访困难党员`): a row that ends with a full stop after a word, or whose fields all start with a Han
 * character, is a sentence.
 */
function isCsvRow(rest: string): boolean {
  let commas = 0;
  let valueField = false;
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i);
    if (c === 0x2c) {
      commas++;
      let next = i + 1;
      while (rest.charCodeAt(next) === 0x20) next++;
      if (!isHan(rest.charCodeAt(next))) valueField = true;
    } else if (c === 0xff0c || c === 0x3002 || c === 0x3001) return false;
  }
  if (commas < 2 || !(valueField || !isHan(rest.charCodeAt(0)))) return false;
  const last = trimEnd(rest) - 1;
  return !(rest.charCodeAt(last) === 0x2e && isHan(rest.charCodeAt(last - 1)));
}

export const markerArabic = defineLineRule({
  name: 'marker-arabic',
  description: '`1.` `1．` `1、`; `27构建` (delimiter missing), `1 加强` (space), `1，` `1：` `1。` (sloppy delimiters) are weak; `2020年` `3月` `1.5万` are not markers',
  first: startsWith.digit,
  tokenize: ({ content }) => {
    const m = delimited.exec(content);
    if (m) {
      const number = parseArabic(m[1] ?? '');
      const rest = content.slice(m[0].length);
      if (number === null) return null;
      // `1 . 5 万人以上。`: a decimal figure spaced digit by digit at a wrapped line's start, no marker.
      if (m[0].includes(' ') && m[2] === '.' && rest.charCodeAt(0) === 0x20 && isDigit(rest.charCodeAt(1))) return null;
      // `4，加强管理` `1：完善分类设施`: a comma or a colon is a sloppy delimiter, weak (taken where the list expects it).
      // `1。新建…`: the full stop a phone's keyboard types for the dot, as sloppy.
      const sloppy = sloppyDelimiters.has(m[2] ?? '');
      let strength: 'strong' | 'weak' = sloppy ? 'weak' : 'strong';
      // A year, a span of months or a time of day after the marker starts its title (`2.2024年…`, `2.4—5月：…`,
      // `3、7-8月：…`, an agenda's `1.9:00—9:10　致辞`).
      if (isDigit(rest.charCodeAt(0)) && !startsWithYear(rest) && !startsWithPeriod(rest) && !clockTime.test(rest)) {
        // A title that starts with a number. It starts with words after that number: `1.5` alone is a decimal,
        // `1.2.3` a section path, `10、20、30` a list of numbers.
        let end = 1;
        while (isDigit(rest.charCodeAt(end))) end++;
        // A clause cited by its number at a wrapped line's start (`5.3条的要求…`, `7.5.3条规定…`): no marker.
        if (m[2] === '.' && clauseCitedAfterDot.test(rest)) return null;
        if (m[2] === '.') {
          // A fraction is no title: a title does not start with 0 (`2.0行动计划` is a version), and `1.5万名…`
          // `3.5%的…` are decimal quantities. `1.9月开展…` `2.3日前完成…`: no month or day is a fraction, so a
          // marker; `2.3岁以下…` `3.12345热线…` `2.3、4月份…` are weak (the grammar takes them where the list
          // expects them).
          // `2.100%的教师…` (no share is written with `.100`), `2.9.10前完成…` (a date), `2.0-3岁…` (an age range),
          // `2.5%葡萄糖注射液` (a strength): weak as well.
          const after = rest.charCodeAt(end);
          if (whole.test(rest) || startsWithDottedDate(rest) || ageRange.test(rest) || namedStrength.test(rest) || locantName.test(rest) || namedRating(rest, end) || ratedFraction.test(rest) || itemCode.test(rest)) strength = 'weak';
          else if (rest.charCodeAt(0) === 48 || (decimalQuantity.test(rest) && !oddSum(rest, end)) || timeSpanEnd.test(rest) || !(isHan(after) || after === 0x3001 || after === 0x23 || isTechnical(after)) || isRatio(rest, end)) return null;
          // (A day after the dot, `5.6号早上…`, `2.3日前完成…`, may be the date itself, May 6th: weak too.)
          else strength = startsWithDate(rest) && !dayFirst.test(rest) ? 'strong' : 'weak';
        } else if (m[2] === '、') {
          // After `、` consecutive numbers may be a list (`3、4月份` is March and April, `1、2号楼` two buildings) or an
          // item whose title starts with the next number (`2、3月下旬完成…` after item 1): weak, like `1、9月开展…`,
          // `2、20名安全员…`, `3、1.5万元经费…`, `3、1#塔吊…` (a numbered machine or building, as `3.1#塔吊…` after a dot),
          // `1、2月底前完成…` above `2、…`; the grammar takes it where the list
          // expects its number (`1、2月：` above `3、4月：` is a schedule of month pairs).
          const after = rest.charCodeAt(end);
          if ((!isHan(after) && !isTechnical(after) && after !== 0x25 && after !== 0x23 && !(after === 46 && isDigit(rest.charCodeAt(end + 1))) && !ageRange.test(rest) && !locantName.test(rest) && !middleDotDay.test(rest)) || isRatio(rest, end)) return null;
          strength = 'weak';
        } else if (sloppyBeforeFigure(m[2] ?? '', content, rest, end)) strength = 'weak';
        else return null;
      }
      // `3,2019年全市水利工作总结,市水利局,2020-01-08,`: a row of comma-separated values, no item.
      if (m[2] === ',' && isCsvRow(rest)) return null;
      // (A quote or a book title may open the title: `4，“双减”…`, as OCR reads `4.` before a quote; a figure may, as above.)
      if (sloppy && !opensTitle(rest.trimStart().charCodeAt(0)) && !isDigit(rest.charCodeAt(0))) return null;
      // `163.com。`: an e-mail or web address cut by the wrap before its domain.
      if (m[2] === '.' && domain.test(rest)) return null;
      return { type: 'outlineMarker', marker: { style: 'arabic', number, length: m[0].length, delimiterLength: 1, strength } };
    }
    // `1 2023年经营情况回顾` (number, space, a year): a section head of a decimal scheme, weak.
    const y = bareBeforeYear.exec(content);
    if (y) {
      const number = parseArabic(y[1] ?? '');
      if (number && startsWithYear(content.slice(y[0].length))) {
        return { type: 'outlineMarker', marker: { style: 'arabic', number, length: (y[1] ?? '').length, delimiterLength: 0, strength: 'weak' } };
      }
    }
    const b = bare.exec(content);
    if (!b) return null;
    const number = parseArabic(b[1] ?? '');
    const rest = content.slice(b[0].length);
    const next = rest[0] ?? '';
    // (After a space, a year's or a month's word opens the heading's title: `3　年度预算`, `2 月度计划`; no quantity.)
    // (A book's title in 《》 after the number, its delimiter lost: `7《活着》 余华` in a reading list.)
    if (!number || !(isHan(next.charCodeAt(0)) || next === '《') || (startsWithUnit(rest) && !(b[2] !== '' && periodWord.test(rest)))) return null;
    // `1至11月，…` `3到5年内…`: a range of numbers, not a marker.
    if ((next === '至' || next === '到') && isDigit(rest.charCodeAt(1))) return null;
    // `113學年度校務工作計畫`, `112学年第一学期…`: a school year of the Republic of China calendar, not a marker.
    if ((next === '學' || next === '学') && rest[1] === '年') return null;
    // `1 城关镇 96.35 优秀`: a table's row, its cells apart by single spaces, one of them a bare figure.
    if (b[2] === ' ' && isSpacedRow(rest)) return null;
    return { type: 'outlineMarker', marker: { style: 'arabic', number, length: (b[1] ?? '').length, delimiterLength: 0, strength: 'weak' } };
  },
});
