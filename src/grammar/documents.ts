// Document splitting: which title candidates open a document, and what a header tells (issuer, date …).
import type { DocumentMeta } from '../types.js';
import type { Block } from './blocks.js';
import { endingKind, glossaryHeading, isPageBanner, isRequest, isScheduleLabel, isSiteSection, looksLikeTitle, namesOwnKind, speechSubtitle, weakDocumentKinds, withoutLetterSpacing, withoutTrailingRemark } from '../tokenize/lexicon/doc-types.js';
import { fold } from '../tokenize/lexicon/fold.js';
import { isColumnName, spreadGap, startsWithPlaceholder } from '../tokenize/lexicon/chars.js';
import { unmarkedTitle } from '../tokenize/lexicon/wrappers.js';
import { dateOnly, hanYearDigit, isMarkingLine, posts, unitAndName } from '../tokenize/lexicon/meta-keys.js';

/** A month, a week, a quarter or a half-year that a plan covers: `五月份`, `3月`, `第9周`, `一季度`, `下半年`. */
/** A month or a week (`五月份`, `3月`, `第9周`), as a regex source. */
export const monthOrWeek = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3}) ?月份?|第 ?(?:\\d{1,2}|[一二三四五六七八九十]{1,3}) ?周';
// (And the next stage a plan after a summary names: `下一步工作打算`, `下一阶段工作安排`, `今后工作思路`.)
const period = new RegExp(`${monthOrWeek}|[一二三四1-4] ?季度|[上下]半年|^(?:下一步|下一阶段|今后)`);
/** A heading that starts with the year's word and names no year (`年度数据一览`, `年度工作安排`): a section's caption. */
const unnamedYear = /^(?:年度|学年|学期)/;
const year = new RegExp(`(?:19|20)\\d{2} ?年|[〇零一二]${hanYearDigit}{3}年|年度|学年|学期`);
/** A line that starts with the name of a place: `宜春市…`, `XX县…`, `全市…`. */
export const placeFirst = /^[\u4e00-\u9fffA-Z]{1,8}?(?:省|市|县|区|州|盟|旗)/;
/** The end of a title that says 关于: `…的报告`, `…的通知`. */
export const aboutTail = /的(?:通知|意见|建议|决定|决议|报告|批复|请示|函|议案|提案)$/;
const about = new RegExp(`^关于|${aboutTail.source}`);
// Issuers: government bodies, schools, companies, banks and their branches, hospitals and their departments
// (`…医院检验科`, `…护理部`), stations (not a website, `…门户网站`), institutes, teams, foundations, communities,
// newspapers and broadcasters (`…日报社`, `…广播电视台`; not a `…平台`).
const orgSuffix = /(?:局|委|厅|部|办|处|政府|办公室|委员会|学校|小学|中学|大学|学院|学会|研究会|设计院|研究生院|规划院|幼儿园|中心|公司|集团|党委|党组|工委|研究院|协会|医院|卫生院|保健院|福利院|敬老院|养老院|疗养院|党校|班子|科|室|(?:教研|备课|年级|课题)组|(?<!网)站|所|馆|队|基金会|商会|工会|居委会|村委会|业委会|联合会|学生会|研究生会|班委会|主席团|社区|街道|村|支部|总支|银行|分行|支行|法院|检察院|海关|酒店|饭店|厂|社|(?<![平防抗])台)$/;

/**
 * A title candidate that stands after content opens a new document only when it reads like the title of one:
 * it names a document kind (not one that is also a common section heading), with a year, an issuer or 关于.
 */
export function isStrongTitle(content: string): boolean {
  // (Read without letter spacing: `2 0 2 3 年 工 作 计 划`.)
  const folded = withoutLetterSpacing(unmarkedTitle(fold(content).trim()));
  const kind = endingKind(folded);
  // (A column's head with its unit, `年度计划（亿元）`, `2024年计划(万元)`, is a table's cell.)
  if (!kind || !looksLikeTitle(folded) || unitRemark.test(folded)) return false;
  // (A report's glossary under its own heading, `附：有关用语说明`, opens one though its kind heads sections too.)
  if (glossaryHeading.test(folded)) return true;
  // A kind that is also a section heading (`保障措施`, `评价标准`) needs more: 关于, a speech's subtitle, a long line
  // that starts with a place (`宜春市中小学校心理辅导室建设标准`), or the period it plans (`2020年工作打算`,
  // `五月份工作安排`, `…第9周工作安排`).
  if (
    weakDocumentKinds.has(kind) &&
    !about.test(folded) &&
    !namesBook.test(folded) &&
    !speechSubtitle.test(folded) &&
    !(folded.length >= 10 && placeFirst.test(folded)) &&
    !(year.test(folded) && !unnamedYear.test(folded)) &&
    !period.test(folded)
  )
    return false;
  // (A year's word alone first names none: `年度计划`, a table's column, is no title.)
  return (year.test(folded) && !unnamedYear.test(folded)) || period.test(folded) || about.test(folded) || folded.length >= 8;
}

/** A document about a document it names first (`《…维护保养管理标准》编制说明`, `《…办法》政策解读`). */
const namesBook = /^《[^《》]{4,60}》/;

/** A unit in brackets at a line's end: a table column's head (`（亿元）`, `(%)`, `（万人次）`). */
const unitRemark = /[(（](?:[亿万千百]?元|[%％]|个|人|[万]?人次|家|项|吨|亩|公里|千米|平方米|万?千瓦时?|座|所|户)[)）]$/;

/** A year written out (`2024年`, `二〇二四年`), not only `年度`. */
const writtenYear = new RegExp(`(?:19|20)\\d{2}|[〇零一二]${hanYearDigit}{3}年`);

/**
 * A label that reads like a title but names no year, period, place or matter (`法治政府建设年度报告`, `工作总结`): the
 * name of a web page's menu item or column. With nothing under it, it is the header of the title that follows.
 */
export function isBareLabel(title: string): boolean {
  const folded = withoutTrailingRemark(fold(title).trim());
  return folded.length <= 12 && !writtenYear.test(folded) && !period.test(folded) && !about.test(folded) && !placeFirst.test(folded) && !isCompilationTitle(folded);
}

/** A compilation's title: `…工作计划汇编`, `…制度选编`, `社区工作计划精选2篇`, `…工作总结（通用10篇）`, `…范文大全`. */
const compilation = /(?:汇编|选编|摘编|汇总|合集|大全|集锦|精选|范文)$|(?:\d{1,2}|[一二三四五六七八九十]{1,3}) ?篇[)）】]?$/;

/** Whether a title names a compilation of documents: every titled document in it stands apart. */
export function isCompilationTitle(title: string): boolean {
  // Without a remark in brackets after it (`…工作计划汇编（2024—2025学年度第一学期）`), or with its count in them
  // (`…工作总结（通用10篇）`).
  const folded = fold(title).trim();
  return compilation.test(folded) || compilation.test(withoutTrailingRemark(folded));
}

/**
 * The kind of document a compilation gathers, when its title names one: `…学校管理制度汇编` → `制度`; null when it names
 * none (`…范文精选3篇`).
 */
export function compiledKind(title: string): string | null {
  let folded = withoutTrailingRemark(fold(title).trim());
  let match = compilation.exec(folded);
  if (match === null) return null;
  folded = folded.slice(0, match.index);
  // A count after the word (`…计划精选3篇`): both come off.
  match = compilation.exec(folded);
  if (match !== null) folded = folded.slice(0, match.index);
  return endingKind(folded);
}

/**
 * The title of one document of a compilation: a title of a kind no section heading has (`教务处工作计划`, not
 * `保障措施`), however short it is; or of the kind the compilation gathers (`教师考勤制度`, `门卫制度` in a `…管理制度汇编`).
 */
export function isPartTitle(content: string, gathered: string | null = null): boolean {
  const folded = unmarkedTitle(fold(content).trim());
  // (Four characters when they end in the gathered kind after a word of two: `门卫制度`, `值班制度` in a `…制度汇编`.)
  if (folded.length < 5 && !(gathered !== null && folded.length >= gathered.length + 2 && folded.endsWith(gathered))) return false;
  return namesOwnKind(folded) || (gathered !== null && endingKind(folded) === gathered && looksLikeTitle(folded));
}

/** Kinds whose documents are gathered under a title of the same kind: a company's `管理制度`, a school's `岗位职责`. */
const collectedKinds = new Set(['制度', '职责']);

/**
 * When `part`, right under the title `title` with nothing between, is the first part of a collection that title
 * names: the kind both end in (`…公司管理制度` / `安全生产管理制度` → `制度`), one that collections gather; null otherwise.
 */
export function collectedKind(title: string, part: string): string | null {
  const kind = endingKind(unmarkedTitle(fold(title).trim()));
  return kind !== null && collectedKinds.has(kind) && titleKey(title) !== titleKey(part) && isPartTitle(part, kind) ? kind : null;
}

/**
 * Whether `text`, after the document titled `title`, is the title of a sibling of the same kind, as in a loose
 * compilation without a title of its own (`总务处工作计划` … `教科室工作计划`): both end in the kind, and `text` is a
 * part's title.
 */
export function isSiblingTitle(title: string, text: string): boolean {
  const kind = endingKind(withoutLetterSpacing(unmarkedTitle(fold(title).trim())));
  const folded = withoutLetterSpacing(unmarkedTitle(fold(text).trim()));
  // (A standard cited by its code, `GB 51222　城镇内涝防治技术规范`, is a reference in the text.)
  return kind !== null && endingKind(folded) === kind && !standardCode.test(folded) && titleKey(title) !== titleKey(text) && isPartTitle(folded, kind);
}
const standardCode = /^[A-Z]{2,}(?:\/[A-Z])? ?\d/;

/** A title as compared with another: folded, without spaces. */
export const titleKey = (title: string): string => fold(title).replace(/ /g, '');

/** Whether a line names a year, a school year or a term (`2024年`, `二〇二四年`, `年度`, `学年`). */
export function hasYear(text: string): boolean {
  return year.test(text);
}

/** A line of issuers only: `中共XX市委教育工委 XX市教育局`. */
export function isIssuerLine(content: string): boolean {
  const line = fold(content).trim();
  // `…关于开展全市中小学` ends like an issuer but is the start of a title.
  if (line.length > 60 || line.includes('关于')) return false;
  return issuerParts(line).every((p) => orgSuffix.test(p) || orgSuffix.test(withoutAlias(p)));
}

/**
 * A body's name without the other name it goes by in brackets (`学生工作部（处）`, `党委教师工作部（人事处）`,
 * `招生就业处（招生办公室）`): the same office twice; or without the campus it names (`…联合中学（蜀华校区）`, `…医院（东院区）`).
 */
function withoutAlias(part: string): string {
  const m = alias.exec(part);
  return m !== null && (orgSuffix.test(m[1] ?? '') || campus.test(m[1] ?? '')) ? part.slice(0, m.index) : part;
}
const campus = /(?:校区|分校|院区|园区)$/;
const alias = /\(([^()]{1,12})\)$/;

/**
 * The parts of a (folded, trimmed) issuer's line apart by spaces, without the day a letterhead's line gives after a
 * gap (`XX县人民政府督查室　　2023年7月12日`).
 */
function issuerParts(line: string): string[] {
  const parts = line.split(/ +/);
  if (parts.length === 2 && dateOnly.test(parts[1] as string)) parts.pop();
  return parts;
}

/**
 * The name of a chat group above a message copied from a phone (`…三（2）班家长群（46）`, `…卫健委工作群（企业微信）`): who posted
 * where, never part of a title. A `…群` that is no chat (`长株潭城市群`, `产业集群`) names its members' kind first.
 */
const chatGroup = /(?:工作|家长|班级|年级|教师|党员|业主|交流|通知|微信|钉钉|QQ)群(?: ?[(（](?:\d{1,4}|企业微信|微信|钉钉)[)）])?$|群 ?[(（]\d{1,4}[)）]$/;

/** A chat message's sender as a work app shows it, their unit and name apart by a dash (`行政部-徐静`, `村委会-叶建平`). */
const chatSender = new RegExp(`^${unitAndName}$`, 'u');

/** A form's date left blank for the hand (`年　月　日`, `2025年　月　日`): no line of a title. */
const blankDate = /^(?:\d{4} ?)?年 +月 +日$/;

/** A line that may be the first line of a title broken over lines: not an issuer, a document number or a date. */
export function canStartTitle(content: string): boolean {
  const line = fold(content).trim();
  // (A letterhead keeps its letter-spacing in a PDF copy: `清 水 区 应 急 管 理 局`.)
  const solid = withoutLetterSpacing(line);
  // (A name left blank with placeholder marks, `××大学…`, `○○县…`, starts one too.)
  return line.length >= 2 && (/^[\p{L}\p{N}《“"]/u.test(line) || startsWithPlaceholder(line)) && !isSiteSection(line) && !isIssuerLine(solid) && !chatGroup.test(line) && !isMarkingLine(line) && !dateOnly.test(line) && !blankDate.test(line) && !/[〔[]\d{4}[〕\]]|\d+ ?号$/.test(line) && !isoDate.test(line) && !datedEntry.test(line) && !/^[(（【]|^附 ?[件表录]|^附[:：]|文件(?:[(（]\d{1,2}[)）])?$/.test(solid) && !scheduleRowEnd.test(line) && !isScheduleLabel(line) && !isNamedByPost(line) && !madeBy(line) && !isColumnName(line) && !chatSender.test(line) && !phoneFirst.test(line);
}

/** A line that opens with a telephone number (`0851-22861119(景区消防站)`, `13812345678 张明`): a contact list's, no title's. */
const phoneFirst = /^(?:0\d{2,3}-?\d{7,8}|1[3-9]\d{9})(?!\d)/;

/** A line that opens with its day, a diary's or a ledger's entry (`24.6.30 盘点…`, `2024/6/30 …`): no title's first line. */
const datedEntry = /^(?:\d{2}|\d{4})[./-]\d{1,2}[./-]\d{1,2}(?: |$)/;

/** The credit line of a form's cover, who made it (`绍兴市教育科学研究院制`, `…教育局制`): no title's first line. */
function madeBy(line: string): boolean {
  return line.length <= 31 && line.endsWith('制') && orgSuffix.test(line.slice(0, -1));
}

/**
 * A person named by post (`中共石门镇委员会书记赵宏伟`, `石门镇党委书记  赵宏伟`): who reports or speaks, above the title of a
 * 述职报告 or a speech; no title's first line. (`…校长述职` names a report: its last words are no name.)
 */
const namedByPost = new RegExp(`${posts}[ 　]*(\\p{Script=Han}{2,3})$`, 'u');
const reportWords = /述职|述廉|述责|讲话|报告|发言|致辞|总结|汇报/;

export function isNamedByPost(line: string): boolean {
  const m = namedByPost.exec(line);
  return (m !== null && !reportWords.test(m[1] as string)) || isNamedAfterGap(line);
}

/**
 * A person's name after a gap, behind who they are (`四年级语文　王芳`, `心血管内科　副主任医师　陈志刚`): the author of the
 * summary or report below, no title's first line. Each part short, the last a name of two or three characters that
 * names no kind (`教务处　工作计划` is a title set over a gap).
 */
function isNamedAfterGap(line: string): boolean {
  if (line.indexOf(' ') < 0 || line.length > 30) return false;
  const parts = line.split(/ +/);
  const name = parts[parts.length - 1] as string;
  if (parts.length < 2 || !personName.test(name) || reportWords.test(name) || endingKind(name) !== null) return false;
  return parts.slice(0, -1).every((p) => p.length >= 2 && p.length <= 12 && !/\d/.test(p) && endingKind(p) === null);
}
const personName = /^\p{Script=Han}{2,3}$/u;

/** A schedule's or a table's row ends with an amount apart by a space (`机动与复习　8课时`, `有理数 18课时`). */
const scheduleRowEnd = / \d{1,4}(?:课时|学时|节|周|分钟|分|小时|天|人|项|次)$/;

/**
 * A document number alone on its line (`青教〔2024〕5号`, `株教发[2023]12号`, OCR's `临教发〔2O23〕6号`, a minutes' `〔2025〕第18号`), or with who signed
 * it off after it.
 */
export function isDocumentNumber(content: string): boolean {
  const folded = fold(content).trim();
  return /^[^ ]{0,12}[〔[(]\d[\dO]{3}[〕\])] ?第? ?\d{1,4} ?号(?: +签发人[:：] ?[^ ]{2,4}(?: [^ ]{2,4}){0,2})?$/.test(folded) || caseNumber.test(folded);
}

/** A court's case number: the year in brackets, the court's code and the case's kind, its number (`（2025）浙0102民初1234号`). */
const caseNumber = /^[(〔[]\d{4}[)〕\]] ?[\u4e00-\u9fff]{1,2}\d{2,6}[\u4e00-\u9fff]{1,4}\d{1,6}号$/;

/**
 * A title that names no document kind but a year's work (`XX区2024年教育工作`, `2023—2024学年第一学期`) or a matter
 * (`关于做好防汛工作`, a notice's title without its 的通知).
 */
export function isUnkindedTitle(content: string): boolean {
  const line = fold(content).trim();
  return line.length >= 4 && line.length <= 40 && (year.test(line) || line.startsWith('关于')) && !/[。！？；;：:，,]/.test(line) && !/^\d{4} ?年 ?\d{1,2} ?月/.test(line) && !isIssuerLine(line) && !isRequest(line) && !isPageBanner(line);
}

/**
 * A short line without sentence punctuation that can stand in a header (issuer, a line of a letterhead), or a
 * document number with its `签发人：…`.
 */
export function isHeaderLike(block: Block): boolean {
  return block.lines.length === 1 && isHeaderLikeText(block.first.content);
}

/**
 * A line's content that reads like a header's: short, no sentence punctuation or colon; or a document number. A
 * letterhead's line spread across the page (`中共某某市直机关工委　　　　　　某机党〔2023〕41号`) counts its gap as one space.
 */
export function isHeaderLikeText(content: string): boolean {
  const text = content.length > 40 && spreadGap.test(content) ? content.split(spreadGap).join(' ') : content;
  return (text.length <= 40 && !/[。！？；;：:，,]/.test(text)) || isDocumentNumber(text);
}

const isoDate = /(\d{4})[-/.年] ?(\d{1,2})[-/.月] ?(\d{1,2})日?/;
// When a page was published (`发布日期：…`), or when the document was signed (`成文日期：`, `印发日期：`): a disclosure
// table has both on one line (`发布机构：⇥…⇥成文日期：⇥2026-02-09`, then `发布日期：⇥2026-02-11`).
const publishedTime = /(发布|发表|更新|成文|印发)(?:时间|日期)[:： ] ?(\d{4} ?[-/.年] ?\d{1,2} ?[-/.月] ?\d{1,2}(?: ?日)?(?: \d{1,2}:\d{2}(?::\d{2})?)?)/g;
const sourceLine = /(?:^|\s)(来源|信息来源|文章来源|发布机构|发文机关)[:： ] ?(\S+)/;
/** The keys whose value is the body that issued the document, not merely where a page took it from. */
const issuerKeys = new Set(['发布机构', '发文机关']);

function pad(n: string): string {
  return n.length === 1 ? `0${n}` : n;
}

/** Derives issuer, date, publishing time and source from header lines; nothing is removed from them. */
export function deriveMeta(header: readonly string[]): DocumentMeta {
  const meta: DocumentMeta = {};
  /** A date the document was signed (`成文日期`), taken as its `date` when no date line gives one. */
  let signed: string | undefined;
  for (const raw of header) {
    const line = fold(raw).trim();
    const times = [...line.matchAll(publishedTime)];
    const source = sourceLine.exec(line);
    if (source) {
      meta.source ??= (source[2] ?? '').trim();
      if (issuerKeys.has(source[1] ?? '')) meta.issuer ??= (source[2] ?? '').trim();
    }
    for (const time of times) {
      const value = (time[2] ?? '').trim();
      if (time[1] === '成文' || time[1] === '印发') signed ??= value;
      else meta.published ??= value;
    }
    const first = times[0];
    if (first) {
      // `南湖区人民政府 发布时间：…`: the issuer before the time (not a key's value, `发布机构：…`, read above).
      const before = line.slice(0, first.index).trim();
      if (before && !/[:：]/.test(before) && orgSuffix.test(before)) meta.issuer ??= before;
    }
    if (first || source) continue;
    if (isIssuerLine(line)) {
      const parts = issuerParts(line);
      meta.issuer ??= parts.join(' ');
      // The day after the issuer, on a letterhead's line.
      const day = parts.length < line.split(/ +/).length ? isoDate.exec(line.slice(line.lastIndexOf(' ') + 1)) : null;
      if (day) meta.date ??= `${day[1]}-${pad(day[2] ?? '')}-${pad(day[3] ?? '')}`;
      continue;
    }
    const date = isoDate.exec(line);
    if (date && line.length <= 20) meta.date ??= `${date[1]}-${pad(date[2] ?? '')}-${pad(date[3] ?? '')}`;
  }
  // A page that gives only when the document was signed: that is when it was published, as far as the page says.
  if (meta.published === undefined && signed !== undefined) meta.published = signed;
  const dated = signed ?? meta.published;
  if (meta.date === undefined && dated) {
    const d = isoDate.exec(dated);
    if (d) meta.date = `${d[1]}-${pad(d[2] ?? '')}-${pad(d[3] ?? '')}`;
  }
  return meta;
}
