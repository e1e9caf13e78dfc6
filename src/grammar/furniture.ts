// A page's furniture among the lines, turned into noise before lines are grouped into paragraphs: running headers
// and footers, footnotes at a page's foot, endnotes set apart below the text that refers to them, and the furniture
// of wrapped text.
import { isIssuerLine, isStrongTitle } from './documents.js';
import { attachmentAlone, glossaryHeading, looksLikeTitle, notesHeading, periodicalWords } from '../tokenize/lexicon/doc-types.js';
import type { Token } from '../types.js';
import { fold } from '../tokenize/lexicon/fold.js';
import { issueNumber } from '../tokenize/lexicon/meta-keys.js';
import { isDigit, isNumberColumn, spreadGap, startsWithPlaceholder } from '../tokenize/lexicon/chars.js';
import { isNeighbourLink, isScreenBar, isSiteFooter } from '../tokenize/rules/navigation.js';
import { type WrapInfo, noWrap, skipBlank, startsPage, isFullLine, paragraphEnd, continues, indentOf, centredIndent } from './wrap.js';
import { followsInlineItem } from './inline-items.js';

/**
 * Running headers and footers of extracted text: the same short line, not a marker, in a file that has page breaks
 * (page numbers or form feeds; twice or more, each within two lines of a break) or was hard-wrapped (three times or
 * more). Returns the
 * tokens with those lines turned into noise.
 */
export function markRunningHeaders(input: readonly Token[], wrap: WrapInfo): Token[] {
  const tokens = markNumberedHeaders(unmarkRowNumbers(input));
  // A page break is a page number, or a line that starts with a form feed (`pdftotext` starts each page with one).
  const isBreak = (t: Token | undefined) => t !== undefined && (t.kind === 'page-number' || startsPage(t));
  const pages = tokens.filter(isBreak).length;
  const firstTitleToken = tokens.find((t) => t.type === 'titleCandidate');
  const titleCopies = pages === 0 ? new Set<number>() : titleAgainAtBreak(tokens, firstTitleToken);
  if (pages < 2 && wrap === noWrap) return tokens.map((t, i) => (titleCopies.has(i) ? { ...t, type: 'noise', kind: 'running-header' } : t));
  const candidate = (t: Token) =>
    (t.type === 'paragraph' || t.type === 'titleCandidate' || t.type === 'meta') &&
    (t.content.length <= 40 || (t.content.length <= 120 && spreadGap.test(t.content) && t.content.replace(spreadGap, ' ').length <= 40)) &&
    // (A name left blank with placeholder marks heads a page too: `××市第一人民医院护理部`.)
    (/^[\p{L}\p{N}[【(（]/u.test(t.content) || startsWithPlaceholder(t.content)) &&
    /[\p{L}\p{N}].*[\p{L}\p{N}]/u.test(t.content);
  // Near a page number when there are page numbers; otherwise not the tail of a cut-off line.
  const placed = (i: number) => {
    if (pages >= 2) {
      for (let d = -2; d <= 2; d++) if (isBreak(tokens[i + d])) return true;
      return false;
    }
    const prev = tokens[i - 1];
    return !prev || prev.type === 'blank' || !continues(prev, wrap);
  };
  // Beside page numbers twice is enough (a document of two or three pages); without them, three times.
  const repeats = pages >= 2 ? 2 : 3;
  // A line whose numbering starts under it (`石门村村规民约` / `第一条…`, perhaps under a remark and a preamble) heads a
  // piece of its own there: a title that the next piece may share, not a header.
  const counts = new Map<string, number>();
  // (Nor is the file's first title after the issuer's short name, `某某化工 值班与信息报告管理预案` under `…管理预案`.)
  const firstTitle = firstTitleToken?.content ?? null;
  // (Nor the file's first title again, a compilation's `…工作要点汇编` heading each page above a part's first heading, nor a
  // paper's marking, `华岳大学内部资料`.)
  const namesFirstTitle = (t: Token) => firstTitle !== null && t.content.length >= firstTitle.length && t.content.endsWith(firstTitle) && t !== firstTitleToken;
  tokens.forEach((t, i) => {
    // (An issuer's name is no piece's title: `第2页/共9页` / `某县教育局` / `（一）…`; nor is a header set in two parts
    // across the page, `…集团有限公司　　　　消防安全检查管理制度` / `（一）…`.)
    // (Nor is a copy that stands inside a paragraph the page cut, `（二）深化主题…以丰富` / `— 1 —` / `…德育工作计划` /
    // `多彩的…`, with items right below: it counts as a copy like the others.)
    if (candidate(t) && placed(i) && (!numberingOpensBelow(tokens, i) || isIssuerLine(t.content) || spreadGap.test(t.content) || namesFirstTitle(t) || internalPaper.test(t.content) || betweenPageParts(tokens, i, wrap))) counts.set(t.content, (counts.get(t.content) ?? 0) + 1);
  });
  // Without page numbers, a header also falls inside a paragraph the page cut (`…在基层的全面` / `XX公报` / `深度应用`),
  // where it is no line of its own: three times the same unpunctuated short line is a header wherever it stands.
  const anywhere = new Map<string, number>();
  if (pages < 2)
    for (const t of tokens) if (candidate(t) && !paragraphEnd.test(t.content)) anywhere.set(t.content, (anywhere.get(t.content) ?? 0) + 1);
  // The file's first line, a title that names the plan (`海川市教育局2026年工作要点`) with the outline right below it, is
  // the title, though the pages repeat it as their header.
  const top = skipBlank(tokens, 0);
  const below = tokens[skipBlank(tokens, top + 1)];
  const titleOnTop = tokens[top]?.type === 'titleCandidate' && below?.type === 'outlineMarker' && isStrongTitle(tokens[top]?.content ?? '') ? top : -1;
  // (So is a copy right under an attachment's label alone, `附件` / `…2025年工作要点`: the attachment's title.)
  const underLabel = (i: number) => {
    const above = tokens[skipBlank(tokens, i - 1, -1)];
    return above !== undefined && above.type !== 'noise' && attachmentAlone.test(fold(above.content).trim());
  };
  return tokens.map((t, i) =>
    candidate(t) &&
    ((placed(i) && (counts.get(t.content) ?? 0) >= repeats) || (anywhere.get(t.content) ?? 0) >= 3 || betweenPageParts(tokens, i, wrap) || aboveCutPage(tokens, i, wrap) || titleCopies.has(i)) &&
    i !== titleOnTop &&
    !(t.type === 'titleCandidate' && underLabel(i)) &&
    // (Nor a copy above an issue's number, `…常务会议纪要` / `〔2025〕第13次`: the title of the series' next issue.)
    !(t.type === 'titleCandidate' && issueBelow(tokens, i))
      ? { ...t, type: 'noise', kind: 'running-header' }
      : t,
  );
}

/**
 * The file's first title again, seen once, at the top of a page (`·1·` / `青州市人民政府规章` / `青州市…管理办法` /
 * `1 日间照料…` / `第八条…`): the page's header when the numbering below goes on with the open document's, its next
 * strong marker no first (a second copy of the document starts again at `第一章`). Returns the indexes of the copies
 * and of a header's first line above one.
 */
function titleAgainAtBreak(tokens: readonly Token[], title: Token | undefined): Set<number> {
  const found = new Set<number>();
  if (title === undefined) return found;
  tokens.forEach((t, i) => {
    if (t === title || t.type !== 'titleCandidate' || t.content !== title.content || !numberingGoesOn(tokens, i)) return;
    // A page break right above, or above the header's first line (`青州市人民政府规章`).
    const above = skipBlank(tokens, i - 1, -1);
    if (startsPage(t) || tokens[above]?.kind === 'page-number') found.add(i);
    else {
      const line = tokens[above];
      if (line === undefined || line.type === 'outlineMarker' || line.content.length > 40 || paragraphEnd.test(line.content)) return;
      if (startsPage(line) || tokens[skipBlank(tokens, above - 1, -1)]?.kind === 'page-number') found.add(i).add(above);
    }
  });
  return found;
}

/** Whether the next strong marker below line `i`, before any title, is no first: a numbering that goes on. */
function numberingGoesOn(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + maxLinesToNumbering; j++) {
    const next = tokens[j] as Token;
    if (next.type === 'titleCandidate') return false;
    if (next.type === 'outlineMarker' && next.marker !== undefined && next.marker.strength === 'strong') return next.marker.number > 1;
  }
  return false;
}

/** How many lines below a title's copy at a page's top its numbering is looked for. */
const maxLinesToNumbering = 40;

/**
 * The numbers of a table's rows taken one cell per line (`序号` / `课程名称` / `上课时间` / `1` / `硬笔书法` / `周一` / `2` / …),
 * which the tokenizer reads as bare page numbers: 1, 2, 3 … a few lines apart under the number column's head. They are
 * the table's text again (paragraphs), so they break no page. Returns the tokens (the same array when none).
 */
function unmarkRowNumbers(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'page-number' || t.content !== '1') continue;
    // The column's head a few lines above the first row's number.
    let head = i - 1;
    while (head >= 0 && head >= i - maxRowCells && !isNumberColumn(fold((tokens[head] as Token).content).trim())) head--;
    if (head < 0 || head < i - maxRowCells) continue;
    // Then 2, 3 … each a row's few cells below the one before.
    const rows = [i];
    for (let j = i + 1, last = i; j < tokens.length && j - last <= maxRowCells; j++) {
      if ((tokens[j] as Token).content === String(rows.length + 1)) {
        rows.push(j);
        last = j;
      }
    }
    if (rows.length < 2) continue;
    out ??= tokens.slice();
    for (const r of rows) out[r] = { ...(out[r] as Token), type: 'paragraph', kind: undefined };
    i = rows[rows.length - 1] as number;
  }
  return out ?? tokens;
}

/** How many cells a table's row taken one cell per line may have, its number included. */
const maxRowCells = 8;

/**
 * A page's header that carries the page's number after a gap (`滇西矿业集团2024年度工作总结                    2`): the same
 * words twice or more with other numbers, naming the issuer or the paper. Each is a page break too, so the header is
 * noise wherever it stands, inside a sentence the page cut as well. Returns the tokens (the same array when none).
 */
function markNumberedHeaders(tokens: readonly Token[]): readonly Token[] {
  /** The lines that read so, by index, with their words; and per words, the page numbers they carry. */
  const found: [index: number, words: string][] = [];
  const numbers = new Map<string, Set<string>>();
  tokens.forEach((t, i) => {
    // (A digit at one end first: most lines have none.)
    const { content } = t;
    if (t.type === 'blank' || t.type === 'outlineMarker' || content.length > 120 || !(isDigit(content.charCodeAt(0)) || isDigit(content.charCodeAt(content.length - 1)))) return;
    const m = numberedHeader.exec(content);
    if (m === null) return;
    const [words, number] = m[1] !== undefined ? [m[1], m[2] as string] : [m[4] as string, m[3] as string];
    found.push([i, words]);
    const seen = numbers.get(words);
    if (seen === undefined) numbers.set(words, new Set([number]));
    else seen.add(number);
  });
  const headers = new Set<string>();
  for (const [words, seen] of numbers) if (seen.size >= 2 && namesPaper(words)) headers.add(words);
  if (headers.size === 0) return tokens;
  const out = tokens.slice();
  for (const [i, words] of found) if (headers.has(words)) out[i] = { ...(tokens[i] as Token), type: 'noise', kind: 'running-header' };
  return out;
}

/**
 * Up to 40 units of words, a gap of three spaces or more, and a page's number at the line's end; or the number first, as
 * even pages set it (`4                    滇西矿业集团…`). The words in group 1 or 4, the number in group 2 or 3.
 */
const numberedHeader = /^(?:([^ \u3000。！？，,；;]{4,40})[ \u3000]{3,}(\d{1,4})|(\d{1,4})[ \u3000]{3,}([^ \u3000。！？，,；;]{4,40}))$/;


/** Whether the line under line `i` (past blank lines) is an issue's number: `第13期`, `〔2025〕第13次`. */
function issueBelow(tokens: readonly Token[], i: number): boolean {
  const below = tokens[skipBlank(tokens, i + 1)];
  return below?.type === 'meta' && issueNumber.test(fold(below.content).trim());
}

/**
 * Whether a numbering starts within the three lines under line `i`: the first marker there is a strong one numbered 1
 * (`一、`, `第一条`, `1.`), with only plain lines (a remark, a preamble) between.
 */
function numberingOpensBelow(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1, lines = 0; j < tokens.length && lines < 3; j++) {
    const t = tokens[j] as Token;
    if (t.type === 'blank') continue;
    if (t.type === 'outlineMarker' && t.marker !== undefined)
      return t.marker.number === 1 && t.marker.strength === 'strong' && t.marker.path.length === 1;
    // A heading between (`会议资料` / `会议须知` / `一、…`): the numbering is that heading's.
    if (t.type !== 'paragraph' && t.type !== 'meta') return false;
    lines++;
  }
  return false;
}

/**
 * In hard-wrapped text, a footer seen once: a short line naming the issuer or the document, right above a page number
 * that falls inside a sentence (the line above the footer is cut off, the one below the page number goes on with it).
 */
function aboveCutPage(tokens: readonly Token[], i: number, wrap: WrapInfo): boolean {
  const page = skipBlank(tokens, i + 1);
  if (wrap === noWrap || tokens[page]?.kind !== 'page-number') return false;
  return seenOnceAtBreak(tokens[i] as Token, tokens[skipBlank(tokens, i - 1, -1)], tokens[skipBlank(tokens, page + 1)], wrap);
}

/**
 * In hard-wrapped text, a header seen once: a short line naming an issuer, without a sentence end, right after a page
 * number (or starting with the form feed of a page break) that falls inside a sentence (the line before the page
 * number is cut off), with the sentence going on after it.
 */
function betweenPageParts(tokens: readonly Token[], i: number, wrap: WrapInfo): boolean {
  if (wrap === noWrap) return false;
  const t = tokens[i] as Token;
  // The page breaks at a page number above the line, or at the form feed that starts it.
  const page = startsPage(t) ? i : skipBlank(tokens, i - 1, -1);
  if (page !== i && tokens[page]?.kind !== 'page-number') return false;
  let above = skipBlank(tokens, page - 1, -1);
  // A form feed below the page number (`- 1 -` / `\f南湖区…方案`): the cut line is above both.
  if (page === i && tokens[above]?.kind === 'page-number') above = skipBlank(tokens, above - 1, -1);
  return seenOnceAtBreak(t, tokens[above], tokens[skipBlank(tokens, i + 1)], wrap);
}

/**
 * Whether `t`, at a page break between `cut` (a line the wrap cut mid-sentence) and `next` (a plain line going on with
 * it), is the page's header or footer: short, no sentence end, and naming the issuer (`XX区人民政府办公室`), the kind
 * of paper (`…规范性文件`) or the document's title. The rest of a heading cut by the page (`…需要破解的主` / `要矛盾`)
 * has no sentence end either, but names none of them.
 */
function seenOnceAtBreak(t: Token, cut: Token | undefined, next: Token | undefined, wrap: WrapInfo): boolean {
  // A title's header keeps the remark of the title (`…实施细则（试行）`): its closing bracket ends no paragraph.
  const bare = t.content.replace(trailingRemark, '');
  // (Or a header in two parts set apart across the page by `pdftotext -layout`: `…第二医院          制度汇编`.)
  const parts = t.content.split(spreadGap);
  const spread = parts.length === 2;
  // (A line set far in, centred or right-aligned by `pdftotext -layout`, reaches the wrap's column without being text.)
  if (bare.length === 0 || paragraphEnd.test(bare) || (!spread && isFullLine(t, wrap) && indentOf(t) <= centredIndent)) return false;
  // (A table of contents' last entry above the page number is cut from nothing: `…要点……3` / `— 2 —` / `…要点`.)
  if (cut === undefined || cut.type === 'noise' || cut.type === 'tocEntry' || !continues(cut, wrap) || next === undefined) return false;
  // The sentence goes on below: a plain line, or the next of the items it numbers inline (`…①…；②…；` / `③…`).
  if (next.type !== 'paragraph' && !(next.marker !== undefined && followsInlineItem(next.marker, [cut]))) return false;
  // Below a heading the page cut (`（四）当年对违反…进行行政` / `处罚和…强制执行情况` / `- 6 -`), a line that only ends
  // like a title's kind is the heading's rest: a footer seen once there names the issuer or the whole paper (or is set
  // in two parts across the page, which no heading's rest is).
  if (spread) return parts.every(namesPaper);
  return cut.type === 'outlineMarker' ? namesWholePaper(t.content) : namesPaper(t.content);
}

/**
 * Whether a footer's `text` names the issuer, the kind of paper, a whole title (`盐城市住房公积金2023年年度报告`) or a
 * periodical's issue (`长宁区信息专报（第23期）`).
 */
function namesWholePaper(text: string): boolean {
  return isIssuerLine(text) || /文件$/.test(text) || isStrongTitle(text.replace(trailingRemark, '')) || periodicalIssue.test(text);
}

/** A periodical's name and its issue's number in brackets: `长宁区信息专报（第23期）`, `教育工作简报(2024年第5期)`. */
const periodicalIssue = new RegExp(`^[^，。；：:,;、]{2,20}(?:${periodicalWords})[(（](?:\\d{4}年)?第\\d{1,4}期[)）]$`);

/** A paper's marking as a page's header: `华岳大学内部资料`, `…内部文件`. */
const internalPaper = /内部(?:资料|文件|刊物|发行|参考)$/;

/** Whether a header's text names the issuer, the kind of paper (`…文件`) or the document (`…实施细则（试行）`, `制度汇编`). */
function namesPaper(text: string): boolean {
  return isIssuerLine(text) || /文件$/.test(text) || looksLikeTitle(fold(text.replace(trailingRemark, '')).trim());
}

/** A short remark in brackets at the end of a title: `（试行）`, `(2024年修订)`, `（征求意见稿）`. */
const trailingRemark = /[(（][^()（）]{1,12}[)）]$/;

// A footnote rule: a short line of one dash or bar (`――――――――――`, `——————`, `__________`).
const footnoteRule = /^(?:―{3,80}|—{3,80}|_{3,80}|─{3,80}|-{3,80})$/;

/** A note numbered 1 with a space or a tab for its delimiter (`1 指…`, `1⇥即…`), as a word processor's plain text writes it. */
function bareNoteNumber(t: Token): boolean {
  const m = t.marker;
  return m !== undefined && m.style === 'arabic' && m.number === 1 && m.strength === 'weak' && /^1[ \t]/.test(t.content);
}

/** How many lines a page's footnotes (rule included) may take. */
export const maxFootnoteLines = 12;

/**
 * Footnotes at a page's foot in extracted text: a short rule, then notes that start with `①` (or `注`, `[1]`), right
 * above a page number or at the file's end. They are noise (kind `footnote`), so the paragraph cut by the page goes on after the page
 * number, and `①` is no item. Returns the tokens with those lines turned into noise.
 */
export function markFootnotes(tokens: Token[]): Token[] {
  // Each page number, and the end of the file (a Word export's notes under a rule after the text).
  for (let p = 0; p <= tokens.length; p++) {
    if (p < tokens.length && tokens[p]?.kind !== 'page-number') continue;
    // Back from the page number to a rule, over note lines, within a few lines.
    let rule = -1;
    for (let j = p - 1; j >= 0 && j >= p - maxFootnoteLines; j--) {
      const t = tokens[j] as Token;
      if (t.type === 'blank' || (t.type === 'noise' && t.kind !== 'separator')) continue;
      if (footnoteRule.test(t.content.replace(/ /g, ''))) {
        rule = j;
        break;
      }
    }
    if (rule < 0) continue;
    const firstNote = tokens[skipBlank(tokens, rule + 1)];
    // (Or a bare number and a space, as Word's plain text writes its notes: `1 指党的二十大精神…`.)
    if (firstNote === undefined || !(firstNote.marker?.style === 'circled' || /^(?:注|\[\d{1,2}\])/.test(firstNote.content) || bareNoteNumber(firstNote))) continue;
    for (let j = rule; j < p; j++) {
      const t = tokens[j] as Token;
      if (t.type !== 'blank') tokens[j] = { ...t, type: 'noise', kind: 'footnote', marker: undefined };
    }
  }
  return tokens;
}

/** A note that explains a term: `①规模以上工业：指…`, `②人均可支配收入是指…`. */
const definesTerm = /^[\u2460-\u2473] ?[^，。；：:,;]{1,24}(?:[:：] ?(?:指|是指|即)|是指)/;

/** A circled number used as a note reference inside a line: after a word, before a space, digit, punctuation or the end. */
const circledChar = /[\u2460-\u2473]/g;

const referenceBefore = /[\p{L}\p{N}”’》）)%]/u;

const referenceAfter = /[\s\p{N}\p{P}]/u;

/**
 * Notes referenced in the text (`…建成高标准农田① 68 万亩`) and explained further down, without a rule above them
 * (`① 高标准农田是指…`): a line that starts with a circled number the text before it used as a note reference is a
 * note (noise, kind `footnote`) when it stands apart (after a blank line or another note, or above a page number), and so are the plain
 * lines below it up to a blank line or a marker (its wrapped text). A circled number before a word (`主要有①加强…`) is an inline item, no reference; `①` items right under a
 * heading stay items. One pass, and only when some line starts with a circled number.
 */
export function markEndnotes(tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.marker?.style === 'circled')) return tokens;
  const referenced = new Set<string>();
  /** Per circled number, the words right before it where it follows a word: what a note on it may name. */
  const termsBefore = new Map<string, string[]>();
  /** Whether the lines read are a glossary's under its heading (`名词解释` / `①…：指…`): its entries, no notes. */
  let inGlossary = false;
  /** Whether the lines read are under a heading of notes (`注释：`, `注：`): entries that explain a referenced term are notes. */
  let inNotes = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== 'blank' && t.type !== 'paragraph' && t.marker?.style !== 'circled') inGlossary = inNotes = false;
    if (t.type !== 'blank' && t.marker === undefined && t.content.length <= 16 && glossaryHeading.test(fold(t.content).trim())) inGlossary = true;
    if (t.type !== 'blank' && t.marker === undefined && t.content.length <= 5 && notesHeading.test(t.content.trim())) inNotes = true;
    // A note whose reference reads as an inline item (`…规模以上工业①增加值…`) still explains a term at a page's foot:
    // `①规模以上工业：指年主营业务收入…`, or names the words the reference follows (`…第90百分位数①同比…` /
    // `①臭氧日最大8小时平均浓度第90百分位数：评价…`); a glossary's entry right above a page's foot is no note.
    const note = t.marker?.style === 'circled' && ((referenced.has(t.marker.raw.charAt(0)) && standsApart(tokens, i)) || (!inGlossary && explainsAbove(t, tokens, i, termsBefore, inNotes)));
    if (note) {
      tokens[i] = { ...t, type: 'noise', kind: 'footnote', marker: undefined };
      while (i + 1 < tokens.length && tokens[i + 1]?.type === 'paragraph' && tokens[i + 1]?.marker === undefined) {
        i++;
        tokens[i] = { ...(tokens[i] as Token), type: 'noise', kind: 'footnote' };
      }
      continue;
    }
    if (t.type === 'blank') continue;
    circledChar.lastIndex = 1;
    for (let m = circledChar.exec(t.content); m !== null; m = circledChar.exec(t.content)) {
      const before = t.content.charAt(m.index - 1);
      const after = t.content.charAt(m.index + 1);
      if (!referenceBefore.test(before)) continue;
      if (after === '' || referenceAfter.test(after)) referenced.add(m[0]);
      const terms = termsBefore.get(m[0]);
      const words = t.content.slice(Math.max(0, m.index - termTail), m.index);
      if (terms === undefined) termsBefore.set(m[0], [words]);
      else terms.push(words);
    }
  }
  return tokens;
}

/**
 * Whether a circled entry explains a term the text above referenced: at a page's foot, a definition or the words the
 * reference follows; under a heading of notes (`注释：`), the words the reference follows.
 */
function explainsAbove(t: Token, tokens: readonly Token[], i: number, termsBefore: ReadonlyMap<string, readonly string[]>, inNotes: boolean): boolean {
  const names = namesReferencedTerm(t, termsBefore);
  return (inNotes && names) || ((names || definesTerm.test(t.content)) && atPageFoot(tokens, i));
}

/** How many units of a term the words before a reference and a note's head must share. */
const termTail = 6;

/**
 * Whether a note at `t` names, before its colon, the words its circled number followed in the text above
 * (`①臭氧日最大8小时平均浓度第90百分位数：…` after `…第90百分位数①同比…`): their last units are the same.
 */
function namesReferencedTerm(t: Token, termsBefore: ReadonlyMap<string, readonly string[]>): boolean {
  const terms = termsBefore.get(t.marker?.raw.charAt(0) ?? '');
  if (terms === undefined) return false;
  const colon = t.content.search(/[:：]/);
  // (A short term whole, after the mark: `①“五认真”：…`.)
  const n = Math.min(termTail, colon - 1);
  if (n < 4 || colon > 40) return false;
  const tail = t.content.slice(colon - n, colon);
  return terms.some((words) => words.endsWith(tail));
}

/**
 * Whether a note stands apart: after a blank line (or the file's start), right after another note, or at a page's foot
 * (a page number follows it, past only notes).
 */
function standsApart(tokens: readonly Token[], i: number): boolean {
  return i === 0 || tokens[i - 1]?.type === 'blank' || tokens[i - 1]?.kind === 'footnote' || atPageFoot(tokens, i);
}

/** Whether a page number follows line `i` within a page's notes (`①…`, `②…` and their wrapped lines, blank lines). */
function atPageFoot(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + maxFootnoteLines; j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'page-number') return true;
    if (t.type !== 'blank' && t.type !== 'paragraph' && t.marker?.style !== 'circled') return false;
  }
  return false;
}

/**
 * In hard-wrapped text, the rest of a page's navigation or byline that the wrap cut (`首页 > … > 区政府信息` / `公开年报`,
 * `发布时间：… 来源：区政` / `府办公室　字号：大 中 小`): a plain line right under a full line of navigation or metadata is
 * more of it, not a title's first part or a paragraph. Returns the tokens with those lines taken as the line above.
 */
export function markWrappedFurniture(tokens: Token[], wrap: WrapInfo): Token[] {
  if (wrap === noWrap) return tokens;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const above = tokens[i - 1] as Token;
    if (t.type !== 'paragraph' && t.type !== 'titleCandidate') continue;
    if ((above.type !== 'meta' && !(above.type === 'noise' && above.kind === 'navigation')) || !isFullLine(above, wrap) || isFullLine(t, wrap)) continue;
    // (A phone's status bar or an app's title bar is never cut: it is as wide as the screen, the text below it its own.)
    if (above.type === 'noise' && isScreenBar(above.content)) continue;
    // A tail that reads like a title is one only where no title can be: after a link to the next page, or above the
    // title the breadcrumb repeats (`…> 云溪市教` / `育局2023年工作总结` / `云溪市教育局2023年工作总结`).
    if (t.type === 'titleCandidate' && !isNeighbourLink(above.content) && !(tokens[i + 1]?.type === 'titleCandidate' && tokens[i + 1]?.content.endsWith(t.content))) continue;
    // A title's first line whose end stands on the next (`…> 计划总结` / `庆元县…2024年工作总结和` / `2025年工作计划`).
    const next = tokens[i + 1];
    // (Not a crumb's short tail, `…> 区政府信息` / `公开年报`, above the title.)
    if (t.type === 'paragraph' && t.content.length >= 10 && next?.type === 'titleCandidate' && looksLikeTitle(fold(t.content + next.content).trim())) continue;
    tokens[i] = { ...t, type: above.type, kind: above.kind };
  }
  return tokens;
}

/**
 * A seal's text as OCR reads it from a scan, right under the signature it stamps (`岳阳市住房和城乡建设局` /
 * `2021年9月6日` / `阳市住房和城乡`): a short plain line that is part of the issuer's name on the line above the date,
 * not the name itself. Noise (kind `marking`), so it joins no title below it (`岳阳市…考评管理办法`). One pass.
 */
export function markSealText(tokens: Token[]): Token[] {
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if ((t.type !== 'paragraph' && t.type !== 'titleCandidate') || t.content.length < 3 || t.content.length > 12) continue;
    const date = skipBlank(tokens, i - 1, -1);
    if (date < 1 || tokens[date]?.kind !== 'date') continue;
    const signer = tokens[skipBlank(tokens, date - 1, -1)];
    if (signer === undefined || signer.type === 'blank') continue;
    const name = fold(signer.content).replace(/ /g, '');
    const part = fold(t.content).trim();
    if (part.length < name.length && name.includes(part) && isIssuerLine(signer.content)) tokens[i] = { ...t, type: 'noise', kind: 'marking' };
  }
  return tokens;
}

/**
 * A web page's footer lines that give the site's address or telephone (`地址：…　联系电话：…`, `联系电话：0731-…`,
 * `邮编：…`): noise (kind `navigation`) below a line of the footer's own (`主办单位：…`, `…ICP备…号`), with nothing but
 * blank lines and other such lines between. Above the footer such a line may be the article's last (`联系人：…　联系电话：…`
 * under a notice): kept. Returns the tokens with those lines turned into noise; one pass: linear.
 */
export function markFooterContacts(tokens: Token[]): Token[] {
  let inFooter = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === 'blank') continue;
    if (t.type === 'noise' && t.kind === 'navigation' && isSiteFooter(t.content)) inFooter = true;
    else if (inFooter && isContactLine(t)) tokens[i] = { ...t, type: 'noise', kind: 'navigation', marker: undefined };
    else inFooter = false;
  }
  return tokens;
}

/** A line of a site's address, telephone, fax, postcode or mail box (one field or several). */
const contactLine = /^(?:(?:联系|通讯|办公)?地址|(?:联系|咨询|服务|值班)?电话|传真|邮编|邮政编码|(?:电子)?邮箱|[Ee]-?mail|网址)[:：]/;

function isContactLine(t: Token): boolean {
  return t.type !== 'noise' && t.type !== 'outlineMarker' && t.content.length <= 100 && contactLine.test(t.content);
}
