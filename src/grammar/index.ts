// buildTree(tokens) → { documents, diagnostics }: paragraphs, tables of contents, documents and their outlines.
// Every line's text lands in exactly one place: a header, a title, a preamble, a toc entry, a noise line, or a
// node's marker and text.
import type { Diagnostic, Marker, MarkerStyle, PlanDocument, Token } from '../types.js';
import { adjacent, type Block, continues, detectWrap, endsWithFile, groupBlocks, inlinePredecessor, isBracketedRemark, isOffTitleRemark, sealOrSignature, startsPage } from './blocks.js';
import { entryText, findToc } from './toc.js';
import { blockText, titleOf } from './body.js';
import { withoutSpacing } from './spacing.js';
import { withoutMailQuotes } from './quotes.js';
import { withBadgeNumbers } from './badges.js';
import { withoutOverlaps } from './overlaps.js';
import { unmarkedTitle, wrapperCloser } from '../tokenize/lexicon/wrappers.js';
import { continuesLinks, isPhraseLine, startsContent } from './links.js';
import { dateOnly, editorLine, isClassKeyAlone, isKeyAlone } from '../tokenize/lexicon/meta-keys.js';
import { aboutTail, canStartTitle, monthOrWeek, collectedKind, compiledKind, isSiblingTitle, namesTwoDocuments, titleKey, deriveMeta, hasYear, isCompilationTitle, isDocumentNumber, isHeaderLike, isHeaderLikeText, isIssuerLine, isPartTitle, isStrongTitle, isUnkindedTitle, isBareLabel } from './documents.js';
import { attachmentAlone, attachmentLabel, dashSubtitle, startsCaptionOrRow, withoutTrailingRemark, endingKind, numberedAttachmentLabel, isSiteSection, looksLikeTitle, periodicalWords, pieceLabel, speechSubtitle, tableCaption, weakDocumentKinds } from '../tokenize/lexicon/doc-types.js';
import { fold, skipBlanked, skipSpaces } from '../tokenize/lexicon/fold.js';
import { endsWithNumberCells, hasCells as lineHasCells, hasSentenceEnd, isDigit, hasTabCells, isNumberColumn, isTableHeader } from '../tokenize/lexicon/chars.js';
import { endsWithCrumb, isClosingTools, isPageCrumb, isSiteFooter } from '../tokenize/rules/navigation.js';
import { asOpenSister, createOutline, isDateLikeDecimal, isDivision, isExpected, openAfter, openNext, place, repeatsOpenHeading, repeatsOpenNumber, styleKey, type NodeDraft, type Outline } from './outline.js';

export interface GrammarResult {
  documents: PlanDocument[];
  diagnostics: Diagnostic[];
}

/** How many blocks a look-ahead (一是 children, a weak marker's confirmation) may read: keeps parsing linear. */
const lookAhead = 200;

/** Styles that never number the items of a `一是` paragraph: they rank above it. */
const aboveShi = new Set(['part', 'chapter', 'section', 'article', 'han', 'roman']);

/** Styles whose restart at 1 at the top level opens a new (untitled) document. */
const restartingStyles = new Set(['part', 'chapter', 'article', 'han', 'roman']);

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
function startsFileList(block: Block): boolean {
  const t = block.first;
  return t.type === 'outlineMarker' && t.marker?.style === 'arabic' && t.marker.number === 1 && block.lines.length === 1 && endsWithFile(t.content);
}

/** Whether two decimal paths of one length share all but their last component (`1.2.1` and `1.2.3`). */
function samePrefix(a: readonly number[], b: readonly number[]): boolean {
  for (let k = 0; k < a.length - 1; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** The style key (outline.ts `styleKey`) of a decimal marker of one component: a scheme's first level, `1 总则`. */
const decimalHeadKey = 'decimal:1';

/** A paragraph that leads into a list: `…重点做好以下工作：`. */
const endsWithColon = /[:：]$/;

/**
 * A month's or a week's part of a schedule, named by its period alone (`九月份工作安排`, `10月工作计划`, `第一周安排`,
 * `【九月份工作安排】`): a heading of the plan's schedule, no document, unless the top-level numbering starts over below it.
 */
const periodSchedule = new RegExp(`^【?(?:${monthOrWeek})(?:工作)?(?:安排|计划|要点)】?[:：]?$`);

/** A numbered line of a list of attachments below `附件：1.…` (`2.报名回执`). */
const listContinues = /^\d{1,2}[.、．]/;

/** The end of a note that lists its attachments below: `…共两个附件：`, `…附件如下：`, `相关附件：`. */
const attachmentsFollow = /附件(?:如下)? ?[:：]$/;

/** What a standard's appendix is, under its label: `（资料性）`, `（规范性）`, `（规范性附录）`. */
const appendixNature = /^[(（](?:资料性|规范性|参考性)(?:附录)?[)）]$/;

/** The end of a title broken before it: `的通知`, `的实施意见`, `（2024—2026年）的通知` (no title starts with 的). */
const titleTail = /^(?:[（(][^（）()]{1,20}[）)])?的[\u4e00-\u9fff]{1,10}$/;
/** The number of an issue of a 简报 or 工作动态, on its own line: `第12期`, `2024年第3期`, `（总第56期）`. */
const issueNumber = /^[(（]?(?:\d{4} ?年 ?)?(?:总)?第 ?\d{1,4} ?期(?: ?[(（]总第 ?\d{1,5} ?期[)）])?[)）]?$/;

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
function countBullets(blocks: readonly Block[]): { bullets: Int32Array; strong: Int32Array; stop: Int32Array } {
  const n = blocks.length;
  const bullets = new Int32Array(n + 1);
  const strong = new Int32Array(n + 1);
  const stop = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) {
    const strength = (blocks[k] as Block).first.marker?.strength;
    bullets[k + 1] = (bullets[k] as number) + (strength === 'bullet' ? 1 : 0);
    strong[k + 1] = (strong[k] as number) + (strength === 'strong' ? 1 : 0);
  }
  stop[n] = n;
  for (let k = n - 1; k >= 0; k--) {
    const t = (blocks[k] as Block).first;
    stop[k] = t.marker?.strength === 'strong' || (t.type === 'titleCandidate' && isStrongTitle(blockText(blocks[k] as Block))) ? k : (stop[k + 1] as number);
  }
  return { bullets, strong, stop };
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

/** A bulletin's or minutes' issue anywhere on a short line: `〔2018〕第23期`, `第5期`, `2024年第3期`. */
const issueOfBulletin = /第 ?\d{1,4} ?期/;

/** A question: it ends with a blank to fill in brackets or a question mark (folded: `( )`, `?`). */
const question = /(?:\( *\)|\?)$/;

/** Words that join two parts of a title. */
const conjunctions = '暨|和|及|与|以及|兼';
/** The second part of a title joined by a conjunction: `…2023年工作总结` / `暨2024年工作计划` (no title starts so). */
const titleSequel = new RegExp(`^(?:${conjunctions})`);
/** A title line that ends with a conjunction (or `、`): its words go on below (`…先进集体和` / `先进个人名单`). */
const unfinishedTitle = new RegExp(`(?:${conjunctions}|、)$`);

/** The next number of a list that starts in a cell of a row (`2⇥推进“三教”改革⇥1.组建…；`: 2), 0 when none. */
function cellListAt(text: string): number {
  if (!text.includes('\t')) return 0;
  let last = 0;
  for (const m of text.matchAll(cellItem)) last = Number(m[1]);
  return last === 0 ? 0 : last + 1;
}
const cellItem = /\t *(\d{1,2})[.．、]/g;

/** A tab after some text, then a figure or a dash: a cell of a table of figures (tested only on lines with a tab). */
const figureCell = /\S\t+[ ]*(?:[0-9０-９]|——|—|-|－|\.)/;

/** Empty cells after a line's text: tabs at its end (`一、深化改革⇥⇥⇥`). */
const emptyCellsAfter = /\S\t[\t ]*$/;

/** The styles of a list written inside a table's cell (`1.…；` `2.…`, `（1）…`, `①…`). */
const cellListStyles: ReadonlySet<MarkerStyle> = new Set<MarkerStyle>(['arabic', 'arabic-paren', 'arabic-half-paren', 'circled']);

/** Whether `marker`'s style is open and the marker carries another number than its next (`一、` under `二、…`). */
function breaksOpenNumbering(outline: Outline, marker: Marker): boolean {
  const next = openNext(outline, marker);
  return next !== null && marker.number !== next;
}

/** A figure as a table writes it: `35,620`, `101.4`, `-3.5` (a regex source). */
const figure = '[-+]?\\d[\\d,]*(?:\\.\\d+)?';
/** A figure alone in a cell, set apart by two spaces or more: `   35,620   `, `  101.4` at the end. */
const spacedFigureCell = new RegExp(`\\S {2,}${figure}%?(?: {2,}|$)`);

/**
 * A row of a table of figures with its cells apart by single spaces, under its header (`序号 指标名称 单位 数量` /
 * `2.1 地上建筑面积 ㎡ 16450`, `1.1 工程费用 40126.38 76.55%`): two cells or more after the number, the last a figure.
 */
function endsInFigureCell(t: Token, marker: Marker): boolean {
  const cells = fold(t.text).slice(marker.contentColumn - 1).trim().split(/ +/);
  return cells.length >= 2 && figureAlone.test(cells[cells.length - 1] as string);
}
const figureAlone = new RegExp(`^${figure}%?$`);
/** A figure without unit or sign after it (`22.14`, `1,602`): an amount in a table's column. */
const bareFigure = new RegExp(`^${figure}$`);

/**
 * A row of a table flattened to lines without its header: a weak number (`1⇥…`) followed by two or more cells
 * apart by tabs (`1⇥地区生产总值增长7.5%⇥经济发展局⇥2022年12月`).
 */
function isTableRow(t: Token, marker: Marker): boolean {
  // Any marker whose text goes on past a tab into a figure (`一、本年新收政府信息公开申请数量⇥198⇥18`,
  // `1.一般公共预算拨款收入⇥4968.28万元`, `（一）予以公开⇥——`): a row of a table of figures.
  const from = marker.contentColumn - 1;
  const tab = t.text.indexOf('\t', from) !== -1;
  // (One figure with its unit set apart by a tab, `1、门急诊人次⇥85万人次`, `3、城网供电可靠率⇥99.975%`, is a target's
  // value: the item stays. A bare figure, `三、卫生健康支出⇥22.14`, or several cells, is a row.)
  if (tab && figureCell.test(t.text.slice(from)) && (tabCellsAfter(t.text, from) >= 2 || bareFigure.test(fold(t.text.slice(t.text.lastIndexOf('\t') + 1)).trim()))) return true;
  // Columns set apart by runs of spaces, as a layout-keeping extraction writes them (`一、一般公共预算拨款收入   6,352.18
  // 一、社会保障和就业支出 …`, `（一）教育支出        92,318      94,062     101.9`): a figure alone in a cell.
  if (t.text.indexOf('  ', from) !== -1 && spacedFigureCell.test(fold(t.text.slice(from)))) return true;
  // Or by single spaces, four figures or more at the end (`一、本年新收政府信息公开申请数量 17 1 0 0 1 0 19`).
  // (Folded only when the line ends in a digit, ASCII or full-width: most lines do not.)
  const end = t.text.trimEnd();
  const last = end.charCodeAt(end.length - 1);
  if ((isDigit(last) || (last >= 0xff10 && last <= 0xff19)) && endsWithNumberCells(fold(end.slice(from)))) return true;
  // Two cells or more after the first, apart by tabs (`3.⇥压实企业主体责任⇥推行全员…⇥各行业主管部门⇥持续推进`).
  if (tab && tabCellsAfter(t.text, from) >= 2) return true;
  if (marker.strength !== 'weak' || marker.style !== 'arabic') return false;
  let tabs = 0;
  for (let i = t.text.indexOf('\t', marker.column); i !== -1 && tabs < 2; i = t.text.indexOf('\t', i + 1)) tabs++;
  return tabs >= 2;
}

/** How many tabs after `from` have a cell's text after them (tabs at the line's end do not count). */
function tabCellsAfter(text: string, from: number): number {
  let cells = 0;
  for (let i = text.indexOf('\t', from); i !== -1; i = text.indexOf('\t', i + 1)) {
    const next = text.charCodeAt(i + 1);
    if (next !== 0x09 && next !== 0x20 && !Number.isNaN(next)) cells++;
  }
  return cells;
}

interface DocDraft {
  title: string | null;
  titleLine: number | null;
  /** Where the title stands among the header lines (those before it come first). */
  titleAt: number;
  header: string[];
  pending: Block[];
  toc: { line: number; text: string }[];
  preamble: string[];
  noise: { line: number; text: string }[];
  outline: Outline;
  rootKey: string | null;
  firstContentLine: number | null;
  startLine: number;
  endLine: number;
}

function createDraft(line: number): DocDraft {
  return {
    title: null,
    titleLine: null,
    titleAt: 0,
    header: [],
    pending: [],
    toc: [],
    preamble: [],
    noise: [],
    outline: createOutline(),
    rootKey: null,
    firstContentLine: null,
    startLine: line,
    endLine: line,
  };
}

const hasContent = (d: DocDraft) => d.firstContentLine !== null;
/** A short line of a cover below its title: who issues it, its number, its date (no sentence). */
const isCoverLine = (text: string) => text.length <= 40 && !/[。！？!?]/.test(text);
/** A line that can be the value of a metadata key: a phrase, not a marker of an outline. */
const isValueLine = (block: Block) => isPhraseLine(block) && block.first.type !== 'outlineMarker';
/**
 * Two titles that are the same text, but for spaces and a remark the second carries (`…可行性研究报告（报批稿）` on the
 * cover, the same without it heading the pages).
 */
const sameTitle = (a: string, b: string | null) => b !== null && (titleKey(a) === titleKey(b) || titleKey(a) === remarklessKey(b));
/** A title's key without a draft's remark at its end (`（报批稿）`, `（征求意见稿）`, `（试行）`, `（草案）`). */
const remarklessKey = (title: string) => titleKey(fold(title).trim().replace(draftRemark, ''));
const draftRemark = /\((?:[^()]{0,8}稿|试行|暂行|草案)\)$/;
/**
 * Whether `headline`, a web page's headline, names the document titled `title` with who gave it in front
 * (`县长刘志远在2024年全县教育工作会议上的讲话` above the article's `在2024年全县教育工作会议上的讲话`).
 */
const headlineOf = (headline: string, title: string | null) => {
  if (title === null) return false;
  const h = titleKey(headline);
  const t = titleKey(title);
  return t.length >= 8 && h.length > t.length && h.endsWith(t);
};
/** Two months in a row after a line's start (`3、4月`, `11、12月`). */
const monthPair = /^(\d{1,2})、(\d{1,2}) ?月/;
/** A draft with no content: no preamble, table of contents or node. */
const isBare = (d: DocDraft) => !hasContent(d) && d.toc.length === 0 && d.preamble.length === 0 && d.outline.roots.length === 0;

/** A row of a table flattened with tabs, bars or runs of spaces (`1|建立长效管理机制|各街道办事处`, `周次    起止日期    …`). */
const hasCells = (block: Block) => lineHasCells(block.first.text, fold(block.first.content));

/** A byline's date: `时间：…`, `日期：…`, `2018-07-16`. */
const datesPage = /(?:时间|日期)[:：]|\d{4}-\d{1,2}-\d{1,2}/;

/** pandoc's attributes after a heading's text: `{#id}`, `{#id .unnumbered}`. Bounded runs. */
const pandocAttributes = / ?\{#[^{}\s]{1,80}(?: \.[\w-]{1,20}){0,3}\}$/;

/**
 * A heading written in a wrapper (`**一、总体目标**`, `【一、指导思想】`): its title without the closer. Markdown's bold
 * marks left in a title (`1. **加强宣传**：…`, `**1. 加强宣传**：…` as chat assistants write them) are no part of what it
 * says: the title leaves them out (the node's `text` keeps them, as written).
 */
function unwrapTitle(marker: string, title: string): string {
  const closer = wrapperCloser(marker);
  let unwrapped = closer !== '' && title.endsWith(closer) ? title.slice(0, -closer.length).trimEnd() : title;
  // pandoc's attributes after a heading (`（二）深化专项整治 {#深化专项整治}`, `{#保障措施 .unnumbered}`): no words of it.
  if (unwrapped.endsWith('}')) unwrapped = unwrapped.replace(pandocAttributes, '');
  return unwrapped.includes('**') ? unwrapped.replaceAll('**', '') : unwrapped;
}

/** A document title without Markdown's marks around it (`# …`, `**…**`, `## **…**`), and the marks (empty when none). */
function unmarkTitle(title: string): { title: string; marks: string } {
  // (And markup a converter left before it, `# <span id="page-0-0"></span>…方案`: tags are white space.)
  const unmarked = unmarkedTitle(title);
  const inner = unmarked.slice(skipBlanked(unmarked, 0));
  if (inner === title) return { title, marks: '' };
  const marks = title.replace(inner, '');
  // (A tag keeps the spaces between its attributes, one each.)
  return { title: inner, marks: marks.includes('<') ? marks.replace(/\s+/g, ' ').trim() : marks.replace(/\s+/g, '') };
}

/** Titles, texts and end lines of every node; children (created after their parent) first, so spans grow upward. */
function finishNodes(d: DocDraft): void {
  const drafts = d.outline.drafts;
  for (let k = drafts.length - 1; k >= 0; k--) {
    const draft = drafts[k] as NodeDraft;
    const node = draft.node;
    // A marker alone on its line (`3.` then the text on the next line): the text starts with the next paragraph.
    const paragraphs = draft.paragraphs[0] === '' && draft.paragraphs.length > 1 ? draft.paragraphs.slice(1) : draft.paragraphs;
    node.text = paragraphs.join('\n');
    node.title = unwrapTitle(node.marker, titleOf(paragraphs[0] ?? ''));
    node.endLine = Math.max(node.endLine, draft.end);
    if (draft.parent) draft.parent.node.endLine = Math.max(draft.parent.node.endLine, node.endLine);
  }
}

function finishDocument(d: DocDraft): PlanDocument | null {
  const empty = d.title === null && d.header.length === 0 && d.pending.length === 0 && d.toc.length === 0 && d.preamble.length === 0 && d.noise.length === 0 && d.outline.roots.length === 0;
  if (empty) return null;
  // Header-like lines that never met a title are the start of the preamble.
  if (d.pending.length > 0) {
    d.preamble.unshift(...d.pending.map((b) => blockText(b)));
    d.firstContentLine = Math.min(d.firstContentLine ?? Infinity, d.pending[0]?.line ?? Infinity);
    d.pending = [];
  }
  finishNodes(d);
  let end = d.endLine;
  for (const node of d.outline.roots) end = Math.max(end, node.endLine);
  return {
    title: d.title,
    line: d.titleLine ?? d.firstContentLine ?? d.startLine,
    endLine: end,
    header: d.header,
    meta: deriveMeta(d.header),
    toc: d.toc,
    preamble: d.preamble.join('\n'),
    noise: d.noise,
    children: d.outline.roots,
  };
}

/**
 * Text before a file's first title that holds no outline (a news lead `近日，…印发《…》，全文如下：`, a byline or a
 * site's name a page left above the title) is what stands above that title: its header, not an untitled document.
 */
function leadIntoTitle(documents: PlanDocument[], diagnostics: Diagnostic[]): PlanDocument[] {
  const [lead, titled] = documents;
  if (lead === undefined || titled === undefined || lead.title !== null || lead.children.length > 0 || lead.toc.length > 0 || titled.title === null) return documents;
  // Still text outside the outline: the orphan-text check rule reports it (and owns the code).
  if (lead.preamble.trim() !== '') {
    const lines = lead.endLine > lead.line ? `lines ${lead.line}–${lead.endLine}` : `line ${lead.line}`;
    diagnostics.push({ severity: 'warning', code: 'orphan-text', message: `text at ${lines} stands above the title, outside its outline`, line: lead.line });
  }
  const header = [...lead.header, ...(lead.preamble === '' ? [] : lead.preamble.split('\n')), ...titled.header];
  return [{ ...titled, header, meta: deriveMeta(header), noise: [...lead.noise, ...titled.noise] }, ...documents.slice(2)];
}

/** What a block is: its first line's token type, except that a wrapped title or paragraph is judged whole. */
function kindOf(block: Block): Token['type'] {
  const t = block.first;
  if (block.lines.length > 1 && (t.type === 'titleCandidate' || t.type === 'paragraph'))
    return looksLikeTitle(fold(blockText(block)).trim()) ? 'titleCandidate' : 'paragraph';
  return t.type;
}

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

/**
 * `关于…计划` / `执行情况与…计划草案的报告`: a title that says 关于 has not ended before its `的报告` or `的通知`, though
 * its first line ends in a kind; the line below ends it (and starts no title of its own with 关于).
 */
function endsAbout(first: string, rest: string): boolean {
  return first.includes('关于') && !/的[^的]{1,4}$/.test(first) && aboutTail.test(rest) && !rest.includes('关于') && rest.length <= 40 && !/[。！？；;：:，,]/.test(rest);
}

/**
 * The name of a website, its banner, a 公众号, a blog or a forum: `某某区政府网`, `某市人民政府门户网站`, `某市教育云平台`,
 * `临川教育发布`, `阿柚的日记`, `石榴花开的博客`, `城南街道吧`.
 */
const siteName = /(?:网|网站|门户|平台|频道|在线|发布|的日记|博客|吧|论坛|的空间|专栏)$/;

/**
 * Whether `rest` finishes a title that `first` began: always when `rest` is no title on its own (`…》的通知`); when
 * it is one, only if it is a short tail (`工作要点`), `first` left a 《 open, or `first` is no title on its own.
 */
function completesTitle(first: string, rest: string, adjacent: boolean): boolean {
  const restFolded = fold(rest).trim();
  const firstFolded = fold(first).trim();
  // A schedule's row or a step (`第二步　审核公示`) ends no title, nor does a form's seal or signature (`（盖章）`).
  if (startsCaptionOrRow(restFolded) || sealOrSignature.test(restFolded)) return false;
  // A speech's main title above its subtitle, a blank line apart or not (`凝心聚力　砥砺奋进　加快建设…大学` / `——在…上的工作报告`).
  if (speechSubtitle.test(restFolded) && firstFolded.length <= 40 && !/[。！？；;，,：:]/.test(firstFolded) && !siteName.test(firstFolded)) return true;
  // Across a blank line a title's first line is no short word without a number: a menu taken one item per line
  // (`校园新闻` / `通知公告`) is no title; `2024年` / `工作要点` on a cover is.
  if (!adjacent && firstFolded.length < 6 && !/[0-9〇零○一二三四五六七八九十]/.test(firstFolded)) return false;
  // A heading in 【】 below a title (`【指导思想】`) starts the text; it finishes no title.
  if (/^【[^【】]*】$/.test(restFolded) && !firstFolded.includes('【')) return false;
  if (!looksLikeTitle(restFolded)) return true;
  if (adjacent && endsAbout(firstFolded, restFolded)) return true;
  const open = (first.match(/《/g) ?? []).length > (first.match(/》/g) ?? []).length;
  // A whole title above a section's heading that names a kind too (`2024年年度报告` / `重要提示`): two lines, not one
  // title. (`…2024年教育工作要点` / `任务分解表` is one: its second line names a document's kind, no section's.)
  if (!open && weakDocumentKinds.has(endingKind(restFolded) ?? '') && endingKind(firstFolded) !== null && isStrongTitle(firstFolded)) return false;
  if (open || restFolded.length < 8) return true;
  // A word or two above a whole title (a page's tab `日志`, a column `动态`) starts none, unless it reaches on (`关于`).
  if (firstFolded.length <= 3 && !reachesNext(firstFolded)) return false;
  // A first line right above that is no title on its own starts one (`市教育局关于开展中小学教师` / `全员培训工作的通知`,
  // `XX县推进教师县管校聘` / `管理改革工作实施方案`, `全市…服务能力` / `提升三年行动实施方案（2024—2026年）`), unless
  // it names a website above a whole title (`某市人民政府门户网站` / `某市教育局2024年工作要点`, `…门户网站` /
  // `《…管理办法》政策解读`).
  return adjacent && !looksLikeTitle(firstFolded) && !(siteName.test(firstFolded) && (hasYear(restFolded) || isStrongTitle(rest)));
}

/** Where a paragraph went (a node's paragraphs or the preamble), and the ends it moved, to take it back. */
interface ParagraphPlace {
  block: Block;
  list: string[];
  draft: NodeDraft | null;
  end: number;
  docEnd: number;
}

/** An attachment left out of the text: `附件2：…任务分解表（略）`. */
const omitted = /[(（]略[)）]$/;
/** A notice's distribution lines below its text: `抄送：…`, `主送：…`, `印发：…`. */
const distribution = /^(?:抄送|抄报|主送|印发|分送)[:：]/;

/** The words of a notice that issues or forwards documents. */
const issuing = /关于(?:印发|转发|下发|公布)/;
/** A title that issues documents and has named them but not said what it is yet (`…关于印发《…方案》`). */
const issuesMore = (title: string): boolean => {
  const folded = fold(title).trim();
  return folded.endsWith('》') && issuing.test(folded);
};

/**
 * The first line of a title that goes on below: it ends with a conjunction, 关于, 印发, an open 《 or “, or a span of
 * years cut after its first (`…小学2024—` / `2025学年…`).
 */
function reachesNext(text: string): boolean {
  return /(?:[和及与暨、《“]|关于|印发|转发|(?:19|20)\d{2} ?[—–\-~～至])$/.test(fold(text).trim());
}

/**
 * The first line of a speech's main title: a short slogan (`凝心聚力　真抓实干`), no number, no issuer, no website.
 */
function isSloganLine(text: string): boolean {
  const folded = fold(text).trim();
  return folded.length >= 4 && folded.length <= 24 && !/\d/.test(folded) && canStartTitle(folded) && !siteName.test(folded) && !looksLikeTitle(folded);
}

/**
 * Whether `upper`, two lines above `last`, is the first line of a title over three lines: it cannot end a title
 * (`…关于印发《…方案》和` / `《…（试行）》` / `的通知`), or it starts a speech's main title of two lines above its
 * subtitle (`凝心聚力　真抓实干` / `奋力开创…新局面` / `——在…上的讲话`).
 */
function startsThreeLineTitle(upper: string, last: Block): boolean {
  return reachesNext(upper) || (speechSubtitle.test(fold(last.first.content).trim()) && isSloganLine(upper));
}

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

/** Tokens of a whole file → its documents. */
export function buildTree(lineTokens: readonly Token[]): GrammarResult {
  const tokens = withoutOverlaps(withBadgeNumbers(withoutMailQuotes(withoutSpacing(lineTokens))));
  const wrap = detectWrap(tokens);
  const blocks = groupBlocks(tokens, wrap);
  const toc = findToc(blocks);
  const documents: PlanDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  /**
   * Bullets (`●` `■` `—`) are a document's outline when it has two or more of them and no strong marker: decided per
   * document, so that a list of bullets stays one in a file whose other documents are numbered. The document's extent
   * is known only behind the walk: ahead, it runs to the next strong marker or the next title that opens a document.
   * Prefix counts over the blocks, made on first use in one pass, answer each question in constant time.
   */
  let bulletCounts: { bullets: Int32Array; strong: Int32Array; stop: Int32Array } | undefined;
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
      !hasSentenceEnd(fold(above.first.content))
    );
  };

  let doc: DocDraft | null = null;
  let previousWasMarker = false;

  const open = (line: number, title: string | null = null): DocDraft => {
    const before = doc;
    doc = createDraft(line);
    if (before && isBare(before) && (before.title === null || sameTitle(before.title, title) || headlineOf(before.title, title))) {
      // Nothing but a header, or a header and the title of the document that starts here (repeated in a page's
      // metadata table, or a page's headline that puts the speaker before it): no document of its own, but this one's header. A different title with nothing under it (a
      // page's title above its two parts, 总结 and 计划) stays a document.
      doc.header.push(...before.header);
      if (before.title !== null) doc.header.splice(before.titleAt, 0, before.title);
      doc.pending.push(...before.pending);
      doc.noise.push(...before.noise);
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
  /** `title` (from `line`) becomes the document's title; the pending lines before it become its header. */
  const setTitle = (d: DocDraft, title: string, line: number, header: readonly Block[] = d.pending) => {
    d.header.push(...header.map((b) => blockText(b)));
    d.pending = [];
    // An attachment's label on its title's line (`附件2：…任务清单`) is the header's, as on a line of its own.
    const label = attachmentLabel.exec(fold(title));
    if (label !== null && label[0].length < title.length) {
      d.header.push(title.slice(0, label[0].length).trimEnd());
      title = title.slice(skipSpaces(fold(title), label[0].length));
    }
    // Markdown's marks around the title (`# 2025年…工作计划`, `**…方案**`): the header's, as an attachment's label is.
    const unmarked = unmarkTitle(title);
    if (unmarked.marks !== '') {
      d.header.push(unmarked.marks);
      title = unmarked.title;
    }
    d.titleAt = d.header.length;
    d.title = title;
    d.titleLine = line;
    if (isCompilationTitle(title)) {
      inCompilation = true;
      gathered = compiledKind(title);
    }
  };
  /** A new document that starts at its title. */
  const openTitled = (title: string, line: number): DocDraft => {
    const next = open(line, title);
    setTitle(next, title, line);
    return next;
  };
  /**
   * Short lines above the first content or a page's byline, and no title found: issuer lines are the header, and a
   * last line that names a year's work (`XX区2024年教育工作`) or starts with 关于 is the title, though it names no
   * document kind.
   */
  /** Documents opened by a web page's breadcrumb: a page of their own, where a title without a kind may stand too. */
  const pageDrafts = new WeakSet<DocDraft>();
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
    } else if (!hasContent(d) && d.title === null && isHeaderLike(block)) {
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
      // page's menu).
      if (parts.slice(1, -1).some((b) => isIssuerLine(blockText(b)) || isDocumentNumber(blockText(b))) || parts.some(hasCells) || parts.some((b) => isSiteSection(fold(blockText(b)).trim()))) continue;
      // No running header above the title (`…2023年年度股东大会会议资料`, heading every later page too).
      if (headsPages(blockText(parts[0] as Block)) && !headsPages(parts.map((b) => blockText(b)).join(''))) continue;
      const text = parts.map((b) => blockText(b)).join('');
      if (!looksLikeTitle(fold(text).trim())) continue;
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
    if (previousBlock(i) !== previous.block || previous.block.lines.length > 1 || !isHeaderLikeText(begun) || previous.block.first.type === 'outlineMarker') return null;
    if (hasCells(previous.block) || hasCells(block)) return null;
    const nextTo = adjacent(previous.block, block);
    if (!canStartTitle(begun) || !completesTitle(begun, blockText(block), nextTo) || previous.list[previous.list.length - 1] !== first) return null;
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
    if (!looksLikeTitle(fold(title).trim()) || !isStrongTitle(title) || !confirm()) return null;
    previous.list.pop();
    if (from !== previous) from.list.pop();
    if (from.draft) from.draft.end = from.end;
    d.endLine = from.docEnd;
    lastParagraph = null;
    olderParagraph = null;
    return { title, line: from.block.line };
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

  /** The index of the last block before `i` that is not blank (-1 when none). */
  const previousIndex = (i: number): number => {
    let j = i - 1;
    while (j >= 0 && (blocks[j] as Block).first.type === 'blank') j--;
    return j;
  };
  const previousBlock = (i: number): Block | undefined => blocks[previousIndex(i)];

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

  /** The next block that is not blank or noise. */
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
    // In hard-wrapped text, a line after a cut-off line is the rest of a sentence, not a title.
    for (let j = i - 1; j >= 0 && j >= i - lookAhead; j--) {
      const b = blocks[j] as Block;
      if (b.first.type === 'blank' || b.first.type === 'noise') continue;
      // A table of contents' last entry (`…要点……6`) may fill the line too; it is cut off from nothing.
      if (!toc.has(j) && b.first.type !== 'tocEntry' && continues(b.lines[b.lines.length - 1] as Token, wrap)) return false;
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
    // A form's field above its seal or signature (`县级局推荐意见` / `（盖章）`): no title, though it names a kind.
    if (sealOrSignature.test(fold(next[0].first.content).trim())) return false;
    // A collection's title right above its first piece's title (`…工作计划（通用2篇）` / `…工作计划 篇1`): a document of its
    // own, as it is at a file's start, when the piece's title opens one.
    if (!nested && kindOf(next[0]) === 'titleCandidate' && isStrongTitle(blockText(blocks[i] as Block)) && isStrongTitle(blockText(next[0])))
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
    if (block.first.content.length < 4 && !listedAttachment(i, block.first.content)) return false;
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
    if (names && labelText.startsWith('附表') && !namesTabledPlan(blockText(block))) return false;
    return names && opensDocument(i);
  };

  /**
   * Whether an appended table's title names a document or a plan set out as a table (`…2021年主要经营指标计划表`); a
   * table or a list of the document's own (`…指标分解表`, `…项目清单`) names none.
   */
  const namesTabledPlan = (title: string): boolean => {
    const folded = fold(title).trim();
    const bare = withoutTrailingRemark(folded);
    return /计划表$/.test(bare) || (isStrongTitle(title) && !/(?:表|清单)$/.test(bare));
  };

  /**
   * A table's caption in the text (`…重点项目清单如下：` / `某区…重点项目清单` / `序号  项目名称  …`): announced by the
   * paragraph above, its header row below; the document's own.
   */
  const isCaption = (i: number): boolean => {
    const above = previousBlock(i);
    const last = above?.lines[above.lines.length - 1]?.content ?? '';
    // (`附件：` alone announces a file, whose title this is.)
    if (!endsWithColon.test(last) || attachmentAlone.test(fold(last).trim())) return false;
    const below = nextContent(i + 1)?.[0];
    if (below === undefined) return false;
    const row = fold(below.first.content);
    return isTableHeader(row) || lineHasCells(below.first.text, row);
  };

  /**
   * A list begun inside the paragraph above, right after its colon (`说明：1.检查采取…；` / `2.检查发现的问题…`, `注：①…；②…；`
   * / `③…`): the next item on its own line goes on that paragraph, unless an open list of its style expects it.
   */
  const goesOnInlineList = (i: number, d: DocDraft, marker: Marker): boolean => {
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

  /** An appended table labelled on its title's line (`附表1：2024年主要经营指标分解表`): the document's own, as above. */
  const appendsTable = (block: Block): boolean => {
    if (block.lines.length !== 1 || !block.first.content.startsWith('附')) return false;
    const folded = fold(block.first.content).trim();
    return folded.startsWith('附表') && attachmentLabel.test(folded) && !namesTabledPlan(folded.replace(attachmentLabel, '').trim());
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
    return text.length >= 2 && fold(above.content).split(/[›»>→]/).some((part, k) => k > 0 && part.trim() === text) && (t.type !== 'titleCandidate' || isBareLabel(t.content));
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
      if (t.marker.strength !== 'strong') continue;
      // Items of a lower rank only: a `一、` or `第一章` after it starts the outline proper (the 一是 line was a lead).
      if (aboveShi.has(t.marker.style)) return false;
      return !openAfter(outline, key, styleKey(t.marker));
    }
    return false;
  };

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
   * subsections (`5 后期处置`) are known by their number, the next of the scheme, while no arabic list is open.
   */
  const asDecimalHead = (i: number, d: DocDraft, marker: Marker): Marker => {
    if (marker.style !== 'arabic' || marker.path.length !== 1) return marker;
    const running = d.outline.lastNumber.get(decimalHeadKey);
    const next = running !== undefined && marker.number === running + 1 && !d.outline.stack.some((l) => l.key === 'arabic');
    if (!next && !opensDecimalList(i, marker) && !precedesDecimalHead(i, marker)) return marker;
    return { ...marker, style: 'decimal', strength: 'strong' };
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
   * (`（　　）`) or asks (`？`): the question's text, not items of it.
   */
  const isAnswerOption = (i: number, marker: Marker): boolean => {
    if (marker.style !== 'latin-upper' && marker.style !== 'latin-lower') return false;
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

  const accepts = (i: number, d: DocDraft, marker: Marker): boolean => {
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
        if (nextNumberOfStyle(i, marker, d.outline) === marker.number || repeatsOpenNumber(d.outline, marker)) return false;
        // A run of two is no list from three digits on (`119　火警` then `120　医疗急救`: a phone list); the item the
        // numbering expects can still have any number.
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
   * A title that the document's table of contents lists (`一、员工考勤管理制度……1` above `员工考勤管理制度`): the title
   * of a part of a compilation, though its kind is also a heading's (`制度`) or it is short (`公车管理办法`).
   */
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
      if (inList && text.endsWith(wanted)) return true;
    }
    return false;
  };

  /** An attachment's label and title on one line (`附件1：培训日程安排`) that the notice above lists: its title. */
  const titlesListedAttachment = (i: number, d: DocDraft, block: Block): boolean => {
    if (!hasContent(d) || block.lines.length !== 1) return false;
    const folded = fold(block.first.content).trim();
    const label = numberedAttachmentLabel.exec(folded);
    if (label === null) return false;
    const rest = folded.slice(label[0].length).replace(/^ ?[:：]? ?/, '');
    return rest.length >= 2 && listedAttachment(i, rest);
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

  const listedInToc = (i: number, d: DocDraft, block: Block): boolean => {
    const title = entryText(blockText(block));
    return title.length >= 4 && !afterBareMarker(i) && d.toc.some((e) => entryText(e.text).endsWith(title));
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
   * (`…关于印发《石桥村村规民约》的通知`), so a short title without a year opens that document.
   */
  const forwardedBy = (d: DocDraft, block: Block): boolean => {
    const title = fold(blockText(block)).trim();
    return d.title !== null && title.length >= 4 && fold(d.title).includes(`《${title}》`);
  };

  /**
   * Whether the title of `d`, which has no content yet, is a letterhead's name above `title`: numbered below it (a
   * document's number `〔2025〕第18号`, an issue's `第7期`), of the same kind as `title` (`纪要`, `通报`), and naming no
   * matter (`关于…`, `《…》`) of its own.
   */
  const namesLetterhead = (d: DocDraft, title: string): boolean => {
    const name = fold(d.title ?? '').replace(/\s+/g, '');
    if (name.includes('关于') || name.includes('《')) return false;
    const kind = endingKind(name);
    if (kind === null || kind !== endingKind(fold(title).trim())) return false;
    return d.header.slice(d.titleAt).some((h) => isDocumentNumber(h) || issueNumber.test(fold(h).trim()));
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
    const next = nextContent(i + 1);
    return next !== null && next[0].lines.length === 1 && issueNumber.test(fold(next[0].first.content).trim());
  };

  /** Whether block `i` follows a marker alone on its line (`三、` / `重点任务`): it is that heading's title. */
  const afterBareMarker = (i: number): boolean => {
    const t = previousBlock(i)?.first;
    return t !== undefined && t.type === 'outlineMarker' && t.marker !== undefined && t.marker.contentColumn > t.text.trimEnd().length;
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
   * A title line before a restart of the top-level numbering is the title of the document it opens: right before it,
   * or above the new document's header (`政府工作报告` / `——在…会议上` / `县长 王建国` / `各位代表：` / `现在，…` / `一、…`).
   */
  const titlesRestart = (i: number, d: DocDraft): boolean => {
    const next = markerAfterHeader(i);
    const m = next?.first.marker;
    if (next === null || m === undefined) return false;
    if (isRestart(d, m, 1)) return true;
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
    return isRow(above) && isRow(below) && (blocks[i] as Block).lines.length === 1;
  };

  /** A short line without sentence punctuation whose next line is a table row (`1⇥…` or `1 …`, a weak number). */
  const isGroupRow = (i: number): boolean => {
    const block = blocks[i] as Block;
    // A decimal section (`1.2 存在的主要问题`) heads the text after a table, never a group of its rows.
    if (block.first.marker?.style === 'decimal') return false;
    if (block.lines.length > 1 || hasSentenceEnd(block.first.content) || block.first.content.length > 40) return false;
    const next = nextContent(i + 1);
    const m = next?.[0].first.marker;
    return next !== null && m !== undefined && m.strength === 'weak' && m.style === 'arabic';
  };

  /** A line that is a number alone (`1`, read as a page number or as a marker without text): a row's 序号 cell. */
  const isNumberAlone = (b: Block | undefined): boolean => b !== undefined && b.lines.length === 1 && /^\d{1,3}$/.test(fold(b.first.content).trim());
  const afterRowNumber = (i: number): boolean => isNumberAlone(previousBlock(i));

  /** A line that finishes the title right above it (nothing in the header after the title yet). */
  const continuesTitle = (d: DocDraft, folded: string): boolean =>
    titleTail.test(folded) ||
    (titleSequel.test(folded) && d.header.length === d.titleAt && looksLikeTitle(folded)) ||
    // A title broken after a conjunction (`…先进集体和` / `先进个人名单`): the short line below ends it.
    (unfinishedTitle.test(d.title ?? '') && d.header.length === d.titleAt && folded.length <= 30 && !/[。！？；;：:，,]/.test(folded)) ||
    // A notice that issues several documents, broken between two of them (`…关于印发《…方案》` / `《…细则》的通知`).
    (d.header.length === d.titleAt && folded.startsWith('《') && issuesMore(d.title ?? '')) ||
    (d.header.length === d.titleAt && endsAbout(fold(d.title ?? '').trim(), folded));

  /** Whether the parts met so far (`第一部分　2024年工作总结`) are documents of their own (the `outlineMarker` case). */
  let partsAreDocuments = false;
  /** Inside an attachment list: the number of its next item (`attachmentListStart`); null outside one. */
  let attachmentNext: number | null = null;
  /** After a separator line (`==========`) that follows content. */
  let separated = false;
  /** After a metadata key alone on its line before the content: the next line is its value. */
  let valueNext = false;
  let classValueNext = false;
  /** Whether the lines so far since a page's column heading (`repeatsCrumb`) were the column's menu. */
  let inMenu = false;
  /** After the header row of a table flattened to lines (`序号 项目名称 责任单位 完成时限`), until the next strong marker. */
  let inTable = false;
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
  /** After a web page's footer below content (`…ICP备…`): a title or a first item opens the next page's document. */
  let pageEnded = false;
  /** Whether the title in block `i`, in a list of links, is rather the start of a document (a page copied after). */
  const leavesLinks = (i: number, next: number): boolean => {
    const block = blocks[i] as Block;
    if (kindOf(block) !== 'titleCandidate' || !isStrongTitle(blockText(block))) return false;
    // Below the title, up to three lines about it (a blog's timestamp `(2024-03-01 10:22:15)`, an issue `〔2018〕第23期`,
    // the issuer with the date) before the content starts.
    let after = nextContent(i + 1);
    for (let k = 0; after !== null && k < 3; k++) {
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

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    const t = block.first;
    if (t.type === 'blank') continue;
    if (t.type === 'noise' && t.kind === 'navigation' && isSiteFooter(t.content)) {
      // The page's footer ends its list of links, and the page.
      linksNext = null;
      pageEnded = doc !== null && hasContent(doc);
    }
    // The article's tools end a list of links above them (`相关附件：` / a file / `【打印本页】【关闭窗口】`).
    if (t.type === 'noise' && t.kind === 'navigation' && linksNext !== null && isClosingTools(t.content)) linksNext = null;
    if (linksNext !== null && t.type !== 'noise') {
      if (continuesLinks(block, linksNext) && !leavesLinks(i, linksNext)) {
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
    if ((attachmentNext !== null && t.type === 'outlineMarker' && t.marker?.style === 'arabic' && t.marker.number === attachmentNext) || startsFileList(block)) {
      // The next item of an attachment list: a paragraph of the node (or preamble) that holds the list.
      const d = current(block.line);
      addParagraph(d, block);
      touch(d, block);
      attachmentNext = (t.marker?.number ?? 0) + 1;
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
      const m = t.marker;
      if (kindOf(block) === 'titleCandidate' || (t.type === 'outlineMarker' && m?.strength === 'strong' && m.number === 1 && d.outline.roots.length > 0)) d = open(block.line);
    }
    if (valueNext) {
      valueNext = false;
      // (Under a key that classifies the page, `信息分类` / `法治政府建设年度报告`, a value that names a kind too.)
      if (!hasContent(d) && isValueLine(block) && (kindOf(block) !== 'titleCandidate' || classValueNext)) {
        // The value under a key alone (`索引号` then `11420107MB1A23456X/2024-00018`): the header's. Not a title: an
        // empty value (`主题词：`) may stand above the title itself; a title repeated under `名称` and again below
        // has no content of its own and joins the header when the title below opens the document.
        toHeader(d, blockText(block));
        touch(d, block);
        continue;
      }
    }
    if (!hasContent(d) && d.title !== null && block.lines.length === 1 && t.type !== 'outlineMarker' && continuesTitle(d, fold(t.content).trim())) {
      // `关于印发《…方案》` / `的通知`, `…工作总结` / `暨2024年工作计划`: no title starts with 的 or 暨; the line ends
      // the title above it.
      d.title += blockText(block);
      touch(d, block);
      continue;
    }
    // (A title that names only its kind, `政府工作报告`, under the breadcrumb that ends with it, is the page's title when
    // the text and its outline follow it with no other title between: a subtitle, a speaker, a byline, an address.)
    if (!hasContent(d) && t.type !== 'outlineMarker' && (followsCrumb(i) || (repeatsCrumb(i) && !(t.type === 'titleCandidate' && markerAfterHeader(i, 2 * headerLines) !== null))) && isPhraseLine(block) && t.content.length <= 16) {
      // `政务公开` / `>` / `规划计划`: a breadcrumb taken one element per line; its parts are no title. The column's
      // heading under the breadcrumb that names it is navigation too, and may head its menu.
      inMenu = repeatsCrumb(i);
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
    // (A label right above the text's outline, `工作要点` / `一、…`, is the page's title, not a menu's item.)
    inMenu &&= !hasContent(d) && d.title === null && t.type !== 'outlineMarker' && isPhraseLine(block) && t.content.length <= 12 && (t.type !== 'titleCandidate' || (isBareLabel(t.content) && markerAfterHeader(i) === null));
    if (inMenu) {
      // The column's menu under its heading (`法治政府建设年度报告` / `行政执法公示` / `规范性文件`): items that name no year,
      // place or matter, up to the page's metadata or its title.
      toHeader(d, blockText(block));
      touch(d, block);
      continue;
    }
    if (t.type === 'paragraph' && isTableHeader(fold(t.content))) {
      inTable = true;
      clauseTable = fold(t.content).includes('条款号');
    }
    // A table taken one cell per line: its 序号 column's head, or its caption (`表1 2024年各区县改造任务`).
    if (block.lines.length === 1 && ((t.content.length <= 4 && isNumberColumn(fold(t.content).trim())) || (t.type !== 'outlineMarker' && tableCaption.test(fold(t.content).trim())))) {
      if (!cellsTable) cellRows = 0;
      cellsTable = true;
    } else if (cellsTable && isNumberAlone(block)) cellRows++;
    const afterFooter = pageEnded;
    if (t.type !== 'noise') pageEnded = false;
    switch (kindOf(block)) {
      case 'noise':
        // The first copy of a running header that is the title of the document a notice above issues (`…关于印发XX实施
        // 计划的通知` / … / `第 1 页` / `XX实施计划`, the same line heading every later page): the title, where it opens.
        if (t.kind === 'running-header' && hasContent(d) && d.title !== null && issuesTitle(d.title, blockText(block)) && firstHeaderAt(blockText(block)) === i && opensDocument(i)) {
          d = openTitled(blockText(block), block.line);
          touch(d, block);
          break;
        }
        if (t.kind === 'separator' && hasContent(d) && !underlinesHeading(i)) separated = true;
        // A page's breadcrumb below content (`首页 > 通知公告 > 正文`): the next page of a crawl starts, and its document.
        if (t.kind === 'navigation' && hasContent(d) && isPageCrumb(fold(t.content).trim())) pageDrafts.add((d = open(block.line)));
        if (t.kind === 'link-list') linksNext = 1;
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
          addParagraph(d, block);
          touch(d, block);
        }
        break;
      case 'titleCandidate': {
        // A cell under a row's number alone on its line, in a table taken one cell per line.
        // (A form's label with its empty cell after it, `实践内容及计划(500字以内)⇥`, between the form's rows, is the form's
        // text too.)
        if (hasContent(d) && (appendsTable(block) || isCaption(i) || (emptyCellsAfter.test(t.text) && betweenTabRows(i)) || (periodSchedule.test(fold(t.content).trim()) && !titlesRestart(i, d) && !opensTopList(i, d)))) {
          addParagraph(d, block);
          touch(d, block);
          break;
        }
        // A column's head there (`项目名称` / `2023年计划` / `投资（万元）`): short, another cell right below it.
        if (cellsTable && (afterRowNumber(i) || (isCellLine(block) && isCellLine(nextContent(i + 1)?.[0])))) {
          addParagraph(d, block);
          touch(d, block);
          break;
        }
        // A group row of a table flattened to lines, its rows of tab cells below (`非累积投票议案` / `1⇥关于…的议案⇥√`); a
        // title that opens a document by itself (an attachment's, above its own table) is none.
        if (inTable && rowFollows(i) && !isStrongTitle(blockText(block)) && !attachmentLabel.test(fold(t.content))) {
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
        // Right under a marker alone on its line (`第二部分` / `2016年工作安排`): that heading's title, however much it reads
        // like a document's.
        if (hasContent(d) && afterBareMarker(i)) {
          addParagraph(d, block);
          touch(d, block);
          break;
        }
        // A cover (the title, then its issuer or date) whose title heads the first page again as it heads every later
        // one (a running header), or the title again after the document's own table of contents: the document opens at
        // the cover, the page's head is noise.
        if (!hasContent(d) && d.title !== null && sameTitle(blockText(block), d.title) && (d.toc.length > 0 || (d.header.length > d.titleAt && headsPages(d.title)))) {
          d.noise.push({ line: block.line, text: blockText(block) });
          touch(d, block);
          break;
        }
        // The document's own title again right after a page break (the page's running header, even seen once), or at its
        // end with no outline of its own below it (a post that closes with its title, then replies): noise. (Above a
        // restart of the numbering it is the next piece's title, the same as this one's: `\f县2025年…要点` / `一、…`.)
        if (hasContent(d) && d.title !== null && sameTitle(blockText(block), d.title) && ((afterPageBreak(i) && !titlesRestart(i, d)) || markerAfterHeader(i) === null)) {
          d.noise.push({ line: block.line, text: blockText(block) });
          touch(d, block);
          break;
        }
        // The title again below a cover of short lines (`招标编号：…` / `招 标 人：…` / `2023年11月`) and above the text: the
        // first page's head; the document goes on.
        if (hasContent(d) && d.title !== null && d.outline.drafts.length === 0 && d.preamble.length <= 8 && d.preamble.every(isCoverLine) && sameTitle(blockText(block), d.title)) {
          d.noise.push({ line: block.line, text: blockText(block) });
          touch(d, block);
          break;
        }
        // A running header that heads the first page right above the title (`…股东大会会议资料` / `2023年度董事会工作报告`,
        // the same line heading every later page): the header's, no document of its own. (A cover, with its date or a
        // 目录 below it, is one.)
        if (!hasContent(d) && d.title !== null && d.header.length === d.titleAt && d.toc.length === 0 && previousBlock(i)?.line === d.titleLine && headsPages(d.title) && isStrongTitle(blockText(block))) {
          d.header.push(d.title);
          setTitle(d, blockText(block), block.line);
          touch(d, block);
          break;
        }
        // A letterhead's name over its number, then the document's own title (`…专题会议纪要` / `〔2025〕第18号` / `关于…的专题
        // 会议纪要`, `督 查 通 报` / `第7期` / `关于…的督查通报`): the letterhead is the header's.
        if (!hasContent(d) && d.title !== null && d.toc.length === 0 && isStrongTitle(blockText(block)) && namesLetterhead(d, blockText(block)) && opensDocument(i)) {
          d.header.splice(d.titleAt, 0, d.title);
          setTitle(d, blockText(block), block.line);
          touch(d, block);
          break;
        }
        // A headline inside an issue of a periodical (`工作简报` / `第6期` / … / `我市出台稳就业十条措施`): an article of the issue;
        // the next issue's name opens the next document.
        if (isIssue(d) && !issueFollows(i) && !attachmentLabel.test(fold(t.content))) {
          // An issue that carries one report under its own formal title (`督查专报` / `第12期` / … / `关于…的报告`): that
          // title is the document's, the periodical's name and number its header.
          // Broken over two lines (`关于…攻坚行动` / `督查情况的报告`), the first taken as a paragraph: taken back.
          const own = fold(t.content).trim().startsWith('关于') && isStrongTitle(blockText(block)) && headsIssue(d.preamble) && opensDocument(i);
          const last = lastParagraph as ParagraphPlace | null;
          const split = own || last?.list !== d.preamble || !fold(blockText(last.block)).trim().startsWith('关于') || !headsIssue(d.preamble.slice(0, -1)) ? null : retakeSplitTitle(i, d, block, () => opensDocument(i));
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
          ((isStrongTitle(blockText(block)) || (inCompilation && isPartTitle(blockText(block), gathered)) || (d.title !== null && isSiblingTitle(d.title, blockText(block))) || listedInToc(i, d, block) || forwardedBy(d, block) || issueFollows(i) || afterFooter) && opensDocument(i)) ||
          titlesRestart(i, d) ||
          titlesAttachment(i, d) ||
          titlesListedAttachment(i, d, block) ||
          repeatsListedAttachment(i, d, block)
        ) {
          const split = retakeSplitTitle(i, d, block);
          d = split ? openSplit(split, block) : openTitled(blockText(block), block.line);
          cellsTable = false;
          touch(d, block);
        } else {
          // A short tail (`工作实施方案`) is no title alone, but may finish the line before it.
          const split = retakeSplitTitle(i, d, block, () => opensDocument(i));
          if (split) d = openSplit(split, block);
          else addParagraph(d, block);
          touch(d, block);
        }
        break;
      }
      case 'outlineMarker': {
        // The parts of a page or a cover titled with two documents, when the first part's heading names one of them
        // (`…2024年工作总结及2025年工作计划` / `第一部分　2024年工作总结` … `第二部分　2025年工作计划`): each part that names
        // a document is that document, titled with its heading. (`第一部分　2024年工作回顾` names none: the parts are nodes.)
        if (t.marker?.style === 'part') {
          const first = t.marker.number === 1 && d.title !== null && namesTwoDocuments(d.title);
          partsAreDocuments = (first || partsAreDocuments) && isStrongTitle(blockText(block, t.marker.contentColumn));
          if (partsAreDocuments) {
            d = openTitled(blockText(block), block.line);
            touch(d, block);
            break;
          }
        }
        const marker = asOpenSister(d.outline, asDecimalHead(i, d, asArabicOne(i, asLatinLetter(t.marker as Marker, d.outline))));
        // In a table flattened to lines, `1 新建…学校 区教育局 2024年底` is a row: its number is the 序号 cell (weak as
        // written, even where a decimal scheme would read `2 净利润` as its next head).
        // A table of clauses (a tender's 前附表, `条款号 条款名称 编列内容` / `1.1.2 招标人 名称：…`): its rows are numbered by
        // clause; another marker (`1. 总则`) ends it.
        if (clauseTable && (t.marker as Marker).style !== 'decimal') inTable = clauseTable = false;
        // A cell's list that runs on below its row (`2⇥推进“三教”改革⇥1.组建…；` / `2.建设新形态教材20部；`) is the row's too.
        const inCell = inTable && marker.style === 'arabic' && marker.number === cellItemNext;
        // A group row with empty cells after it (`一、深化改革⇥⇥⇥`, a merged cell), or one that would break the numbering of
        // the section the table stands in (`二、深化医改` … `一、医疗服务类⇥` above rows): a row too.
        const groupRow = inTable && isGroupRow(i) && (emptyCellsAfter.test(t.text) || breaksOpenNumbering(d.outline, marker));
        // In a table taken one cell per line, a cell's own list (`1` / `稳定粮食生产` / `1.粮食播种面积…；` / `2.…`).
        const cellList = cellsTable && cellRows > 0 && cellListStyles.has(marker.style) && openNext(d.outline, marker) !== marker.number;
        if ((inTable && ((t.marker as Marker).strength === 'weak' || clauseTable || endsInFigureCell(t, marker) || tabCellsAfter(t.text, marker.contentColumn - 1) > 0)) || inCell || groupRow || cellList || isTableRow(t, marker) || betweenRows(i)) {
          addParagraph(d, block);
          touch(d, block);
          cellItemNext = inCell ? cellItemNext + 1 : cellListAt(t.text);
          break;
        }
        // A group row inside the table (`一、产业发展（12项）` above rows `1⇥…`) keeps it open; other markers end it.
        inTable &&= isGroupRow(i);
        cellsTable &&= isNumberAlone(block);
        // A page's running header that repeats the open chapter's heading (`2` / `第一章  总体要求` at the next page's top),
        // or a slide's that says it goes on (`一、重点工作推进情况（续）`, on any page).
        if (repeatsAtPageHead(i, d, marker, block) || continuesOpenHeading(d, marker, block)) {
          d.noise.push({ line: block.line, text: blockText(block) });
          touch(d, block);
          break;
        }
        if (!accepts(i, d, marker) || isDateLikeDecimal(d.outline, marker) || continuesMonthPairs(i, marker) || goesOnInlineList(i, d, marker)) {
          addParagraph(d, block);
          touch(d, block);
          break;
        }
        const key = styleKey(marker);
        if (isRestart(d, marker) || (afterFooter && marker.strength === 'strong' && marker.number === 1)) d = open(block.line);
        markContent(d, block.line);
        place(d.outline, marker, { text: blockText(block, marker.contentColumn), line: block.line, endLine: block.endLine }, headsOwnList(i, d, marker));
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
        const split = hasContent(d) ? retakeSplitTitle(i, d, block, () => opensDocument(i) || titlesRestart(i, d)) : null;
        if (split) d = openTitled(split.title, split.line);
        else if (titlesAttachment(i, d)) d = openTitled(blockText(block), block.line);
        else if (namesIssue(i)) {
          // A periodical's name above the number of its issue (`人社工作动态` / `2025年第5期`): each issue is a document.
          if (!hasContent(d) && d.title === null) setTitle(d, blockText(block), block.line);
          else d = openTitled(blockText(block), block.line);
        } else if (labelsPiece(i)) {
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
