// buildTree(tokens) → { documents, diagnostics }: paragraphs, tables of contents, documents and their outlines.
// Every line's text lands in exactly one place: a header, a title, a preamble, a toc entry, a noise line, or a
// node's marker and text.
import type { Diagnostic, Marker, PlanDocument, Token } from '../types.js';
import { adjacent, type Block, groupBlocks } from './blocks.js';
import { detectWrap } from './wrap.js';
import { endsWithFile } from '../tokenize/lexicon/files.js';
import { isBracketedRemark, isOffTitleRemark } from './remarks.js';
import { findToc } from './toc.js';
import { blockText } from './body.js';
import { withoutSpacing } from './spacing.js';
import { withoutMailQuotes } from './quotes.js';
import { withSubListsNested } from './sublists.js';
import { isPostHeader, isPostTime } from '../tokenize/rules/meta-line.js';
import { withBadgeNumbers } from './badges.js';
import { withoutOverlaps } from './overlaps.js';
import { continuesLinks, isPhraseLine } from './links.js';
import { dateOnly, isChatTag, isClassKeyAlone, isKeyAlone } from '../tokenize/lexicon/meta-keys.js';
import { canStartTitle, monthOrWeek, collectedKind, compiledKind, isSiblingTitle, isCompilationTitle, isDocumentNumber, isHeaderLike, isHeaderLikeText, isIssuerLine, isPartTitle, isStrongTitle, isUnkindedTitle, isBareLabel } from './documents.js';
import { attachmentAlone, attachmentLabel, endMatterHeading, endingKind, titleField, titleFieldEnd, dashSubtitle, numberedAttachmentLabel, isPageBanner, isSiteSection, isSpacedKind, looksLikeTitle, tableCaption, withoutLetterSpacing } from '../tokenize/lexicon/doc-types.js';
import { fold, skipSpaces } from '../tokenize/lexicon/fold.js';
import { hasCells as lineHasCells, hasTabCells, isNumberColumn, isTableHeader, hasSentenceEnd } from '../tokenize/lexicon/chars.js';
import { isClosingTools, isNeighbourLabel, isPageCrumb, isSiteFooter } from '../tokenize/rules/navigation.js';
import { asArabicItem, asOpenSister, asSublist, atSectionLabel, isStrayDecimal, isExpected, openNext, place, styleKey, underOtherPrefix, type NodeDraft, type Outline } from './outline.js';
import { cellListAt, emptyCellsAfter, cellListStyles, endsInFigureCell, hasFigureCell, isFigure, isTableRow, tabCellsAfter, trailingFigures } from './table-rows.js';
import { type DocDraft, createDraft, hasContent, headerWithTitle, isBare, isTitleTail, sameTitle, shortensTitle, headlineOf, unmarkTitle, finishDocument, leadIntoTitle } from './draft.js';
import { completesTitle, isSloganLine, secondBook, startsThreeLineTitle, startsWrappedTitle } from './split-titles.js';
import { createQueries, kindOf } from './queries.js';
import { endsWithColon, isMarkerAlone } from './wrap.js';

export interface GrammarResult {
  documents: PlanDocument[];
  diagnostics: Diagnostic[];
}

/**
 * An attachment list (`附件：1.XX计划` then `2.XX表` on the next line, or `附件：` alone then `1.` `2.` …): its items
 * name the attached files and are not nodes of the outline. The number the list's next item has after `block`
 * when `block` opens a list, null otherwise.
 */
function attachmentListStart(block: Block): number | null {
  const first = block.first.content;
  // A note that announces its attachments (`现报送护理部材料，共两个附件：`, `附件如下：`): its list follows.
  if (endsWithColon.test(first) && attachmentsFollow.test(first)) return 1;
  // Every block is asked: the fold (full-width `１．`) only for the few that start so.
  if (!first.startsWith('附件')) return null;
  const content = fold(block.first.content).trim();
  if (/^附件 ?[:：]$/.test(content)) return 1;
  return /^附件 ?[:：] ?1 ?[.．、]/.test(content) ? 2 : null;
}

/** The first of a numbered list of files (`1.2025年护理工作计划.docx（28KB）`, a mail's attachments): no outline item. */
/** How many cells a line holds apart by single spaces (`序号 任务 牵头单位 完成时限`: 4), its marker's with its first. */
function spacedCells(t: Token): number {
  return fold(t.content).trim().split(/ +/).length;
}

function startsFileList(block: Block): boolean {
  const t = block.first;
  return t.type === 'outlineMarker' && t.marker?.style === 'arabic' && t.marker.number === 1 && block.lines.length === 1 && endsWithFile(t.content);
}

/**
 * A month's or a week's part of a schedule, named by its period alone (`九月份工作安排`, `10月工作计划`, `第一周安排`,
 * `【九月份工作安排】`): a heading of the plan's schedule, no document, unless the top-level numbering starts over below it.
 */
const periodSchedule = new RegExp(`^【?(?:${monthOrWeek})(?:工作)?(?:安排|计划|要点)】?[:：]?$`);

/** Whether `marker`'s style is open and the marker carries another number than its next (`一、` under `二、…`). */
function breaksOpenNumbering(outline: Outline, marker: Marker): boolean {
  const next = openNext(outline, marker);
  return next !== null && marker.number !== next;
}

/** The end of a note that lists its attachments below: `…共两个附件：`, `…附件如下：`, `相关附件：`. */
const attachmentsFollow = /附件(?:如下)? ?[:：]$/;

/** Whether a line's first cell ends a quoted cell that began lines above (`2.完善…。"⇥机关党委⇥9月底前`, a CSV's cell). */
const closesQuotedCell = (text: string): boolean => text.charCodeAt(text.indexOf('\t') - 1) === 0x22 /* " */;

/** A line that names who organizes (`主办单位：…`, `承办：…`): a site's footer, or an event's fact. */
const organizerLine = /^(?:主办|承办|协办)(?:单位)?[:：]/;

/** A short line of a cover below its title: who issues it, its number, its date (no sentence). */
const isCoverLine = (text: string) => text.length <= 40 && !/[。！？!?]/.test(text);

/** Whether all `d` holds yet is a cover's short lines under its title (`招标编号：…` / `招 标 人：…` / `2023年11月`). */
const onCover = (d: DocDraft) => d.outline.drafts.length === 0 && d.preamble.length <= 8 && d.preamble.every(isCoverLine);

/** A line that can be the value of a metadata key: a phrase, not a marker of an outline. */
const isValueLine = (block: Block) => isPhraseLine(block) && block.first.type !== 'outlineMarker';

/**
 * The kind of an unnumbered section label on its own line: `【` for `【重点任务】`, the symbol for `■ 保障措施`, `◆队伍建设`
 * (a short phrase, no sentence); null for any other line.
 */
function sectionLabelKind(t: Token): string | null {
  // (One look at the first unit first: most lines start with none of these.)
  const c = t.content.charCodeAt(0);
  if (t.content.length > 24 || !(c === 0x3010 || labelSymbols.includes(t.content.charAt(0)) || (c >= 0xd800 && c <= 0xdbff) || (c >= 0x2600 && c <= 0x27bf))) return null;
  // (An emoji may stand before it: `🔷【重点任务】`.)
  const text = fold(t.content).trim().replace(leadingEmoji, '');
  if (text.length < 4 || text.length > 16 || /[。！？!?，,；;：:]/.test(text)) return null;
  if (text.charCodeAt(0) === 0x3010 /* 【 */) return lenticularLabel.test(text) ? '【' : null;
  // (`▲主要措施` reads as no bullet: a plain line that starts with the symbol.)
  return (t.marker?.strength === 'bullet' || t.type !== 'outlineMarker') && labelSymbols.includes(text.charAt(0)) ? text.charAt(0) : null;
}
const lenticularLabel = /^【[^【】\d一二三四五六七八九十]{2,12}】$/;
const labelSymbols = '■◆▲★●◇▶►☆◎';
const leadingEmoji = /^\p{Extended_Pictographic}\uFE0F? ?/u;

/** A table's row number and the tab after it: `3⇥点检人员培训⇥…`. */
const tabbedRowNumber = /^[ \u3000]*(\d{1,3})\t/;
/** How many cells a line holds apart by tabs, or else by runs of spaces (`序号⇥名称⇥数量`, `1     一般      影响…`). */
const cellCount = (t: Token) => (hasTabCells(t.text) ? tabCellsAfter(t.text, 0) + 1 : fold(t.content).trim().split(/ {2,}/).length);

/** A short line that opens with a headline in 【】 and ends no sentence (`【店长推荐】`, `【会员福利】每周三会员日`): a post's. */
function isBracketedHeadline(block: Block): boolean {
  const t = block.first;
  if (block.lines.length !== 1 || t.type === 'outlineMarker' || t.content.charCodeAt(0) !== 0x3010 /* 【 */) return false;
  const folded = fold(t.content).trim();
  // (A record's counter in an export, `【第1件】`, heads its fields, no post.)
  return folded.length <= 30 && folded.indexOf('】') > 1 && !hasSentenceEnd(folded) && !recordCounter.test(folded);
}
const recordCounter = /^【第? ?\d{1,4} ?[件篇条份]?】$/;

/** A row of a table flattened with tabs, bars or runs of spaces (`1|建立长效管理机制|各街道办事处`, `周次    起止日期    …`). */
const hasCells = (block: Block) => lineHasCells(block.first.text, fold(block.first.content));

/**
 * A title with its attachment's or appendix's label on its line (`附录B 本规定用词说明`, `附件2：…考核细则`): the label
 * makes a title of a kind that alone heads sections too (`说明`, `细则`), where a document can open.
 */
const labelledTitle = (text: string): boolean => {
  const folded = fold(text).trim();
  const label = numberedAttachmentLabel.exec(folded);
  return label !== null && looksLikeTitle(folded.slice(label[0].length).replace(/^[ :：]+/, ''));
};
/** A menu's item on its line, as a page copied one link a line gives it: two to six Han characters, nothing else. */
const isMenuItem = (block: Block) => block.lines.length === 1 && block.first.type !== 'outlineMarker' && /^[\u4e00-\u9fff]{2,6}$/.test(fold(block.first.content).trim());

/**
 * `I.` `V.` `X.` are Roman numerals unless they continue a list of Latin letters (`H.` then `I.`): read in context,
 * as the tokenizer cannot.
 */
function asLatinLetter(marker: Marker, outline: Outline): Marker {
  if (marker.style !== 'roman') return marker;
  const single = fold(marker.raw).replace(/[\s.、()（）．]/g, '');
  if (!/^[IVXivx]$/.test(single)) return marker;
  // `I.` after `H.`; `(i)` `(v)` `(x)` after `(h)` `(u)` `(w)`.
  const upper = single <= 'Z';
  const style = upper ? 'latin-upper' : 'latin-lower';
  const letter = single.toUpperCase().charCodeAt(0) - 64;
  const open = outline.stack.find((l) => l.key === style);
  const last = open ? open.node.number : outline.lastNumber.get(style);
  return last === letter - 1 ? { ...marker, style, number: letter, path: [letter] } : marker;
}

/** Where a paragraph went (a node's paragraphs or the preamble), and the ends it moved, to take it back. */
interface ParagraphPlace {
  block: Block;
  list: string[];
  draft: NodeDraft | null;
  end: number;
  docEnd: number;
}

/** A day without its year, the date of a report signed off above the next one (`5月28日`, `2024.5.28`, `五月二十八日`). */
const dayOfYear = /^(?:(?:19|20)\d{2}[.\-/])?\d{1,2}[.\-/]\d{1,2}$|^(?:\d{1,2}|[一二三四五六七八九十]{1,3}) ?月 ?(?:\d{1,2}|[一二三四五六七八九十]{1,3}) ?[日号]$/;

/** A unit and a person's name apart by a space, a report's signature (`一组 赵磊`, `二组 孙建平`); not two units. */
const signedBy = /^[\p{Script=Han}\d]{2,10} \p{Script=Han}{1,2}[^\P{Script=Han}组科股室处部局队班办院所站校]$/u;

/** What the grammar repaired, one info diagnostic per kind at its first line: joined wraps, set-aside page numbers and headers. */
function repairs(blocks: readonly Block[], width: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  let joinedLines = 0;
  let firstJoined = 0;
  const noise: Record<'page-number' | 'running-header', [count: number, line: number]> = { 'page-number': [0, 0], 'running-header': [0, 0] };
  const see = (t: Token) => {
    if (t.type !== 'noise' || (t.kind !== 'page-number' && t.kind !== 'running-header')) return;
    const seen = noise[t.kind];
    if (seen[0] === 0) seen[1] = t.line;
    seen[0]++;
  };
  for (const b of blocks) {
    see(b.first);
    for (const t of b.noise) see(t);
    if (b.lines.length > 1 && b.first.type !== 'titleCandidate') {
      if (joinedLines === 0) firstJoined = b.lines[1]?.line ?? b.line;
      joinedLines += b.lines.length - 1;
    }
  }
  if (joinedLines > 0 && width > 0)
    out.push({ severity: 'info', code: 'hard-wrap', message: `joined ${joinedLines} hard-wrapped line(s) into their paragraphs (wrap width ${width})`, line: firstJoined });
  const [pages, pageLine] = noise['page-number'];
  if (pages) out.push({ severity: 'info', code: 'page-number', message: `set aside ${pages} page number line(s) as noise`, line: pageLine });
  const [headers, headerLine] = noise['running-header'];
  if (headers) out.push({ severity: 'info', code: 'running-header', message: `set aside ${headers} running header/footer line(s) as noise`, line: headerLine });
  return out;
}

export function buildTree(lineTokens: readonly Token[]): GrammarResult {
  const tokens = withSubListsNested(withoutOverlaps(withBadgeNumbers(withoutMailQuotes(withoutSpacing(lineTokens)))));
  const wrap = detectWrap(tokens);
  const blocks = groupBlocks(tokens, wrap);
  const toc = findToc(blocks);
  const q = createQueries(tokens, blocks, toc, wrap);
  const documents: PlanDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  let doc: DocDraft | null = null;
  let previousWasMarker = false;

  const open = (line: number, title: string | null = null): DocDraft => {
    const before = doc;
    doc = createDraft(line);
    // A draft that gives way to the title that opens here becomes its header, with whatever lines it holds: a record's
    // title field with no outline below it (an OA export's `标题：【请审阅】…总结` / `拟办意见：…` / `-----` / `…总结`), and
    // a running header's first copy, met before the first page break (`…集团股份有限公司　　　管理制度` / `制度编号：…` /
    // `员工绩效考核管理办法`; not in a compilation, whose parts may each start a page, unless nothing stands under it).
    const givesWay =
      before !== null &&
      title !== null &&
      before.outline.roots.length === 0 &&
      before.toc.length === 0 &&
      ((before.titleField !== null && (isBare(before) || !titleField.test(fold(title)))) || (before.title !== null && (isBare(before) || !inCompilation) && q.headsLaterPages(before.title)));
    // (Or a site's column with nothing under it, named by the menu above: `首页 | … | 招标公告 | …` / `招标公告` / `…询价通知书`.)
    // (Not a compilation's title the breadcrumb ends with, `首页 > 工作计划 > 班委工作计划（精选2篇）`: its pieces follow.)
    const column = before !== null && isBare(before) && before.title !== null && before.titleLine !== null && isBareLabel(before.title) && !isCompilationTitle(before.title) && q.namedByMenuAbove(before.titleLine, before.title);
    // (Or a cover with no title of its own, then a table of contents, above the title: `课题名称：…` / `目  录` / … / `…结题报告`.)
    // (Its short lines, `山东省教育科学“十四五”规划课题` / `课题名称：…` / `完成时间：…`, are the header's then.)
    const cover = before !== null && title !== null && before.title === null && before.toc.length > 0 && onCover(before);
    // (Or a letterhead's name over its number, `督 查 通 报` / `第5期`, above a title broken over two lines, `关于…建设` /
    // `督查情况的通报`, whose first line went to the text before it was taken back.)
    const letterhead = before !== null && title !== null && before.outline.roots.length === 0 && before.toc.length === 0 && before.preamble.length === 0 && q.namesLetterhead(before, title);
    if (before && ((isBare(before) && (before.title === null || sameTitle(before.title, title) || headlineOf(before.title, title))) || givesWay || column || cover || letterhead)) {
      // Nothing but a header, or a header and the title of the document that starts here (repeated in a page's
      // metadata table, or a page's headline that puts the speaker before it): no document of its own, but this one's
      // header. A different title with nothing under it (a page's title above its two parts, 总结 and 计划) stays a
      // document.
      doc.header.push(...headerWithTitle(before), ...before.preamble);
      doc.pending.push(...before.pending);
      doc.noise.push(...before.noise);
      doc.toc.push(...before.toc);
    } else if (before) {
      const finished = finishDocument(before);
      if (finished) documents.push(finished);
    }
    return doc;
  };
  const current = (line: number): DocDraft => doc ?? open(line);
  const touch = (d: DocDraft, block: Block) => {
    d.endLine = Math.max(d.endLine, block.endLine);
    for (const n of block.noise) d.noise.push({ line: n.line, text: n.content });
  };
  /** Lines of the header, after the pending lines before them. */
  const toHeader = (d: DocDraft, ...texts: string[]) => {
    d.header.push(...d.pending.map((b) => blockText(b)), ...texts);
    d.pending = [];
  };
  /** Whether a compilation's title (`…工作计划汇编`, `…精选3篇`) has been seen: its parts' titles open documents. */
  let inCompilation = false;
  /** The kind of document that compilation gathers (`…管理制度汇编`: `制度`), when its title names one. */
  let gathered: string | null = null;
  /** That compilation's own document (its 目录 lists the parts). (Typed by its initializer: set in closures, read in the loop.) */
  let compilation = null as DocDraft | null;
  /** `title` (from `line`) becomes the document's title; the pending lines before it become its header. */
  const setTitle = (d: DocDraft, title: string, line: number, header: readonly Block[] = d.pending) => {
    d.header.push(...header.map((b) => blockText(b)));
    d.pending = [];
    // An attachment's label on its title's line (`附件2：…任务清单`) is the header's, as on a line of its own.
    // So is a record's title field (`标题：…`), and the fields after the title on its line (`　来源：…　发布时间：…`).
    const field = titleField.exec(fold(title));
    const fieldAt = d.header.length;
    const whole = title;
    const label = attachmentLabel.exec(fold(title)) ?? field;
    if (label !== null && label[0].length < title.length) {
      d.header.push(title.slice(0, label[0].length).trimEnd());
      title = title.slice(skipSpaces(fold(title), label[0].length));
    }
    const fieldsAfter = field === null ? title.length : titleFieldEnd(fold(title));
    if (fieldsAfter < title.length) {
      d.header.push(title.slice(fieldsAfter).trim());
      title = title.slice(0, fieldsAfter);
    }
    // Markdown's marks around the title (`# 2025年…工作计划`, `**…方案**`): the header's, as an attachment's label is.
    const unmarked = unmarkTitle(title);
    if (unmarked.marks !== '') {
      d.header.push(unmarked.marks);
      title = unmarked.title;
    }
    d.titleAt = d.header.length;
    d.titleField = field === null ? null : { text: whole, at: fieldAt, parts: d.header.length - fieldAt };
    d.title = title;
    d.titleLine = line;
    if (isCompilationTitle(title)) {
      inCompilation = true;
      gathered = compiledKind(title);
      compilation = d;
    }
  };
  /** A new document that starts at its title. */
  const openTitled = (title: string, line: number): DocDraft => {
    const next = open(line, title);
    setTitle(next, title, line);
    return next;
  };
  /** Documents opened by a web page's breadcrumb: a page of their own, where a title without a kind may stand too. */
  const pageDrafts = new WeakSet<DocDraft>();
  /**
   * Short lines above the first content or a page's byline, and no title found: issuer lines are the header, and a
   * last line that names a year's work (`XX区2024年教育工作`) or starts with 关于 is the title, though it names no
   * document kind.
   */
  const takeUnkindedTitle = (d: DocDraft) => {
    if (d.pending.length === 0 || d.title !== null || (documents.length > 0 && !pageDrafts.has(d))) return;
    const last = d.pending[d.pending.length - 1] as Block;
    if (isUnkindedTitle(blockText(last)) && d.pending.every((b) => b === last || isIssuerLine(blockText(b))))
      setTitle(d, blockText(last), last.line, d.pending.slice(0, -1));
  };
  const markContent = (d: DocDraft, line: number) => {
    takeUnkindedTitle(d);
    if (d.pending.length > 0) {
      d.preamble.push(...d.pending.map((b) => blockText(b)));
      d.firstContentLine ??= d.pending[0]?.line ?? line;
      d.pending = [];
    }
    d.firstContentLine ??= line;
  };
  /** Where the last paragraph went, so that a title broken over two lines can take its first line back. */
  let lastParagraph: ParagraphPlace | null = null;
  /** The paragraph before it, for a title broken over three lines. */
  let olderParagraph: ParagraphPlace | null = null;
  const addParagraph = (d: DocDraft, block: Block) => {
    const text = blockText(block);
    const draft = d.outline.current;
    if (draft) {
      olderParagraph = lastParagraph;
      lastParagraph = { block, list: draft.paragraphs, draft, end: draft.end, docEnd: d.endLine };
      draft.paragraphs.push(text);
      draft.end = block.endLine;
    } else if (!hasContent(d) && d.title === null && (isHeaderLike(block) || startsWrappedTitle(block))) {
      if (takeSplitTitle(d, block)) return;
      d.pending.push(block);
    } else if (!hasContent(d) && block.lines.length === 1 && (isDocumentNumber(text) || (d.title !== null && (isIssuerLine(text) || (isBracketedRemark(text) && isOffTitleRemark(text)))))) {
      // `青教〔2024〕5号`, the issuer, `（2023年12月18日）` below the title, before the text: the header's, as above it.
      d.header.push(text);
    } else {
      markContent(d, block.line);
      olderParagraph = lastParagraph;
      lastParagraph = { block, list: d.preamble, draft: null, end: 0, docEnd: d.endLine };
      d.preamble.push(text);
    }
  };

  /**
   * Whether `block` ends the title right above it, an attachment's without a kind under its label alone (`附件2` /
   * `青岚高新区营商环境` / `监测评价指标体系` / `一、…`): a short line of words, the attachment's outline starting below it.
   */
  const endsKindlessAttachmentTitle = (d: DocDraft, block: Block, i: number): boolean => {
    const above = q.previousIndex(i);
    const titleBlock = blocks[above];
    // (Not a table's header row, `演练岗位联络表` / `序号⇥岗位⇥姓名⇥联系电话` / `1⇥…`.)
    if (titleBlock === undefined || titleBlock.line !== d.titleLine || !adjacent(titleBlock, block) || block.lines.length !== 1 || block.first.type === 'outlineMarker' || hasCells(block)) return false;
    const folded = fold(block.first.content).trim();
    const label = q.previousBlock(above);
    return label !== undefined && label.lines.length === 1 && attachmentAlone.test(fold(label.first.content).trim()) && endingKind(fold(d.title ?? '').trim()) === null && folded.length >= 2 && folded.length <= 16 && !/[。！？；;：:，,（）()]/.test(folded) && q.markerAfterHeader(i)?.first.marker?.number === 1;
  };

  /** `a` right above `b`, both a menu's item (a short line of words). */
  const menuPair = (a: Block | undefined, b: Block | undefined): boolean => a !== undefined && b !== undefined && adjacent(a, b) && isMenuItem(a) && isMenuItem(b);

  /** Before any content: the last pending line(s) and this one read together as the title (`…关于印发《` / `…》的通知`). */
  const takeSplitTitle = (d: DocDraft, block: Block): boolean => {
    // Two lines above first when they start a title over three lines.
    const upper = d.pending.length >= 2 ? blockText(d.pending[d.pending.length - 2] as Block) : null;
    const threeLines = upper !== null && startsThreeLineTitle(upper, block);
    for (const k of threeLines ? [2, 1] : [1, 2]) {
      if (k > d.pending.length) continue;
      const parts = [...d.pending.slice(-k), block];
      const first = blockText(parts[0] as Block);
      const above = parts[parts.length - 2] as Block;
      if (!canStartTitle(first) || !completesTitle(first, blockText(block), adjacent(above, block))) continue;
      // No issuer in the middle of a title (`>>` / `市卫生健康委` / `2024年全市卫生健康工作要点` is a breadcrumb above one),
      // no row of a table (`家庭住址⇥　` / `班级评议小组意见⇥　`), and no website's section (`信息公开` / `计划总结`, a
      // page's menu), nor a notes app's path above it (`工作台 / 项目管理 / 2024 / …`).
      // (Nor a chat's tag, `@所有人`, between its lines.)
      if (parts.slice(1, -1).some((b) => isIssuerLine(blockText(b)) || isDocumentNumber(blockText(b)) || isChatTag(blockText(b).trim())) || parts.some(hasCells) || parts.some((b) => isSiteSection(fold(blockText(b)).trim())) || isPageBanner(fold(blockText(parts[0] as Block)).trim())) continue;
      // No running header above the title (`…2023年年度股东大会会议资料`, heading every later page too).
      if (q.headsPages(blockText(parts[0] as Block)) && !q.headsPages(parts.map((b) => blockText(b)).join(''))) continue;
      const text = parts.map((b) => blockText(b)).join('');
      // (A cover's kind spaced out below the project's name reads without its spaces: `…采购项目` / `招 标 文 件`.)
      if (!looksLikeTitle(parts.map((b) => withoutLetterSpacing(fold(blockText(b)).trim())).join(''))) continue;
      setTitle(d, text, (parts[0] as Block).line, d.pending.slice(0, -k));
      touch(d, block);
      return true;
    }
    return false;
  };

  /**
   * After content: a title broken over two lines, whose first line was taken as the last paragraph. Returns the
   * joined title and its first line (and takes the paragraph back), or null.
   */
  const retakeSplitTitle = (i: number, d: DocDraft, block: Block, confirm: () => boolean = () => true): { title: string; line: number } | null => {
    const previous = lastParagraph;
    if (!previous || !isHeaderLike(block)) return null;
    const first = blockText(previous.block);
    // An attachment's label before the title's first line (`附件2：…森林防火工作` / `考核评分细则`): the header's.
    const label = numberedAttachmentLabel.exec(fold(first));
    const begun = label === null ? first : first.slice(label[0].length);
    // A line that starts with a marker (an attachment list's `2.…表`, taken as a paragraph) does not start a title.
    if (q.previousBlock(i) !== previous.block || previous.block.lines.length > 1 || !isHeaderLikeText(begun) || previous.block.first.type === 'outlineMarker') return null;
    if (hasCells(previous.block) || hasCells(block)) return null;
    const nextTo = adjacent(previous.block, block);
    if (!canStartTitle(begun) || !completesTitle(begun, blockText(block), nextTo) || !placedLast(previous)) return null;
    let title = first + blockText(block);
    // A third line above, when it starts a title over three lines (as in takeSplitTitle).
    let from = previous;
    const older = olderParagraph;
    if (older && older.list === previous.list && adjacent(older.block, previous.block)) {
      const upper = blockText(older.block);
      const longer = upper + title;
      if (isHeaderLike(older.block) && older.block.first.type !== 'outlineMarker' && startsThreeLineTitle(upper, block) && canStartTitle(upper) && older.list[older.list.length - 2] === upper && looksLikeTitle(fold(longer).trim())) {
        title = longer;
        from = older;
      }
    }
    // (Its lines read without letter spacing: `…横向科研项目经费` / `管 理 办 法`.)
    const solid = (from === previous ? [previous.block, block] : [from.block, previous.block, block]).map((b) => withoutLetterSpacing(fold(blockText(b)).trim())).join('');
    if (!looksLikeTitle(solid) || !isStrongTitle(solid) || !confirm()) return null;
    takeBack(d, from, from === previous ? 1 : 2);
    return { title, line: from.block.line };
  };

  /** Whether a paragraph is still the last of the list it went to (no paragraph was placed after it since). */
  const placedLast = (p: ParagraphPlace): boolean => p.list[p.list.length - 1] === blockText(p.block);

  /**
   * Takes the last `count` paragraphs back from where they went (`from` the first of them, placed last: the others
   * follow it in the same list), and the ends they moved.
   */
  const takeBack = (d: DocDraft, from: ParagraphPlace, count: 1 | 2) => {
    from.list.splice(from.list.length - count, count);
    if (from.draft) from.draft.end = from.end;
    d.endLine = from.docEnd;
    lastParagraph = null;
    olderParagraph = null;
  };

  /**
   * A short line right above a restart of the top-level numbering (`医政医管股` / `一、…` after `四、`, the pieces of
   * a compilation headed by their unit): the title of the document the restart opens, taken back from the paragraph
   * it went to. No sentence, colon, date or document number; two to sixteen characters.
   */
  const retakeRestartTitle = (i: number, d: DocDraft): { title: string; line: number; label: boolean; row?: string } | null => {
    const previous = lastParagraph;
    if (previous === null || q.previousBlock(i) !== previous.block || !isHeaderLike(previous.block) || previous.block.first.type === 'outlineMarker') return null;
    // A form's title above its header row (`防汛值班表` / `日期⇥带班领导⇥值班人员` / `一、值班时间`): the title, the row its text.
    if (hasTabCells(previous.block.first.text)) {
      const older = olderParagraph;
      // (The title right above the row, a blank line between at most.)
      if (older === null || older.list !== previous.list || previous.block.line - older.block.endLine > 2 || !isTitleLine(older) || older.list[older.list.length - 2] !== blockText(older.block)) return null;
      const row = blockText(previous.block);
      takeBack(d, older, 2);
      return { title: blockText(older.block), line: older.block.line, label: false, row };
    }
    const text = blockText(previous.block);
    const folded = fold(text).trim();
    if (!isTitleLine(previous) || !placedLast(previous)) return null;
    takeBack(d, previous, 1);
    return { title: text, line: previous.block.line, label: attachmentAlone.test(folded) };
  };
  /** Whether a paragraph placed above a restart reads as its title: short, a word, no sentence, no date, signer or number. */
  const isTitleLine = (p: ParagraphPlace): boolean => {
    if (!isHeaderLike(p.block) || p.block.first.type === 'outlineMarker') return false;
    const folded = fold(blockText(p.block)).trim();
    // (A word at least: not a seal's or a binding's marks a scan left, `·  · ·`.)
    return !(folded.length < 2 || folded.length > 16 || !/[\p{L}\p{N}]/u.test(folded) || /[、（）()《》“”]/.test(folded) || dateOnly.test(folded) || dayOfYear.test(folded) || signedBy.test(folded) || isDocumentNumber(folded));
  };

  /**
   * A title set as a subtitle after a dash (`——绍兴市档案馆2025年工作计划`) after a document's content, when a document
   * can start there: it opens the next document, with the headline above it when there is one (`笃行不怠启新程　凝心聚力
   * 谱新篇`), taken back from the paragraphs: both lines in one title, as at a file's start. Null when it is no such line.
   */
  const dashTitle = (i: number, d: DocDraft, block: Block): { title: string; line: number } | null => {
    const text = blockText(block);
    if (!hasContent(d) || !text.startsWith('——') || !isStrongTitle(text.slice(2)) || !q.opensDocument(i)) return null;
    // (The headline: the paragraph right above, one line, still where it went.)
    const previous = lastParagraph as ParagraphPlace | null;
    if (previous !== null && previous.block === q.previousBlock(i) && previous.block.lines.length === 1 && previous.block.first.type !== 'outlineMarker' && placedLast(previous) && isSloganLine(blockText(previous.block))) {
      takeBack(d, previous, 1);
      return { title: blockText(previous.block) + text, line: previous.block.line };
    }
    return { title: text, line: block.line };
  };

  /** Whether the page after the breadcrumb in block `i` goes on with the numbering of `d`, under `d`'s title again or none. */
  const nextPageContinues = (i: number, d: DocDraft): boolean => {
    const next = q.nextContent(i + 1);
    if (next === null) return false;
    // (Or the next page starts with no title at all, its first item the one the open numbering expects: `…3.推进…` /
    // `您现在的位置：首页 > …` / `4.加强…`, pages of one article a crawler joined.)
    if (next[0].first.type === 'outlineMarker') return continuesBelow(i, d);
    return d.title !== null && next[0].first.type === 'titleCandidate' && sameTitle(blockText(next[0]), d.title) && continuesBelow(next[1], d);
  };

  /** Whether the first marker below block `i`'s header lines carries the number the open numbering expects next (not 1). */
  const continuesBelow = (i: number, d: DocDraft): boolean => {
    const m = q.markerAfterHeader(i)?.first.marker;
    return m !== undefined && m.number > 1 && m.strength === 'strong' && openNext(d.outline, m) === m.number;
  };

  /**
   * The document's own title again after its table of contents, broken over lines otherwise than on the cover
   * (`…服务能力` / `提升三年行动实施方案` / `（2024—2026年）` on the cover, `…提升三年行动` / `实施方案（2024—2026年）` on the
   * first page), and taken back from the preamble as a split title: its lines are noise, and the document goes on.
   */
  const repeatsOwnTitle = (d: DocDraft, split: { title: string; line: number }, i: number): boolean => {
    if (d.title === null || d.toc.length === 0 || d.outline.drafts.length > 0 || d.preamble.length > 0 || !sameTitle(split.title, d.title)) return false;
    const lines: { line: number; text: string }[] = [];
    for (let k = i; k >= 0 && (blocks[k] as Block).line >= split.line; k--) for (const t of (blocks[k] as Block).lines) if (t.type !== 'blank') lines.push({ line: t.line, text: t.content });
    d.noise.push(...lines.reverse());
    d.firstContentLine = null;
    return true;
  };

  /**
   * A document whose title was broken over the paragraph before and `block`. A report's title whole on its line, then
   * its subtitle (`…2023年度工作报告` / `——在…上的报告`, below a notice or another document): the subtitle is the
   * header's, as under a title at a file's start.
   */
  const openSplit = (split: { title: string; line: number }, block: Block): DocDraft => {
    const subtitle = blockText(block);
    const head = split.title.slice(0, split.title.length - subtitle.length);
    if (!split.title.endsWith(subtitle) || !dashSubtitle.test(fold(subtitle).trim()) || !looksLikeTitle(fold(head).trim())) return openTitled(split.title, split.line);
    const next = openTitled(head, split.line);
    next.header.push(subtitle);
    return next;
  };

  /** Inside an attachment list: the number of its next item (`attachmentListStart`); null outside one. */
  let attachmentNext: number | null = null;
  /** After a separator line (`==========`) that follows content. */
  let separated = false;
  /** After a post's header in a chat log (`王德明 2024-06-14 07:58`) that follows content. */
  let posted = false;
  /** After a chat message's time alone on its line (`06-07 17:35`), its sender's name above it: the message's title opens a document. */
  let timedPost = false;
  /** After a metadata key alone on its line before the content: the next line is its value. */
  let valueNext = false;
  let classValueNext = false;
  /** Whether the lines so far since a page's column heading (`repeatsCrumb`) were the column's menu. */
  let inMenu = false;
  /** After the header row of a table flattened to lines (`序号 项目名称 责任单位 完成时限`), until the next strong marker. */
  let inTable = false;
  /** The figures a row of the open table of figures holds (`一、本年新收… 17 1 0 0 1 0 19`: 7); 0 when none is open. */
  let figureCells = 0;
  /**
   * How many cells that table's header holds apart by tabs or runs of spaces (`序号⇥名称⇥最大储存量`, `序号  事故级别
   * 分级条件`): its rows hold theirs so too; 0 when its cells are apart by single spaces.
   */
  let headerCells = 0;
  /** The number of cells of the open table's header when they are apart by single spaces (0 otherwise). */
  let spacedHeaderCells = 0;
  /** The number of the table's last numbered row (0 before its first). */
  let lastRow = 0;
  /** Whether that table's group rows are the document's sections (`groupsAreSections`); null until its first is met. */
  let sectionGroups: boolean | null = null;
  /** Whether that table has taken a group row as a row (its later group rows are rows too). */
  let groupsAsRows = false;
  /** In a table whose number column holds clause numbers (`条款号`): decimal markers are its rows. */
  let clauseTable = false;
  /**
   * After a table's header taken one cell per line (`序号` / `工作任务` / `责任单位`), until a title or a marker that is
   * no cell: a row's number stands alone on its line, and the cell below it may read like a title (`编制年度工作方案`).
   */
  let cellsTable = false;
  /** The rows met in that table (numbers alone on their lines). */
  let cellRows = 0;
  /** In such a table, the next number of a list a row's cell began (`⇥1.组建…`); 0 when none. */
  let cellItemNext = 0;
  /** Inside a list of links (`相关文章：` …): the number of its next numbered link; null outside one. */
  let linksNext: number | null = null;
  /** Under the heading of a text's notes or references (`注释：`, `参考文献：`): the number of the next entry; null elsewhere. */
  let notesNext: number | null = null;
  /** After a web page's footer below content (`…ICP备…`): a title or a first item opens the next page's document. */
  let pageEnded = false;
  /**
   * After a boundary (a separator line, a chat post's header or time): a title, where `title` allows it, or a list that
   * starts at 1 (weak too, where `weakOne` allows it) under a document that has an outline already, opens a document.
   */
  const openAfterBoundary = (d: DocDraft, block: Block, title: boolean, weakOne: boolean): DocDraft => {
    const m = block.first.marker;
    if (title && kindOf(block) === 'titleCandidate') return open(block.line, blockText(block));
    if (block.first.type === 'outlineMarker' && m !== undefined && m.number === 1 && (m.strength === 'strong' || (weakOne && m.strength === 'weak')) && d.outline.roots.length > 0) return open(block.line);
    return d;
  };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    const t = block.first;
    if (t.type === 'blank') continue;
    if (t.type === 'noise' && t.kind === 'navigation' && isSiteFooter(t.content)) {
      // The page's footer ends its list of links, and the page. (An event's organizer among its facts above the outline,
      // `会议地点：…` / `主办单位：…` / `一、开幕式…`, ends none.)
      linksNext = null;
      const page = doc as DocDraft | null;
      pageEnded = page !== null && hasContent(page) && (page.outline.roots.length > 0 || !organizerLine.test(fold(t.content).trim()));
    }
    // The article's tools end a list of links above them (`相关附件：` / a file / `【打印本页】【关闭窗口】`).
    // (So does the page's breadcrumb, `当前位置：首页 > …`: a sidebar's list above it, `热点排行` / `1 …`, has ended.)
    if (t.type === 'noise' && t.kind === 'navigation' && linksNext !== null && (isClosingTools(t.content) || isPageCrumb(t.content))) linksNext = null;
    if (linksNext !== null && t.type !== 'noise') {
      if (continuesLinks(block, linksNext) && !q.leavesLinks(i, linksNext)) {
        // A link of the list: noise below the content, header above it.
        const d = current(block.line);
        if (hasContent(d)) for (const line of block.lines) d.noise.push({ line: line.line, text: line.content });
        else toHeader(d, blockText(block));
        touch(d, block);
        if (t.type === 'outlineMarker' && t.marker?.strength !== 'bullet') linksNext = (t.marker?.number ?? 0) + 1;
        continue;
      }
      linksNext = null;
    }
    const item: boolean = attachmentNext !== null && t.type === 'outlineMarker' && t.marker?.style === 'arabic' && t.marker.number === attachmentNext;
    // (A sub-item, `1-2.…申报表`, or the rest of an item cut by the wrap, goes on the list too.)
    const goesOn: number | null = !item && attachmentNext !== null && t.type !== 'noise' ? q.goesOnAttachmentList(i, attachmentNext) : null;
    if (item || goesOn !== null || startsFileList(block)) {
      // The next item of an attachment list: a paragraph of the node (or preamble) that holds the list.
      const d = current(block.line);
      addParagraph(d, block);
      touch(d, block);
      attachmentNext = goesOn ?? (t.marker?.number ?? 0) + 1;
      previousWasMarker = false;
      continue;
    }
    // (A page break inside the list does not end it.)
    if (t.type !== 'noise') attachmentNext = attachmentListStart(block);
    if (toc.has(i)) {
      const d = current(block.line);
      for (const line of block.lines) d.toc.push({ line: line.line, text: line.content });
      touch(d, block);
      previousWasMarker = false;
      continue;
    }
    let d = current(block.line);
    let wasMarker = false;
    if (separated && t.type !== 'noise') {
      // After a separator line, a title or a list that starts at 1 starts a new document; a list under a document that
      // has only a preamble so far (`…特制订本计划。` / `～～～～～～` / `一、…`) is that document's.
      separated = false;
      // A post's headline in brackets (`====` / `【店长推荐】` / `1️⃣…`, `——————` / `【XX社区垃圾分类志愿者招募】`): the next
      // post's title, though it names no kind.
      if (hasContent(d) && isBracketedHeadline(block)) {
        d = openTitled(blockText(block), block.line);
        touch(d, block);
        previousWasMarker = false;
        continue;
      }
      // (An attachment's label and title on the line, `附件：…重点项目清单（另见多维表格）`, only where its outline follows.)
      d = openAfterBoundary(d, block, !attachmentLabel.test(fold(t.content)) || q.opensDocument(i), false);
    }
    if (posted && (t.type === 'outlineMarker' || t.type === 'titleCandidate')) {
      // A later post's list that starts at 1 (`@所有人 补充几点：` / `1.低洼户…`): a document of its own, as after a
      // separator; a title opens one anyway, and a list that goes on is the post before's.
      posted = false;
      // (A post's own title after its time, even a week's heading that inside a plan heads its schedule: `周建华` /
      // `06-07 17:35` / `第24周工作计划`; or right after its header, `村委会-叶建平 2025/3/28 09:41` / `清明节当天值班安排`, a
      // mention, `@所有人`, aside.)
      d = openAfterBoundary(d, block, hasContent(d) && (timedPost || q.underMetaLine(i)) && looksLikeTitle(fold(blockText(block)).trim()), true);
      timedPost = false;
    }
    if (valueNext) {
      valueNext = false;
      // (Under a key that classifies the page, `信息分类` / `法治政府建设年度报告`, a value that names a kind too.)
      // (Another key alone there, `文号` / `主题词` / `城乡建设`: the first one's cell is empty, the value below is the
      // second's; the meta rule below takes the key and waits for its value again.)
      if (!hasContent(d) && isValueLine(block) && (kindOf(block) !== 'titleCandidate' || classValueNext) && !(t.type === 'meta' && isKeyAlone(fold(t.content).trim()))) {
        // The value under a key alone (`索引号` then `11420107MB1A23456X/2024-00018`): the header's. Not a title: an
        // empty value (`主题词：`) may stand above the title itself; a title repeated under `名称` and again below
        // has no content of its own and joins the header when the title below opens the document.
        toHeader(d, blockText(block));
        touch(d, block);
        continue;
      }
    }
    // (A wrapped block too when it names a second document: `和《…实施` / `方案》的通知` joined by the wrap.)
    if (!hasContent(d) && d.title !== null && (block.lines.length === 1 || (block.lines.length <= 3 && secondBook.test(t.content))) && t.type !== 'outlineMarker' && q.continuesTitle(d, fold(blockText(block)).trim(), q.previousBlock(i) === undefined || adjacent(q.previousBlock(i) as Block, block))) {
      // `关于印发《…方案》` / `的通知`, `…工作总结` / `暨2024年工作计划`: no title starts with 的 or 暨; the line ends
      // the title above it.
      d.title += blockText(block);
      touch(d, block);
      continue;
    }
    // An attachment's title without a kind over two lines under its label alone: its second line.
    if (!hasContent(d) && d.title !== null && d.header.length === d.titleAt && endsKindlessAttachmentTitle(d, block, i)) {
      d.title += blockText(block);
      touch(d, block);
      continue;
    }
    // (A title that names only its kind, `政府工作报告`, under the breadcrumb that ends with it, is the page's title when
    // the text and its outline follow it with no other title between: a subtitle, a speaker, a byline, an address.)
    // (Nor is a compilation's title, `班委工作计划（精选2篇）`: its pieces' titles follow.)
    if (!hasContent(d) && t.type !== 'outlineMarker' && (q.followsCrumb(i) || (q.repeatsCrumb(i) && !(t.type === 'titleCandidate' && q.markerAfterHeader(i, 2 * q.headerLines) !== null))) && isPhraseLine(block) && t.content.length <= 16 && !isCompilationTitle(t.content)) {
      // `政务公开` / `>` / `规划计划`: a breadcrumb taken one element per line; its parts are no title. The column's
      // heading under the breadcrumb that names it is navigation too, and may head its menu.
      inMenu = q.repeatsCrumb(i);
      toHeader(d, blockText(block));
      touch(d, block);
      continue;
    }
    // A column's name alone at the page's head (`信息公开目录`, `校务公开`): the side menu's, which may follow it.
    if (!hasContent(d) && d.title === null && block.lines.length === 1 && t.type !== 'outlineMarker' && isSiteSection(fold(t.content).trim())) {
      inMenu = true;
      toHeader(d, blockText(block));
      touch(d, block);
      continue;
    }
    // A menu taken one link a line at the page's head (`学院概况` / `栏目导航` / `党建动态` / `理论学习` / `工作计划`): from
    // its third item in a row, the items are the header's.
    if (!inMenu && !hasContent(d) && d.title === null && i >= 2 && menuPair(blocks[i - 2], blocks[i - 1]) && menuPair(blocks[i - 1], block)) inMenu = true;
    // (A label right above the text's outline, `工作要点` / `一、…`, is the page's title, not a menu's item.)
    inMenu &&= !hasContent(d) && d.title === null && t.type !== 'outlineMarker' && isPhraseLine(block) && t.content.length <= 12 && (t.type !== 'titleCandidate' || (isBareLabel(t.content) && q.markerAfterHeader(i) === null));
    if (inMenu) {
      // The column's menu under its heading (`法治政府建设年度报告` / `行政执法公示` / `规范性文件`): items that name no year,
      // place or matter, up to the page's metadata or its title.
      toHeader(d, blockText(block));
      touch(d, block);
      continue;
    }
    if (t.type === 'paragraph' && isTableHeader(fold(t.content))) {
      inTable = true;
      sectionGroups = null;
      groupsAsRows = false;
      headerCells = hasCells(block) ? cellCount(t) : 0;
      spacedHeaderCells = headerCells === 0 ? spacedCells(t) : 0;
      lastRow = 0;
      clauseTable = fold(t.content).includes('条款号');
    }
    // A table taken one cell per line: its 序号 column's head, or its caption (`表1 2024年各区县改造任务`).
    if (block.lines.length === 1 && ((t.content.length <= 4 && isNumberColumn(fold(t.content).trim())) || (t.type !== 'outlineMarker' && tableCaption.test(fold(t.content).trim())))) {
      if (!cellsTable) {
        cellRows = 0;
        sectionGroups = null;
        groupsAsRows = false;
      }
      cellsTable = true;
    } else if (cellsTable && q.isNumberAlone(block)) cellRows++;
    // (A row the tokenizer left plain, `3⇥点检人员培训⇥人力资源部⇥2024年5月`, numbers the table's rows too.)
    if (inTable && t.type === 'paragraph') {
      const row = tabbedRowNumber.exec(t.text);
      if (row !== null) lastRow = Number(row[1]);
    }
    // An unnumbered section label (`【重点任务】`, `■ 保障措施`, `◆队伍建设`): the levels under the one before close (outline.ts).
    if (block.lines.length === 1) {
      const label = sectionLabelKind(t);
      if (label !== null) atSectionLabel(d.outline, label);
    }
    const afterFooter = pageEnded;
    if (t.type !== 'noise') pageEnded = false;
    // The notes or the references below a text, under their heading alone (`注释：` / `①…` / `②…`, `参考文献：` / `1.…` /
    // `2.…`): numbered from 1 on, each the next, they are the text's end matter, no items of its last section.
    if (block.lines.length === 1 && t.type === 'paragraph' && t.content.length <= 12 && endMatterHeading.test(fold(t.content).trim())) notesNext = 1;
    else if (notesNext !== null && t.type !== 'paragraph' && t.type !== 'noise') {
      // (A citation's issue and pages, wrapped onto a line of their own, `(5): 18-22.`, go on with the entry.)
      const pages = t.type === 'outlineMarker' && t.marker !== undefined && /^[:：]/.test(t.text.slice(t.marker.contentColumn - 1));
      if (pages || (t.type === 'outlineMarker' && t.marker?.number === notesNext)) {
        if (!pages) notesNext++;
        addParagraph(d, block);
        touch(d, block);
        continue;
      }
      notesNext = null;
    }
    switch (kindOf(block)) {
      case 'noise':
        // The first copy of a running header that is the title of the document a notice above issues (`…关于印发XX实施
        // 计划的通知` / … / `第 1 页` / `XX实施计划`, the same line heading every later page): the title, where it opens.
        if (t.kind === 'running-header' && hasContent(d) && d.title !== null && q.issuesTitle(d.title, blockText(block)) && q.firstHeaderAt(blockText(block)) === i && q.opensDocument(i)) {
          d = openTitled(blockText(block), block.line);
          touch(d, block);
          break;
        }
        if (t.kind === 'separator' && hasContent(d) && !q.underlinesHeading(i)) separated = true;
        // A page's breadcrumb below content (`首页 > 通知公告 > 正文`): the next page of a crawl starts, and its document.
        // (Not when the page goes on with the same document: its title again, and the numbering going on below it.)
        if (t.kind === 'navigation' && hasContent(d) && isPageCrumb(fold(t.content).trim()) && !nextPageContinues(i, d)) pageDrafts.add((d = open(block.line)));
        // (And a neighbour's label alone, `上一篇：` / `下一篇：`, whose link stands on the next line.)
        if (t.kind === 'link-list' || (t.kind === 'navigation' && isNeighbourLabel(fold(t.content).trim()))) linksNext = 1;
        if ((t.kind === 'navigation' || t.kind === 'link-list') && !hasContent(d)) toHeader(d, t.content);
        else d.noise.push({ line: t.line, text: t.content });
        touch(d, block);
        break;
      case 'meta':
        if (!hasContent(d)) {
          // `关于做好2023年全县学校防汛工作` / `发布时间：2023-05-22 …`: a byline below a title without a kind.
          if (t.kind === 'published' || t.kind === 'date') takeUnkindedTitle(d);
          toHeader(d, t.content);
          touch(d, block);
          valueNext = isKeyAlone(fold(t.content).trim());
          classValueNext = valueNext && isClassKeyAlone(fold(t.content).trim());
        } else {
          if (isPostHeader(fold(t.content).trim())) posted = true;
          else if (t.kind === 'published' && isPostTime(fold(t.content).trim())) posted = timedPost = true;
          addParagraph(d, block);
          touch(d, block);
        }
        break;
      case 'titleCandidate': {
        // A cell under a row's number alone on its line, in a table taken one cell per line.
        // (A form's label with its empty cell after it, `实践内容及计划(500字以内)⇥`, between the form's rows, is the form's
        // text too.)
        // (Or a caption right above its header row, the document's numbering going on after the table.)
        // (Or a list of the laws and rules a guide cites, each a book's name alone on its line: `三、政策依据` /
        // `《…条例》（国务院令第350号）` / `《…管理办法》`.)
        // (Or a schedule's cell under its span of time, `14:40—15:00` / `通报…考核结果`.)
        if (hasContent(d) && (q.appendsTable(i, d) || q.isCaption(i) || q.captionsOwnTable(i, d) || q.inCitedBooks(i) || q.afterTimeSpan(i) || (emptyCellsAfter.test(t.text) && q.betweenTabRows(i)) || (periodSchedule.test(fold(t.content).trim()) && !q.titlesRestart(i, d) && !q.opensTopList(i, d)))) {
          addParagraph(d, block);
          touch(d, block);
          break;
        }
        // A column's head there (`项目名称` / `2023年计划` / `投资（万元）`): short, another cell right below it, or the
        // last head before the first row (`序号` / `重点任务` / `一、产业振兴` / `1`).
        // (Or a row's cell past its number and its first cell, `11` / `12月` / `年度学习总结`, under rows counted: a cell too.)
        if (cellsTable && (q.afterRowNumber(i) || (q.isCellLine(block) && (q.isCellLine(q.nextContent(i + 1)?.[0]) || cellRows === 0)) || (cellRows > 0 && q.isCellLine(block) && q.isCellLine(q.previousBlock(i)) && q.afterRowNumber(q.previousIndex(i))))) {
          addParagraph(d, block);
          touch(d, block);
          break;
        }
        // A group row of a table flattened to lines, its rows of tab cells below (`非累积投票议案` / `1⇥关于…的议案⇥√`); a
        // title that opens a document by itself (an attachment's, above its own table, with its label on the line or
        // alone above it: `附件2` / `汇总表`) is none.
        if (inTable && q.rowFollows(i) && !isStrongTitle(blockText(block)) && !attachmentLabel.test(fold(t.content)) && !q.titlesAttachment(i, d)) {
          addParagraph(d, block);
          touch(d, block);
          break;
        }
        // A title line ends a table flattened to lines above it (its rows never read like titles).
        inTable = clauseTable = false;
        // The subtitle under a report's or a speech's title (`…2023年度工作报告` / `——在集团公司2024年工作会议上的报告`): the
        // header's, as a date or a speaker below the title is.
        if (!hasContent(d) && d.title !== null && dashSubtitle.test(fold(t.content).trim())) {
          d.header.push(blockText(block));
          touch(d, block);
          break;
        }
        // A letterhead's name over its number, then the document's own title broken over two lines, the first taken as a
        // paragraph (`…专题会议纪要` / `第27期` / `关于…建设的` / `会议纪要`): the title, taken back; the letterhead is the
        // header's (as below for a title on one line).
        const above = lastParagraph as ParagraphPlace | null;
        const letterheadTitle =
          d.title !== null && d.toc.length === 0 && d.outline.drafts.length === 0 && d.preamble.length === 1 && above?.list === d.preamble
            ? retakeSplitTitle(i, d, block, () => q.namesLetterhead(d, `${blockText(above.block)}${blockText(block)}`) && q.opensDocument(i))
            : null;
        if (letterheadTitle !== null) {
          d.header.splice(d.titleAt, 0, d.title as string);
          d.firstContentLine = null;
          setTitle(d, letterheadTitle.title, letterheadTitle.line);
          touch(d, block);
          break;
        }
        // The tail of the open document's title alone, before its outline or among a table's column heads (`…安全工作考核
        // 评分标准` / `考核项目` / `分值` / `评分标准`, again on a later page with the numbering going on; or the kind restated
        // above the first section): the document's text, no document of its own. (A restart below it is the next piece's:
        // `…述职报告` / … / `20XX年X月X日` / `述职报告` / `一、…`.)
        if (d.title !== null && isTitleTail(blockText(block), d.title) && (d.outline.roots.length === 0 || (q.isCellLine(q.previousBlock(i)) && !q.titlesRestart(i, d)))) {
          addParagraph(d, block);
          touch(d, block);
          break;
        }
        // Right under a marker alone on its line (`第二部分` / `2016年工作安排`): that heading's title, however much it reads
        // like a document's.
        // (Or under a chapter's heading that it ends like: `第一章 招标公告` / `…工程施工招标公告`.)
        // (Or under a form's field name alone, `项目名称` / `基于…体系构建与实践`: the field's value.)
        if (hasContent(d) && (q.afterBareMarker(i) || q.restatesChapter(i) || q.underFieldName(i))) {
          addParagraph(d, block);
          touch(d, block);
          break;
        }
        // A cover (the title, then its issuer or date) whose title heads the first page again as it heads every later
        // one (a running header), or the title again after the document's own table of contents: the document opens at
        // the cover, the page's head is noise.
        if (!hasContent(d) && d.title !== null && ((sameTitle(blockText(block), d.title) && (d.toc.length > 0 || (d.header.length > d.titleAt && q.headsPages(d.title)))) || (d.toc.length > 0 && q.afterPageBreak(i) && shortensTitle(blockText(block), d.title)))) {
          d.noise.push({ line: block.line, text: blockText(block) });
          touch(d, block);
          break;
        }
        // The document's own title again right after a page break, inside its chapters or sections, the numbering below
        // going on within them (`第一节…` / `— 1 —` / `…规划` / `一、…`): a running header seen once, noise. (A 第一章 below
        // would start the title's document again.)
        if (hasContent(d) && d.title !== null && !inCompilation && sameTitle(blockText(block), d.title) && q.afterPageBreak(i) && q.goesOnInDivision(i, d)) {
          d.noise.push({ line: block.line, text: blockText(block) });
          touch(d, block);
          break;
        }
        // A running header that heads the first page below the document's cover or its 目录 (`绥棱县教育局工作总结` under
        // `…2022年工作总结及2023年工作计划` / `目录`, and again below `— 2 —`): noise, as on the later pages. (Not under a
        // compilation's title: each of its parts may start a page, `\f石门村村规民约` above a repealed version.)
        // (Below a cover's short lines too: `项目编号：…` / `二〇二三年六月` / `…项目　　招标文件`.)
        if ((!hasContent(d) || onCover(d)) && d.title !== null && !inCompilation && !sameTitle(blockText(block), d.title) && q.headsLaterPages(blockText(block))) {
          d.noise.push({ line: block.line, text: blockText(block) });
          touch(d, block);
          break;
        }
        // The title a record's title field gave (`标题：关于印发…的通知`), now on its own line below the record's other fields
        // and the letterhead (`拟稿人：…` / `正文：` / `…文件`): the document's title line; the lines above, its header.
        if (d.titleField !== null && d.title !== null && d.outline.drafts.length === 0 && d.toc.length === 0 && sameTitle(blockText(block), d.title)) {
          d.header = [...headerWithTitle(d), ...d.preamble];
          d.preamble = [];
          d.firstContentLine = null;
          setTitle(d, blockText(block), block.line);
          touch(d, block);
          break;
        }
        // The document's own title again right after a page break (the page's running header, even seen once), or at its
        // end with no outline of its own below it (a post that closes with its title, then replies): noise. (Above a
        // restart of the numbering it is the next piece's title, the same as this one's: `\f县2025年…要点` / `一、…`.)
        // (Or where the numbering goes on below it, past the page's byline: a web article's second page, `…工作要点` /
        // `发布日期：…` / `4.…` after item 3.)
        // (Or a short form of it there, `城南幼儿园·保教工作计划` under `第 1 页 共 2 页`.)
        // (Above a document's number it is the next decision's, the same as this one's: `行政处罚决定书` / `…〔2025〕9号`.)
        if (hasContent(d) && d.title !== null && (sameTitle(blockText(block), d.title) || shortensTitle(blockText(block), d.title)) && ((q.afterPageBreak(i) && !q.titlesRestart(i, d)) || (sameTitle(blockText(block), d.title) && (q.markerAfterHeader(i) === null || continuesBelow(i, d)) && !q.numberFollows(i)))) {
          d.noise.push({ line: block.line, text: blockText(block) });
          touch(d, block);
          break;
        }
        // The compilation's title again right after a page break inside one of its parts (`…人才政策汇编（2023）` under
        // `1`, the part's clauses going on below it): the page's running header, seen once or more.
        if (hasContent(d) && compilation !== null && compilation !== d && compilation.title !== null && sameTitle(blockText(block), compilation.title) && q.afterPageBreak(i) && !q.titlesRestart(i, d)) {
          d.noise.push({ line: block.line, text: blockText(block) });
          touch(d, block);
          break;
        }
        // The title again below a cover of short lines (`招标编号：…` / `招 标 人：…` / `2023年11月`) and above the text: the
        // first page's head; the document goes on.
        if (hasContent(d) && d.title !== null && onCover(d) && sameTitle(blockText(block), d.title)) {
          d.noise.push({ line: block.line, text: blockText(block) });
          touch(d, block);
          break;
        }
        // A running header that heads the first page right above the title (`…股东大会会议资料` / `2023年度董事会工作报告`,
        // the same line heading every later page): the header's, no document of its own. (A cover, with its date or a
        // 目录 below it, is one.)
        if (!hasContent(d) && d.title !== null && d.header.length === d.titleAt && d.toc.length === 0 && q.previousBlock(i)?.line === d.titleLine && q.headsPages(d.title) && isStrongTitle(blockText(block))) {
          d.header.push(d.title);
          setTitle(d, blockText(block), block.line);
          touch(d, block);
          break;
        }
        // A letterhead's name over its number, then the document's own title (`…专题会议纪要` / `〔2025〕第18号` / `关于…的专题
        // 会议纪要`, `督 查 通 报` / `第7期` / `关于…的督查通报`): the letterhead is the header's.
        if (!hasContent(d) && d.title !== null && d.toc.length === 0 && isStrongTitle(blockText(block)) && q.namesLetterhead(d, blockText(block)) && q.opensDocument(i)) {
          d.header.splice(d.titleAt, 0, d.title);
          setTitle(d, blockText(block), block.line);
          touch(d, block);
          break;
        }
        // A headline inside an issue of a periodical (`工作简报` / `第6期` / … / `我市出台稳就业十条措施`): an article of the issue;
        // the next issue's name opens the next document.
        if (q.isIssue(d) && !q.issueFollows(i) && !attachmentLabel.test(fold(t.content))) {
          // An issue that carries one report under its own formal title (`督查专报` / `第12期` / … / `关于…的报告`): that
          // title is the document's, the periodical's name and number its header.
          // Broken over two lines (`关于…攻坚行动` / `督查情况的报告`), the first taken as a paragraph: taken back.
          const own = fold(t.content).trim().startsWith('关于') && isStrongTitle(blockText(block)) && q.headsIssue(d.preamble) && q.opensDocument(i);
          const last = lastParagraph as ParagraphPlace | null;
          const split = own || last?.list !== d.preamble || !fold(blockText(last.block)).trim().startsWith('关于') || !q.headsIssue(d.preamble.slice(0, -1)) ? null : retakeSplitTitle(i, d, block, () => q.opensDocument(i));
          if (own || split !== null) {
            d.header.splice(d.titleAt, 0, d.title as string, ...d.preamble.splice(0));
            setTitle(d, split?.title ?? blockText(block), split?.line ?? block.line);
          } else addParagraph(d, block);
          touch(d, block);
          break;
        }
        // A collection's title right above its first part (`…公司管理制度` / `（2022年版）` / `安全生产管理制度`): a
        // compilation, whose parts are documents.
        const collected = !hasContent(d) && d.title !== null ? collectedKind(d.title, blockText(block)) : null;
        // (Under the signature of a document with an outline, or after a form opened so: a piece of its own may start.)
        // (Or a notice's kind spaced out alone under the signature of one without an outline: `…村民委员会` / `二〇二四年三月五日` /
        // `公　　告`.)
        // (Or one without an outline, when a list of the title's own starts at 1 below it: `…委员名单公示` / … /
        // `梅溪湖壹号小区业主委员会` / `2026年2月6日` / `温馨提示` / `1.…`.)
        const signed = ((d.outline.roots.length > 0 || isSpacedKind(fold(blockText(block)).trim()) || q.markerAfterHeader(i)?.first.marker?.number === 1) && q.signedAbove(i)) || (d.signedForm && hasContent(d) && d.outline.roots.length === 0);
        // (A menu's item that the breadcrumb below names, `常委会公报` / `当前位置：首页 > 常委会公报 > …`: the header's.)
        if (!hasContent(d) && d.title === null && q.namedByCrumbBelow(i)) {
          toHeader(d, blockText(block));
          touch(d, block);
          break;
        }
        if (!hasContent(d) && d.title === null) {
          if (takeSplitTitle(d, block)) break;
          setTitle(d, blockText(block), block.line);
          touch(d, block);
        } else if (collected !== null) {
          gathered = collected;
          inCompilation = true;
          d = openTitled(blockText(block), block.line);
          touch(d, block);
        } else if (
          ((isStrongTitle(blockText(block)) || labelledTitle(blockText(block)) || (inCompilation && isPartTitle(blockText(block), gathered)) || (d.title !== null && isSiblingTitle(d.title, blockText(block))) || q.listedInToc(i, d, block) || (inCompilation && compilation !== null && compilation !== d && q.listedInToc(i, compilation, block)) || q.forwardedBy(d, block) || q.issueFollows(i) || q.numberFollows(i) || q.adoptionFollows(i) || afterFooter || signed) && q.opensDocument(i) && !q.continuesNumbering(i, d)) ||
          q.titlesRestart(i, d) ||
          q.titlesForm(i, d) ||
          q.titlesAttachment(i, d) ||
          q.titlesListedAttachment(i, d, block) ||
          q.repeatsListedAttachment(i, d, block)
        ) {
          const split = retakeSplitTitle(i, d, block);
          if (split === null) d = openTitled(blockText(block), block.line);
          else if (!repeatsOwnTitle(d, split, i)) d = openSplit(split, block);
          // (A piece under a signature, or after a form opened so, may be followed by the next one the same way.)
          if (signed) d.signedForm = true;
          cellsTable = false;
          touch(d, block);
        } else {
          // A short tail (`工作实施方案`) is no title alone, but may finish the line before it.
          const split = retakeSplitTitle(i, d, block, () => q.opensDocument(i));
          if (split) {
            if (!repeatsOwnTitle(d, split, i)) d = openSplit(split, block);
          } else addParagraph(d, block);
          touch(d, block);
        }
        break;
      }
      case 'outlineMarker': {
        // (A translation of the Chinese marker line beside it, in Korean, Uyghur, Tibetan or Mongolian: its text.)
        if (q.translatesNeighbour(i)) {
          addParagraph(d, block);
          touch(d, block);
          break;
        }
        // (A weak decimal with its sequel below, `1.1双方共建…` / `1.2合作期内…`, is a clause: no item with a figure first.)
        const item = q.decimalGoesOn(i, t.marker as Marker) ? (t.marker as Marker) : asArabicItem(d.outline, t.marker as Marker, previousWasMarker, t.text.slice((t.marker as Marker).contentColumn - 1));
        const read = q.asDecimalHead(i, d, q.asArabicOne(i, asLatinLetter(item, d.outline)));
        // (Not an item of a list begun inline in the paragraph above, `…：（1）…；（2）…` / `（3）…`: that list goes on there.)
        const sister = asSublist(d.outline, asOpenSister(d.outline, read));
        const marker = sister !== read && q.goesOnInlineList(i, d, read, true) ? read : sister;
        // In a table flattened to lines, `1 新建…学校 区教育局 2024年底` is a row: its number is the 序号 cell (weak as
        // written, even where a decimal scheme would read `2 净利润` as its next head).
        // A table of clauses (a tender's 前附表, `条款号 条款名称 编列内容` / `1.1.2 招标人 名称：…`): its rows are numbered by
        // clause; another marker (`1. 总则`) ends it, unless its cells are apart by tabs as the rows' are (`10.⇥需要补充的其他
        // 内容⇥`, the template's last row).
        if (clauseTable && (t.marker as Marker).style !== 'decimal' && !t.text.includes('\t', (t.marker as Marker).column - 1)) inTable = clauseTable = false;
        // Below a header with its cells apart by tabs or runs of spaces, a numbered line with no tab, no cells and no gap
        // is no row (a group row keeps its empty cells, `一、深化改革⇥⇥⇥`; a blank form's row its gap, `1　　安全生产责任制落实`)
        // but the next heading (`序号⇥名称⇥储存量` / `1⇥铬酸酐⇥2.0` / `3 组织机构及职责`); so is a line of half the header's
        // cells or fewer, none empty, above its own decimal sections (`3⇥系统功能` / `3.1⇥实时监控`, headings as Word exports
        // them, under `序号⇥设备名称⇥单位⇥数量`).
        // (So is one of half the header's cells or fewer that goes on with the document's numbering but not with the rows':
        // `6⇥相关记录` / `序号⇥记录名称⇥表单编号⇥保存期限` / `1⇥…` … `4⇥…` / `7⇥修订记录`.)
        if (inTable && headerCells > 0 && (t.marker as Marker).strength === 'weak' && ((!t.text.includes('\t') && !hasCells(block) && !/ {2}/.test(fold(t.content).trim())) || (headerCells >= 4 && !emptyCellsAfter.test(t.text) && cellCount(t) * 2 <= headerCells && (q.headsDecimals(i, (t.marker as Marker).number) || (lastRow > 0 && (t.marker as Marker).number !== lastRow + 1 && isExpected(d.outline, marker, false)))))) inTable = false;
        // (Below a header apart by single spaces, `序号 分项工程 开始时间 完成时间 工期（d）`, a line of half its cells or fewer above
        // its own decimal sections, `4 主要施工方法` / `4.1 …`, or where the document's numbering expects it, `4 结语`, is the
        // next heading too.)
        if (inTable && spacedHeaderCells >= 4 && (t.marker as Marker).strength === 'weak' && !hasCells(block) && spacedCells(t) * 2 <= spacedHeaderCells && (q.headsDecimals(i, (t.marker as Marker).number) || isExpected(d.outline, marker, false))) inTable = false;
        // (So is a decimal heading glued to its words under a table of numbered rows, `序号 指标 目标值` / `3 …` / `3.2源头减排工程`:
        // the rows' numbers have no dot.)
        if (inTable && spacedHeaderCells > 0 && lastRow > 0 && (t.marker as Marker).style === 'decimal' && !hasCells(block) && spacedCells(t) === 1) inTable = false;
        // A cell's list that runs on below its row (`2⇥推进“三教”改革⇥1.组建…；` / `2.建设新形态教材20部；`) is the row's too.
        const inCell = inTable && marker.style === 'arabic' && marker.number === cellItemNext;
        // A group row (`一、深化改革⇥⇥⇥`, `一、市政基础设施` as a merged cell Word saves without tabs, `  一、产业发展（2个）` in
        // `-layout` columns, `一、产业振兴` one cell per line) above a numbered row: a row too, in a plan's section or in an
        // attachment's own table; unless, with no empty cells after it and the section's numbering not broken, the group
        // rows are the document's sections, their numbering going on after the table (`一、产业发展（3项）` … `二、民生保障
        // （2项）` … `三、工作要求`).
        // (Nor, before any group row was a row, is the next of the document's top level opened above the table, `一、设备设施` /
        // `序号` / … / `二、作业环境` / `2`: a section of a checklist whose rows stand under each.)
        const goesOnTop: boolean = !groupsAsRows && d.outline.stack[0]?.key === styleKey(marker) && openNext(d.outline, marker) === marker.number;
        const groupRow: boolean = (inTable || cellsTable) && q.isGroupRow(i) && (emptyCellsAfter.test(t.text) || breaksOpenNumbering(d.outline, marker) || (!goesOnTop && !(sectionGroups ??= q.groupsAreSections(i))));
        groupsAsRows ||= groupRow;
        // In a table taken one cell per line, a cell's own list (`1` / `稳定粮食生产` / `1.粮食播种面积…；` / `2.…`).
        const cellList = cellsTable && cellRows > 0 && cellListStyles.has(marker.style) && openNext(d.outline, marker) !== marker.number;
        // A row's label above its figures (`一、本年新收…` / `3 0 0 0 0 0 3`), as many as the open table's rows hold (a
        // section's heading above the next table's figures, `四、因政府信息公开工作被申请…` / `0 0 … 0` of 15, is none); a
        // group row of such a table (`三、本年度办理结果` above its rows).
        const figures = q.labelsFigures(i);
        // (The first row of such a table breaks the numbering open around it, `一、本年新收…` inside `三、`; a heading goes on with it.)
        const figureRow = figures > 0 && (figureCells === 0 ? openNext(d.outline, marker) !== marker.number : figures === figureCells);
        const figureGroup = figureCells > 0 && q.isFigureGroup(i);
        // (Not the next item of a list that runs on across sections, right below a node's line, its cells apart by tabs and
        // none a figure alone, with no table's header above: `6.⇥3座公厕提升改造。…` / `（一）⇥重点项目` / `7.⇥中山路综合整治
        // 提升工程⇥全长2.1公里⇥总投资3200万元⇥10月底前完成`, a project list as Word saves it. A cell's own list, `6⇥"落实…。`
        // / `1.修订医院章程；` / `2.完善…。"⇥机关党委⇥9月底前`, stays the row's.)
        const tabbedItem = previousWasMarker && !inTable && !cellsTable && marker.strength === 'strong' && t.text.includes('\t', marker.contentColumn - 1) && !closesQuotedCell(t.text) && isExpected(d.outline, marker, previousWasMarker) && !hasFigureCell(t.text, marker.contentColumn - 1);
        const rowOfFigures = !tabbedItem && isTableRow(t, marker);
        if (figureRow) figureCells = figures;
        else if (rowOfFigures) figureCells = trailingFigures(fold(t.content)) || figureCells;
        // (A strong number is a row too when it is the next row and its cells after it fill the header's other columns:
        // apart by single spaces under a header set out so, `序号 任务 牵头单位 完成时限` / `1．新建社区养老服务站 区民政局
        // 2025年9月`; or apart by runs of spaces, every column, `序号  任务内容  牵头单位  完成时限` / `1.    整治…    区城管局
        // 2019年6月底`.)
        const nextRow = inTable && (t.marker as Marker).style === 'arabic' && (t.marker as Marker).number === lastRow + 1;
        const fillsRow = nextRow && ((spacedHeaderCells >= 3 && spacedCells(t) === spacedHeaderCells - 1) || (headerCells >= 3 && !hasTabCells(t.text) && cellCount(t) === headerCells));
        if ((inTable && ((t.marker as Marker).strength === 'weak' || clauseTable || fillsRow || endsInFigureCell(t, marker) || tabCellsAfter(t.text, marker.contentColumn - 1) > 0)) || inCell || groupRow || cellList || (cellsTable && q.isNumberAlone(block)) || rowOfFigures || figureRow || figureGroup || (!tabbedItem && q.betweenRows(i)) || q.inSpacedCell(i, marker) || q.isBlankRow(i)) {
          addParagraph(d, block);
          touch(d, block);
          cellItemNext = inCell ? cellItemNext + 1 : cellListAt(t.text);
          // (A group row, `一、燃煤污染治理` above rows `1.` `2.`, numbers no row.)
          if (inTable && !inCell && !(groupRow && (t.marker as Marker).style !== 'arabic')) lastRow = marker.number;
          break;
        }
        // A group row inside the table (`一、产业发展（12项）` above rows `1⇥…`) keeps it open; other markers end it.
        inTable &&= q.isGroupRow(i);
        figureCells = 0;
        // (A cell's figure alone, `68.4`, read as a decimal marker, is a cell too.)
        cellsTable &&= q.isNumberAlone(block) || isFigure(fold(t.content).trim());
        // A page's running header that repeats the open chapter's heading (`2` / `第一章  总体要求` at the next page's top),
        // or a slide's that says it goes on (`一、重点工作推进情况（续）`, on any page).
        // (So is a page's head that is its number alone and the document's title, `4　　温州市综合交通运输发展“十四五”规划`; a
        // section named as the document is, `4.2.2 质量手册`, stays.)
        if (q.repeatsAtPageHead(i, d, marker, block) || q.continuesOpenHeading(d, marker, block) || q.repeatedBelow(i) || (block.lines.length === 1 && (t.marker as Marker).style === 'arabic' && (t.marker as Marker).strength === 'weak' && sameTitle(blockText(block, marker.contentColumn), d.title))) {
          d.noise.push({ line: block.line, text: blockText(block) });
          touch(d, block);
          break;
        }
        const dashed = marker.strength === 'bullet' ? dashTitle(i, d, block) : null;
        if (dashed !== null) {
          d = openTitled(dashed.title, dashed.line);
          touch(d, block);
          break;
        }
        if (!q.accepts(i, d, marker, previousWasMarker) || (isStrayDecimal(d.outline, marker) && !q.clausesBelow(i, marker) && !(marker.path[1] === 1 && q.decimalGoesOn(i, marker))) || (marker.strength === 'weak' && isMarkerAlone(t) && underOtherPrefix(d.outline, marker)) || q.continuesMonthPairs(i, marker) || q.goesOnInlineList(i, d, marker)) {
          addParagraph(d, block);
          touch(d, block);
          break;
        }
        const key = styleKey(marker);
        // (Or a list numbered from 1 again under the signature of the document above: `…物业服务有限公司` / `2022年3月1日` /
        // `1.小区内机动车…`, an untitled document of its own.)
        // (Or right under an attachment's label alone, in a document with content: `附件2` / `一、值班时间`, an untitled
        // attachment after a form with no outline of its own.)
        if (q.isRestart(d, marker) || (marker.strength === 'weak' && q.isRestart(d, { ...marker, strength: 'strong' })) || (marker.strength === 'strong' && marker.number === 1 && (afterFooter || (d.outline.roots.length > 0 && q.signedAbove(i)) || (hasContent(d) && q.underLabelAlone(i))))) {
          const heading = retakeRestartTitle(i, d);
          if (heading === null) d = open(block.line);
          else if (heading.label) {
            // (An attachment's label alone above it, `附件2` / `一.…`: an untitled attachment, the label its header.)
            d = open(heading.line);
            d.header.push(heading.title);
          } else {
            d = openTitled(heading.title, heading.line);
            if (heading.row !== undefined) d.preamble.push(heading.row);
          }
        }
        markContent(d, block.line);
        place(d.outline, marker, { text: blockText(block, marker.contentColumn), line: block.line, endLine: block.endLine }, q.headsOwnList(i, d, marker));
        d.rootKey ??= key;
        touch(d, block);
        if (marker.strength === 'weak' && marker.delimiter === '' && marker.contentColumn === marker.column + marker.raw.length)
          diagnostics.push({
            severity: 'warning',
            code: 'missing-delimiter',
            message: `marker ${marker.raw} has no delimiter after it`,
            line: block.line,
            column: marker.column,
          });
        wasMarker = true;
        break;
      }
      default: {
        // (Not two cells of a table taken one cell per line, past its first row: `“三重一大”…执行不严格` / `修订…实施办法`.)
        const split = hasContent(d) && !(cellsTable && cellRows > 0) ? retakeSplitTitle(i, d, block, () => q.opensDocument(i) || q.titlesRestart(i, d)) : null;
        if (split) d = openTitled(split.title, split.line);
        else if (q.titlesAttachment(i, d) || q.titlesOwnAttachment(i, d, block) || q.titlesForm(i, d)) d = openTitled(blockText(block), block.line);
        else if (q.titlesSigned(i, d, block, d.signedForm && hasContent(d))) {
          // (A form opened so, `回执` / its fields, may be followed by the next one the same way: `活动日程` / its rows.)
          d = openTitled(blockText(block), block.line);
          d.signedForm = true;
        }
        else if (q.namesIssue(i)) {
          // A periodical's name above the number of its issue (`人社工作动态` / `2025年第5期`): each issue is a document.
          if (!hasContent(d) && d.title === null) setTitle(d, blockText(block), block.line);
          else d = openTitled(blockText(block), block.line);
        } else if (q.labelsPiece(i)) {
          // A piece's label alone on its line (`【篇二】`, `篇三`) on a page of sample texts: the piece opens there, titled
          // with its label (a title of its own below it opens the piece instead).
          if (!hasContent(d) && d.title === null) setTitle(d, blockText(block), block.line);
          else d = openTitled(blockText(block), block.line);
        } else addParagraph(d, block);
        touch(d, block);
        if (inTable) cellItemNext = cellListAt((block.lines[block.lines.length - 1] as Token).text);
      }
    }
    previousWasMarker = wasMarker;
  }
  if (doc) {
    const finished = finishDocument(doc);
    if (finished) documents.push(finished);
  }
  diagnostics.push(...repairs(blocks, wrap.width || wrap.chars));
  return { documents: leadIntoTitle(documents, diagnostics), diagnostics };
}
