// Titles broken over two or three lines (`市教育局关于开展中小学教师` / `全员培训工作的通知`): whether a line goes on
// below, and whether the line below finishes the title above.
import { type Block } from './blocks.js';
import { blankDay, isOffTitleRemark, partiesSign, sealOrSignature } from './remarks.js';
import { aboutTail, canStartTitle, hasYear, isStrongTitle, placeFirst } from './documents.js';
import { startsCaptionOrRow, endingKind, isSpacedKind, looksLikeTitle, speechSubtitle, weakDocumentKinds } from '../tokenize/lexicon/doc-types.js';
import { fold } from '../tokenize/lexicon/fold.js';
import { inOtherScript, isTableHeader } from '../tokenize/lexicon/chars.js';
import { blockText } from './body.js';
import { openBrackets } from './brackets.js';

/** Who compiled or edited a book, after a gap: `医务部 编`, `教务处 编印`, `张三 主编`. */
const editorCredit = /^[^ ]{2,20} +(?:编|编印|编制|主编|编著|汇编|整理)$/;

/** Words that join two parts of a title. */
const conjunctions = '暨|和|及|与|以及|兼';

/** The second part of a title joined by a conjunction: `…2023年工作总结` / `暨2024年工作计划` (no title starts so). */
export const titleSequel = new RegExp(`^(?:${conjunctions})`);

/** A line that opens a second document's name in a notice's title (`和《…实施`, `及《…`): the title above goes on. */
export const secondBook = new RegExp(`^(?:${conjunctions})《`);

/** A title line that ends with a conjunction (or `、`): its words go on below (`…先进集体和` / `先进个人名单`). */
export const unfinishedTitle = new RegExp(`(?:${conjunctions}|、)$`);

/** The end of a title broken before it: `的通知`, `的实施意见`, `（2024—2026年）的通知` (no title starts with 的). */
export const titleTail = /^(?:[（(][^（）()]{1,20}[）)])?的[\u4e00-\u9fff]{1,10}$/;


/**
 * A title's start that the wrap joined over two or three lines at a file's head, its end on the next line
 * (`…关于印发《…服务` / `能力提升…（2023—2025年）》和` / `2023年工作计划的通知`): it says 关于 near its start, has no
 * sentence punctuation, and ends unfinished (a conjunction, `、`, or a `《` left open).
 */
export function startsWrappedTitle(block: Block): boolean {
  if (block.lines.length < 2 || block.lines.length > 3) return false;
  const text = fold(blockText(block)).trim();
  if (text.length > 100 || /[。！？；;：:，,]/.test(text)) return false;
  const about = text.indexOf('关于');
  return about >= 0 && about <= 30 && (unfinishedTitle.test(text) || openBrackets(text, 0, true) > 0);
}

/**
 * The kind a title that ends with a task's word goes on to below it (`2023年…科技创新重点工作` / `实施计划`, `…河湖长制重点
 * 工作` / `计划`, `…2024年度经营目标` / `责任考核办法`): a line that names only a document's kind, at most four words' worth
 * of characters before it, under a title whose own kind is one a plan's name carries before its kind (`重点工作`, `任务`,
 * `经营目标`). Or a report on how a plan went (`…2023年度工作计划` / `执行情况的报告`).
 */
export function kindFinishesTitle(title: string, folded: string): boolean {
  if (folded.length > 8) return false;
  const titleKind = endingKind(fold(title).trim());
  if (titleKind !== null && executionReport.test(folded)) return true;
  const kind = endingKind(folded);
  if (kind === null || weakDocumentKinds.has(kind) || !kindPrefix.test(folded.slice(0, folded.length - kind.length))) return false;
  return weakDocumentKinds.has(titleKind ?? '');
}

/** The words a bare kind may carry before it: `实施计划`, `工作方案`, `任务分工方案`, `责任考核办法`. */
const kindPrefix = /^[\u4e00-\u9fff]{0,4}$/;

/** A report on how a plan or a budget went, its subject on the line above: `执行情况的报告`, `完成情况汇报`. */
const executionReport = /^(?:执行|完成|落实|实施|进展)情况的?(?:报告|汇报)$/;

/**
 * `关于…计划` / `执行情况与…计划草案的报告`: a title that says 关于 has not ended before its `的报告` or `的通知`, though
 * its first line ends in a kind; the line below ends it (and starts no title of its own with 关于).
 */
export function endsAbout(first: string, rest: string): boolean {
  return goesOnAbout(first, rest) && aboutTail.test(rest);
}

/**
 * Whether `rest` goes on a title that says 关于 and has not said `的…` yet: a short line without a 关于 of its own or
 * sentence punctuation (its end, `…的报告`, or its middle, `执行情况与…计划草案`).
 */
export function goesOnAbout(first: string, rest: string): boolean {
  return first.includes('关于') && !saysKind.test(first) && !rest.includes('关于') && rest.length <= 40 && !/[。！？；;：:，,]/.test(rest);
}

/** The `的…` that ends a title that says 关于 (`…的通知`, `…的实施意见`). */
const saysKind = /的[^的]{1,4}$/;

/** A title that starts with 关于 and has not said `的…` yet (`关于…2023年国民经济和社会发展计划`): its lines go on below. */
export function aboutUnfinished(title: string): boolean {
  return title.startsWith('关于') && !saysKind.test(title) && !/[。！？；;：:，,]/.test(title);
}

/**
 * The name of a website, its banner, a 公众号, a blog or a forum: `某某区政府网`, `某市人民政府门户网站`, `某市教育云平台`,
 * `临川教育发布`, `小学语文教研圈`, `阿柚的日记`, `石榴花开的博客`, `城南街道吧`, `百度文库`, a banner with its address (`豆丁网 docin.com`).
 */
const siteName = /(?:网|网站|门户|平台|频道|在线|发布|之声|教研圈|的日记|博客|吧|论坛|的空间|专栏|文库|\.(?:com|net|org|cn))$/;

/** Latin words only, two or more apart by spaces: `Hong Kong Tourism Board`, `Work Plan 2024-25`. */
const englishWords = /^[A-Za-z][A-Za-z&.'-]*(?: [A-Za-z0-9][A-Za-z0-9&.'()-]*)+$/;

/** Two to four phrases of four characters apart by spaces: `凝心聚力 实干争先`, a cover's slogan. */
const slogan = /^[\u4e00-\u9fff]{4}(?:[ \u3000]+[\u4e00-\u9fff]{4}){1,3}$/;

/**
 * Whether `rest` finishes a title that `first` began: always when `rest` is no title on its own (`…》的通知`); when
 * it is one, only if it is a short tail (`工作要点`), `first` left a 《 open, or `first` is no title on its own.
 */
export function completesTitle(first: string, rest: string, adjacent: boolean): boolean {
  const restFolded = fold(rest).trim();
  const firstFolded = fold(first).trim();
  // A schedule's row or a step (`第二步　审核公示`) ends no title, nor does a form's seal or signature (`（盖章）`).
  // (Nor does a table's header row, `…完成情况表` / `序号 指标名称 年度目标 完成情况`.)
  if (startsCaptionOrRow(restFolded) || sealOrSignature.test(restFolded) || isTableHeader(restFolded)) return false;
  // (Nor does a title start at a contract's signatures or their blank day, `甲方（盖章）　乙方（签字）` / `劳动合同变更书`, nor at
  // who compiled the book, `医务部　编` / `不稳定型心绞痛临床路径`.)
  if (partiesSign.test(firstFolded) || blankDay.test(firstFolded) || editorCredit.test(firstFolded)) return false;
  // (Nor does a notice's kind spaced out alone, `公　　示` under `…村务公开栏（2024年第一季度）`: its own title.)
  if (isSpacedKind(restFolded)) return false;
  // (Nor a title's translation above it, `2025년 조선어문사업 요점` / `2025年朝鲜语言文字工作要点`.)
  if (inOtherScript(firstFolded) !== inOtherScript(restFolded)) return false;
  // A remark in brackets that dates the document or records its adoption (`（2024年2月24日三届二次职代会通过）`) is the
  // header's, below the title as at a file's start: it finishes none.
  if (/^[(（][^()（）]{2,58}[)）]$/.test(restFolded) && isOffTitleRemark(restFolded)) return false;
  // A name in English above a Chinese title (`Hong Kong Tourism Board` / `2024-25年度工作計劃`) is its own line: a
  // bilingual header's, no title's first words.
  if (englishWords.test(firstFolded) && !englishWords.test(restFolded)) return false;
  // A speech's main title above its subtitle, a blank line apart or not (`凝心聚力　砥砺奋进　加快建设…大学` / `——在…上的工作报告`).
  if (speechSubtitle.test(restFolded) && firstFolded.length <= 40 && !/[。！？；;，,：:]/.test(firstFolded) && !siteName.test(firstFolded)) return true;
  // Across a blank line a title's first line is no short word without a number: a menu taken one item per line
  // (`校园新闻` / `通知公告`) is no title; `2024年` / `工作要点` on a cover is.
  if (!adjacent && firstFolded.length < 6 && !/[0-9〇零○一二三四五六七八九十]/.test(firstFolded)) return false;
  // A heading in 【】 below a title (`【指导思想】`) starts the text; it finishes no title.
  if (/^【[^【】]*】$/.test(restFolded) && !firstFolded.includes('【')) return false;
  if (!looksLikeTitle(restFolded)) return true;
  // Across a blank line, two lines that are titles each are two (`…推进会会议材料` / `会议议程`, a cover above its first paper).
  if (!adjacent && looksLikeTitle(firstFolded) && !reachesNext(firstFolded)) return false;
  // A slogan of four-character phrases set apart by spaces above a whole title with its year (`凝心聚力 实干争先` /
  // `…2023年度工作总结`, a deck's cover): the header's.
  if (slogan.test(firstFolded) && hasYear(restFolded) && isStrongTitle(restFolded)) return false;
  // An account's or a site's short name above a whole title that names its issuer again (`天心市场监管` / `天心区市场监督管理局
  // 2024年工作总结…`, `湘水建工` / `湘水建工集团2024年度工作总结`): the header's, no title's first line.
  if (firstFolded.length <= 8 && !/\d/.test(firstFolded) && restFolded.startsWith(firstFolded.slice(0, 2)) && !reachesNext(firstFolded) && hasYear(restFolded) && isStrongTitle(restFolded)) return false;
  if (adjacent && endsAbout(firstFolded, restFolded)) return true;
  const open = (first.match(/《/g) ?? []).length > (first.match(/》/g) ?? []).length;
  // A whole title above a section's heading that names a kind too (`2024年年度报告` / `重要提示`): two lines, not one
  // title. (`…2024年教育工作要点` / `任务分解表` is one: its second line names a document's kind, no section's.)
  if (!open && weakDocumentKinds.has(endingKind(restFolded) ?? '') && endingKind(firstFolded) !== null && isStrongTitle(firstFolded)) return false;
  if (open || restFolded.length < 8) return true;
  // A word or two above a whole title (a page's tab `日志`, a column `动态`) starts none, unless it reaches on (`关于`).
  if (firstFolded.length <= 3 && !reachesNext(firstFolded)) return false;
  // A line above a whole title that names its own place and year (`一起来看👇` / `云溪区2024年全国科普日活动方案`, a
  // 公众号's teaser or byline, `科普日特辑`): the header's, unless it reaches on (`…关于`, `…和`).
  if (!reachesNext(firstFolded) && !/\d/.test(firstFolded) && placeFirst.test(restFolded) && hasYear(restFolded) && isStrongTitle(restFolded)) return false;
  // A first line right above that is no title on its own starts one (`市教育局关于开展中小学教师` / `全员培训工作的通知`,
  // `XX县推进教师县管校聘` / `管理改革工作实施方案`, `全市…服务能力` / `提升三年行动实施方案（2024—2026年）`), unless
  // it names a website above a whole title (`某市人民政府门户网站` / `某市教育局2024年工作要点`, `…门户网站` /
  // `《…管理办法》政策解读`).
  return adjacent && !looksLikeTitle(firstFolded) && !(siteName.test(firstFolded) && (hasYear(restFolded) || isStrongTitle(rest)));
}

/** The words of a notice that issues or forwards documents. */
const issuing = /关于(?:印发|转发|下发|公布)/;

/** A title that issues documents and has named them but not said what it is yet (`…关于印发《…方案》`). */
export const issuesMore = (title: string): boolean => {
  const folded = fold(title).trim();
  return folded.endsWith('》') && issuing.test(folded);
};

/**
 * The first line of a title that goes on below: it ends with a conjunction, 关于, 印发, an open 《 or “, or a span of
 * years cut after its first (`…小学2024—` / `2025学年…`).
 */
function reachesNext(text: string): boolean {
  const folded = fold(text).trim();
  // (Or it says 关于 or a year and names no kind yet: `…办公室关于做好` / `2023年度…预算执行` / `工作的通知`,
  // `温州市区2025年` / `“15分钟便民生活圈”建设` / `实施方案`.)
  return /(?:[和及与暨、《“]|关于|印发|转发|(?:19|20)\d{2} ?[—–\-~～至])$/.test(folded) || ((folded.includes('关于') || /(?:19|20)\d{2} ?年/.test(folded)) && endingKind(folded) === null && !/[。！？；;，,：:]/.test(folded));
}

/**
 * The first line of a speech's main title, or a headline above a subtitle: a short slogan (`凝心聚力　真抓实干`), no
 * number, no issuer, no website.
 */
export function isSloganLine(text: string): boolean {
  const folded = fold(text).trim();
  return folded.length >= 4 && folded.length <= 24 && !/\d/.test(folded) && canStartTitle(folded) && !siteName.test(folded) && !looksLikeTitle(folded);
}

/**
 * Whether `upper`, two lines above `last`, is the first line of a title over three lines: it cannot end a title
 * (`…关于印发《…方案》和` / `《…（试行）》` / `的通知`), or it starts a speech's main title of two lines above its
 * subtitle (`凝心聚力　真抓实干` / `奋力开创…新局面` / `——在…上的讲话`).
 */
export function startsThreeLineTitle(upper: string, last: Block): boolean {
  return reachesNext(upper) || (speechSubtitle.test(fold(last.first.content).trim()) && isSloganLine(upper));
}
