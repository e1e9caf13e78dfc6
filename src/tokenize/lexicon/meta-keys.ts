// Metadata keys: the byline of a web page and the information-disclosure table (信息公开目录) above a document.
// Shared by the meta-line rule (which lines are metadata) and the grammar (a key alone takes the next line's value;
// an editor's line closes an article).

/**
 * Keys of a page's byline and of the information-disclosure table (信息公开目录) above a document, flattened to lines:
 * `索引号：…`, `名称：…`, a key alone when its value stands on the next line.
 */
export const sourceKeys = [
  '来源', '信息来源', '文章来源', '作者', '编辑', '责任编辑', '浏览次数', '点击数', '阅读次数', '访问量', '索引号', '发文字号', '文号',
  '主题分类', '发布机构', '发文机关', '名称', '标题', '信息名称', '文件名称', '文件编号', '所属机构', '发布单位', '发文单位', '成文单位',
  '主题词', '关键词', '公开方式', '公开范围', '公开时限', '公开形式', '信息分类', '组配分类', '体裁分类', '服务对象', '时效', '有效性',
  '效力状态', '统一编号', '生效日期', '实施日期', '废止日期', '信息类别', '所属主题', '发布日期', '发布时间', '成文日期', '印发日期',
  '信息索引号', '分类', '有效期', '发文日期', '发文时间', '公开日期', '公布日期', '印发时间', '登记号', '发布文号', '审核', '校对', '初审', '复审', '终审', '供稿', '撰稿', '摄影', '阅读量',
  // the letterhead of an official document: who signed it off, its secrecy and urgency, its copy number
  '签发人', '密级', '紧急程度', '份号',
  // a Taiwan official letter's head (`檔　　號：`, `保存年限：`, `受文者：教育部`, `速別：`, `發文字號：`), as the fold reads it
  '档号', '保存年限', '受文者', '速别', '密等及解密条件或保密期限',
  // a contract's or an agreement's number above its title (`合同编号：HXEZ-ZL-2023-007`, `编号：…`)
  '合同编号', '协议编号', '合同号', '编号',
  // the control block of a hospital's or a company's controlled document: who made it, its version, who approved it
  '制定部门', '编制部门', '归口部门', '起草部门', '发布部门', '版本号', '修订日期', '编制日期', '编写', '编制', '批准',
  // a listed company's announcement: `证券代码：600000　证券简称：…　公告编号：2025-012`, a report's `公司代码：603917`
  '证券代码', '证券简称', '股票代码', '股票简称', '公司代码', '公司简称', '公告编号', '债券代码', '债券简称',
  // the address of the page, in a crawl's record above the article
  'URL', 'url', '网址', '链接', '链接地址', '原文地址', '来源网址', '来源链接', '页面地址',
];
// A key padded to the width of the table's column (`文　　号：`, `索 引 号`), or in brackets (`【标题】…`).
const keys = sourceKeys.map((k) => [...k].join(' *')).join('|');
/** A key at the start of a line, followed by a delimiter or the end, or bracketed (`【标题】…`, `【来源：…】`). */
export const keyAtStart = new RegExp(`^(?:【(?:${keys})[】:：]|(?:${keys})(?:[:： ]|$))`);
const keyAlone = new RegExp(`^(?:【(?:${keys})】|(?:${keys})[:：]?)$`);

/** A key of the disclosure table alone on its line (`索引号`, `名　　称：`): its value stands on the next line. */
export function isKeyAlone(content: string): boolean {
  return keyAlone.test(content);
}

/** The keys whose value classifies the document (`信息分类` / `法治政府建设年度报告`): a column's name, never its title. */
const classKey = /^(?:主题分类|信息分类|组配分类|体裁分类|信息类别|所属主题|分类)[:：]?$/;

/** Whether a key alone classifies the document, so its value on the next line is no title though it names a kind. */
export function isClassKeyAlone(content: string): boolean {
  return classKey.test(content.replace(/ /g, ''));
}

/**
 * A digit of a year written in Chinese numerals: the zero also as a circle `○` or a letter `O` `Ｏ` and the digit `0`
 * (`二○○五年`, `二0二四年`), as typists write it.
 */
export const hanYearDigit = '[〇零○OＯ0一二三四五六七八九]';

/**
 * A date alone on its line: with its day, or a year and a month (`二〇二四年一月` under a compilation's title); a
 * signature's `…日印发` too; OCR's letter O for a zero in it (`2O23年1O月8日`); a sample text's placeholders (`20xx年1月5日`, `20XX年X月X日`).
 */
export const dateOnly = new RegExp(
  `^(?:\\d[\\dO]{3}|\\d\\d[xX]{2}|${hanYearDigit}{4}) ?年 ?(?:\\d[\\dO]?|[一二三四五六七八九十]{1,3}|[xX]{1,2}) ?月(?: ?(?:\\d[\\dO]?|[一二三四五六七八九十]{1,3}|[xX]{1,2}) ?日(?:印发)?)?$`,
);

/** A chat's tag on a line of its own above a message: a mention (`@所有人`, `@全体成员`) or a sign-up chain's (`#接龙`). */
export function isChatTag(content: string): boolean {
  return (content.startsWith('@') && content.length <= 8) || content === '#接龙';
}

/** Posts a person is named by (`…党委书记 赵宏伟`, `（街道党工委副书记、办事处主任）` under a 述职报告's title), as a regex source. */
export const posts = '(?:书记|局长|校长|院长|园长|主任|县长|区长|市长|镇长|乡长|部长|厅长|处长|科长|所长|站长|经理|董事长|主席)';

/** A chat message's sender as a work app shows it, their unit and name apart by a dash (`行政部-徐静`), as a regex source. */
export const unitAndName = '\\p{Script=Han}{2,10}[-－—]\\p{Script=Han}{2,3}';

/** The lines of a byline that name who wrote or checked the text (they close an article as often as they open one). */
export const editorLine = /^(?:责任编辑|编辑|作者|审核|校对|初审|复审|终审|供稿|撰稿|摄影)[:： ]/;

/**
 * The number of an issue of a 简报 or 工作动态, as a regex source: `第12期`, `2024年第3期`, `（总第56期）`, `〔2022〕第7期`; of
 * minutes numbered by their meeting, `〔2025〕第13次`.
 */
const issueSource = '(?:〔\\d{4}〕 ?)?[(（]?(?:\\d{4} ?年 ?)?总?第 ?\\d{1,4} ?[期次](?: ?[(（]总第 ?\\d{1,5} ?期[)）])?[)）]?';
/** An issue's number on its own line (folded): a bulletin's or minutes' letterhead. */
export const issueNumber = new RegExp(`^${issueSource}$`);

// The markings of an official document's letterhead, each alone or several on one line: secrecy (`秘密★1年`,
// `绝密★启用前`), urgency (`特急`), handling (`内部资料　注意保存`), a copy number (`000123`), an issue number of a
// bulletin (`第3期`, `（总第126期）`, a year's series `〔2022〕第7期`).
const marking = new RegExp(
  `^(?:(?:内部资料|内部文件|内部发行|内部刊物|注意保存|妥善保管|阅后收回|秘密|机密|绝密|特急|特提|加急|急件|平急|紧急)(?:[★☆*] ?(?:\\d{1,2} ?年|长期|启用前)?)?|0\\d{3,5}|${issueSource})$`,
);

// The cover of a standard: its classification codes (`ICS 13.200`, `CCS P 40`), its code (`DB3609/T 012—2023`,
// `GB/T 29639—2020`, `T/CECS 123-2022`, a company's `Q/JNRQ-AQ-017—2023` or `Q/CSJX 2-205-2023`, `DB5107` alone), its kind (`清江市地方标准`, `中华人民共和国国家标准`) and its
// dates (`2023-05-10发布　2023-06-10实施`). Each alone on its line; fixed parts, bounded repeats: no backtracking.
const standardCode = /^(?:ICS ?\d{2}(?:\.\d{2,3}){0,3}|CCS ?[A-Z] ?\d{2}|(?:DB ?\d{2,6}|GB|T|Q)(?:\/[A-Z]{1,8})?(?:-[A-Z]{1,6}){0,3}(?:[ -]?\d{1,6}(?:[.-]\d{1,4}){0,2}(?: ?[-—–] ?\d{4})?)?)$/;
const standardKind = /^[\u4e00-\u9fff]{0,20}(?:地方|团体|企业|行业|国家)标准$/;
const standardDates = /^\d{4}-\d{1,2}-\d{1,2} ?发布 +\d{4}-\d{1,2}-\d{1,2} ?实施$/;

const codeFirst = new Set([...'ICDGTQ'].map((c) => c.charCodeAt(0)));

/** A line of a standard's cover: a classification or standard code, the standard's kind, its issue and start dates. */
export function isStandardCoverLine(content: string): boolean {
  if (content.length > 40) return false;
  if (content.endsWith('标准')) return standardKind.test(content);
  if (content.endsWith('实施')) return standardDates.test(content);
  return codeFirst.has(content.charCodeAt(0)) && standardCode.test(content);
}

/** A line of letterhead markings only (secrecy, urgency, copy or issue number), its parts apart by spaces. */
export function isMarkingLine(content: string): boolean {
  return content.split(' ').every((part) => part === '' || marking.test(part));
}
