// Named look-alike characters and the regex fragments built from them. Every literal that a marker
// rule needs is defined here once and composed with `edit()` (marked's helper), never pasted.
//
// Rules match against the *folded* line (see fold.ts): full-width ASCII variants are already folded to
// ASCII there, so `（` and `(`, `１` and `1`, `．` and `.` need no alternatives in the fragments below.

export const chars = {
  fullwidthLeftParen: '\uFF08', // （
  fullwidthRightParen: '\uFF09', // ）
  ideographicComma: '\u3001', // 、
  ideographicFullStop: '\u3002', // 。
  fullwidthFullStop: '\uFF0E', // ．
  fullwidthComma: '\uFF0C', // ，
  ideographicSpace: '\u3000',
  noBreakSpace: '\u00A0',
  zeroWidthSpace: '\u200B',
  byteOrderMark: '\uFEFF',
  emDash: '\u2014', // —
  horizontalEllipsis: '\u2026', // …
  middleDot: '\u00B7', // ·
  katakanaMiddleDot: '\u30FB', // ・
} as const;

/** Regex source fragments (for the folded text). */
export const fragments = {
  /** Chinese numeral characters accepted by parseHanNumeral. */
  hanNumeral: '[零〇一二两三四五六七八九十百廿卅]+',
  /** The same with one space inside, as OCR leaves it (`十 二`): strip the space before parsing. */
  hanNumeralSpaced: '[零〇一二两三四五六七八九十百廿卅]+(?: [零〇一二两三四五六七八九十百廿卅]+)?',
  /** 1 to 3 ASCII digits (full-width digits are folded to these). */
  arabicNumber: '\\d{1,3}',
  /** Optional white space inside a marker (`第 1 章`, `( 一 )`, `1 . 1`). */
  gap: ' ?',
  /** An optional delimiter after a closing parenthesis (`（三）、`, `1）.`): part of the marker (see `delimiterAt`). */
  afterParen: '(?: ?[、.,])?',
  /** Sentence-ending punctuation: a title ends before the first of these. */
  sentenceEnd: '[。！？!?]',
  /** A Han ideograph (BMP unified ideographs and extension A). */
  han: '[\\u3400-\\u4DBF\\u4E00-\\u9FFF]',
} as const;

/**
 * marked's `edit()`: start from a regex (or its source) and replace named placeholders with fragments.
 * `edit(/^(num)x/).replace('num', fragments.arabicNumber).getRegex()`.
 */
export function edit(regex: RegExp | string, flags = ''): { replace(name: string, value: string | RegExp): ReturnType<typeof edit>; getRegex(): RegExp } {
  let source = typeof regex === 'string' ? regex : regex.source;
  const f = typeof regex === 'string' ? flags : flags || regex.flags;
  const api = {
    replace(name: string, value: string | RegExp) {
      const v = typeof value === 'string' ? value : value.source;
      source = source.split(name).join(v);
      return api;
    },
    getRegex() {
      return new RegExp(source, f);
    },
  };
  return api;
}

/**
 * Characters that, right after a number, show it is a quantity or date and not a marker (`2020年`, `3月`, `5万`), or a
 * type or a valence (`2型糖尿病`, `9价疫苗`), or a group (`1组：…`, `3队`).
 */
export const unitChars = new Set(
  // (and the units of supplies an emergency plan counts: `2瓶备用气瓶`, `4具灭火器`, `10升`, `20袋`; a sports meet's lanes
  // and relay legs, `1道 赵雪`, `2棒 钱晓婷`)
  Array.from('年月日号时点分秒万亿千百十个元角倍米吨亩岁人名所家项件次届期批场台套条部本类位座栋册天周级类班门户处家支篇份余多起例辆张间轮种块楼层型价组队瓶具升只顶箱袋桶斤克道棒'),
);

/**
 * Words that begin with a unit character but are no quantity: `27支持…` `3项目…` `5分类…` open a title (item 27 with
 * its delimiter lost), where `27支队伍` `3项任务` `5分钟` count something.
 */
const unitLikeWords = new Set([
  '支持', '支撑', '部署', '部门', '分类', '分级', '分层', '分析', '分配', '人才', '人民', '人口', '人员', '家庭', '家校', '项目',
  '名师', '名校', '班子', '班级', '多元', '多措', '条件', '条例', '时间', '点位', '期间', '本地', '本单位', '类别', '位于',
  '天然', '周边', '级别', '门诊', '户籍', '处理', '处置', '起草', '起步', '间隔', '轮岗', '轮训', '张贴', '多种', '多方',
  // (words that open with the units of supplies)
  '瓶颈', '具体', '具备', '具有', '升级', '升学', '升旗', '升华', '只有', '只要', '顶层', '顶岗', '克服',
  // headings of enterprise and school plans (`3.5人力资源管理`, `2.4 元旦活动`, `1.3台账管理`)
  '人力', '人事', '人工', '人文', '人居', '人防', '人社', '个人', '个性', '元旦', '角色', '期末', '期中', '批复', '场所',
  '场地', '台账', '座谈', '例会', '种植', '种业', '种养', '百姓', '时代', '点评', '次要', '届时',
  // headings of emergency plans and rules (`7.1 名词术语`, `6.2 次生灾害防范`, `5.3 日常管理`)
  '名词', '名称', '名单', '次生', '日常',
  // words of a village's report after its item's number and a space (`2 部分村民…`, `2 个别党员…`, `3 年轻干部…`)
  '部分', '个别', '年轻',
  // `本` as "this" (`2.1本预案由…负责解释`, `6.2本办法自…起施行`), `家长` (`1.2.3家长联络组…`)
  '本预案', '本办法', '本规定', '本制度', '本标准', '本规程', '本规范', '本方案', '本细则', '本文件', '本计划', '本条例', '本章程',
  '本章', '本节', '本条', '本次', '本级', '家长',
  // a tender's or a contract's clauses (`1.1本招标文件适用于…`, `3.2本合同一式四份`)
  '本招标', '本合同', '本协议', '本项目', '本工程', '本须知', '本采购', '本磋商', '本投标', '本公司', '本通知', '本指南', '本意见', '本报告', '本年度', '本年', '本期', '本行', '本集团', '本院', '本校', '本人',
  // `价值` `价格` `型号` open titles (`3价值引领`); `组织` `队伍` too (`3组织保障`, `27队伍建设`), where `1组：` `2队` name a group
  '价值', '价格', '型号', '组织', '组建', '组合', '组成', '队伍',
  // `道路` `道德` `棒球` open titles (`3道路交通安全`)
  '道路', '道德', '道理', '道具', '棒球',
]);

/** Words of a period that begin with a unit's character and may open a title: `年度`, `月度`, `季度`, `年终`. */
export const periodWord = /^(?:年度|月度|季度|年终)/;

/**
 * Whether `text` (what follows a number) starts with a unit of measure or of time, so that the number is a quantity
 * (`3项任务`, `2小时内`, `3起事故`), not a marker whose delimiter is missing (`27支持…`).
 */
export function startsWithUnit(text: string): boolean {
  const c = text[0];
  if (c === '小' && text[1] === '时') return true;
  // (A century, `20世纪90年代…`, counts an age as a unit does.)
  if (c === '世' && text[1] === '纪') return true;
  // Units of two characters whose first opens words too: `2公斤`, `5公里`, `3公顷`, `10立方米`, `50平方米`, `500毫升`.
  if ((c === '公' && (text[1] === '斤' || text[1] === '里' || text[1] === '顷')) || ((c === '立' || c === '平') && text[1] === '方') || ((c === '毫' || c === '厘') && (text[1] === '米' || text[1] === '升' || text[1] === '克'))) return true;
  if (c === undefined || !unitChars.has(c)) return false;
  return !unitLikeWords.has(text.slice(0, 2)) && !unitLikeWords.has(text.slice(0, 3));
}

/** The units of a sum or a share after a figure: `万` `亿` `千` `百` `元` `%` `‰` `倍`. */
export const sumUnits: ReadonlySet<string> = new Set(Array.from('万亿千百元%‰倍'));

/** Sentence punctuation that ends a title (`。！？`, after folding also `!?`). */
export const sentenceEndChars = new Set(['。', '！', '？', '!', '?']);

const sentenceEndPattern = new RegExp(fragments.sentenceEnd);

/** Whether a line holds sentence punctuation; on folded text too, where `！？` have become `!?`. */
export function hasSentenceEnd(text: string): boolean {
  return sentenceEndPattern.test(text);
}

/**
 * Sloppy delimiters after a number, folded (`4，` `1：` `1。`, a phone's full stop for the dot): a marker typed with one
 * is weak, taken where its list expects it, and a list typed with one may repeat or skip a number.
 */
export const sloppyDelimiters: ReadonlySet<string> = new Set([',', ':', '。']);

/** Punctuation that cannot end a title line. */
export const nonFinalChars = new Set(Array.from('。；;，,：:！？!?、'));

/**
 * Whether a text is written in a script of China's minority languages or a neighbour's (Hangul, Arabic script for Uyghur,
 * Tibetan, Mongolian, Cyrillic) and holds no Han character: a translation beside the Chinese line (`一、조선어문 법규…`).
 */
export function inOtherScript(text: string): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isHan(c)) return false;
    if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x0600 && c <= 0x06ff) || (c >= 0xfb50 && c <= 0xfeff) || (c >= 0x0f00 && c <= 0x0fff) || (c >= 0x1800 && c <= 0x18af) || (c >= 0x0400 && c <= 0x04ff)) letters++;
  }
  return letters >= 2;
}

export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/**
 * Whether a line as written holds a table's cells apart by tabs: text, tabs, then more (`责任单位⇥主要职责`, a form's
 * `班级评议小组意见⇥　` with an empty cell). Tabs only at the line's end do not count.
 */
export function hasTabCells(text: string): boolean {
  return tabCells.test(text);
}
const tabCells = /\S\t+[^\t ]/;

/** A gap of three spaces or more inside a line: the parts of a line set across the page (a header, a letterhead's line). */
export const spreadGap = /[ \u3000]{3,}/;

/**
 * Whether a (folded) line holds three or more cells apart by runs of spaces (`周次    起止日期        主要工作安排`), not a
 * title spaced out letter by letter (`政  府  工  作  报  告`, every part one character).
 */
export function hasSpaceCells(folded: string): boolean {
  const first = folded.indexOf('  ');
  if (first === -1) return endsWithNumberCells(folded);
  const parts = folded.trim().split(/ {2,}/);
  return (parts.length >= 3 && parts.some((p) => p.length >= 2)) || endsWithNumberCells(folded);
}

/**
 * Four numbers or more apart by single spaces at a line's end (`一、本年新收政府信息公开申请数量 17 1 0 0 1 0 19`): a
 * table's row as PDF text sets it, its cells apart by one space. (Looked at only when the line ends in a digit.)
 */
export function endsWithNumberCells(folded: string): boolean {
  const trimmed = folded.trimEnd();
  return isDigit(trimmed.charCodeAt(trimmed.length - 1)) && numberCells.test(trimmed);
}
const numberCells = / \d{1,9}(?:\.\d{1,4})? \d{1,9}(?:\.\d{1,4})? \d{1,9}(?:\.\d{1,4})? \d{1,9}(?:\.\d{1,4})?$/;

/** Whether a line holds a table's cells, apart by tabs (`text`, as written), bars or runs of spaces (`folded`). */
export function hasCells(text: string, folded: string): boolean {
  return hasTabCells(text) || hasBarCells(folded) || hasSpaceCells(folded);
}

/** The header row of a table flattened to lines: `序号` among three or more column names apart by spaces or tabs. */
export function isTableHeader(folded: string): boolean {
  if (!folded.includes('序号') && !folded.includes('条款号')) return false;
  const cells = folded.trim().split(/ +/);
  return cells.length >= 3 && (cells.includes('序号') || cells.includes('条款号'));
}

/** A table's number column heading alone on its line (`序号`, `编号`, `指标代码`): the header of a table taken one cell per line. */
export function isNumberColumn(folded: string): boolean {
  return folded === '序号' || folded === '编号' || folded === '指标代码' || folded === '指标编码';
}

/**
 * A column's name alone on its line (`指标名称`, `项目名称`, `序号`, `类别`): a table's header cell taken one cell per line,
 * never a title's first line (`指标名称` / `年度计划` are two cells, not `…年度计划`).
 */
export function isColumnName(folded: string): boolean {
  return columnName.test(folded);
}
const columnName = /^(?:序号|编号|项目|指标|类别|单位|名称|\p{Script=Han}{1,4}名称)$/u;

/** Whether a (folded) line holds cells apart by bars, two or more (`1|9月2日—9月8日|开学工作检查`, `首页 | 政务公开 | …`). */
export function hasBarCells(folded: string): boolean {
  const first = folded.indexOf('|');
  return first !== -1 && folded.indexOf('|', first + 1) !== -1;
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Whether a UTF-16 code is an ASCII letter (`A`–`Z`, `a`–`z`). */
export function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * 1 when folded text has a delimiter (`、`, `.`, `,`; `．` `，` fold to the last two) at `at`, else 0: after a marker
 * that is one character (`①、`, `⑴、`, `㈠、`), the delimiter belongs to the marker, not to the title.
 */
export function delimiterAt(text: string, at: number): 0 | 1 {
  const c = text.charCodeAt(at);
  return c === 0x3001 || c === 0x2e || c === 0x2c ? 1 : 0;
}

/** First-character predicates for the line rules' fast reject (`LineRule.first`). */
export const startsWith = {
  digit: isDigit,
  paren: (c: number) => c === 0x28,
  hanNumeral: (c: number) => '零〇一二两三四五六七八九十百廿卅'.includes(String.fromCharCode(c)),
  latin: (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 0x28,
} as const;

/**
 * The kind of delimiter an arabic marker as written ends with (`1、`, `1.`, `１．`): 1 for `、`, 2 for a dot (`.`, `．`), 0
 * for any other. A list under a bracketed item of a list with the other kind is a level of its own (grammar/outline.ts
 * `asSublist`, check/walk.ts `sublevelsOf`).
 */
export function delimiterKind(marker: string): number {
  const last = marker.charCodeAt(marker.length - 1);
  if (last === 0x3001 /* 、 */) return 1;
  return last === 0x2e || last === 0xff0e ? 2 : 0;
}

/** Whether `text` starts with a name left blank by placeholder marks (`××大学…`, `○○县…`, `□□镇…`): a run of two of one mark. */
export function startsWithPlaceholder(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c === 0xd7 /* × */ || c === 0x25cb /* ○ */ || c === 0x25a1 /* □ */) && text.charCodeAt(1) === c;
}
