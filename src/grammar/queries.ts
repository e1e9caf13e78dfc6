// The grammar's questions about the blocks around block `i`: what comes before and after it, whether a title opens a
// document, whether a weak marker is expected, whether a line is a table's row. They read the blocks (and a draft
// when given one) and change nothing; the walk in index.ts asks them and decides. Answers that need a pass over the
// whole file are made on first use and kept (bullets, page heads, decimal heads), so the walk stays linear.
import type { Marker, Token } from '../types.js';
import { type WrapInfo, continues, isMarkerAlone, startsPage, endsWithColon, displayWidth } from './wrap.js';
import { adjacent, isSameHeading, type Block } from './blocks.js';
import { inlinePredecessor } from './inline-items.js';
import { openBrackets } from './brackets.js';
import { blankDay, isBracketedRemark, isOffTitleRemark, partiesSign, sealOrSignature, sealWords } from './remarks.js';
import { entryText } from './toc.js';
import { blockText } from './body.js';
import { startsContent } from './links.js';
import { dateOnly, editorLine, isChatTag, issueNumber } from '../tokenize/lexicon/meta-keys.js';
import { aboutTail, canStartTitle, collectedKind, titleKey, isDocumentNumber, isHeaderLike, isHeaderLikeText, isIssuerLine, isStrongTitle, isBareLabel } from './documents.js';
import { attachmentAlone, attachmentLabel, dashSubtitle, withoutTrailingRemark, endingKind, weakDocumentKinds, numberedAttachmentAlone, numberedAttachmentLabel, looksLikeTitle, periodicalWords, pieceLabel, withoutLetterSpacing } from '../tokenize/lexicon/doc-types.js';
import { fold } from '../tokenize/lexicon/fold.js';
import { hasCells as lineHasCells, hasSentenceEnd, hasTabCells, inOtherScript, isDigit, isNumberColumn, isTableHeader, isColumnName } from '../tokenize/lexicon/chars.js';
import { endsWithCrumb, isPageCrumb } from '../tokenize/rules/navigation.js';
import { isDivision, isExpected, slipsInSloppyList, openAfter, openNext, repeatsOpenHeading, repeatsOpenNumber, styleKey, type Outline } from './outline.js';
import { blankCellsAfter, cellStartsAt, figuresOnly, isTableRow, trailingFigures } from './table-rows.js';
import { type DocDraft, hasContent, remarklessKey } from './draft.js';
import { secondBook, titleSequel, unfinishedTitle, titleTail, goesOnAbout, issuesMore, kindFinishesTitle, aboutUnfinished } from './split-titles.js';


/** A table's row that starts with its number cell before a tab or a run of spaces (`3⇥老旧小区改造⇥…`, Word's `1.⇥…`, `  1     化工新材料项目     …`). */
const numberedRow = /^[ \u3000]*\d{1,3}\.?(?:\t| {2,}|\u3000)/;
/** How many blocks a look-ahead (一是 children, a weak marker's confirmation) may read: keeps parsing linear. */
const lookAhead = 200;
/** How many blocks below a heading inside a document its numbering may go on (`continuesNumbering`). */
const continuedWithin = 12;

/** Styles that never number the items of a `一是` paragraph: they rank above it. */
const aboveShi = new Set(['part', 'chapter', 'section', 'article', 'han', 'roman']);

/** Styles whose restart at 1 at the top level opens a new (untitled) document. */
const restartingStyles = new Set(['part', 'chapter', 'article', 'han', 'roman']);

/** Whether two decimal paths of one length share all but their last component (`1.2.1` and `1.2.3`). */
function samePrefix(a: readonly number[], b: readonly number[]): boolean {
  for (let k = 0; k < a.length - 1; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** The style key (outline.ts `styleKey`) of a decimal marker of one component: a scheme's first level, `1 总则`. */
const decimalHeadKey = 'decimal:1';

/** A sentence that points to the table below it (`…具体见下表。`, `…详见下表`, `…如下表所示。`). */
const pointsToTable = /(?:见|如)下表(?:所示)?[。：:]?$/;

/** The number before an item of a list of attachments (`1.` `2、` `3．`), on one line or starting one. */
const attachmentItemNumber = /\d{1,2}[.．、]/;
/** A separator after an item of such a list: `；` `，`. */
const trailingSeparator = /[;；,，]+$/;
/** The most blocks between a page's running header and the chapter's own heading further down the page. */
const maxBlocksAboveHeading = 60;

/** A numbered line of a list of attachments below `附件：1.…` (`2.报名回执`). */
const listContinues = new RegExp(`^${attachmentItemNumber.source}`);
/** How a notice's sentence goes on after the name of what it issues: `已经市政府同意`, `业经…审议通过`, `已于…印发`. */
const actedOn = /^(?:已经|业经|已由|已于|经[^，。]{1,20}(?:同意|通过|批准)|同时(?:废止|失效|停止执行)|(?:废止|失效)[。，；]|不再执行)/;
/** A notice's title: `…的通知`, `…通知`, `…的函`, `…公告`. */
const noticeTitle = /(?:通知|函|公告)(?:[(（][^()（）]{1,12}[)）])?$/;
/** An attachment's sub-item (`2-1.`, `2－2、`, `3-1 `): the number of the item it is under. */
const attachmentSubItem = /^(\d{1,2}) ?[-－] ?\d{1,2}(?:[.．、 ]|(?=\p{Script=Han}))/u;

/** How many items of one cell may stand below its row. */
const maxCellItems = 12;

/** `附：` and a title after it, the label without a word. */
const bareAppendix = /^附 ?[:：]/;

/** A form's field for a seal, a signature or a date left blank at a line's end: `评委签名：　　　日期：`, `负责人签字：`. */
const blankSignatureField = new RegExp(`(?:${sealWords}|日期|负责人|审核人|填表人)[:：]$`);

/** A form's name of three characters (`报名表`, `申请表`, `承诺书`, `回执单`): the kind of an attachment that is a form. */
const shortFormName = /^(?:[\u4e00-\u9fff]{2}[表书单]|回执)$/;

/** The kinds of a form a notice carries: a pledge, a letter of responsibility, a notice to the public, a receipt. */
const formKinds: ReadonlySet<string> = new Set(['承诺书', '责任书', '告知书', '保证书', '回执']);

/** What a standard's appendix is, under its label: `（资料性）`, `（规范性）`, `（规范性附录）`. */
const appendixNature = /^[(（](?:资料性|规范性|参考性)(?:附录)?[)）]$/;

/** A book's name alone on a line, a note in brackets after it: `《住房公积金管理条例》（国务院令第350号）`. */
const bookAlone = /^《[^《》]{2,60}》(?: ?[(（][^()（）]{1,30}[)）])?$/;
/** A heading that a list of cited laws follows: `政策依据`, `三、法律依据：`, `设定依据`. */
const citesBelow = /依据[:：]?$/;

/** The number of one piece among sample texts, at its heading's end: `…范文（二）`, `…【篇二】`, `…篇2` (not a volume's: `…选编（二）`). */
const numbersPiece = /(?:(?:范文|范例|范本|模板)[（(][一二三四五六七八九十\d]{1,3}[）)]|【?篇[一二三四五六七八九十\d]{1,3}】?)$/;

/** The name of a periodical (`工作简报`, `人社工作动态`, `防汛快报`, `信息专报`), no punctuation in it. */
const periodicalName = new RegExp(`^[^，。；：:,;、]{2,14}(?:${periodicalWords})$`);

/** The mark of a heading repeated where its section goes on (a slide's, a table's): `（续）`, `(续)`, `（续上页）`. */
const continuedMark = /[（(]续(?:上页|前页|表)?[）)]$/;

/** Where a heading's `（续）` starts (the heading's end tested only), -1 when it has none. */
function continuedAt(heading: string): number {
  const last = heading.charCodeAt(heading.length - 1);
  if (last !== 0xff09 && last !== 0x29) return -1;
  const tail = heading.slice(-6);
  const m = continuedMark.exec(tail);
  return m === null ? -1 : heading.length - tail.length + m.index;
}

/**
 * Over the blocks: how many bullets and strong markers stand before each block, and for each block the next one (at or
 * after it) that is a strong marker or a title that opens a document by itself (`blocks.length` when none).
 */
function countBullets(blocks: readonly Block[]): { bullets: Int32Array; strong: Int32Array; weak: Int32Array; stop: Int32Array } {
  const n = blocks.length;
  const bullets = new Int32Array(n + 1);
  const strong = new Int32Array(n + 1);
  const weak = new Int32Array(n + 1);
  const stop = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) {
    const strength = (blocks[k] as Block).first.marker?.strength;
    bullets[k + 1] = (bullets[k] as number) + (strength === 'bullet' ? 1 : 0);
    strong[k + 1] = (strong[k] as number) + (strength === 'strong' ? 1 : 0);
    weak[k + 1] = (weak[k] as number) + (strength === 'weak' ? 1 : 0);
  }
  stop[n] = n;
  for (let k = n - 1; k >= 0; k--) {
    const t = (blocks[k] as Block).first;
    stop[k] = t.marker?.strength === 'strong' || (t.type === 'titleCandidate' && isStrongTitle(blockText(blocks[k] as Block))) ? k : (stop[k + 1] as number);
  }
  return { bullets, strong, weak, stop };
}

const linkReference = /^\[\d{1,4}\]/;

const markdownLink = /^\[([^\]]{0,30})\]\([^)\s]{0,300}\)$/;

/** A link's label: without a text browser's reference number (`[5]首页`) or a Markdown link's address (`[首页](https://…)`). */
function menuLabel(text: string): string {
  const m = linkReference.exec(text);
  if (m !== null) return text.slice(m[0].length);
  const link = markdownLink.exec(text);
  return link === null ? text : (link[1] as string);
}

/** A time of day or a span of times alone: `9:40-11:30`, `14:30—16:00`, `8:30`. */
const timeAlone = /^\d{1,2}[:：]\d{2}(?: ?[-—–~～至] ?\d{1,2}[:：]\d{2})?$/;

/** A bulletin's or minutes' issue anywhere on a short line: `〔2018〕第23期`, `第5期`, `2024年第3期`. */
const issueOfBulletin = /第 ?\d{1,4} ?期/;

/** A question: it ends with a blank to fill in brackets, a question mark, its kind (`[单选题]`, `（多选）`) or a required mark (folded: `( )`, `?`). */
const question = /(?:\( *\)|\?|[[(]?(?:单选|多选)题?[\])]?|\*)$/;

/** Options `A` and `B` on one line, apart by a gap (folded): `A.男　B.女`, `a. 是  b. 否`. */
const optionsOnLine = /^[Aa] ?[.、)] ?[^ ]{1,20} +[Bb] ?[.、)]/;

/** Two months in a row after a line's start (`3、4月`, `11、12月`). */
const monthPair = /^(\d{1,2})、(\d{1,2}) ?月/;
/** The number after a `N、` with what it counts: a month, a day, a quarter, a grade, a building or a park (`2月份`, `2号`). */
const pairNoun = /^(\d{1,2}) ?(?:月|号|季度|年级|栋|幢|期)/;

/** A byline's date: `时间：…`, `日期：…`, `2018-07-16`. */
const datesPage = /(?:时间|日期)[:：]|\d{4}-\d{1,2}-\d{1,2}/;

/** What a block is: its first line's token type, except that a wrapped title or paragraph is judged whole. */
export function kindOf(block: Block): Token['type'] {
  const t = block.first;
  if (block.lines.length > 1 && (t.type === 'titleCandidate' || t.type === 'paragraph'))
    // (A cover's title spaced out letter by letter over its remark, `劳 动 合 同 书` / `（全日制用工·固定期限）`, read solid.)
    return looksLikeTitle(withoutLetterSpacing(fold(blockText(block)).trim())) ? 'titleCandidate' : 'paragraph';
  return t.type;
}

/** An attachment left out of the text: `附件2：…任务分解表（略）`. */
const omitted = /[(（]略[)）]$/;

/** Whether a breadcrumb (`首页 > 常委会公报 > 2025年第1期`) names `text` (folded, trimmed) as one of its parts after the first. */
function crumbNames(crumb: string, text: string): boolean {
  return fold(crumb).split(/[›»>→]/).some((part, k) => k > 0 && part.trim() === text);
}

/** What sets a site menu's items apart on one line: bars, slashes, arrows, runs of spaces. */
const menuSeparator = /[|｜/›»>→]| {2,}/;

/** A year in a header's remark under a title (`（2015年修订）`, `（2026年4月8日上午9:00）`): the document's own, dated. */
const noteYear = /\d{4} ?年/;

/** How many lines may stand between a contract's parties signing and what follows: who signs for them. */
const maxSignerLines = 2;

/** A notice's distribution lines below its text: `抄送：…`, `主送：…`, `印发：…`. */
const distribution = /^(?:抄送|抄报|主送|印发|分送)[:：]/;

/**
 * The questions over one file's blocks (its tokens, blocks, table of contents and wrap width), asked by the walk in
 * buildTree.
 */
export function createQueries(tokens: readonly Token[], blocks: readonly Block[], toc: ReadonlySet<number>, wrap: WrapInfo) {
  /**
   * Bullets (`●` `■` `—`) are a document's outline when it has two or more of them and no strong marker: decided per
   * document, so that a list of bullets stays one in a file whose other documents are numbered. The document's extent
   * is known only behind the walk: ahead, it runs to the next strong marker or the next title that opens a document.
   * Prefix counts over the blocks, made on first use in one pass, answer each question in constant time.
   */
  let bulletCounts: { bullets: Int32Array; strong: Int32Array; weak: Int32Array; stop: Int32Array } | undefined;
  const fileHasBullets = tokens.filter((t) => t.marker?.strength === 'bullet').length >= 2;
  /** Each document's answer, taken at its first bullet. */
  const bulletDocuments = new Map<DocDraft, boolean>();
  const usesBullets = (i: number, d: DocDraft): boolean => {
    if (!fileHasBullets) return false;
    let uses = bulletDocuments.get(d);
    if (uses === undefined) bulletDocuments.set(d, (uses = bulletsOutline(i, d)));
    return uses;
  };
  const bulletsOutline = (i: number, d: DocDraft): boolean => {
    const counts = (bulletCounts ??= countBullets(blocks));
    let start = i;
    while (start > 0 && (blocks[start - 1] as Block).line >= d.startLine) start--;
    if ((counts.strong[i] as number) - (counts.strong[start] as number) > 0) return false;
    const stop = counts.stop[i] as number;
    if (stop < blocks.length && (blocks[stop] as Block).first.marker?.strength === 'strong') return false;
    // (Nor where numbered headings follow, written without their dots, before the stop: a standard's `——增加了…；` in its
    // 前言, then `1 范围` / `2 规范性引用文件` / …)
    if ((counts.weak[stop] as number) - (counts.weak[i] as number) >= 2) return false;
    if ((counts.bullets[stop] as number) - (counts.bullets[start] as number) < 2) return false;
    return d.title !== null || !isMenu(start, stop);
  };
  /**
   * A site's menu that a text browser or a converter made a list (`* [5]首页`, `-   政务公开`, `• 互动交流`,
   * `* [首页](https://…)`), above the page's title: every bullet a link's short label. Not an untitled document's outline.
   */
  const isMenu = (start: number, stop: number): boolean => {
    for (let k = start; k < stop; k++) {
      const b = blocks[k] as Block;
      const marker = b.first.marker;
      if (marker?.strength !== 'bullet') continue;
      if (b.lines.length > 1 || menuLabel(blockText(b, marker.contentColumn).trim()).length > 8) return false;
    }
    return true;
  };

  /**
   * A rule right below a numbered heading of one line (`一、聚焦兜底保障` / `------`): the heading's underline, as pandoc
   * and html2text draw a section's heading (setext), not a separator between documents.
   */
  const underlinesHeading = (i: number): boolean => {
    const above = blocks[i - 1];
    return (
      above !== undefined &&
      adjacent(above, blocks[i] as Block) &&
      above.lines.length === 1 &&
      above.first.type === 'outlineMarker' &&
      above.first.marker?.strength !== 'bullet' &&
      !hasSentenceEnd(fold(above.first.content)) &&
      // (As wide as the heading, or nearly: a short rule under a long item, `✅2.进店女士每人送玫瑰一支（限前50名）` / `====`,
      // parts two posts.)
      2 * displayWidth((blocks[i] as Block).first.content) >= displayWidth(above.first.content)
    );
  };

  /** The index of the last block before `i` that is not blank (-1 when none). */
  const previousIndex = (i: number): number => {
    let j = i - 1;
    while (j >= 0 && (blocks[j] as Block).first.type === 'blank') j--;
    return j;
  };
  const previousBlock = (i: number): Block | undefined => blocks[previousIndex(i)];
  /**
   * Whether block `i`, a short line that only names a kind (`回执`, `活动安排`), titles a form or a piece of its own under
   * the signature of the document above, its content below it; or, in `d`, a form opened so (`afterForm`), the next
   * form after its fields (`回执` / `联系人：…` / `活动日程` / `13:30—14:00  签到`).
   */
  const titlesSigned = (i: number, d: DocDraft, block: Block, afterForm = false): boolean => {
    if ((afterForm ? d.outline.roots.length > 0 : d.outline.roots.length === 0) || block.lines.length > 1 || block.first.content.length > 20) return false;
    const text = fold(blockText(block)).trim();
    if (text.length < 2 || text.length > 16 || !isHeaderLike(block) || endingKind(text) === null) return false;
    return (afterForm || signedAbove(i)) && opensDocument(i);
  };
  /**
   * Whether block `i`, a pledge's, a letter of responsibility's, a notice's to the public or a receipt's short title
   * (`安全承诺书`, `回　　执`, `消防安全告知书`), stands over a list of its own that starts at 1 (`本人郑重承诺：` / `1.…`): a
   * form after the document above (in `d`, which has content), no heading of it.
   */
  const titlesForm = (i: number, d: DocDraft): boolean => {
    const text = withoutLetterSpacing(fold((blocks[i] as Block).first.content).trim());
    if (!hasContent(d) || text.length > 12 || !formKinds.has(endingKind(text) ?? '')) return false;
    const m = markerAfterHeader(i, 2)?.first.marker;
    return m !== undefined && m.number === 1 && m.strength === 'strong';
  };

  /** Whether block `i` stands right under a form's field name alone on its line (`项目名称`, `课题名称`). */
  const underFieldName = (i: number): boolean => {
    const above = previousBlock(i);
    return above !== undefined && above.lines.length === 1 && above.first.type === 'paragraph' && above.first.content.length <= 6 && isColumnName(fold(above.first.content).trim());
  };
  /**
   * Whether block `i` stands right under a numbered attachment's label alone on its line (`附件2`), or under it and a short
   * line that leads into the list (`附件2` / `本人郑重承诺：` / `一、…`).
   */
  const underLabelAlone = (i: number): boolean => {
    let at = previousIndex(i);
    const lead = blocks[at];
    if (lead !== undefined && lead.first.type === 'paragraph' && lead.lines.length === 1 && lead.first.content.length <= 30 && /[:：]$/.test(lead.first.content)) at = previousIndex(at);
    const above = blocks[at];
    if (above === undefined || above.first.type === 'outlineMarker' || above.lines.length > 1 || above.first.content.length > 12 || above.first.content.charCodeAt(0) !== 0x9644 /* 附 */) return false;
    return numberedAttachmentAlone.test(fold(above.first.content).trim());
  };
  /**
   * Whether block `i` stands right under a signature: an issuer's line, then the day (`阳光幼儿园` / `2024年5月8日`), or a
   * contract's parties signing (`甲方（盖章）　　乙方（签字）`), the end of the document above (a page's furniture may stand
   * between).
   */
  const signedAbove = (i: number): boolean => {
    let day = previousIndex(i);
    // (Past a page's furniture between: `…支部委员会` / `2024年3月12日` / `第 2 页 共 2 页` / `（一）…`, a running header too.)
    while (blocks[day]?.first.type === 'noise') day = previousIndex(day);
    // A contract's parties signing (`甲方（盖章）　　乙方（签字）`), perhaps over the day left blank (`签订日期：　　年　　月　　日`)
    // and over who may sign for them (`法定代表人（主要负责人）` / `或委托代理人（签字或盖章）`).
    let sign = blankDay.test(fold(blocks[day]?.first.content ?? '')) ? previousIndex(day) : day;
    for (let k = 0; k <= maxSignerLines && sign >= 0; k++, sign = previousIndex(sign)) {
      const line = fold((blocks[sign] as Block).first.content).trim();
      if (partiesSign.test(line)) return true;
      if (line.length > 24 || hasSentenceEnd(line)) break;
    }
    // (Past how it is passed on, under the day: `（此件发至各单位工会）`, `（此件公开发布）`.)
    const note = blocks[day]?.first;
    if (note !== undefined && isBracketedRemark(note.content) && note.content.includes('此件')) day = previousIndex(day);
    const date = blocks[day]?.first;
    // (Most lines above are longer than a day: they are let go before they are folded.)
    if (date === undefined || date.content.length > 20 || !(date.kind === 'date' || dateOnly.test(fold(date.content).trim()))) return false;
    const signer = blocks[previousIndex(day)]?.first;
    return signer !== undefined && signer.type !== 'outlineMarker' && isIssuerLine(signer.content);
  };
  /**
   * Whether block `i` stands right under a line of metadata (a chat post's header), a mention of everyone (`@所有人`) or a
   * sign-up chain's tag (`#接龙`) aside.
   */
  /**
   * Whether block `i` is a book's name alone, or a phrase that ends citing one (`2018年3月1日起施行的《…实施办法》`), and the
   * line below goes on with what was done to it (`已经…同意`, `业经…`, `同时废止。`).
   */
  const citedBeforeVerb = (i: number): boolean => {
    const text = (blocks[i] as Block).first.content.trim();
    if (text.charCodeAt(text.length - 1) !== 0x300b || (text.charCodeAt(0) !== 0x300a && !text.includes('的《'))) return false;
    const next = nextContent(i + 1);
    return next !== null && actedOn.test(next[0].first.content.trim());
  };
  const underMetaLine = (i: number): boolean => {
    let at = previousIndex(i);
    if (at >= 0 && isChatTag((blocks[at] as Block).first.content.trim())) at = previousIndex(at);
    return at >= 0 && (blocks[at] as Block).first.type === 'meta';
  };
  /** The block after block `i`, blank lines skipped (noise not: a row's number alone reads as a page number). */
  const nextBlock = (i: number): Block | undefined => {
    let j = i + 1;
    while (j < blocks.length && (blocks[j] as Block).first.type === 'blank') j++;
    return blocks[j];
  };

  /**
   * Whether block `i`, a weak `N、` marker before the next month (`5、6月：学习…`), goes on a schedule of month pairs
   * (`3、4月：…` right above it): May and June, not item 5. `1、2月：` starts one when `3、4月：` follows.
   */
  const continuesMonthPairs = (i: number, marker: Marker): boolean => {
    if (marker.strength !== 'weak' || marker.style !== 'arabic' || marker.number === 2) return false;
    const pairOf = (b: Block | undefined): number | null => {
      const m = b === undefined ? null : monthPair.exec(fold(b.first.content).trim());
      return m !== null && Number(m[2]) === Number(m[1]) + 1 ? Number(m[1]) : null;
    };
    if (pairOf(blocks[i]) !== marker.number) return false;
    if (marker.number === 1) return pairOf(nextContent(i + 1)?.[0]) === 3;
    return pairOf(previousBlock(i)) === marker.number - 2;
  };

  /** A short line without a marker or a sentence's end: a table's cell taken one per line (`年度计划`, `12200`). */
  const isCellLine = (b: Block | undefined): boolean =>
    b !== undefined && b.lines.length === 1 && b.first.type !== 'outlineMarker' && b.first.content.length <= 12 && !hasSentenceEnd(b.first.content);

  /** A piece's numbered heading (`…计划范文（二）`, `…【篇二】`) right above a title of the piece's own. */
  const headsPiece = (upper: Block, lower: Block): boolean =>
    kindOf(upper) === 'titleCandidate' &&
    kindOf(lower) === 'titleCandidate' &&
    numbersPiece.test(fold(blockText(upper)).trim()) &&
    !numbersPiece.test(fold(blockText(lower)).trim()) &&
    isStrongTitle(blockText(upper)) &&
    isStrongTitle(blockText(lower));

  /** The next block that is not blank or noise, and its index (within the look-ahead). */
  const nextContent = (from: number): [Block, number] | null => {
    for (let j = from; j < blocks.length && j < from + lookAhead; j++) {
      const b = blocks[j] as Block;
      if (b.first.type !== 'blank' && b.first.type !== 'noise') return [b, j];
    }
    return null;
  };

  /**
   * Whether the title line of block `i` opens a new document: not after a cut-off line, and followed by content. An
   * attachment label (`附件：XX方案`, which names the file a notice forwards) opens one only when the attachment's
   * outline follows at once; followed by the notice's signature it is a line of the notice.
   */
  const opensDocument = (i: number, nested = false): boolean => {
    const above = previousBlock(i);
    if (above !== undefined && headsPiece(above, blocks[i] as Block)) return false;
    // A book's name alone that a notice's sentence goes on from (`《…行动方案（2023—2025年）》` / `已经市人民政府同意，…`).
    if (citedBeforeVerb(i)) return false;
    // In hard-wrapped text, a line after a cut-off line is the rest of a sentence, not a title.
    for (let j = i - 1; j >= 0 && j >= i - lookAhead; j--) {
      const b = blocks[j] as Block;
      if (b.first.type === 'blank' || b.first.type === 'noise') continue;
      // A table of contents' last entry (`…要点……6`) may fill the line too; it is cut off from nothing; nor is a post's
      // byline (`宿迁教育发布 2026年03月04日 18:20 江苏`), wider than a phone's wrap.
      if (!toc.has(j) && b.first.type !== 'tocEntry' && b.first.type !== 'meta' && continues(b.lines[b.lines.length - 1] as Token, wrap)) return false;
      break;
    }
    let next = nextContent(i + 1);
    // The rest of the title on the next line (`…2023年工作总结` / `暨2024年工作计划`), or a speech's subtitle (`——2024年1月16日
    // 在…会议上`, read as a bullet): the content starts after it.
    if (next && kindOf(next[0]) === 'titleCandidate' && (titleSequel.test(next[0].first.content) || titleTail.test(next[0].first.content)))
      next = nextContent(next[1] + 1);
    else if (next && next[0].first.marker?.strength === 'bullet' && dashSubtitle.test(fold(next[0].first.content).trim()))
      next = nextContent(next[1] + 1);
    // A piece's numbered heading above the piece's own title (`…计划范文（二）` / `2024学年度第二学期个人工作计划`): one
    // heading, the piece's; its content starts below both.
    else if (next && headsPiece(blocks[i] as Block, next[0])) next = nextContent(next[1] + 1);
    if (!next) return false;
    // A form's field above its seal or signature (`县级局推荐意见` / `（盖章）`): no title, though it names a kind; under an
    // attachment's label the form's own title (`附件2` / `推荐回执` / `（单位盖章）`), its content below the seal.
    if (sealOrSignature.test(fold(next[0].first.content).trim())) {
      if (above === undefined || !attachmentAlone.test(fold(above.first.content).trim())) return false;
      next = nextContent(next[1] + 1);
      if (!next) return false;
    }
    // A collection's title right above its first piece's title (`…工作计划（通用2篇）` / `…工作计划 篇1`): a document of its
    // own, as it is at a file's start, when the piece's title opens one.
    // (Or a collection of rules above its first rule: `幼儿园卫生保健制度` / `消毒隔离制度`.)
    if (!nested && kindOf(next[0]) === 'titleCandidate' && ((isStrongTitle(blockText(blocks[i] as Block)) && isStrongTitle(blockText(next[0]))) || collectedKind(blockText(blocks[i] as Block), blockText(next[0])) !== null))
      return opensDocument(next[1], true);
    const label = attachmentLabel.test(fold((blocks[i] as Block).first.content));
    // Under an attachment's label and title on one line, the numbering starts at a strong 1 past a few lines of header
    // (a note of adoption `（…党组会议审议通过）`, a preamble, a table's header row before its group row `一、项目谋划`).
    if (label) {
      const m = markerAfterHeader(i)?.first.marker;
      if (m !== undefined && m.number === 1 && m.strength === 'strong') return true;
      // A table's rows below its header row start at 1 (`序号⇥重点任务⇥…` / `1⇥城镇新增就业…`).
      if (next[0].first.type === 'paragraph' && isTableHeader(fold(next[0].first.content))) next = nextContent(next[1] + 1);
      if (!next) return false;
      if (isFormAttachment(i, next[0])) return true;
    }
    const [b, j] = next;
    if (toc.has(j)) return true;
    const t = b.first;
    // A byline after a title is a page's; who edited the text (`责任编辑：…`) closes a page as often, unless the line
    // dates the page too (`作者：… 时间：2018-07-16 阅读：…`).
    if (t.type === 'meta' && editorLine.test(t.content) && !datesPage.test(t.content)) return false;
    // What the next block is as a whole: a wrapped paragraph whose first line ends like a title (`…的指导意见》` /
    // `和省、市有关部署，…。`) is a paragraph.
    const kind = kindOf(b);
    if (!label && (kind === 'paragraph' || kind === 'meta' || kind === 'tocHeading' || kind === 'tocEntry')) return true;
    // A heading typed after a symbol, without a number (`★指导思想`), starts the text as a paragraph does.
    if (!label && t.marker?.strength === 'bullet' && isHeaderLikeText(blockText(b, t.marker.contentColumn))) return true;
    if (t.type !== 'outlineMarker' || t.marker === undefined || t.marker.strength === 'bullet') return false;
    // Word's list numbering (a tab after the marker, `三、⇥工作目标`) runs on across the pieces pasted into one file: under
    // a title that names its issuer and kind, a number past 1 opens the piece too.
    return t.marker.number === 1 || (t.text.charCodeAt(t.marker.column - 1 + t.marker.raw.length) === 0x09 && isStrongTitle(blockText(blocks[i] as Block)));
  };

  /**
   * Whether block `i`, a numbered label with a title (`附件2：…申报表`), opens an attachment without an outline (a form,
   * `学校名称：…` below): not when it is left out (`…（略）`), when it is one line of the notice's list of its attachments
   * (another label above or below it, or the title of one below), or when the notice's signature, date or distribution
   * (`抄送：…`) follows.
   */
  const isFormAttachment = (i: number, below: Block): boolean => {
    const own = fold((blocks[i] as Block).first.content).trim();
    if (!numberedAttachmentLabel.test(own) || omitted.test(own)) return false;
    const above = previousBlock(i);
    const aboveText = above === undefined ? '' : fold(above.first.content).trim();
    // (An attachment left out above, `附件1：…（略）`, lists nothing.)
    if (attachmentLabel.test(aboveText) && !omitted.test(aboveText)) return false;
    const next = fold(below.first.content).trim();
    if (kindOf(below) === 'titleCandidate' || below.first.type === 'meta') return false;
    return !attachmentLabel.test(next) && !attachmentAlone.test(next) && !isIssuerLine(next) && !dateOnly.test(next) && !distribution.test(next);
  };

  /**
   * A line right under an attachment label alone (`附件2`), or under the label with this same title, is the attachment's
   * title, though it names no document kind (`…重点任务分工表`), when content follows it.
   */
  const titlesAttachment = (i: number, d: DocDraft): boolean => {
    const block = blocks[i] as Block;
    // (A title of two or three characters, `回执`, when the notice lists it among its attachments.)
    if (!hasContent(d) || !isHeaderLike(block) || !canStartTitle(block.first.content)) return false;
    // (A form's name of three, `报名表`, `承诺书`, `回执单`, or `回执`, names its kind: the label above it is enough.)
    if (block.first.content.length < 4 && !listedAttachment(i, block.first.content) && !shortFormName.test(block.first.content)) return false;
    let at = previousIndex(i);
    // A standard's appendix says what it is between its label and its title: `附录A` / `（资料性）` / `…记录表`.
    if (at >= 0 && appendixNature.test((blocks[at] as Block).first.content)) at = previousIndex(at);
    const label = blocks[at];
    if (label === undefined) return false;
    const labelText = fold(label.first.content).trim();
    // The label alone (`附件2`), or the label with the title it repeats (`附件：…成员及联系方式` / `…成员及联系方式`).
    const names = attachmentAlone.test(labelText) || (attachmentLabel.test(labelText) && labelText.replace(attachmentLabel, '').trim() === fold(block.first.content).trim());
    // An appended table (`附表` / `2024年重点监测指标`, `…完成情况表`, `…重大项目表` / its rows) is the document's own, unless
    // its title names a document or a plan set out as a table (`…2021年主要经营指标计划表`).
    if (names && labelText.startsWith('附表') && (!namesTabledPlan(blockText(block)) || listsOwnTable(d, blockText(block)))) return false;
    return names && opensDocument(i);
  };

  /**
   * Whether an appended table's title names a document or a plan set out as a table (`…2021年主要经营指标计划表`); a
   * table or a list of the document's own (`…指标分解表`, `…项目清单`) names none.
   */
  const namesTabledPlan = (title: string): boolean => {
    const folded = fold(title).trim();
    const bare = withoutTrailingRemark(folded);
    return /计划表$/.test(bare) || (isStrongTitle(title) && !/(?:表|清单|情况)$/.test(bare));
  };

  /** Whether the document's table of contents lists an appended table of this title among its own entries (`附表1 …计划表 13`). */
  const listsOwnTable = (d: DocDraft, title: string): boolean => {
    const key = entryText(title);
    return key.length >= 4 && d.toc.some((e) => e.text.includes('附表') && entryText(e.text).endsWith(key));
  };

  /**
   * A table's caption in the text (`…重点项目清单如下：` / `某区…重点项目清单` / `序号  项目名称  …`): announced by the
   * paragraph above, its header row below; the document's own.
   */
  const isCaption = (i: number): boolean => {
    const above = previousBlock(i);
    const last = above?.lines[above.lines.length - 1]?.content ?? '';
    // (`附件：` alone announces a file, whose title this is.)
    // (A form's blank field for a signature or a date, `评委签名：　　　日期：`, announces nothing.)
    if (!(endsWithColon.test(last) || pointsToTable.test(last)) || attachmentAlone.test(fold(last).trim()) || blankSignatureField.test(last)) return false;
    const below = nextContent(i + 1)?.[0];
    if (below === undefined) return false;
    const row = fold(below.first.content);
    // (Or its number column's head alone on its line, a table taken one cell per line: `序号` / `重点任务` / ….)
    return isTableHeader(row) || lineHasCells(below.first.text, row) || isNumberColumn(row.trim());
  };

  /**
   * A table's caption in the text with its header row right below (`主动公开信息分类统计表` / `序号⇥公开类别⇥本年公开条数`,
   * `依申请公开情况统计表` / `统计指标⇥单位⇥数量`),
   * where the document's numbering goes on after the table (`三、…` after `二、`): the document's own table, no document.
   * Reads the table once, up to the next numbered line that is no row (at most `lookAhead` blocks).
   */
  /** Three column names or more apart by single spaces (`一级指标 分值 得分`), the row below block `at` ending in a figure. */
  const spacedNames = (folded: string, at: number): boolean => {
    const names = folded.trim().split(' ');
    const row = nextContent(at + 1)?.[0].first.content;
    return names.length >= 3 && names.every((n) => n.length > 0 && n.length <= 8) && row !== undefined && trailingFigures(fold(row)) > 0;
  };

  /** Whether block `i` is a book's name alone (with a bracketed note, `（国务院令第350号）`) among others so, one per line. */
  const inCitedBooks = (i: number): boolean => {
    const cites = (b: Block | undefined) => b !== undefined && b.lines.length === 1 && bookAlone.test(fold(b.first.content).trim());
    if (!cites(blocks[i])) return false;
    const above = previousBlock(i);
    const below = nextContent(i + 1)?.[0];
    return cites(above) || cites(below) || (above !== undefined && citesBelow.test(fold(blockText(above)).trim()));
  };

  const captionsOwnTable = (i: number, d: DocDraft): boolean => {
    const below = nextContent(i + 1);
    const head = below?.[0].first;
    if (below === null || head === undefined) return false;
    // (A header row: `序号` among its cells, or three column names or more and no figure, `统计指标⇥单位⇥数量`, or apart by
    // single spaces above a row that ends in a figure, `一级指标 分值 得分` / `投入 15 14`.)
    const folded = fold(head.content);
    // (Or the number column's head alone on its line, a table taken one cell per line: `序号` / `工程名称` / ….)
    if (!isTableHeader(folded) && !isNumberColumn(folded.trim()) && !((lineHasCells(head.text, folded) || spacedNames(folded, below[1])) && !/\d/.test(folded))) return false;
    for (let j = below[1] + 1; j < blocks.length && j < i + lookAhead; j++) {
      const t = (blocks[j] as Block).first;
      const m = t.marker;
      if (m === undefined || t.type !== 'outlineMarker' || m.strength !== 'strong' || isTableRow(t, m)) continue;
      // (Or the first item under the open heading, below a caption that names no document's kind of its own:
      // `一、2022年工作回顾` / `…主要经济指标完成情况` / `序号⇥指标名称…` / `（一）…`.)
      const next = openNext(d.outline, m);
      return next === m.number || (next === null && m.number === 1 && d.outline.stack.length > 0 && weakDocumentKinds.has(endingKind(fold(blockText(blocks[i] as Block)).trim()) ?? ''));
    }
    return false;
  };

  /**
   * A list begun inside the paragraph above, right after its colon (`说明：1.检查采取…；` / `2.检查发现的问题…`, `注：①…；②…；`
   * / `③…`): the next item on its own line goes on that paragraph, unless an open list of its style expects it.
   */
  const goesOnInlineList = (i: number, d: DocDraft, marker: Marker, evenClosed = false): boolean => {
    if (marker.number < 2 || openNext(d.outline, marker) === marker.number) return false;
    // Back over the items of the list already on lines of their own (`2.…` above `3.…`).
    let at = previousIndex(i);
    let n = marker.number - 1;
    for (let m = blocks[at]?.first.marker; m !== undefined && m.style === marker.style && m.number === n && n > 1; m = blocks[at]?.first.marker) {
      at = previousIndex(at);
      n--;
    }
    const above = blocks[at];
    if (above === undefined || !above.lines.some((l) => l.content.includes('：') || l.content.includes(':'))) return false;
    // (A heading's sentence that closed its list, `（一）基础类改造。主要包括：1.…；2.…。` / `3.加装电梯。…`: the list goes on
    // in items of their own lines. A note's list, `注：1.…。` / `2.…。`, goes on in the note.)
    // (`evenClosed`: whether such a list numbers the marker's predecessors at all.)
    if (!evenClosed && above.first.type === 'outlineMarker' && /[。！？!?]$/.test((above.lines[above.lines.length - 1] as Token).content)) return false;
    const inline = (k: number): string | null => (marker.style === 'arabic' ? `${k}.` : inlinePredecessor({ ...marker, number: k + 1 }));
    const first = inline(1);
    const before = inline(n);
    if (first === null || before === null) return false;
    // (`、` for the arabic dot: `说明：1、…；2、…`.)
    const text = fold(blockText(above)).replace(/(\d)、/g, '$1.');
    const colon = text.search(/[:：]/);
    if (colon < 0) return false;
    const after = text.slice(colon + 1).trimStart();
    return after.startsWith(first) && after.includes(before);
  };

  /** Whether the line above block `i` or the one below holds tabs (a form's or a table's rows around it). */
  const betweenTabRows = (i: number): boolean => [previousBlock(i), nextContent(i + 1)?.[0]].some((b) => b !== undefined && b.first.text.includes('\t'));

  /** Whether the list below block `i` starts at 1 in the style of the document's top level (`1.` after `1.`…`2.`). */
  const opensTopList = (i: number, d: DocDraft): boolean => {
    const m = markerAfterHeader(i)?.first.marker;
    return m !== undefined && m.number === 1 && d.outline.stack[0]?.key === styleKey(m);
  };

  /**
   * An appended table labelled on its title's line (`附表1：2024年主要经营指标分解表`) or on the line above, or under `附：` with its header row
   * below (`附：…重点工作任务清单` / `序号⇥重点任务⇥…`): the document's own, as above.
   */
  const appendsTable = (i: number, d: DocDraft): boolean => {
    const block = blocks[i] as Block;
    if (block.lines.length !== 1) return false;
    const folded = fold(block.first.content).trim();
    // (Or its title alone below the label alone: `附表` / `2023年主要生产经营指标完成情况`.)
    if (!folded.startsWith('附')) {
      const label = previousBlock(i);
      const labelText = label === undefined ? '' : fold(label.first.content).trim();
      return label?.lines.length === 1 && labelText.startsWith('附表') && attachmentAlone.test(labelText) && (!namesTabledPlan(folded) || listsOwnTable(d, folded));
    }
    if (bareAppendix.test(folded)) {
      const below = nextContent(i + 1)?.[0];
      return below !== undefined && isTableHeader(fold(below.first.content));
    }
    if (!folded.startsWith('附表') || !attachmentLabel.test(folded)) return false;
    const title = folded.replace(attachmentLabel, '').trim();
    return !namesTabledPlan(title) || listsOwnTable(d, title);
  };

  /**
   * Whether the numbering right below block `i` goes on inside the document's open chapter or section: a division is
   * open and the next marker is no division's first (`一、` under `第一节`, `第三节` after `第二节`; not `第一章`).
   */
  const goesOnInDivision = (i: number, d: DocDraft): boolean => {
    if (!d.outline.stack.some((l) => isDivision(l.key))) return false;
    const m = markerAfterHeader(i)?.first.marker;
    return m !== undefined && m.strength === 'strong' && !(isDivision(styleKey(m)) && m.number === 1);
  };

  /** Whether block `i` starts a page: a page number right above it (blank lines apart), or a form feed before it. */
  const afterPageBreak = (i: number): boolean => {
    const block = blocks[i] as Block;
    if (startsPage(block.first)) return true;
    return previousBlock(i)?.first.kind === 'page-number';
  };

  /**
   * The titles that head a page: right after a page break, or taken as a running header (alone or between the lines of
   * a paragraph). Made on first use, in one pass.
   */
  let pageHeads: Set<string> | undefined;
  const headsPages = (title: string): boolean => {
    if (pageHeads === undefined) {
      pageHeads = new Set();
      for (let j = 0; j < blocks.length; j++) {
        const b = blocks[j] as Block;
        if ((b.first.type === 'titleCandidate' && afterPageBreak(j)) || b.first.kind === 'running-header') pageHeads.add(titleKey(blockText(b)));
        for (const n of b.noise) if (n.kind === 'running-header') pageHeads.add(titleKey(n.content));
      }
    }
    return pageHeads.has(titleKey(title)) || pageHeads.has(remarklessKey(title));
  };

  /**
   * Whether a title candidate's text is a running header met before its first page break: it heads a later page too
   * (`绥棱县教育局工作总结` under a plan's 目录, and again below `— 2 —`). Counted once, in one pass.
   */
  let titleCounts: Map<string, number> | undefined;
  const headsLaterPages = (text: string): boolean => {
    if (!headsPages(text)) return false;
    if (titleCounts === undefined) {
      titleCounts = new Map();
      const count = (key: string) => titleCounts?.set(key, (titleCounts.get(key) ?? 0) + 1);
      for (const b of blocks) {
        if (b.first.type === 'titleCandidate' || b.first.kind === 'running-header') count(titleKey(blockText(b)));
        for (const n of b.noise) if (n.kind === 'running-header') count(titleKey(n.content));
      }
    }
    return (titleCounts.get(titleKey(text)) ?? 0) >= 2;
  };

  /** Whether the line right above block `i` is navigation that ends with a breadcrumb's separator (`>`, `首页 >`). */
  const followsCrumb = (i: number): boolean => {
    const above = blocks[i - 1]?.first;
    return above !== undefined && above.kind === 'navigation' && endsWithCrumb.test(above.content);
  };

  /**
   * Whether block `i` repeats a part of the page's breadcrumb right above it (`当前位置：首页 > 政务公开 > 法定主动公开内容 >
   * 法治政府建设` / `法定主动公开内容`): the heading of the page's column, navigation like the breadcrumb. (A title the
   * breadcrumb ends with is not one.)
   */
  const repeatsCrumb = (i: number): boolean => {
    let j = i - 1;
    while (blocks[j]?.first.type === 'blank') j--;
    const above = blocks[j]?.first;
    if (above === undefined || above.kind !== 'navigation' || !isPageCrumb(fold(above.content).trim())) return false;
    const t = (blocks[i] as Block).first;
    const text = fold(t.content).trim();
    return text.length >= 2 && crumbNames(above.content, text) && (t.type !== 'titleCandidate' || isBareLabel(t.content));
  };

  /**
   * Whether block `i`, a label that names no matter (`常委会公报`), is a part of the page's breadcrumb right below it
   * (`常委会公报` / `当前位置： 首页 > 常委会公报 > 2025年第1期`): the menu's item the page was reached by, no title.
   */
  const namedByCrumbBelow = (i: number): boolean => {
    const t = (blocks[i] as Block).first;
    if (!isBareLabel(t.content)) return false;
    const text = fold(t.content).trim();
    let j = i + 1;
    while (blocks[j]?.first.type === 'blank') j++;
    const crumb = blocks[j]?.first;
    return crumb !== undefined && crumb.kind === 'navigation' && isPageCrumb(fold(crumb.content).trim()) && crumbNames(crumb.content, text);
  };

  /**
   * Whether `label`, a title standing at `line`, is an item of the site's menu a few lines above it (`首页 | 中心概况 |
   * 招标公告 | …` / `招标公告` / `…询价通知书`): the column the page was reached by, no document.
   */
  const namedByMenuAbove = (line: number, label: string): boolean => {
    const text = fold(label).trim();
    // (The first block at or below `line`, found by halving: blocks run in line order.)
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((blocks[mid] as Block).line < line) lo = mid + 1;
      else hi = mid;
    }
    let seen = 0;
    for (let j = lo - 1; j >= 0 && seen < 3; j--) {
      const t = (blocks[j] as Block).first;
      if (t.type === 'blank') continue;
      seen++;
      if (t.kind === 'navigation' && fold(t.content).split(menuSeparator).some((part) => part.trim() === text)) return true;
    }
    return false;
  };

  /** A paragraph marker (一是) is a node when the next numbered marker nests under it. */
  const hasNumberedChildren = (i: number, outline: Outline, marker: Marker): boolean => {
    const key = styleKey(marker);
    for (let j = i + 1; j < blocks.length && j <= i + lookAhead; j++) {
      const b = blocks[j] as Block;
      if (toc.has(j)) return false;
      const t = b.first;
      if (t.type === 'tocHeading' || kindOf(b) === 'titleCandidate') return false;
      // An unnumbered heading between (`第三，坚持向实践学习。…` / `立足岗位抓落实` / `1.…`), or a lead that ends in a
      // colon (`…重点做好以下工作：`): the items are its own.
      // (A page's running header, under its page number or after a form feed, is no heading.)
      if (t.type === 'paragraph' && ((isHeaderLike(b) && !afterPageBreak(j)) || endsWithColon.test((b.lines[b.lines.length - 1] as Token).content))) return false;
      if (t.type !== 'outlineMarker' || !t.marker) continue;
      if (t.marker.strength === 'paragraph') return false;
      // Items of a lower rank only: a `一、` or `第一章` after it starts the outline proper (the 一是 line was a lead), and
      // so does a section typed with a space for its delimiter (`三 2024年工作打算`).
      if (aboveShi.has(t.marker.style)) return false;
      // (A weak item the open list expects next counts, `2.…` / `二是…` / `3.119接处警…`: its title starts with a figure.)
      if (t.marker.strength !== 'strong' && !(t.marker.strength === 'weak' && openNext(outline, t.marker) === t.marker.number)) continue;
      return !openAfter(outline, key, styleKey(t.marker));
    }
    return false;
  };

  /** How far a decimal scheme's heads may skip ahead: the clauses a contract's special terms amend are a few apart. */
  const maxClauseJump = 20;

  /** `1 总体要求` (number and a space) followed by `1.1 …`: the heading of a decimal list. */
  const opensDecimalList = (i: number, marker: Marker): boolean => {
    if (marker.style !== 'arabic') return false;
    for (let j = i + 1; j < blocks.length && j <= i + lookAhead; j++) {
      const t = (blocks[j] as Block).first;
      if (t.type !== 'outlineMarker' || !t.marker) {
        if (t.type === 'paragraph' || t.type === 'blank' || t.type === 'noise') continue;
        return false;
      }
      return t.marker.style === 'decimal' && t.marker.path.length === 2 && t.marker.path[0] === marker.number && t.marker.path[1] === 1;
    }
    return false;
  };

  /**
   * `1 范围` without subsections, when the next heads of its list (`2 规范性引用文件`, `3 基本要求`) run on to one that
   * opens a decimal list (`3.1 …`): the first level of a decimal scheme too (a standard's chapters, some with
   * subsections and some without).
   */
  let opensAnyDecimalList: boolean | undefined;
  /** The answer for the head in block i, once known: a run of heads is walked once, each head on it gets the answer. */
  const decimalHeadAhead = new Map<number, boolean>();
  /** The next arabic head after block `i` (before a table of contents), or -1. */
  const nextArabicHead = (i: number): number => {
    for (let j = i + 1; j < blocks.length && j <= i + lookAhead; j++) {
      const t = (blocks[j] as Block).first;
      // Lines between may look like titles (`《城镇燃气管理条例》` under `2 编制依据`): the numbers running on decide.
      if (t.type === 'tocHeading' || toc.has(j)) return -1;
      const m = t.marker;
      if (t.type === 'outlineMarker' && m !== undefined && m.style === 'arabic' && m.path.length === 1) return j;
    }
    return -1;
  };
  const precedesDecimalHead = (i: number, marker: Marker): boolean => {
    // Most documents have no decimal list at all: one pass to know, instead of a look-ahead per arabic marker.
    opensAnyDecimalList ??= blocks.some((b) => b.first.marker?.style === 'decimal' && b.first.marker.path.length === 2 && b.first.marker.path[1] === 1);
    if (!opensAnyDecimalList) return false;
    const run: number[] = [];
    let at = i;
    let number = marker.number;
    let answer = false;
    for (;;) {
      const known = decimalHeadAhead.get(at);
      if (known !== undefined) {
        answer = known;
        break;
      }
      run.push(at);
      const j = nextArabicHead(at);
      const m = j < 0 ? undefined : (blocks[j] as Block).first.marker;
      if (m === undefined || m.number !== number + 1) break;
      if (opensDecimalList(j, m)) {
        answer = true;
        break;
      }
      at = j;
      number = m.number;
    }
    for (const k of run) decimalHeadAhead.set(k, answer);
    return answer;
  };

  /**
   * An arabic number heading a decimal scheme (`1 总则` or `1. 总则` above `1.1 编制目的`) is its first level, a style of
   * its own: a `1.` `2.` list under `1.2 编制依据` then nests under 1.2 instead of closing 1 总则. Later heads without
   * subsections (`5 后期处置`) are known by their number past the scheme's last (the next, or further on: a contract's
   * special terms amend chosen clauses only, `1. 一般约定` … `11. 开工和竣工` / `11.5 …` / `17. 计量与支付`; not a phone's
   * number, `120 急救…`), while no arabic list is open.
   */
  const asDecimalHead = (i: number, d: DocDraft, marker: Marker): Marker => {
    if (marker.style !== 'arabic' || marker.path.length !== 1) return marker;
    const running = d.outline.lastNumber.get(decimalHeadKey);
    const next = running !== undefined && marker.number > running && marker.number <= running + maxClauseJump && !d.outline.stack.some((l) => l.key === 'arabic');
    if (!next && !opensDecimalList(i, marker) && !precedesDecimalHead(i, marker)) return marker;
    return { ...marker, style: 'decimal', strength: 'strong' };
  };

  /** The decimal markers after block `i`, in order, up to a title or a table of contents. */
  function* decimalsAhead(i: number): Generator<Marker> {
    for (let j = i + 1; j < blocks.length && j <= i + lookAhead; j++) {
      const t = (blocks[j] as Block).first;
      if (t.type === 'titleCandidate' || toc.has(j)) return;
      if (t.type === 'outlineMarker' && t.marker?.style === 'decimal') yield t.marker;
    }
  }

  /**
   * Whether a weak decimal `a.b` glued to its text (`1.1双方共建…`) has its sequel `a.b+1` soon below (`1.2合作期内…`), before
   * a title: a scheme's clauses, not an item `1.` whose text starts with a figure (`1.64排螺旋CT`).
   */
  const decimalGoesOn = (i: number, marker: Marker): boolean => {
    if (marker.style !== 'decimal' || marker.path.length !== 2) return false;
    for (const m of decimalsAhead(i)) if (m.path.length === 2) return m.path[0] === marker.path[0] && m.path[1] === (marker.path[1] as number) + 1;
    return false;
  };

  /**
   * Whether a two-part decimal (`4.1 总要求`) has a three-part one of its first number soon below (`4.2.1 总则`), before a
   * title: a standard's clauses under a chapter of another number (`第二章` over clause 4), no day of April.
   */
  const clausesBelow = (i: number, marker: Marker): boolean => {
    if (marker.style !== 'decimal' || marker.path.length !== 2) return false;
    for (const m of decimalsAhead(i)) {
      if (m.path[0] !== marker.path[0]) return false;
      if (m.path.length === 3) return true;
    }
    return false;
  };

  /**
   * Whether the marker line of block `i` is written in another script (`一、조선어문 법규 집행을 강화한다`, `(1) ئۆيمۇئۆي
   * تەكشۈرۈش`) right above or below a Chinese marker line of the same number: the Chinese line's translation, no node.
   */
  const translatesNeighbour = (i: number): boolean => {
    const t = (blocks[i] as Block).first;
    const m = t.marker;
    if (m === undefined || !inOtherScript(t.text.slice(m.contentColumn - 1))) return false;
    const chinese = (b: Block | undefined) => {
      const n = b?.first;
      return n?.type === 'outlineMarker' && n.marker !== undefined && n.marker.number === m.number && !inOtherScript(n.text.slice(n.marker.contentColumn - 1));
    };
    return chinese(previousBlock(i)) || chinese(nextContent(i + 1)?.[0]);
  };

  /**
   * `I.` read by OCR for `1.` (`I.健全…` then `2.加强…`): an ASCII `I` is the arabic 1 when the next marker of either
   * style is the arabic 2, not a Roman `II`.
   */
  const asArabicOne = (i: number, marker: Marker): Marker => {
    if (marker.style !== 'roman' || marker.number !== 1 || !/^I[.、]?$/.test(fold(marker.raw).replace(/\s/g, ''))) return marker;
    for (let j = i + 1; j < blocks.length && j <= i + lookAhead; j++) {
      const m = (blocks[j] as Block).first.marker;
      if (m === undefined || (m.style !== 'roman' && m.style !== 'arabic')) continue;
      return m.style === 'arabic' && m.number === 2 ? { ...marker, style: 'arabic', path: [1] } : marker;
    }
    return marker;
  };

  /**
   * The number of the next marker of `marker`'s style soon after block `i` (before a title or a TOC); null when none,
   * or when it is a decimal number under another head (`2.1` after `1.1`: a list of its own, no sequel or repeat).
   */
  const nextNumberOfStyle = (i: number, marker: Marker, outline?: Outline): number | null => {
    const key = styleKey(marker);
    for (let j = i + 1; j < blocks.length && j <= i + lookAhead; j++) {
      const t = (blocks[j] as Block).first;
      if (t.type === 'titleCandidate' || t.type === 'tocHeading' || toc.has(j)) return null;
      // A strong marker of a level above (`三、` after `二、` / `1实施…`) starts another section: its list is another.
      if (outline !== undefined && t.marker?.strength === 'strong' && outline.stack.some((l) => l.key !== key && l.key === styleKey(t.marker as Marker))) return null;
      if (t.type === 'outlineMarker' && t.marker && styleKey(t.marker) === key)
        return marker.style === 'decimal' && !samePrefix(marker.path, t.marker.path) ? null : t.marker.number;
    }
    return null;
  };

  /**
   * A questionnaire's answer options (`A.小学　　B.初中`, `A. 每天都参加` …) under a question that leaves a blank
   * (`（　　）`) or asks (`？`), or several on their line after a gap, under any question (`1.您的性别：` / `A.男　B.女`):
   * the question's text, not items of it.
   */
  const isAnswerOption = (i: number, marker: Marker): boolean => {
    if (marker.style !== 'latin-upper' && marker.style !== 'latin-lower') return false;
    if (marker.number === 1 && optionsOnLine.test(fold((blocks[i] as Block).first.content))) return true;
    for (let j = i - 1; j >= 0 && j >= i - 30; j--) {
      const t = (blocks[j] as Block).first;
      if (t.type === 'blank') continue;
      if (t.marker?.style === marker.style) continue;
      return t.type === 'outlineMarker' && question.test(fold(blockText(blocks[j] as Block)).trim());
    }
    return false;
  };

  /** Whether the paragraph of a `一是` marker holds its next one inline (`一是…；二是…`). */
  const listsOnInline = (i: number, marker: Marker): boolean => {
    if (marker.style !== 'shi' || marker.number >= 10) return false;
    const next = `${'一二三四五六七八九十'[marker.number]}是`;
    return fold(blockText(blocks[i] as Block)).indexOf(next, 2) > 0;
  };

  /** Whether a weak `N、` is followed by the next number and a month, a day or a number's noun (`1、2月份`, `3、4号楼`). */
  const namesPair = (i: number, marker: Marker): boolean => {
    if (marker.style !== 'arabic' || marker.delimiter !== '、') return false;
    const m = pairNoun.exec(fold((blocks[i] as Block).first.text.slice(marker.contentColumn - 1)));
    return m !== null && Number(m[1]) === marker.number + 1;
  };

  const accepts = (i: number, d: DocDraft, marker: Marker, previousWasMarker: boolean): boolean => {
    if (isAnswerOption(i, marker)) return false;
    switch (marker.strength) {
      case 'strong':
        return true;
      case 'weak': {
        // A weak marker is taken where the numbering expects it, or when the next marker of its style carries the next
        // number (`一 总体要求` … `二 …`); never when its number is one the list has had or is about to have (`3.5GHz频段…`
        // after item 3, `2.6GHz…` right before item 2).
        // (The next of its section: a list under the next section, `三、` / `1巩固…`, may start at the same number.)
        const next = nextNumberOfStyle(i, marker);
        // (A slip in a list typed with `：` or `，`, a number repeated or skipped, is still its item.)
        if (slipsInSloppyList(d.outline, marker)) return true;
        // (A list that starts again below a plain line, its 2 next: `2024年3月2日　星期六` / `1、3#楼…` / `2、5#楼…`.)
        if (marker.number === 1 && next === 2 && !previousWasMarker && (d.outline.lastNumber.get(styleKey(marker)) ?? 0) >= 2) return true;
        if (nextNumberOfStyle(i, marker, d.outline) === marker.number || repeatsOpenNumber(d.outline, marker)) return false;
        // A run of two is no list from three digits on (`119　火警` then `120　医疗急救`: a phone list); the item the
        // numbering expects can still have any number.
        // (`1、2月份…`, `1、2号工业园区…`: January and February, parks 1 and 2, unless a list of `1、` `2、` follows.)
        // (Nor where the open list is typed with another delimiter: `1.` `2.` / `3、4月份召开的…`, March and April.)
        if (namesPair(i, marker) && !d.outline.stack.some((l) => l.key === styleKey(marker) && l.node.marker.endsWith(marker.delimiter))) return next === marker.number + 1;
        return isExpected(d.outline, marker, previousWasMarker) || opensDecimalList(i, marker) || (next === marker.number + 1 && marker.number < 100);
      }
      case 'paragraph':
        // Each of 一是, 二是 … on its own: a node only when numbered items follow it (a 三是 after a 二是 node, with
        // no items of its own, is a paragraph of the node before it). A paragraph that goes on to its own 二是 inline
        // (`一是…；二是…；三是…。`) lists things rather than heading the items below it.
        return !listsOnInline(i, marker) && hasNumberedChildren(i, d.outline, marker);
      case 'bullet':
        return usesBullets(i, d);
    }
  };

  /**
   * Inside an attachment list whose next item is `next`: the number its next item has after block `i`, when the block
   * goes on the list without being that item; null when it ends the list. A sub-item (`2-1.…申报书` / `2-2.…预算表`, under
   * item 2 or the item it goes on to) moves the list past its item; a line that goes on an item cut by the wrap
   * (`2.…（含重点研发计划、自然科学基金` / `和软科学研究项目）`), a phrase or up to three right above the item the list expects
   * (or a sub-item of it), keeps it.
   */
  /** The number of the attachment a block's sub-item is under (`2-1.…` → 2); 0 when it is none. */
  const subItemOf = (block: Block): number => Number(attachmentSubItem.exec(fold(block.first.content).trim())?.[1] ?? 0);

  const goesOnAttachmentList = (i: number, next: number): number | null => {
    const n = subItemOf(blocks[i] as Block);
    if (n > 0) return n === next || n === next - 1 ? n + 1 : null;
    // (Over up to three such lines: `2.…申报书` / `（重点学科类、…特色专科` / `类）` / `3.…`. Before the first item there
    // is none to go on: `附件:` / `名词解释` / `1.…` is an attachment's title above its outline.)
    if (next <= 1) return null;
    for (let at = i, lines = 0; lines < 3; lines++) {
      const b = blocks[at] as Block;
      const text = fold(blockText(b)).trim();
      // (A weak number may start such a line: `（含济南、青岛等` / `16市）`.)
      if ((b.first.type === 'outlineMarker' && b.first.marker?.strength !== 'weak') || b.lines.length > 3 || text.length > 60 || hasSentenceEnd(text)) return null;
      const below = nextContent(at + 1);
      if (below === null) return null;
      const m = below[0].first.marker;
      if ((m !== undefined && m.style === 'arabic' && m.number === next) || subItemOf(below[0]) === next) return next;
      at = below[1];
    }
    return null;
  };

  /**
   * Whether the notice above lists `title` among its attachments (`附件：1.培训日程安排` / `2.报名回执`, `附件：回执`):
   * a line that starts with `附件`, or one numbered below it, ends with the title.
   */
  const listedAttachment = (i: number, title: string): boolean => {
    const wanted = fold(title).replace(/\s+/g, '');
    if (wanted.length < 2) return false;
    let inList = false;
    for (let j = Math.max(0, i - 60); j < i; j++) {
      const text = fold(blockText(blocks[j] as Block)).replace(/\s+/g, '');
      if (text.startsWith('附件')) inList = true;
      else if (!listContinues.test(text)) inList = false;
      if (inList && (text.endsWith(wanted) || listsOnOneLine(text, wanted))) return true;
    }
    return false;
  };

  /** Whether a list of attachments on one line (`附件：1.考试日程安排2.监考人员名单3.…`, spaces gone) holds `wanted` as an item. */
  const listsOnOneLine = (text: string, wanted: string): boolean => {
    if (!text.includes(wanted)) return false;
    for (const item of text.split(attachmentItemNumber)) if (item.replace(trailingSeparator, '').endsWith(wanted)) return true;
    return false;
  };

  /** An attachment's label and title on one line (`附件1：培训日程安排`) that the notice above lists: its title. */
  const titlesListedAttachment = (i: number, d: DocDraft, block: Block): boolean => {
    if (!hasContent(d) || block.lines.length !== 1) return false;
    const rest = labelledTitle(block);
    return rest !== null && rest.length >= 2 && listedAttachment(i, rest);
  };

  /** Whether the line above line `line` (blank lines aside) is an attachment's label alone (`附件1`). */
  const labelledAbove = (line: number): boolean => {
    // (Tokens stand in line order, one per line but for the blank lines double spacing took out.)
    let j = Math.min(line - 2, tokens.length - 1);
    while (j >= 0 && ((tokens[j] as Token).line >= line || (tokens[j] as Token).type === 'blank')) j--;
    return j >= 0 && attachmentAlone.test(fold((tokens[j] as Token).content).trim());
  };

  /** The title after an attachment's numbered label on a block's first line (`附件1：培训日程安排` → `培训日程安排`), folded; null when none. */
  const labelledTitle = (block: Block): string | null => {
    const folded = fold(block.first.content).trim();
    const label = numberedAttachmentLabel.exec(folded);
    return label === null ? null : folded.slice(label[0].length).replace(/^ ?[:：]? ?/, '');
  };

  /**
   * An attachment's label and title on one line with its own text below (`附件1：…中小学教学用书目录` / `一、小学阶段`), though
   * the notice lists it nowhere and its title names no kind: its document opens there. Only under a notice (a plan's or a
   * report's own appended tables, `附件1 应急指挥部成员联系方式`, are its own); not an item of a list of attachments
   * (`附件1：…` / `附件2：…`, then the issuer or the date; `附件1：授权委托书` / `●报备文件`), nor above its title repeated.
   */
  const titlesOwnAttachment = (i: number, d: DocDraft, block: Block): boolean => {
    if (!hasContent(d) || block.lines.length !== 1 || !block.first.content.startsWith('附') || d.title === null) return false;
    // (Under a notice, or under the notice's attachment before it, labelled on its title's line or on a line of its own:
    // `附件1：…回执` / … / `附件2：…征订目录`, `附件1` / `…用书清单` / … / `附件2：…征订单`.)
    if (!noticeTitle.test(fold(d.title).trim()) && !d.header.some((h) => attachmentLabel.test(fold(h))) && !(d.titleLine !== null && labelledAbove(d.titleLine))) return false;
    const rest = labelledTitle(block);
    if (rest === null || rest.length < 4 || hasSentenceEnd(rest) || !canStartTitle(rest)) return false;
    const next = nextContent(i + 1);
    if (next === null || next[0].first.marker?.strength === 'bullet') return false;
    const below = fold(next[0].first.content).trim();
    return !attachmentLabel.test(below) && !isIssuerLine(below) && !dateOnly.test(below) && titleKey(below) !== titleKey(rest) && opensDocument(i);
  };

  /** A piece's label alone on its line (`【篇二】`), not above a title of its own (`【篇二】` / `2024年班主任工作计划`). */
  const labelsPiece = (i: number): boolean => {
    const block = blocks[i] as Block;
    if (block.lines.length !== 1 || block.first.content.length > 12 || !pieceLabel.test(fold(block.first.content).trim())) return false;
    const next = nextContent(i + 1);
    return next !== null && !(kindOf(next[0]) === 'titleCandidate' && isStrongTitle(blockText(next[0])));
  };

  /**
   * An attachment's title alone, below the notice that lists it (`附件：…问题整改清单` / signature / `…问题整改清单`): its
   * document opens there, though its kind is a table's (`清单`, `台账`).
   */
  const repeatsListedAttachment = (i: number, d: DocDraft, block: Block): boolean =>
    hasContent(d) && block.lines.length === 1 && fold(block.first.content).trim().length >= 6 && listedAttachment(i, block.first.content) && nextContent(i + 1) !== null;

  /**
   * A title that the document's table of contents lists (`一、员工考勤管理制度……1` above `员工考勤管理制度`): the title
   * of a part of a compilation, though its kind is also a heading's (`制度`) or it is short (`公车管理办法`); not the
   * words of a section the document already holds.
   */
  const listedInToc = (i: number, d: DocDraft, block: Block): boolean => {
    const title = entryText(blockText(block));
    if (title.length < 4 || afterBareMarker(i) || !d.toc.some((e) => entryText(e.text).endsWith(title))) return false;
    // (Not a section the document has already had, the entry's words repeated in a table's cell: `一、主要任务` / `主要任务`.)
    if (d.outline.drafts.some((n) => entryText(n.paragraphs[0] ?? '') === title)) return false;
    // (Nor a report's own unnumbered section of a kind that heads sections too, `董事长致辞`, listed beside the numbered
    // sections that follow it, `一、责任管理……4`: a sibling of theirs in the report.)
    return !(weakDocumentKinds.has(endingKind(fold(title).trim()) ?? '') && nextHeadingListed(i, d));
  };

  /** Whether the first numbered heading below block `i` (within a few blocks) is an entry of `d`'s table of contents. */
  const nextHeadingListed = (i: number, d: DocDraft): boolean => {
    const b = numberedBelow(i);
    if (b === null) return false;
    const heading = entryText(blockText(b));
    return heading.length >= 2 && d.toc.some((e) => entryText(e.text) === heading);
  };

  /** The first block below block `i` that a number opens (no bullet), within `continuedWithin` blocks; null when none. */
  const numberedBelow = (i: number): Block | null => {
    for (let j = i + 1; j < blocks.length && j <= i + continuedWithin; j++) {
      const t = (blocks[j] as Block).first;
      if (t.type === 'outlineMarker' && t.marker?.strength !== 'bullet') return blocks[j] as Block;
    }
    return null;
  };

  /** Where a running header's text first stands: the index of its block, with the page furniture inside blocks. */
  let headerStarts: Map<string, number> | undefined;
  const firstHeaderAt = (text: string): number | undefined => {
    if (headerStarts === undefined) {
      headerStarts = new Map();
      for (let j = 0; j < blocks.length; j++) {
        const b = blocks[j] as Block;
        for (const n of [b.first, ...b.noise]) if (n.kind === 'running-header' && !headerStarts.has(titleKey(n.content))) headerStarts.set(titleKey(n.content), j);
      }
    }
    return headerStarts.get(titleKey(text));
  };
  /** Whether a notice's title (`…关于印发XX实施计划（2021—2025年）的通知`) names the document `title` it issues. */
  const issuesTitle = (notice: string, title: string): boolean => {
    const key = titleKey(title);
    return key.length >= 6 && isStrongTitle(title) && /(?:通知|决定|意见|函)$/.test(fold(notice).trim()) && titleKey(notice).includes(key);
  };
  /**
   * Whether the title in `block` names the document that `d`, a notice, forwards: its title cites it in 《》
   * (`…关于印发《石桥村村规民约》的通知`), or it is one of the rules the notice issues (`消毒隔离制度` under `关于印发…卫生保健
   * 制度的通知`), so a short title without a year opens that document.
   */
  const forwardedBy = (d: DocDraft, block: Block): boolean => {
    const title = fold(blockText(block)).trim();
    if (d.title === null || title.length < 4) return false;
    const notice = fold(d.title).trim();
    // (Or one rule of the rules it issues: `关于印发幼儿园卫生保健制度的通知` above `消毒隔离制度`.)
    return notice.includes(`《${title}》`) || (notice.endsWith('的通知') && collectedKind(notice.slice(0, -3).replace(/》$/, ''), title) !== null);
  };

  /**
   * Whether the title of `d`, which has no content yet, is a letterhead's name above `title`, naming no matter (`关于…`,
   * `《…》`) of its own: numbered below it by a document's number (`〔2025〕第18号`) or an issue's (`第7期`), and of the
   * same kind as `title` (`纪要`, `通报`); or numbered as an issue, of any kind, above a title of a document (`统计分析` /
   * `第18期` / `关于…的专题调研报告`: an internal periodical's name).
   */
  const namesLetterhead = (d: DocDraft, title: string): boolean => {
    const name = fold(d.title ?? '').replace(/\s+/g, '');
    if (name.includes('关于') || name.includes('《')) return false;
    const below = d.header.slice(d.titleAt).map((h) => fold(h).trim());
    if (below.some((h) => issueNumber.test(h)) && name.length <= 8 && fold(title).trim().startsWith('关于')) return true;
    const kind = endingKind(name);
    if (kind === null || kind !== endingKind(fold(title).trim())) return false;
    return below.some((h) => isDocumentNumber(h) || issueNumber.test(h));
  };

  /**
   * Whether `d` is an issue of a periodical: titled with its name (`工作简报`), the number of its issue right below the
   * title (in its header or first in its preamble).
   */
  const isIssue = (d: DocDraft): boolean =>
    d.title !== null &&
    d.outline.drafts.length === 0 &&
    periodicalName.test(fold(d.title).trim()) &&
    [d.header[d.titleAt], d.preamble[0]].some((h) => h !== undefined && issueNumber.test(fold(h).trim()));

  /**
   * Whether the lines of an issue's preamble are all its masthead's (the issue's number, the issuer and the date), so that
   * a formal title below them is the issue's own: one line of anything, or any number of those.
   */
  const headsIssue = (preamble: readonly string[]): boolean =>
    preamble.length <= 1 ||
    preamble.every((p) => {
      const text = fold(p).trim();
      return issueNumber.test(text) || dateOnly.test(text) || isIssuerLine(p);
    });

  /** Whether block `i` is a periodical's name (`人社工作动态`, `防汛快报`, `信息专报`) above the number of its issue. */
  const namesIssue = (i: number): boolean => {
    const block = blocks[i] as Block;
    if (block.lines.length !== 1 || block.first.content.length > 24) return false;
    const name = fold(block.first.content).trim();
    return name.length >= 4 && name.length <= 16 && periodicalName.test(name) && issueFollows(i);
  };

  /** Whether the line after block `i` numbers an issue of a periodical (`第12期`, `2024年第3期`, `（总第56期）`). */
  const issueFollows = (i: number): boolean => {
    return lineBelowIs(i, (text) => issueNumber.test(fold(text).trim()));
  };

  /** Whether the next content after block `i` is one line that passes `test`. */
  const lineBelowIs = (i: number, test: (text: string) => boolean): boolean => {
    const next = nextContent(i + 1);
    return next !== null && next[0].lines.length === 1 && test(next[0].first.content);
  };

  /**
   * Whether the line after block `i` is a document's number (`长市监处罚〔2025〕9号`): a short title above one (`行政处罚决定书`,
   * the same as the last decision's) heads a document of its own.
   */
  const numberFollows = (i: number): boolean => lineBelowIs(i, isDocumentNumber);

  /**
   * Whether the line after block `i` is a header's remark with its year, as off-title remarks read (`中小学生守则` /
   * `（2015年修订）`, `…细则` / `（2023年3月1日校务会议通过）`, `会议议程` / `（2026年4月8日上午9:00）`): a short title above one
   * heads a document of its own, though it names no year.
   */
  const adoptionFollows = (i: number): boolean =>
    lineBelowIs(i, (text) => {
      const folded = fold(text).trim();
      return isBracketedRemark(folded) && isOffTitleRemark(folded) && noteYear.test(folded);
    });

  /**
   * Whether block `i` follows a marker alone on its line (`三、` / `重点任务`), or with only a time after it (a schedule's
   * `（2）9:40-11:30` / `…专题报告`): it is that heading's or that session's title.
   */
  const afterBareMarker = (i: number): boolean => {
    const above = previousBlock(i);
    const t = above?.first;
    if (above === undefined || t === undefined) return false;
    return isMarkerAlone(t) || (t.marker !== undefined && above.lines.length === 1 && timeAlone.test(fold(t.text.slice(t.marker.contentColumn - 1)).trim()));
  };

  /**
   * Right under a chapter's or a part's heading that names it by its kind (`第一章 招标公告` / `三垟湿地…工程（一期）施工招标
   * 公告`, `第三章 采购需求` / `…项目采购需求`): the chapter's full title, ending in the heading's words, no document.
   */
  const restatesChapter = (i: number): boolean => {
    const above = previousBlock(i);
    const t = above?.first;
    if (above === undefined || t === undefined || t.type !== 'outlineMarker' || (t.marker?.style !== 'chapter' && t.marker?.style !== 'part') || isMarkerAlone(t)) return false;
    const heading = fold(blockText(above, t.marker.contentColumn)).replace(/ /g, '');
    return heading.length >= 2 && fold(blockText(blocks[i] as Block)).replace(/ /g, '').endsWith(heading);
  };

  /** How many lines of a header may stand between a title and the restart of the numbering it names. */
  const headerLines = 4;

  /**
   * Whether a strong marker restarts the top-level numbering of `d` (so it opens a new document): `一、` after `二、`, or
   * with `after` 1, after `一、` too (where a title line stands between: `一、主要工作` / `下半年工作计划` / `一、…`).
   */
  const isRestart = (d: DocDraft, marker: Marker, after = 2): boolean => {
    const lastRoot = d.outline.roots[d.outline.roots.length - 1];
    if (marker.strength !== 'strong' || marker.number !== 1 || !restartingStyles.has(marker.style) || lastRoot === undefined) return false;
    // The top level is the marker's style: the document's first (`一、`…`三、` then `一、`), or one that took the top
    // level above items cut from their section (`（四）`…`（六）` at a page's start, then `二、` `三、`, then `一、`); not
    // where a chapter or a section heads the list (`第三节` / `一、`).
    return d.outline.stack[0]?.key === styleKey(marker) && lastRoot.style === marker.style && lastRoot.number >= after;
  };

  /**
   * A chapter's or a part's heading set again right below (`第一部分 发展基础和面临形势` / `第一部分 发展基础和面临形势`, a page's
   * running header that names the chapter the page starts, above the heading itself): the first is the header.
   */
  const repeatedBelow = (i: number): boolean => {
    const block = blocks[i] as Block;
    const m = block.first.marker;
    if (m === undefined || !isDivision(m.style) || block.lines.length !== 1) return false;
    const sameHeading = (b: Block | undefined): boolean => b !== undefined && b.lines.length === 1 && isSameHeading(b.first, block.first);
    if (sameHeading(nextContent(i + 1)?.[0])) return true;
    // (Or, at a page's top, further down the page, below the end of the chapter before: `·1·` / `第三章　…` / `（四）坚持改革驱动。…`
    // / `第三节　发展目标` / … / `第三章　…`.)
    // (Where the copy below is mid-page, the heading itself; a copy at a later page's top is a running header of the
    // chapter that the heading at this page's top opened.)
    if (!afterPageBreak(i)) return false;
    for (let j = i + 1; j < blocks.length && j <= i + maxBlocksAboveHeading; j++) if (sameHeading(blocks[j])) return !afterPageBreak(j);
    return false;
  };

  /** A page's running header that repeats the open heading of `marker`'s level, right after a page break. */
  const repeatsAtPageHead = (i: number, d: DocDraft, marker: Marker, block: Block): boolean =>
    afterPageBreak(i) && repeatsOpenHeading(d.outline, marker, blockText(block, marker.contentColumn));

  /** The open heading of `marker`'s level again with `（续）` (looked at only when the block ends with a bracket). */
  const continuesOpenHeading = (d: DocDraft, marker: Marker, block: Block): boolean => {
    const last = (block.lines[block.lines.length - 1] as Token).content;
    const end = last.charCodeAt(last.length - 1);
    if (end !== 0xff09 && end !== 0x29) return false;
    const heading = blockText(block, marker.contentColumn);
    const continued = continuedAt(heading);
    return continued >= 0 && repeatsOpenHeading(d.outline, marker, heading.slice(0, continued));
  };

  /** Whether the next line that is not blank, after block `i`, is a table's row of tab cells. */
  const rowFollows = (i: number): boolean => {
    const next = nextContent(i + 1);
    return next !== null && hasTabCells(next[0].first.text);
  };

  /**
   * Whether a part, chapter or section marker at block `i` heads a list that starts over (`第三节 管理层讨论与分析` /
   * `一、经营情况…` after `一、`…`二、` of the report's 重要提示): the next strong marker is a 1 of a style open above it.
   */
  const headsOwnList = (i: number, d: DocDraft, marker: Marker): boolean => {
    if (!isDivision(marker.style)) return false;
    // (Only items can be open above it: under parts and chapters alone it goes where they put it anyway.)
    if (d.outline.stack.every((l) => isDivision(l.key))) return false;
    for (let j = i + 1; j < blocks.length && j <= i + lookAhead; j++) {
      const t = (blocks[j] as Block).first;
      if (t.type === 'titleCandidate' || t.type === 'tocHeading') return false;
      // (Its next sections may come first: `第一节 释义` / … / `第二节 公司简介` / `一、公司信息`.)
      if (t.type !== 'outlineMarker' || t.marker?.strength !== 'strong' || t.marker.style === marker.style) continue;
      const key = styleKey(t.marker);
      return t.marker.number === 1 && d.outline.stack.some((l) => l.key === key);
    }
    return false;
  };

  /**
   * The first marker line after block `i`, past at most `headerLines` lines of a document's header and preamble (a
   * speech's subtitle, a byline, a date, the addressees, an opening paragraph); null when another title, a table of
   * contents or more lines come first.
   */
  const markerAfterHeader = (i: number, limit = headerLines): Block | null => {
    let seen = 0;
    for (let j = i + 1; j < blocks.length && j <= i + lookAhead; j++) {
      const b = blocks[j] as Block;
      const t = b.first;
      if (t.type === 'blank' || t.type === 'noise') continue;
      // A dash that leads a speech's subtitle (`——在…会议上`) reads as a bullet: a line of the header.
      if (t.type === 'outlineMarker' && t.marker?.strength !== 'bullet') return b;
      if (t.type === 'titleCandidate' || t.type === 'tocHeading' || t.type === 'tocEntry' || toc.has(j) || ++seen > limit) return null;
    }
    return null;
  };

  /**
   * Whether the numbering below line `i` goes on from the document's: its first marker, strong and past 1, is the next
   * number of a level open in the document (`一、重大环保问题情况` … `突发环境事件应急预案` / `公司已编制…` / `二、社会责任情况`),
   * a few lines below; or, after a page break, the first item under the open heading. The line is a heading inside the
   * document, or a page's header, though it names a kind. (Not Word's list numbering, a tab after the marker, which runs
   * on across pieces pasted into one file.)
   */
  const continuesNumbering = (i: number, d: DocDraft): boolean => {
    if (d.outline.stack.length === 0) return false;
    // (Past other such lines: `…利润分配预案` / `√适用 □不适用` / `…优先股利润分配预案` / `□适用 √不适用` / `二、…`.)
    const next = numberedBelow(i);
    const m = next?.first.marker;
    if (next === null || m === undefined || m.strength !== 'strong') return false;
    if (next.first.text.charCodeAt(m.column - 1 + m.raw.length) === 0x09) return false;
    const key = styleKey(m);
    // (Right after a page break, the first item of the open heading that has none yet, in a style below the document's
    // top: `二、2025年重点工作` / `- 1 -` / `云溪县人民政府工作报告` / `（一）…`, a page's header seen once.)
    if (m.number === 1) {
      const top = d.outline.stack[d.outline.stack.length - 1];
      return afterPageBreak(i) && top !== undefined && top.node.children.length === 0 && key !== d.rootKey && !d.outline.stack.some((l) => l.key === key);
    }
    return d.outline.lastNumber.get(key) === m.number - 1 && d.outline.stack.some((l) => l.key === key);
  };

  /**
   * A title line before a restart of the top-level numbering is the title of the document it opens: right before it,
   * or above the new document's header (`政府工作报告` / `——在…会议上` / `县长 王建国` / `各位代表：` / `现在，…` / `一、…`).
   */
  const titlesRestart = (i: number, d: DocDraft): boolean => {
    const next = markerAfterHeader(i);
    const m = next?.first.marker;
    if (next === null || m === undefined) return false;
    if (isRestart(d, m, 1)) return true;
    // A rule's articles number on across its chapters, so a first article again, under a title line, is the next rule's
    // (`…第三章　附则` / `第三条　本规定自发布之日起施行。` / `安全护卫管理制度` / `第一条　…`), chapters or none.
    if (m.style === 'article' && m.strength === 'strong' && m.number === 1 && d.rootKey === 'chapter' && (d.outline.lastNumber.get('article') ?? 0) >= 2) return true;
    // In a compilation of rules (制度汇编), a rule of articles (第一条…第五条) is followed by one whose sections start
    // at `一、` or `第一章`: a style the rule above never opened, right after a title line.
    // And the reverse: a rule of sections (`一、` `二、`) followed by one of articles (`第一条`).
    return (
      (d.rootKey === 'article' || d.rootKey === 'chapter' || m.style === 'article' || m.style === 'chapter') &&
      d.rootKey !== null &&
      d.rootKey !== styleKey(m) &&
      m.strength === 'strong' &&
      m.number === 1 &&
      restartingStyles.has(m.style) &&
      !d.outline.stack.some((l) => l.key === styleKey(m))
    );
  };

  /**
   * Whether block `i`, a marker's line, is the text of a cell below its row in a table laid out with runs of spaces
   * (`pdftotext -layout`: `  1     推进政务云集约建设      市数据局` / `        1.完成…迁移上云；    市财政局` / `        2.建设…`):
   * the marker starts where a cell of the row starts, after a gap, not at the row's own start. A row's cell items are
   * the row's text, no nodes.
   */
  const inSpacedCell = (i: number, marker: Marker): boolean => {
    // Back over the cell's items and their wrapped text above it at the same column, to the row (a blank line ends
    // the row).
    for (let j = i - 1; j >= 0 && j >= i - maxCellItems; j--) {
      const b = blocks[j] as Block;
      const t = b.first;
      if ((t.type === 'outlineMarker' || t.type === 'paragraph') && t.column === marker.column) continue;
      return t.type !== 'blank' && b.lines.length === 1 && cellStartsAt(t.text, marker.column - 1);
    }
    return false;
  };

  /**
   * A marker line right between two rows of a table of figures (`（二）部分公开⇥21⇥2⇥23` / `三、本年度办理结果` /
   * `（一）予以公开⇥86⇥9⇥95`): a group row of the table, no heading. (A task list's group rows, between rows of
   * tasks, are its sections: `二、园区建设（8项）`.)
   */
  const betweenRows = (i: number): boolean => {
    const above = blocks[i - 1];
    const below = blocks[i + 1];
    // Rows numbered as sections are (`（一）予以公开⇥86`); a task list's rows carry bare weak numbers (`12⇥…`).
    const isRow = (b: Block | undefined) =>
      b !== undefined && b.first.marker !== undefined && b.first.marker.strength === 'strong' && b.lines.length === 1 && b.first.text.includes('\t') && isTableRow(b.first, b.first.marker);
    const block = blocks[i] as Block;
    if (!isRow(above) || !isRow(below) || block.lines.length !== 1) return false;
    // A heading written without a cell between rows whose numbers run on across it (`2.组织建设⇥…⇥4` / `二、人才培养（30分）`
    // / `3.本科教学⇥…⇥10`, a score table's sections): a section of its own, outside the rows.
    const a = (above as Block).first.marker as Marker;
    const b = (below as Block).first.marker as Marker;
    const runsOn = a.style === b.style && b.number === a.number + 1 && block.first.marker?.style !== a.style;
    return !runsOn || block.first.text.includes('\t');
  };

  /**
   * Whether block `i`, a marker's line, is a row of a blank form's table: its text, then two empty cells or more (tabs
   * at its end: `一、直接费用⇥⇥⇥`, `1.设备费⇥⇥⇥`), right below a line of tab cells (the header row, or another row).
   */
  const isBlankRow = (i: number): boolean => {
    const block = blocks[i] as Block;
    // (A row's label is short and no sentence: `２．⇥落实企业主体责任。督促…⇥⇥` is an item with stray tabs.)
    if (block.lines.length !== 1 || !blankCellsAfter.test(block.first.text) || block.first.content.length > 40 || hasSentenceEnd(block.first.content)) return false;
    const above = previousBlock(i);
    return above !== undefined && above.lines.length === 1 && (hasTabCells(above.first.text) || blankCellsAfter.test(above.first.text));
  };

  /** A short line without sentence punctuation whose next line is a table row (`1⇥…` or `1 …`, a weak number). */
  const isGroupRow = (i: number): boolean => {
    const block = blocks[i] as Block;
    // A decimal section (`1.2 存在的主要问题`) heads the text after a table, never a group of its rows.
    if (block.first.marker?.style === 'decimal' || !isRowLabel(block)) return false;
    const next = nextContent(i + 1);
    const m = next?.[0].first.marker;
    // (Below it a row whose number cell stands before its other cells, or alone in a table taken one cell per line.)
    return next !== null && ((m !== undefined && m.strength === 'weak' && m.style === 'arabic') || numberedRow.test(next[0].first.text) || isNumberAlone(nextBlock(i)));
  };

  /** A table row's label: one short line, no sentence (most numbered lines run into their text). */
  const isRowLabel = (b: Block): boolean => b.lines.length === 1 && b.first.content.length <= 40 && !hasSentenceEnd(b.first.content);

  /**
   * A row's label alone on its line, its figures on the next (`一、本年新收政府信息公开申请数量` / `3 0 0 0 0 0 3`, a table of
   * figures copied one row over two lines): how many figures the row has; 0 when the next line holds no figures alone.
   */
  const labelsFigures = (i: number): number => {
    const next = nextContent(i + 1)?.[0];
    // (One look at the next line's first unit first: most lines start with a word.)
    const c = next?.first.content.charCodeAt(0) ?? 0;
    if (next === undefined || next.lines.length > 1 || !(isDigit(c) || (c >= 0xff10 && c <= 0xff19))) return 0;
    return isRowLabel(blocks[i] as Block) ? figuresOnly(fold(next.first.content)) : 0;
  };

  /**
   * In a table of figures, a group row without figures above the numbered rows it groups (`三、本年度办理结果` above
   * `（一）予以公开 1 0 0 0 0 0 1`, `（四）无法提供` above `1.本机关不掌握相关政府信息` / `1 0 0 0 0 0 1`).
   */
  const isFigureGroup = (i: number): boolean => {
    const block = blocks[i] as Block;
    if (!isRowLabel(block) || trailingFigures(fold(block.first.content)) > 0) return false;
    const next = nextContent(i + 1);
    const t = next?.[0].first;
    if (next === null || t === undefined || t.marker === undefined) return false;
    return trailingFigures(fold(t.content)) >= 4 || labelsFigures(next[1]) > 0;
  };

  /**
   * Whether a table's group rows from block `i` on (`一、产业发展（3项）` above rows `1⇥…`) are the document's own sections:
   * the first line of their style after the table goes on with their numbering (`三、工作要求` after `二、民生保障`).
   * Else they are rows. One pass over the table, at its first group row (read at most `lookAhead` blocks): linear.
   */
  const groupsAreSections = (i: number): boolean => {
    const first = (blocks[i] as Block).first.marker;
    if (first === undefined) return false;
    const key = styleKey(first);
    let expected = first.number + 1;
    for (let j = i + 1; j < blocks.length && j < i + lookAhead; j++) {
      const m = (blocks[j] as Block).first.marker;
      if (m === undefined || m.strength !== 'strong' || styleKey(m) !== key) continue;
      if (isGroupRow(j)) {
        expected = m.number + 1;
        continue;
      }
      return m.number === expected;
    }
    return false;
  };

  /** Whether the next line of content is a decimal section of number `n` (`3.1 …` below `3 …`). */
  const headsDecimals = (i: number, n: number): boolean => {
    const m = nextContent(i + 1)?.[0].first.marker;
    return m !== undefined && m.style === 'decimal' && m.path[0] === n;
  };

  /**
   * A line that is a number alone (`1`, read as a page number or as a marker without text): a row's 序号 cell; or a
   * sub-row's or an indicator's code (`1.1`, `1.1.1`) in a table of costs or indicators.
   */
  const isNumberAlone = (b: Block | undefined): boolean => b !== undefined && b.lines.length === 1 && /^\d{1,3}$|^\d{1,2}(?:\.\d{1,2}){1,3}$/.test(fold(b.first.content).trim());
  const afterRowNumber = (i: number): boolean => isNumberAlone(previousBlock(i));

  /**
   * Whether the line above block `i` is a time or a span of time alone (`14:40—15:00`): a schedule's first cell, taken one
   * cell per line, and this line the item's cell (`通报…考核结果` names no document there).
   */
  const afterTimeSpan = (i: number): boolean => {
    const above = previousBlock(i);
    return above !== undefined && above.lines.length === 1 && timeAlone.test(fold(above.first.content).trim());
  };

  /**
   * A line that finishes the title right above it (nothing in the header after the title yet; no table of contents
   * between: `和平镇各村…工作计划汇编` / `目录` / … / `和平村2021年工作计划` is a compilation's first piece).
   */
  const continuesTitle = (d: DocDraft, folded: string, nextTo = true): boolean =>
    d.toc.length === 0 &&
    (titleTail.test(folded) ||
    (titleSequel.test(folded) && d.header.length === d.titleAt && looksLikeTitle(folded)) ||
    // A notice that issues two documents, the second's name over two lines (`关于印发《…要点》` / `和《…实施` /
    // `方案》的通知`): the line that opens it after the first's `》`, then the line that closes it.
    (d.header.length === d.titleAt && secondBook.test(folded) && !folded.includes('》') && fold(d.title ?? '').trimEnd().endsWith('》')) ||
    (d.header.length === d.titleAt && openBrackets(fold(d.title ?? ''), 0, true) > 0 && folded.includes('》') && looksLikeTitle(fold(d.title ?? '') + folded)) ||
    // A title broken after a conjunction (`…先进集体和` / `先进个人名单`): the short line below ends it.
    (unfinishedTitle.test(d.title ?? '') && d.header.length === d.titleAt && folded.length <= 30 && !/[。！？；;：:，,]/.test(folded)) ||
    // A notice that issues several documents, broken between two of them (`…关于印发《…方案》` / `《…细则》的通知`).
    (d.header.length === d.titleAt && folded.startsWith('《') && issuesMore(d.title ?? '')) ||
    // A title that says 关于 before its `的…`: the line that ends it (`关于…计划` / `执行情况…的报告`), or its middle line, a
    // title over three lines that starts with 关于 (`关于…2023年国民经济和社会发展计划` / `执行情况与…计划草案` / `的报告`).
    (d.header.length === d.titleAt && goesOnAbout(fold(d.title ?? '').trim(), folded) && (aboutTail.test(folded) || aboutUnfinished(fold(d.title ?? '').trim()))) ||
    // (Right below: across a blank line a kind is a paper of its own, `…推进会会议材料` / `会议议程`.)
    (nextTo && d.header.length === d.titleAt && kindFinishesTitle(d.title ?? '', folded)));

  /** Whether the title in block `i`, in a list of links, is rather the start of a document (a page copied after). */
  const leavesLinks = (i: number, next: number): boolean => {
    const block = blocks[i] as Block;
    if (kindOf(block) !== 'titleCandidate' || !isStrongTitle(blockText(block))) return false;
    // Below the title, up to three lines about it (a blog's timestamp `(2024-03-01 10:22:15)`, an issue `〔2018〕第23期`,
    // the issuer with the date) before the content starts.
    let after = nextContent(i + 1);
    for (let k = 0; after !== null && k < 3; k++) {
      // (A byline or a source says so only with content below it: a 公众号's footer, `来源：…` / `阅读 3264`, closes the
      // article whose list this is.)
      if (after[0].first.type === 'meta') {
        after = nextContent(after[1] + 1);
        continue;
      }
      if (startsContent(after[0], next)) return true;
      if (!aboutTitle(after[0])) return false;
      after = nextContent(after[1] + 1);
    }
    return false;
  };
  /** A line that dates, numbers or signs the title above it. */
  const aboutTitle = (block: Block): boolean => {
    const text = blockText(block);
    if (block.first.type === 'meta') return true;
    if (block.lines.length > 1 || kindOf(block) === 'titleCandidate') return false;
    if ((isBracketedRemark(text) && isOffTitleRemark(text)) || isDocumentNumber(text) || issueOfBulletin.test(text)) return true;
    // The issuer and the date on one line, apart by a gap (`XX市人民政府办公室　　　　2018年6月11日`).
    const parts = fold(text).trim().split(/ {2,}/);
    return parts.length === 2 && isIssuerLine(parts[0] as string) && dateOnly.test(parts[1] as string);
  };

  return {
    underlinesHeading,
    previousBlock,
    previousIndex,
    underMetaLine,
    continuesMonthPairs,
    isCellLine,
    nextContent,
    opensDocument,
    titlesAttachment,
    isCaption,
    inCitedBooks,
    goesOnInlineList,
    betweenTabRows,
    opensTopList,
    appendsTable,
    afterPageBreak,
    goesOnInDivision,
    headsPages,
    headsLaterPages,
    followsCrumb,
    repeatsCrumb,
    namedByCrumbBelow,
    namedByMenuAbove,
    asDecimalHead,
    asArabicOne,
    decimalGoesOn,
    translatesNeighbour,
    clausesBelow,
    accepts,
    goesOnAttachmentList,
    titlesListedAttachment,
    titlesOwnAttachment,
    labelsPiece,
    repeatsListedAttachment,
    listedInToc,
    firstHeaderAt,
    issuesTitle,
    forwardedBy,
    namesLetterhead,
    isIssue,
    headsIssue,
    namesIssue,
    issueFollows,
    numberFollows,
    adoptionFollows,
    afterBareMarker,
    captionsOwnTable,
    labelsFigures,
    isFigureGroup,
    restatesChapter,
    headerLines,
    afterTimeSpan,
    isRestart,
    repeatedBelow,
    repeatsAtPageHead,
    continuesOpenHeading,
    rowFollows,
    headsOwnList,
    markerAfterHeader,
    titlesRestart,
    continuesNumbering,
    signedAbove,
    underLabelAlone,
    underFieldName,
    titlesForm,
    titlesSigned,
    betweenRows,
    inSpacedCell,
    isBlankRow,
    isGroupRow,
    groupsAreSections,
    headsDecimals,
    isNumberAlone,
    afterRowNumber,
    continuesTitle,
    leavesLinks,
  };
}

export type Queries = ReturnType<typeof createQueries>;
