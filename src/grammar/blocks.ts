// Token[] → Block[]: physical lines grouped into paragraphs. In most files a paragraph is one line; in text
// hard-wrapped by PDF or Word extraction a paragraph runs over its wrapped lines, and page numbers or running
// headers between them are set aside (they are not part of it).
import { isDocumentNumber, isIssuerLine, titleKey } from './documents.js';
import { attachmentLabel, endingKind, looksLikeTitle, weakDocumentKinds } from '../tokenize/lexicon/doc-types.js';
import type { MarkerStyle, Token } from '../types.js';
import { fold } from '../tokenize/lexicon/fold.js';
import { isKeycap, yearSpanSource } from '../tokenize/lexicon/numerals.js';
import { hasSentenceEnd, hasTabCells, isDigit, isHan } from '../tokenize/lexicon/chars.js';
import { isPageJump } from '../tokenize/rules/page-number.js';
import { displayWidth, type WrapInfo, noWrap, minWrapWidth, maxWrapWidth, detectWrap, endsWithComma, startsPage, indentOf, centredIndent, isFullLine, continues, endsParagraph, paragraphEnd, hasColumns, endsWithSemicolon } from './wrap.js';
import { markRunningHeaders, markFootnotes, markEndnotes, markWrappedFurniture, markFooterContacts, markSealText, maxFootnoteLines } from './furniture.js';
import { isOffTitleRemark, isBracketedRemark } from './remarks.js';
import { isFigure } from './table-rows.js';
import { followsInlineArabic, followsInlineItem, holdsNextInline } from './inline-items.js';
import { isDivision, styleKey } from './outline.js';
import { unclosedBracket, leavesBracketOpen, leavesQuoteOpen, openBrackets } from './brackets.js';

export interface Block {
  /** The first line's token decides what the block is. */
  first: Token;
  /** Every physical line of the paragraph, in order (the first included). */
  lines: Token[];
  /** Page numbers and running headers met between the wrapped lines. */
  noise: Token[];
  line: number;
  endLine: number;
  /**
   * Index of the first and the last line of the block in the token stream it was grouped from (the grammar's: without
   * the spacing of double-spaced text). Blocks with nothing between them in the stream are adjacent (`adjacent`).
   */
  start: number;
  end: number;
}

/** Whether block `b` comes right after block `a`, with no line (blank or noise) between them. */
export function adjacent(a: Block, b: Block): boolean {
  return b.start === a.end + 1;
}

/**
 * A full line ending in a colon inside a remark that an earlier line of its paragraph opened (`…（牵头单位：县工信局；` /
 * `责任单位：…；完成时限：` / `2024年12月底）`): the remark goes on. The paragraph's lines are counted (a few per
 * paragraph).
 */
function colonInOpenRemark(lines: readonly Token[], wrap: WrapInfo): boolean {
  const last = lines[lines.length - 1] as Token;
  const end = last.content.charCodeAt(last.content.length - 1);
  if ((end !== 0xff1a && end !== 0x3a) || lines.length < 2 || !isFullLine(last, wrap)) return false;
  return leavesBracketOpen(lines);
}

/**
 * In wrapped text, a line that ends inside a bracket it opened (`…的意见》（教技函` / `〔2019〕36号）和…`), cut short
 * where the next word would not fit: no paragraph ends there, so the plain line below goes on with it (the line has
 * at least half the wrap's width; the paragraph's lines are counted, a few per paragraph).
 */
function leftInBracket(lines: readonly Token[], next: Token, wrap: WrapInfo): boolean {
  const last = lines[lines.length - 1] as Token;
  if (wrap === noWrap || next.type !== 'paragraph' || endsParagraph(last.content)) return false;
  const width = wrap.chars > 0 ? wrap.chars : wrap.width / 2;
  if (last.text.trimEnd().length * 2 < width) return false;
  return leavesBracketOpen(lines) || leavesQuoteOpen(lines);
}

/**
 * A remark in brackets left open at a line's end and closed by a short plain line below, all that line holds
 * (`14．…（牵头单位：市住` / `房城乡建设局）`), wrapped text or not: the line below is the remark's rest.
 */
function closesLeftRemark(lines: readonly Token[], next: Token): boolean {
  return next.type === 'paragraph' && remarkRest.test(fold(next.content).trim()) && leavesBracketOpen(lines);
}

/** The rest of a remark in brackets and its close, alone on a line: `房城乡建设局）`, `局）；`. */
const remarkRest = /^[^()（）\s]{1,20}[)）][。；;，,]?$/;

/**
 * A notice's title broken inside the name of the document it issues, centred over two or three lines
 * (`…关于印发《…管理系统` / `安全生产…实施方案` / `（2024—2026年）》的通知`): the index of its last line, when the plain
 * lines right below the first close its `《` within three lines and the whole reads as a title; -1 otherwise.
 */
function bookTitleEnd(tokens: readonly Token[], at: number): number {
  const first = (tokens[at] as Token).content;
  const about = first.indexOf('关于');
  if (about === -1 || first.indexOf('《', about) === -1) return -1;
  let open = openBrackets(first, 0, true);
  let text = first;
  for (let k = at + 1; k <= at + 2 && open > 0; k++) {
    const t = tokens[k];
    if (t === undefined || (t.type !== 'paragraph' && t.type !== 'titleCandidate')) return -1;
    open = openBrackets(t.content, open, true);
    text += t.content;
    if (open === 0) return looksLikeTitle(fold(text).trim()) ? k : -1;
  }
  return -1;
}

/**
 * In text wrapped by display width, a line cut short before a word of digits or Latin letters that would not have fit
 * (`…数据中台尾款，合计` / `1,118.27万元，…`): no sentence ends at its end, and the line with that word added runs past
 * the wrap, so the line below, indented no deeper, goes on with it.
 */
function cutBeforeWord(last: Token, next: Token, wrap: WrapInfo): boolean {
  if (wrap.width === 0 || endsParagraph(last.content)) return false;
  if (next.type !== 'paragraph' && !(next.type === 'outlineMarker' && next.marker?.strength === 'weak')) return false;
  // Not indented deeper (a paragraph's first line); the wrap's width is known to a hanging punctuation mark or two.
  if (indentOf(next) > indentOf(last)) return false;
  const word = unbreakableWord.exec(next.content);
  if (word === null) return false;
  // (A mark no line starts with goes down with the word: `12.35%，` is eight columns.)
  const mark = next.content.charAt(word[0].length);
  const stuck = mark !== '' && noLineStart.includes(mark) ? displayWidth(mark) : 0;
  return displayWidth(last.text.trimEnd()) + word[0].length + stuck > wrap.width - 2;
}
/** Marks that never start a line in Chinese typesetting: they go down with the word before them. */
const noLineStart = '，。、；：！？）》”’';

const noStyles: ReadonlySet<string> = new Set();

/**
 * The marker styles whose items run into their text in this wrapped text (`（一）完善融资担保体系。进一步…`): at least 3 of
 * its lines hold a sentence end, and none is a short heading alone on its line (ending inside its words, well short of
 * the wrap). Under such a style, a line a few characters short of the wrap that ends inside its words is cut by the
 * wrap too (`（三）创新金融产品和服务，更好满足各类企业多元化、多层次` / `融资需求。…`): a typesetter's line varies by a
 * character or two with its punctuation and digits. One pass.
 */
function runInStyles(tokens: readonly Token[], wrap: WrapInfo): Set<string> {
  const runs = new Map<string, number>();
  const headings = new Set<string>();
  for (const t of tokens) {
    if (t.type !== 'outlineMarker' || t.marker === undefined || t.marker.strength === 'bullet') continue;
    const key = styleKey(t.marker);
    if (hasSentenceEnd(t.content)) runs.set(key, (runs.get(key) ?? 0) + 1);
    else if (!endsParagraph(t.content) && !nearFull(t, wrap)) headings.add(key);
  }
  const styles = new Set<string>();
  for (const [key, n] of runs) if (n >= 3 && !headings.has(key)) styles.add(key);
  return styles;
}

/** Whether a line comes within a few characters of the wrap (8 columns, 4 characters). */
function nearFull(t: Token, wrap: WrapInfo): boolean {
  const text = t.text.trimEnd();
  return (wrap.width > 0 && displayWidth(text) >= wrap.width - 8) || (wrap.chars > 0 && text.length >= wrap.chars - 4);
}

/** A marker's line of a run-in style, near the wrap, ending inside its words: its text goes on below. */
function nearFullRunIn(t: Token, styles: ReadonlySet<string>, wrap: WrapInfo): boolean {
  return t.type === 'outlineMarker' && t.marker !== undefined && styles.has(styleKey(t.marker)) && !hasSentenceEnd(t.content) && !endsParagraph(t.content) && nearFull(t, wrap) && !hasColumns(t);
}

/**
 * A full line of wrapped text that ends in an aside in brackets inside its sentence (`…为保障行政单位（含参照公务员法管理的
 * 事业单位）` / `运行用于购买货物和服务的各项资金。`): the bracket opened after a word, and holds no label and colon (a remark that
 * ends a line, `（牵头单位：县教育局）`, ends its paragraph); the plain line below, indented no deeper and no form's field,
 * goes on with it.
 */
function asideAtWrap(last: Token, next: Token, wrap: WrapInfo): boolean {
  if (next.type !== 'paragraph' || (last.type !== 'paragraph' && last.type !== 'outlineMarker') || indentOf(next) > indentOf(last)) return false;
  const content = last.content;
  if (content.charCodeAt(content.length - 1) !== 0xff09 /* ） */ || !isFullLine(last, wrap)) return false;
  const open = content.lastIndexOf('（');
  const aside = content.slice(open + 1, -1);
  return open > 0 && isHan(content.charCodeAt(open - 1)) && asideWords.test(aside) && !asideLabel.test(aside) && !fieldLabel.test(next.content);
}

/**
 * A sentence's line ending in the first character of a word that ends in 一 and that no title ends in: `统一`, `唯一`,
 * `归一` (`…系统`, `…清单`, `…合同`, `…计划` end titles).
 */
const wordBeforeYi = /[^系传血总正]统$|[唯归]$/;

/** Words that end in a capital numeral: 队伍, 入伍, 落伍, 登陆, 着陆, 大陆, 收拾 (and their traditional forms). */
const capitalWordCut = /^(?:[队隊入退落]伍|[登着著大内內水]陆|[登著大內]陸|收拾)$/;

/** A span of years in brackets alone on its line: `（2021—2025年）`, `(2024-2026年)`. */
const yearSpanRemark = new RegExp(`^[(（]${yearSpanSource}[)）]$`);

/** A task's field: who leads or shares it, or by when (`牵头单位：`, `责任部门：`, `完成时限：`). */
const dutyField = /^(?:(?:牵头|责任|配合|参与|协办|主办|承办)(?:单位|部门|科室|处室|领导|人)|完成时限|时间节点|完成时间)[:：]/;

/** A form's label and colon opening a line (`组　长：刘建国`, `联系人：…`): a field under a heading, not its sentence going on. */
const fieldLabel = /^[^，。；：:]{1,6}[:：]/;

/** An aside says something in words (a table's head `毛利率（%）` puts a unit in brackets). */
const asideWords = /[\u4e00-\u9fff]{2}/;

/** Inside a bracket, what makes it a remark rather than an aside: a label's colon, a list's semicolon, another bracket. */
const asideLabel = /[:：;；（）()]/;

/**
 * A line cut short because the typesetter may not start a line with a closing mark, so the characters before it went
 * down with it (`…党组织领导的校长负责制落地见` / `效。按照…`, `…病例数未超` / `10例。`): no paragraph starts with one to
 * three characters and a mark, so they go on with the line above when that line is long (three fifths of the wrap's width; in
 * text not found wrapped, 20 characters) and ends inside a sentence.
 */
function pushedByClosingMark(last: Token, next: Token, wrap: WrapInfo): boolean {
  if (next.type !== 'paragraph' || !pushedBeforeMark.test(next.content) || endsParagraph(last.content) || indentOf(next) > indentOf(last)) return false;
  const width = displayWidth(last.text.trimEnd());
  return wrap.width === 0 ? width >= 40 : width >= 0.6 * wrap.width;
}

/**
 * One to three characters, then the end of a sentence (`效。`, `10例。`, `措施；`); not a word and a comma (`同时，…`,
 * `各系部、…`), a label and its colon (`答：…`), or a quoted term (`“一核”即…`), which open paragraphs.
 */
const pushedBeforeMark = /^[^\s。！？，；：:、“‘（(《【”’）》]{1,3}[。！？；]/;

/** A run of digits and Latin letters with the signs inside numbers (`1,118.27`, `ISO9001`, `3.5%`): at least 3 units. */
const unbreakableWord = /^[0-9A-Za-z][0-9A-Za-z,.%:/-]{2,}/;

/**
 * In wrapped text, the last words of a long heading set in a larger type, so broken before the body's width (`第三章
 * 深入打好污染防治攻坚战，持续改善环境` / `质量` / `第四节 …`): a short plain line without punctuation right under a numbered
 * heading that fills most of a line and ends inside its words, with the next heading right after it.
 */
function isHeadingTail(lines: readonly Token[], tokens: readonly Token[], i: number, wrap: WrapInfo): boolean {
  const head = lines[0] as Token;
  const next = tokens[i];
  if (wrap === noWrap || lines.length !== 1 || head.type !== 'outlineMarker' || head.marker?.strength === 'bullet' || next?.type !== 'paragraph') return false;
  // (Not a page's header after a form feed.)
  if (next.content.length > 8 || /[\p{P}\p{S}\d]/u.test(next.content) || !endsWithHan(head.content) || startsPage(next)) return false;
  // The answer to a heading that asks (`七、是否存在…占用资金情况` / `否`) is no part of it.
  if (answer.test(next.content) || head.content.includes('是否')) return false;
  const width = wrap.chars > 0 ? wrap.chars : wrap.width / 2;
  if (head.text.trimEnd().length * 10 < width * 6) return false;
  const after = tokens[skipNoise(tokens, i + 1)];
  return after === undefined || (after.type === 'outlineMarker' && after.marker?.strength !== 'bullet');
}

/** A one-word answer under a question in a form or a report: `是`, `否`, `无`, `不适用`. */
const answer = /^(?:是|否|有|无|适用|不适用|不涉及)$/;

/** The index of the first token from `from` on that is neither blank nor noise (the length when none is). */
function skipNoise(tokens: readonly Token[], from: number): number {
  let j = from;
  while (j < tokens.length && (tokens[j]?.type === 'blank' || tokens[j]?.type === 'noise')) j++;
  return j;
}

/** The rest of a reference to an item or a clause after its number: `项要求`, `款规定` (not `项目`). */
const clauseReference = /^[项款](?!目)/;

const opensAtEnd = /[（(【[《“‘「『〔]$/;

const endsWithHan = (text: string) => isHan(text.charCodeAt(text.length - 1));

/** A Chinese numeral and `、` at a line's end, after a word (`…推动一、`): an enumeration the wrap cut. */
const numeralListAtEnd = /[\u4e00-\u9fff]([一二三四五六七八九])、$/;

/** The Chinese numeral one below `n` (2 to 10), '' otherwise. */
function hanNumeralBefore(n: number): string {
  return n >= 2 && n <= 10 ? ('一二三四五六七八九'[n - 2] as string) : '';
}

/**
 * A term that holds a number in brackets, cut before the number: a class after its grade (`…八年级` / `（3）班…`, `…初二`
 * / `（2）班…`), a reservoir's size after `小` (`…小` / `（1）型水库…`). The line's end and the next line's start.
 */
const termCutBefore = /(?:级|[初高][一二三]|小)$/;
const termCutAfter = /^[（(][0-9０-９]{1,2}[）)][班型]/;

const latinAtEnd = /[A-Za-z]$/;

const latinAtStart = /^[A-Za-z]/;

/** What goes on a title below its line: `的通知`, `暨…`, `和…`, `（试行）`, `《…》`, a quote. */
const titleTail = /^[的暨和及与之（(《“〔【]/;

/** Punctuation no paragraph starts with. */
const cannotStart = /^[，,、；;：:。）)】》”’」』〕]/;

/** Marker styles that also number items inside a sentence. */
const inlineStyles: ReadonlySet<MarkerStyle> = new Set<MarkerStyle>(['arabic-paren', 'arabic-half-paren', 'circled']);

/** A code set apart at a line's right by a gap of three spaces or more (`…应急预案                JHHG-YA-2024-A/0`). */
const setApartAtEnd = /[ \u3000]{3}[!-~]+$/;

/** A word or a mark that goes on a sentence and opens no paragraph: `的`, `等`, `及` …, a comma. */
const goesOnSentence = /^[的等及和之，,、；;：:。]/;

/** Whether `next` is the strong marker right after the one `first` starts with, in the same style and delimiter. */
function nextOfItem(first: Token | undefined, next: Token): boolean {
  const a = first?.marker;
  const b = next.marker;
  return a !== undefined && b !== undefined && b.strength === 'strong' && a.style === b.style && a.delimiter === b.delimiter && b.number === a.number + 1;
}

/**
 * An enumeration inside a sentence that the wrap started at a line's start, right after the sentence's colon filled the
 * line above (`    …主要体现在：` / `①…；②智…`): its first item, on a line that holds the item after it too, at the margin
 * below a paragraph whose first line is indented.
 */
function inlineRunAtWrap(lines: readonly Token[], next: Token, wrap: WrapInfo): boolean {
  const last = lines[lines.length - 1] as Token;
  const m = next.marker;
  return m !== undefined && m.number === 1 && inlineStyles.has(m.style) && indentOf(next) < indentOf(lines[0] as Token) && /[：:]$/.test(last.content) && isFullLine(last, wrap) && holdsNextInline(m, next);
}

/**
 * A line that no paragraph ends with, whether or not a wrap cut it: an ordinal's first word (`…第十一条第` / `（一）项规定…`,
 * `…按照本计划第` / `（三）项要求…`), an arrow, a preposition or a conjunction above a line that is no strong marker's, or a bracket
 * left open that the line below closes with what reads as a marker (`…回执（附件` / `2）报…`, a weekday's `…３月３１日（星期`
 * / `一）止。`).
 */
function cutMidWord(last: Token, next: Token, lines: readonly Token[]): boolean {
  // (Not above a contents entry's second line, `第二部分　…基本原则和` / `　　发展目标　　　5`: the table of contents reads it.)
  // (Nor a step of a chain cut after its arrow, `…6.数据挂接→7.数据验收→` / `8.档案还原入库。`: the chain goes on.)
  // (Nor an article cited with a comma after it, below a line of prose that has not ended, `…第五百零九条、` /
  // `第五百七十七条，《…》…`, `（一）关于党建引领。修订草案新增` / `第六条之一，规定…`; not under an article, whose line is one.)
  if (next.marker?.style === 'article' && /[，,、]$/.test(next.marker.raw) && lines[0]?.marker?.style !== 'article' && /[。，,；;、]/.test(last.content) && !paragraphEnd.test(last.content) && !endsWithSemicolon.test(last.content)) return true;
  if (last.content.endsWith('第') || last.content.endsWith('→') || (next.marker?.strength !== 'strong' && next.pageRef !== true && endsWithFunctionWord(last, lines))) return true;
  return (next.marker?.style === 'arabic-half-paren' || (next.marker?.style === 'han-paren' && !/^[(（]/.test(next.marker.raw))) && unclosedBracket(last.content);
}

/**
 * A line of an item or a paragraph that ends with a preposition or a conjunction no phrase ends with (`…为重点，在` /
 * `5、6月份举办…`, `三、改造标准和` / `资金安排`): the line below, plain or a weak marker's, goes on with it. (Not a word
 * that ends in one: `存在`, `即将`, `总和`, `参与`, `普及`.)
 */
function endsWithFunctionWord(last: Token, lines: readonly Token[]): boolean {
  // (An item's line, or a paragraph's past its first: a title's first line is read with the line below by split titles.)
  return (last.type === 'outlineMarker' || (last.type === 'paragraph' && lines.length > 1)) && functionWordAtEnd.test(last.content);
}
const functionWordAtEnd = /(?:[，,]|[^\s存现所正实自潜内外好即必终])[在把将]$|[^\s平温总饱缓调祥人柔中]和$|[^\s参给赋授]与$|[^\s涉普波危顾企来以]及$/;

/** A row of four cells or more apart by single spaces, its last a figure: `6 桥面系及附属 2026.06.01 2026.10.31 153`. */
function isFigureRow(content: string): boolean {
  if (!isDigit(content.charCodeAt(content.length - 1))) return false;
  const cells = fold(content).trim().split(' ');
  return cells.length >= 4 && isFigure(cells[cells.length - 1] as string);
}

/** A table's row of tab cells under a line without tabs (`　　二、贷款使用情况` / `贷款银行⇥贷款金额（万元）⇥…`): no wrap puts tabs in a sentence. */
function rowUnderText(last: Token, next: Token): boolean {
  return hasTabCells(next.text) && !last.text.includes('\t');
}

function startsNewParagraph(next: Token, last: Token, lines: readonly Token[]): boolean {
  if (rowUnderText(last, next)) return true;
  // A heading right under a table's last row set out with single spaces (`6 桥面系及附属 2026.06.01 2026.10.31 153` /
  // `4 主要施工方法`): the row ends with a figure in a cell of its own, where no wrapped sentence is cut.
  if (next.marker?.strength === 'weak' && isFigureRow(last.content)) return true;
  // A number cut in two by the wrap (`…(2017-2` / `020)…`) is never a marker, unless it is the next of the block's own
  // items (`1.…完成主体工程5` / `2.推动…`); nor is what follows `第`, or the close of a bracket left open (cutMidWord).
  if (/[0-9０-９]$/.test(last.content) && /^[0-9０-９]/.test(next.content) && !nextOfItem(lines[0], next)) return false;
  if (cutMidWord(last, next, lines)) return false;
  // A reference to an item or a clause that the wrap put at a line's start (`…实施细则》第二部分` / `（三）项要求，…`,
  // `…第五条第` / `（二）款规定…`): no heading starts with 项 or 款 (`（三）项目建设` does).
  if (next.marker !== undefined && (next.marker.style === 'han-paren' || next.marker.style === 'arabic-paren') && clauseReference.test(next.content.slice(next.marker.contentColumn - next.column))) return false;
  // An opening bracket or quote at the end, whatever follows is inside it (`…要求：（` / `1）按时到校…`); a Latin word cut
  // by the wrap (`…（PDC` / `A、品管圈…）`) is no `A、` item; no paragraph starts with a comma or a closing bracket.
  if (opensAtEnd.test(last.content) || (latinAtEnd.test(last.content) && latinAtStart.test(next.content)) || cannotStart.test(next.content)) return false;
  // A task's field of who leads it or by when (`牵头单位：市发改委（投资处）`, `完成时限：6月底前`) starts its own line, under a
  // heading that fills the line too.
  // (Not inside a bracket the line above left open, `…（主体责任部门：…；街道` / `配合科室：环保办）`: the bracket's words; nor
  // after a comma, `…年度计划投资4亿元，` / `责任单位：区卫健局`: the sentence goes on with it.)
  if (next.type === 'paragraph' && dutyField.test(next.content) && !unclosedBracket(last.content) && !endsWithComma.test(last.content)) return true;
  // A title that fills the line ends there when the addressees follow (`…行动计划（2024—2026年）》的通知` / `各县（市、区）
  // 教育局，市直各幼儿园：`).
  if (last.type === 'titleCandidate' && next.content.length <= 60 && /[：:]$/.test(next.content)) return true;
  // …and when its issuer follows on a short line (`《…实施方案（2024—2027年）》政策解读` / `山东省能源局` / `2024年5月`).
  if (last.type === 'titleCandidate' && next.content.length <= 24 && isIssuerLine(next.content)) return true;
  // A title that ends in its kind ends there, unless the line below goes on with a title's tail (`…的通知`, `暨…`,
  // `（试行）`): `…经济责任审计报告` / `根据《中华人民共和国审计法》…`.
  // (The title's own line, first of its block: a body line cut after a kind's word, `…全部完成规范` / `化建设`, goes on.)
  if (last.type === 'titleCandidate' && lines.length === 1 && next.type === 'paragraph' && !weakDocumentKinds.has(endingKind(fold(last.content).trim()) ?? '') && !titleTail.test(next.content)) return true;
  // A document number stands on a line of its own (`…的通知` / `清教〔2012〕45号`); a notice's list of attachments
  // starts one (`联系人：…　0531-51763482` / `附件：1.…`).
  // (And the title below a document number starts its own line, though a signer padded out to the margin makes the
  // number's line as wide as wrapped text: `梅政发〔2024〕2号      签发人：杨志军` / `…关于…的报告`.)
  if (isDocumentNumber(next.content) || isDocumentNumber(last.content) || (next.content.charCodeAt(0) === 0x9644 /* 附 */ && attachmentLabel.test(fold(next.content)))) return true;
  // A term cut before its number (`…初二` / `（2）班获评…`).
  if (termCutAfter.test(next.content) && termCutBefore.test(last.content)) return false;
  // A note's mark that the wrap put at a line's start (`…平均浓度` / `①下降到31微克…`): the line above was cut inside
  // a word, where no list starts. An enumeration of numerals cut after its first (`…推动一、` / `二、三产业…`).
  // (A keycap, `4️⃣恢复供水后…`, marks no note: a chat's item; nor does the number after the block's own, `②…` / `③…`.)
  // (Or after a quoted term, when what follows the mark goes on a sentence: `…义务教育“以县为主”` / `①的管理体制，…`.)
  if (next.marker?.style === 'circled' && (endsWithHan(last.content) || (/[”’」』》]$/.test(last.content) && goesOnSentence.test(next.content.slice(next.marker.contentColumn - next.column)))) && indentOf(next) <= indentOf(last) && !isKeycap(next.marker.raw) && !nextOfItem(lines[0], next)) return false;
  if (next.marker?.style === 'han' && numeralListAtEnd.exec(last.content)?.[1] === hanNumeralBefore(next.marker.number)) return false;
  // A word ending in 一 cut before it, in an enumeration of its own (`…登记成果公开发布统` / `一、档案管理统一，…`).
  // (A heading's own line too, `（一）指挥体系。…统一调度、统` / `一、规范处置…`; not a title's.)
  if (next.marker?.style === 'han' && next.marker.number === 1 && (last.type !== 'titleCandidate' || lines.length > 1) && wordBeforeYi.test(last.content)) return false;
  // A word that ends in a capital numeral, cut before it (`…负责组建采样队` / `伍、设置采样点位…`): no part starts there.
  if (next.marker?.style === 'part' && capitalWordCut.test(last.content.slice(-1) + next.content.charAt(0))) return false;
  // An enumeration inside a sentence that the wrap put at a line's start (`…三项工作：（1）组织学习，` / `（2）开展轮训，`):
  // after a comma the sentence goes on, and `（2）` `②` `2）` are its inline items; after any line, when the item
  // before it stands inside the paragraph (`…三项：（1）配齐…；` / `（2）每学年…`, `…二是…联网；` / `三是…`).
  if (next.marker !== undefined && (inlineStyles.has(next.marker.style) || next.marker.style === 'shi') && endsWithComma.test(last.content) && indentOf(next) <= indentOf(last)) return false;
  if (next.marker !== undefined && indentOf(next) <= indentOf(last) && followsInlineItem(next.marker, lines)) return false;
  // (An arabic one, `…：1.过滤器…；` / `2.安全阀…`, where the paragraphs' first lines are indented and this line is not.)
  if (next.marker !== undefined && indentOf(next) < indentOf(lines[0] as Token) && followsInlineArabic(next.marker, lines)) return false;
  const continuation = next.type === 'paragraph' || next.type === 'titleCandidate' || (next.type === 'outlineMarker' && next.marker?.strength === 'weak');
  if (!continuation) return true;
  // Extracted text indents the first line of a paragraph: a line indented deeper than the one before opens one. A
  // line indented far deeper than the next is centred (a title in `pdftotext -layout` output): it ends where it is.
  return indentOf(next) > indentOf(last) || indentOf(last) - indentOf(next) >= centredIndent;
}

/**
 * Whether a full line that ends with a closing bracket goes on in the plain line right below it: `…控股子企业（以下统称
 * 各级企业）` / `的投资活动。` (no paragraph starts with 的, 等, 及 …), or a line less indented than the paragraph's
 * first (`　　第二条　…县城（含…开发区）` / `生活垃圾的…`). Otherwise a bracket at the end closes a remark.
 */
function goesOnAfterBracket(last: Token, next: Token, first: Token, wrap: WrapInfo): boolean {
  if (next.type !== 'paragraph' || !/[）)]$/.test(last.content) || !isFullLine(last, wrap)) return false;
  // A word that cannot open a paragraph, or punctuation (`…（2021年修订）` / `，结合我校实际…`); an item numbered inside
  // the sentence at the line's end (`…（三）政府资助；（四）` / `在核准的业务范围内…`).
  if (goesOnSentence.test(next.content) || inlineItemAtEnd.test(last.content)) return true;
  // A word's short aside in flush text (`…责任单位为各县（市、区）` / `教育局、市直各学校，…`): part of a name, no remark.
  if (nameAside.test(last.content) && indentOf(first) === 1 && indentOf(next) === 1) return true;
  // Less indented than the paragraph's first line, by a paragraph's indent (not a centred title's).
  return first.type !== 'titleCandidate' && indentOf(next) < indentOf(first) && indentOf(first) - indentOf(next) < centredIndent;
}

const nameAside = /[\u4e00-\u9fff][（(][\u4e00-\u9fff、]{1,5}[）)]$/;

const inlineItemAtEnd = /[；;，,：:、][（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]$/;

/** Whether `next`, a plain line right below, goes on with `last`, which ends with a comma (no sentence ends there). */
function brokenAfterComma(last: Token, next: Token): boolean {
  return next.type === 'paragraph' && indentOf(next) <= indentOf(last) && endsWithComma.test(last.content);
}

/**
 * Whether wrapped paragraphs indent their first line only: of the indented lines cut by the wrap, most are followed
 * by a line further left (the margin). At least 3 such lines.
 */
function indentsFirstLines(tokens: readonly Token[], wrap: WrapInfo, margin: number): boolean {
  let cut = 0;
  let back = 0;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    // Rows of a table (tab cells) are no paragraphs.
    if (indentOf(t) <= margin || t.type === 'blank' || t.type === 'noise' || next.type !== 'paragraph' || !continues(t, wrap) || hasTabCells(t.text)) continue;
    cut++;
    if (indentOf(next) < indentOf(t)) back++;
  }
  return cut >= 3 && back * 10 >= cut * 8;
}

/**
 * The column of a text's left margin, where wrapped lines go on (a `pdftotext` page indents every line by a few spaces,
 * first lines by a few more): the indent most plain lines right below a cut line have; 1 when there are none. Counted
 * in one pass, by a small histogram of indents.
 */
function marginOf(tokens: readonly Token[], wrap: WrapInfo): number {
  const counts = new Map<number, number>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === 'paragraph' && continues(tokens[i - 1] as Token, wrap)) counts.set(indentOf(t), (counts.get(indentOf(t)) ?? 0) + 1);
  }
  let margin = 1;
  let best = 0;
  for (const [indent, n] of counts) if (n > best || (n === best && indent < margin)) [margin, best] = [indent, n];
  return margin;
}

/**
 * In a text with no wrap found, where paragraphs indent their first line (at least 5 indented lines, at most one flush
 * line for four indented ones), the display width of its longest line (up to `maxWrapWidth` characters); 0 otherwise.
 * A page extracted from a PDF with only a paragraph or two cut by the wrap has too few cut lines to measure a wrap.
 */
function indentedCeiling(tokens: readonly Token[]): number {
  let indented = 0;
  let flushLines = 0;
  /** Flush plain lines right below an indented line that ends mid-sentence: the only lines the rule may join. */
  let cuts = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.type !== 'paragraph' && t.type !== 'outlineMarker') continue;
    if (indentOf(t) > 1) {
      indented++;
      continue;
    }
    flushLines++;
    const above = tokens[k - 1];
    if (above !== undefined && flushBelowCut(above, t)) cuts++;
  }
  // (At most one flush line goes on below each indented one: with more flush lines than that, no need to measure.)
  if (cuts === 0 || indented < 5 || (flushLines - indented) * 4 > indented) return 0;
  let widest = 0;
  for (const t of tokens) {
    if ((t.type !== 'paragraph' && t.type !== 'outlineMarker') || indentOf(t) === 1) continue;
    const text = t.text.trimEnd();
    // (A line of n units is at most 2n wide: one no wider than the widest so far is not measured.)
    if (text.length <= maxWrapWidth && text.length * 2 > widest) widest = Math.max(widest, displayWidth(text));
  }
  // Flush lines other than those the rule would join (a cut paragraph's rest is flush).
  let flush = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if ((t.type === 'paragraph' || t.type === 'outlineMarker') && indentOf(t) === 1 && !(i > 0 && cutAboveFlushLine(tokens[i - 1] as Token, t, widest))) flush++;
  }
  return flush * 4 <= indented ? widest : 0;
}

/**
 * Whether `next` goes on with `last` there: `last` indented, as wide as the text's longest line and cut mid-sentence,
 * `next` a plain flush line (`　　第一条　为规范…制定本办` / `法。`): where every paragraph indents its first line, a flush
 * line is no paragraph's first.
 */
function cutAboveFlushLine(last: Token, next: Token, ceiling: number): boolean {
  return ceiling >= minWrapWidth && flushBelowCut(last, next) && displayWidth(last.text.trimEnd()) >= ceiling - 4;
}

/**
 * Whether `next`, a plain line at the margin, goes on with `last`, a line a little short of the wrap that ends mid-phrase
 * (`…由市住房和城乡建设局责令限期` / `改正，依法处以罚款；…`), in a text whose paragraphs indent their first line and whose
 * wrapped lines go back to the margin (`first`, the paragraph's first line, indented): a line at the margin there opens
 * no paragraph. PDF extraction leaves a line short by a few characters where the next word did not fit.
 */
function flushBelowShortCut(first: Token, last: Token, next: Token, wrap: WrapInfo, margin: number): boolean {
  if (next.type !== 'paragraph' || indentOf(next) > margin || indentOf(first) <= margin || (last.type !== 'paragraph' && last.type !== 'outlineMarker')) return false;
  if (endsParagraph(last.content) || endsWithSemicolon.test(last.content) || hasColumns(last) || rowUnderText(last, next)) return false;
  return displayWidth(last.text.trimEnd()) * 4 >= wrap.width * 3;
}

/**
 * Whether `next`, a plain line at the margin, goes on with `last`, a full line that the wrap cut right after a colon
 * (`1.一般公共服务支出（类）…行政运行（项）：` / `年初预算为1,100.00万元，…`), where paragraphs indent their first line and
 * wrapped lines go back to the margin: a list the colon leads into starts with a marker or an indented line.
 */
function colonAtFullLine(first: Token, last: Token, next: Token, wrap: WrapInfo, margin: number): boolean {
  if (next.type !== 'paragraph' || indentOf(next) > margin || (last.type !== 'paragraph' && last.type !== 'outlineMarker')) return false;
  if (!/[：:]$/.test(last.content) || !isFullLine(last, wrap) || rowUnderText(last, next)) return false;
  // (Under an item at the margin too: its wrapped lines go back to it.)
  return indentOf(first) <= margin ? first.type === 'outlineMarker' : true;
}

/**
 * The display width of a text's widest plain or numbered line, when at least two lines reach it (within two columns):
 * the width a few wrapped lines were cut at in a text too short, or too little wrapped, to measure a wrap. 0 otherwise.
 */
function widestLine(tokens: readonly Token[]): number {
  let widest = 0;
  let reach = 0;
  for (const t of tokens) {
    if ((t.type !== 'paragraph' && t.type !== 'outlineMarker') || hasColumns(t)) continue;
    const text = t.text.trimEnd();
    if (text.length > maxWrapWidth || text.length * 2 < widest - 2) continue;
    const w = displayWidth(text);
    if (w > widest + 2) {
      reach = widest > 0 && widest >= w - 2 ? reach + 1 : 1;
      widest = w;
    } else if (w >= widest - 2) {
      reach++;
      widest = Math.max(widest, w);
    }
  }
  return reach >= 2 && widest >= minWrapWidth ? widest : 0;
}

/**
 * Whether `next`, a plain line no wider, goes on with the item above it whose first line reaches the text's widest line
 * and ends mid-phrase (`二、坚持立德树人，…加快构建德智体` / `美劳全面培养的教育体系`, `2.…开展“强基` / `固本”党支部…`):
 * a list of one-line headings where only a few long ones were wrapped.
 */
function headingCutAtWidest(lines: readonly Token[], next: Token, widestOf: (() => number) | null): boolean {
  const last = lines[lines.length - 1] as Token;
  if (widestOf === null || lines.length !== 1 || last.type !== 'outlineMarker' || last.marker?.strength === 'bullet' || next.type !== 'paragraph' || indentOf(next) > indentOf(last)) return false;
  // (The rest of a word or a sentence: no emoji or symbol first, `👥需要志愿者12名` under a post's item.)
  if (!goesOnText(next.content.charCodeAt(0)) || fieldLabel.test(next.content) || dutyField.test(next.content)) return false;
  if (endsParagraph(last.content) || endsWithComma.test(last.content) || endsWithSemicolon.test(last.content)) return false;
  const w = displayWidth(last.text.trimEnd());
  if (w < minWrapWidth) return false;
  const widest = widestOf();
  return widest > 0 && w >= widest - 2 && displayWidth(next.text.trimEnd()) < w;
}

/** Whether a line may go on with a sentence from this character: Han, a digit, a Latin letter, a quote or a bracket. */
function goesOnText(c: number): boolean {
  return isHan(c) || isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || textMarks.has(c);
}
/** Quotes and brackets a sentence's next line may start with: `“` `”` `《` `》` `（` `）`. */
const textMarks: ReadonlySet<number> = new Set([0x201c, 0x201d, 0x300a, 0x300b, 0xff08, 0xff09]);

/** Whether the heading of token `j` stands again a few lines below it (the page's own heading under its running header). */
function headingBelow(tokens: readonly Token[], j: number): boolean {
  const head = tokens[j] as Token;
  for (let k = j + 1; k < tokens.length && k <= j + maxLinesAboveHeading; k++) if (isSameHeading(tokens[k] as Token, head)) return true;
  return false;
}

/** Whether two marker lines are the same heading: the same style and number, the same words (`第二章 总体要求` twice). */
export function isSameHeading(a: Token, b: Token): boolean {
  return a.marker !== undefined && a.marker.style === b.marker?.style && a.marker.number === b.marker.number && titleKey(a.content) === titleKey(b.content);
}

/** The most lines between a running header and the heading it names, further down the page. */
const maxLinesAboveHeading = 8;

/** A plain flush line right below an indented paragraph or item line that ends mid-sentence. */
function flushBelowCut(last: Token, next: Token): boolean {
  return next.type === 'paragraph' && indentOf(next) === 1 && indentOf(last) > 1 && (last.type === 'paragraph' || last.type === 'outlineMarker') && !endsParagraph(last.content);
}

/**
 * Whether `next` goes on with an item's line above it by a hanging indent (`1.  新建…社区养老服务站 8` / `    个，实现…`,
 * as pandoc and text browsers lay out a list's items): a plain line that starts exactly under the item's text, below
 * a line of the item that is long and not ended (a short one is a heading, and the line under it its body).
 */
function hangsUnderItem(lines: readonly Token[], next: Token): boolean {
  const head = lines[0] as Token;
  const last = lines[lines.length - 1] as Token;
  const column = head.marker?.contentColumn;
  // (Three columns or more past the marker's start, in ASCII spaces: a paragraph's first-line indent, two spaces or two
  // U+3000, under a two-unit marker such as `三、` is no hanging line.)
  // (Two past it, it hangs where the line above is cut at a comma, or where it is the sentence's short tail: `    2.…对重点
  // 学生实行动` / `      态跟踪。`; a body's first line is neither.)
  // (Or one column past it, as `pdftotext -layout` sets a line's text under a full-width character's half.)
  const hang = next.column;
  if (head.type !== 'outlineMarker' || column === undefined || next.type !== 'paragraph' || !(hang === column || hang === column + 1)) return false;
  if (hang < head.column + 3 && (hang < head.column + 2 || !(endsWithComma.test(last.content) || isShortTail(next)))) return false;
  if (!hangsLikeLinesAbove(lines, next)) return false;
  // (A line that reaches further than the one above was not wrapped from it: `（二）…督察整改有序推进` / `    第二轮…。`,
  // a heading, then its body indented by four spaces.)
  const width = displayWidth(last.text.trimEnd());
  return width >= minHangingWidth && !endsParagraph(last.content) && displayWidth(next.text.trimEnd()) <= width + 2;
}

/**
 * Whether `next` goes on with an item's line that the wrap cut, by a hanging indent as wide on the page as the item's
 * marker and its indent, in other units (`　1.推動國民中小學…補助各直轄市、` / `　　並充實…`: a U+3000 and a half-width `1.`
 * above two U+3000): what a PDF of Taiwan's and Hong Kong's plans gives. (`hangsUnderItem` counts units.)
 */
function hangsAtItemWidth(lines: readonly Token[], next: Token): boolean {
  const head = lines[0] as Token;
  const column = head.marker?.contentColumn;
  if (head.type !== 'outlineMarker' || column === undefined || next.type !== 'paragraph' || next.column === column) return false;
  return hangsLikeLinesAbove(lines, next) && displayWidth(next.text.slice(0, next.column - 1)) === displayWidth(head.text.slice(0, column - 1));
}

/**
 * Whether `next` is indented by spaces or ideographic spaces only, one unit each (`第一条　…根` / `　　　　据…`), at the
 * column of the item's lines below its first: a hanging line of the item, as far as its indent tells.
 */
function hangsLikeLinesAbove(lines: readonly Token[], next: Token): boolean {
  if (!/^[ \u3000]+$/.test(next.text.slice(0, next.column - 1))) return false;
  for (let k = 1; k < lines.length; k++) if ((lines[k] as Token).column !== next.column) return false;
  return true;
}

/** A short line that ends a sentence (`态跟踪。`): the tail of the line above, not a paragraph of its own. */
function isShortTail(line: Token): boolean {
  return line.content.length <= 12 && /[。；;]$/.test(line.content);
}

/** The least width of an item's line that a hanging line goes on (a heading above its body is shorter). */
const minHangingWidth = 40;

/**
 * Whether `next` hangs under the text after an attachment's label (`附件：2024年全市…“守底线、查隐患、保安全”` /
 * `      专项行动工作方案`): indented by spaces as wide as the label, below a line that has not ended (and below lines
 * that hang so too). The rest of the attachment's name, or the next name of the list, not a title.
 */
function hangsUnderLabel(lines: readonly Token[], next: Token): boolean {
  const head = lines[0] as Token;
  if ((next.type !== 'paragraph' && next.type !== 'titleCandidate') || endsParagraph(head.content)) return false;
  const label = attachmentLabel.exec(fold(head.content));
  if (label === null) return false;
  const width = displayWidth(head.text.slice(0, head.column - 1 + label[0].length));
  // (Spaces or U+3000, as wide as the label; below lines that hang so too, a list of the attachments' names:
  // `附件：2023年畜牧工作总结` / `      2024年农机化工作要点` / `      2024年畜牧兽医工作要点`.)
  const hangs = (t: Token) => {
    const indent = t.text.slice(0, t.column - 1);
    return /^[ \u3000]+$/.test(indent) && displayWidth(indent) === width;
  };
  for (let k = 1; k < lines.length; k++) if (!hangs(lines[k] as Token)) return false;
  return hangs(next);
}

/**
 * Whether a newspaper's jump to another page stands next (`（二）坚持改革开放，持续激发` / `（下转第2版）` / `（上接第1版）` /
 * `市场主体活力。…`): the paragraph goes on past it, wrapped text or not.
 */
function jumpsAhead(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && isJump(t, '下转');
}

/** Whether a token is a newspaper's jump away (`下转`, `（下转第2版）`) or back (`上接`, `（上接第1版）`). */
function isJump(t: Token, way: '下转' | '上接'): boolean {
  return t.kind === 'page-number' && t.content.includes(way) && isPageJump(t.content);
}

/**
 * Whether a page break cuts the paragraph of `lines` in text of one line per paragraph (a PDF converter's, each page's
 * lines reflowed): a page number right below a line not ended, then a plain line that goes on, flush where the
 * paragraph's first line is indented (`　　（二）深化…持续优化法治化营` / `— 2 —` / `商环境。…`), or below a long line
 * with a comma in it (`…认证比例以及品牌农产品` / `- 4 -` / `在全省农产品总量中的占比。`). A heading above a page break is
 * short, and the paragraph after it indented as the heading is. The next page's header may stand between.
 */
function cutByPage(lines: readonly Token[], tokens: readonly Token[], i: number, repeatsTitle: (t: Token) => boolean): boolean {
  // (The page number first: most lines have none below them.)
  const below = tokens[i];
  if (below === undefined || (below.type !== 'blank' && below.kind !== 'page-number' && below.kind !== 'footnote')) return false;
  let j = i;
  let page = false;
  for (let notes = 0; j < tokens.length && j < i + 4 + notes; j++) {
    const t = tokens[j] as Token;
    if (t.type === 'blank') continue;
    // (Past the page's footnotes above its number: `…原辅材` / `①臭氧…：指…` / `-1-` / `料源头替代…`.)
    if (!page && t.kind === 'footnote' && notes < maxFootnoteLines) {
      notes++;
      continue;
    }
    // (And past the next page's header, a running one or a title above seen again: `- 1 -` / `云州市博物馆2024年工作计划`.)
    if (page && (t.kind === 'running-header' || (t.type === 'titleCandidate' && repeatsTitle(t)))) continue;
    if (t.kind !== 'page-number') break;
    page = true;
  }
  const next = tokens[j];
  // (Or the next item of a list inside the paragraph, `…三方面工作：（1）建设…；` / `第 4 页 共 7 页` / `（2）打造…；（3）…`.)
  if (!page || next === undefined || (next.type !== 'paragraph' && !(next.marker !== undefined && followsInlineItem(next.marker, lines)))) return false;
  const last = lines[lines.length - 1] as Token;
  if (endsParagraph(last.content)) return false;
  const first = lines[0] as Token;
  // (Or the next page starts with the tail of a word and the sentence's end, `制。…`: no paragraph starts so.)
  // (Or the line ends with a comma, `（三）深化农村改革，` / `- 5 -` / `激发农业农村发展活力。`: no heading or paragraph ends so.)
  return (indentOf(first) > 1 && indentOf(next) === 1) || (last.content.length >= 30 && /[，,、]/.test(last.content)) || wordTailFirst.test(next.content) || endsWithComma.test(last.content);
}

/** A line that starts with one or two characters and the end of a sentence (`制。各级…`): the tail of a cut word. */
const wordTailFirst = /^\p{Script=Han}{1,2}[。；]/u;

/** The index of the jump back (`（上接第1版）`) at most a few lines from `j`, past a page's foot and head; -1 when none. */
function jumpBack(tokens: readonly Token[], j: number): number {
  for (let k = j; k < tokens.length && k < j + 6; k++) {
    const t = tokens[k] as Token;
    if (isJump(t, '上接')) return k;
  }
  return -1;
}

/**
 * A note in brackets, one line, that says when and where a document was adopted or issued: `（…会议通过）`, `（…印发）`;
 * or the first line of one the wrap cut, its day first (`（2024年6月18日宁州市人民政府令第64号公布　自2024年8月1日` / `起施行）`).
 */
function isAdoptionNote(content: string): boolean {
  if (datedNoteStart.test(content) && unclosedBracket(content)) return true;
  return content.length <= 60 && /^[(（]/.test(content) && /(?:通过|印发|发布)[)）]$/.test(content) && isOffTitleRemark(content);
}
const datedNoteStart = /^[(（]\d{4}年\d{1,2}月\d{1,2}日/;

/** Groups tokens into paragraphs; with `wrap.width` 0 every non-blank line is its own paragraph. */
export function groupBlocks(input: readonly Token[], wrap: WrapInfo = detectWrap(input)): Block[] {
  const tokens = markSealText(markFooterContacts(markEndnotes(markFootnotes(markWrappedFurniture(markRunningHeaders(input, wrap), wrap)))));
  const margin = wrap === noWrap ? 1 : marginOf(tokens, wrap);
  const indented = wrap !== noWrap && indentsFirstLines(tokens, wrap, margin);
  const ceiling = wrap === noWrap ? indentedCeiling(tokens) : 0;
  // (Measured on first need: most files never ask.)
  let widest = wrap === noWrap && ceiling === 0 ? -1 : 0;
  const widestOnce = () => (widest < 0 ? (widest = widestLine(tokens)) : widest);
  const runIn = wrap === noWrap ? noStyles : runInStyles(tokens, wrap);
  const blocks: Block[] = [];
  /** The title lines seen so far; their keys (text without spaces) made when first asked for, after a page break. */
  const titleLines: Token[] = [];
  /** The keys of the part, chapter and section headings seen so far (a page's header may repeat the open one). */
  const divisionLines = new Set<string>();
  const titleKeys = new Set<string>();
  let keyed = 0;
  const titleSeen = (t: Token): boolean => {
    for (; keyed < titleLines.length; keyed++) titleKeys.add(titleKey((titleLines[keyed] as Token).content));
    return titleKeys.has(titleKey(t.content));
  };
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i] as Token;
    if (first.type === 'titleCandidate') titleLines.push(first);
    else if (first.marker !== undefined && isDivision(first.marker.style)) divisionLines.add(titleKey(first.content));
    const block: Block = { first, lines: [first], noise: [], line: first.line, endLine: first.line, start: i, end: i };
    i++;
    // A title followed by a remark in brackets on its own line (`（征求意见稿）`, `（2024—2026年）`): one title. A date, a note
    // of adoption (`（2023年12月18日）`, `（…校长办公会议审议通过）`) or of publication (`（此件主动公开）`) is not the title's: the header's.
    const remark = tokens[i];
    // (A word in 【】 there is the text's first heading: `【指导思想】`; a picture's placeholder, `[图片]`, is noise.)
    // (A label and its value in brackets, `（专业代码：510205）`, is the header's too.)
    if (first.type === 'titleCandidate' && remark && remark.type !== 'outlineMarker' && remark.type !== 'noise' && isBracketedRemark(remark.content) && !isOffTitleRemark(remark.content) && !remark.content.startsWith('【') && !/[:：]/.test(remark.content)) {
      block.lines.push(remark);
      block.endLine = remark.line;
      block.end = i;
      i++;
    } else if (first.type === 'titleCandidate' && remark?.type === 'blank' && tokens[i + 1] !== undefined && yearSpanRemark.test((tokens[i + 1] as Token).content)) {
      // (A plan's span in brackets a blank line below its title, `…规划` / `` / `（2021—2025年）`: the title's too.)
      const span = tokens[i + 1] as Token;
      block.lines.push(span);
      block.endLine = span.line;
      block.end = i + 1;
      i += 2;
    }
    const bookEnd = first.type === 'paragraph' || first.type === 'titleCandidate' ? bookTitleEnd(tokens, i - 1) : -1;
    if (bookEnd !== -1) {
      block.lines.push(...tokens.slice(i, bookEnd + 1));
      block.endLine = (tokens[bookEnd] as Token).line;
      block.end = bookEnd;
      blocks.push(block);
      i = bookEnd + 1;
      continue;
    }
    const joinable = first.type === 'paragraph' || first.type === 'outlineMarker' || first.type === 'titleCandidate';
    // (A title that fills the wrap, then a note of its adoption in brackets, `…远景目标纲要` / `（2021年1月15日…会议通过）`: two
    // lines, the note the header's.)
    const noteBelow = first.type === 'titleCandidate' && block.lines.length === 1 && tokens[i] !== undefined && isAdoptionNote((tokens[i] as Token).content);
    while (joinable && !noteBelow && i < tokens.length) {
      const last = block.lines[block.lines.length - 1] as Token;
      // (A page's head with a code set apart at its right, `…应急预案                JHHG-YA-2024-A/0`, reaches the wrap's
      // width by its gap: no wrap cut it.)
      const cut = (continues(last, wrap) && !(block.lines.length === 1 && setApartAtEnd.test(last.content))) || (block.lines.length === 1 && runIn.size > 0 && nearFullRunIn(last, runIn, wrap));
      if (!cut && !colonInOpenRemark(block.lines, wrap) && !jumpsAhead(tokens, i) && !cutByPage(block.lines, tokens, i, titleSeen)) {
        // A line broken by an editor after a comma (`（一）坚持项目为王，重大项目建设取得新突破，` / `全年完成投资…`): the
        // sentence goes on in the plain line right below, wrapped text or not.
        const next = tokens[i] as Token;
        if (
          !brokenAfterComma(last, next) &&
          !goesOnAfterBracket(last, next, block.first, wrap) &&
          !leftInBracket(block.lines, next, wrap) &&
          !closesLeftRemark(block.lines, next) &&
          !cutBeforeWord(last, next, wrap) &&
          !asideAtWrap(last, next, wrap) &&
          !pushedByClosingMark(last, next, wrap) &&
          !cutAboveFlushLine(last, next, ceiling) &&
          !headingCutAtWidest(block.lines, next, widest === 0 ? null : widestOnce) &&
          !(indented && flushBelowShortCut(block.first, last, next, wrap, margin)) &&
          !(indented && colonAtFullLine(block.first, last, next, wrap, margin)) &&
          !hangsUnderItem(block.lines, next) &&
          !hangsUnderLabel(block.lines, next) &&
          !(next.type !== 'blank' && cutMidWord(last, next, block.lines)) &&
          !(indented && inlineRunAtWrap(block.lines, next, wrap)) &&
          !isHeadingTail(block.lines, tokens, i, wrap)
        )
          break;
        block.lines.push(next);
        block.endLine = next.line;
        block.end = i;
        i++;
        continue;
      }
      // Skip page numbers and running headers (and the blank lines around them) between wrapped lines.
      let j = i;
      const skipped: Token[] = [];
      while (j < tokens.length && (tokens[j]?.type === 'blank' || tokens[j]?.type === 'noise')) skipped.push(tokens[j++] as Token);
      // Past a jump to another page, the page's foot and the next page's head, to the jump back (`（上接第1版）`).
      const jump = skipped.some((t) => isJump(t, '下转'));
      const back = jump ? jumpBack(tokens, j) : -1;
      // (With no jump back in the file, the lines below the jump are another article's: `（下转第4版）` / `…答记者问`.)
      if (jump && back === -1) break;
      if (back !== -1) {
        for (; j <= back; j++) {
          const t = tokens[j] as Token;
          skipped.push(t.type === 'blank' || t.type === 'noise' ? t : { ...t, type: 'noise', kind: 'page-number' });
        }
        while (j < tokens.length && tokens[j]?.type === 'blank') skipped.push(tokens[j++] as Token);
      }
      // A page's head that repeats a title above, seen once (`1` / `《…》课程标准` / `现任务，…`): a running header too; so is
      // one that repeats a part's or a chapter's heading above (`－2－` / `第一部分　重点任务` / `学前沿交叉研究院，…`), or
      // names the chapter that starts further down the page (`— 2 —` / `第二章 总体要求` / `仍不稳定，…` / … / `第二章 总体要求`).
      const head = tokens[j];
      const repeats = head !== undefined && ((head.type === 'titleCandidate' && titleSeen(head)) || (head.marker !== undefined && isDivision(head.marker.style) && (divisionLines.has(titleKey(head.content)) || headingBelow(tokens, j))));
      if (head !== undefined && repeats && skipped.some((t) => t.kind === 'page-number')) {
        const header: Token = { ...head, type: 'noise', kind: 'running-header' };
        tokens[j] = header;
        skipped.push(header);
        j++;
        while (j < tokens.length && tokens[j]?.type === 'blank') skipped.push(tokens[j++] as Token);
      }
      const next = tokens[j];
      // (A line that hangs under the item's text goes on with it, though indented like a paragraph's first line.)
      if (!next || (startsNewParagraph(next, last, block.lines) && !(j === i && (hangsUnderItem(block.lines, next) || hangsAtItemWidth(block.lines, next))))) break;
      // Where paragraphs indent their first line and wrapped lines go back to the margin, a line indented like the
      // paragraph's first opens a paragraph of its own (`    （一）成立…领导小组` / `    组长：园长`).
      if (indented && block.lines.length === 1 && indentOf(last) > margin && indentOf(next) === indentOf(last)) break;
      // There, a title that fills the line (centred by a few spaces) ends where an indented line starts the text.
      if (indented && last.type === 'titleCandidate' && block.lines.length === 1 && indentOf(next) > margin) break;
      if (skipped.length > 0 && !skipped.some((t) => t.type === 'noise')) break;
      block.noise.push(...skipped.filter((t) => t.type === 'noise'));
      block.lines.push(next);
      block.endLine = next.line;
      block.end = j;
      i = j + 1;
    }
    blocks.push(block);
  }
  return blocks;
}
