// A document while the grammar builds it (DocDraft), and how a finished draft becomes a PlanDocument: node titles and
// texts, end lines, the header's metadata.
import type { Diagnostic, PlanDocument } from '../types.js';
import { type Block } from './blocks.js';
import { blockText, titleOf } from './body.js';
import { unmarkedTitle, wrapperCloser } from '../tokenize/lexicon/wrappers.js';
import { attachmentAlone } from '../tokenize/lexicon/doc-types.js';
import { yearSpanSource } from '../tokenize/lexicon/numerals.js';
import { titleKey, deriveMeta } from './documents.js';
import { fold, skipBlanked, withoutInvisibles } from '../tokenize/lexicon/fold.js';
import { createOutline, type NodeDraft, type Outline } from './outline.js';

export interface DocDraft {
  title: string | null;
  titleLine: number | null;
  /** Where the title stands among the header lines (those before it come first). */
  titleAt: number;
  /**
   * When the title was read from a record's title field (`标题：…　来源：…`): that line as written, and where in the header
   * its label and the fields after the title stand (`at`, `parts` entries). A title line below, if any, is the document's.
   */
  titleField: { text: string; at: number; parts: number } | null;
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
  /** Opened under the signature of the document above (`回执`, `活动日程`): the next such piece may follow it the same way. */
  signedForm: boolean;
}

export function createDraft(line: number): DocDraft {
  return {
    title: null,
    titleLine: null,
    titleAt: 0,
    titleField: null,
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
    signedForm: false,
  };
}

export const hasContent = (d: DocDraft) => d.firstContentLine !== null;

/** The header with the title back in it, as the lines read (a title field's line whole again), for a draft that gives way. */
export function headerWithTitle(d: DocDraft): string[] {
  const header = d.header.slice();
  if (d.titleField !== null) header.splice(d.titleField.at, d.titleField.parts, d.titleField.text);
  else if (d.title !== null) header.splice(d.titleAt, 0, d.title);
  return header;
}

/** A draft with no content: no preamble, table of contents or node. */
export const isBare = (d: DocDraft) => !hasContent(d) && d.toc.length === 0 && d.preamble.length === 0 && d.outline.roots.length === 0;

/**
 * Whether `text` is the last few words of `title` alone (`评分标准` under `…考核评分标准`): a kind of document with no
 * name before it (six characters at most), never the whole title.
 */
export function isTitleTail(text: string, title: string): boolean {
  const tail = titleKey(text);
  const whole = titleKey(title);
  return tail.length >= 2 && tail.length <= 6 && tail.length < whole.length && whole.endsWith(tail);
}

/**
 * A short form of a title, as a page's running header gives it (`城南幼儿园·保教工作计划` for `城南幼儿园2024学年第一学期
 * 保教工作计划`, `江州法院行政审判白皮书（2025年度）` for `江州市中级人民法院行政审判白皮书（2025年度）`): its characters
 * in the title's order (a middle dot or a space aside), the same first two and last four (`…新闻发布会` for `…新闻发布会实录`:
 * the record's word left out).
 */
export function shortensTitle(text: string, title: string): boolean {
  const short = titleKey(text).replace(/[·・]/g, '');
  const whole = titleKey(title);
  // (Or the title's last four short of a word of the record's kind, `…新闻发布会` for `…新闻发布会实录`.)
  const end = short.slice(-4);
  if (short.length < 6 || short.length >= whole.length || !whole.startsWith(short.slice(0, 2)) || !(whole.endsWith(end) || (whole.endsWith('实录') && whole.slice(0, -2).endsWith(end)))) return false;
  let at = 0;
  for (const c of short) {
    at = whole.indexOf(c, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/**
 * Two titles that are the same text, but for spaces and a remark the second carries (`…可行性研究报告（报批稿）` on the
 * cover, the same without it heading the pages).
 */
export const sameTitle = (a: string, b: string | null) => b !== null && (titleKey(a) === titleKey(b) || titleKey(a) === remarklessKey(b));

/**
 * A title's key without a draft's remark at its end (`（报批稿）`, `（征求意见稿）`, `（试行）`, `（草案）`) or the span of
 * years a plan covers (`（2023—2025年）`, a second title line the pages' header leaves out).
 */
export const remarklessKey = (title: string) => titleKey(fold(title).trim().replace(draftRemark, ''));

const draftRemark = new RegExp(`\\((?:[^()]{0,8}稿|试行|暂行|草案|${yearSpanSource})\\)$`);

/**
 * Whether `headline`, a web page's headline, names the document titled `title` with who gave it in front
 * (`县长刘志远在2024年全县教育工作会议上的讲话` above the article's `在2024年全县教育工作会议上的讲话`).
 */
export const headlineOf = (headline: string, title: string | null) => {
  if (title === null) return false;
  const h = titleKey(headline);
  const t = titleKey(title);
  return t.length >= 8 && h.length > t.length && h.endsWith(t);
};

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
  return withoutBoldMarks(unwrapped);
}

/** A text without Markdown's bold marks (`**加强宣传**：…` → `加强宣传：…`), a masked number's stars kept (`138****5521`). */
export function withoutBoldMarks(text: string): string {
  return text.includes('**') ? text.replace(boldMark, '') : text;
}

/**
 * A bold mark: two asterisks alone, not a masked number's (`138****5521`, `6101**1234`, digits on both sides, or a
 * run of more than two). One look behind and one ahead of a fixed pair: linear.
 */
const boldMark = /(?<!\*)\*\*(?!\*)(?<!\d\*\*(?=\d))/g;

/** A document title without Markdown's marks around it (`# …`, `**…**`, `## **…**`), and the marks (empty when none). */
export function unmarkTitle(title: string): { title: string; marks: string } {
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

export function finishDocument(d: DocDraft): PlanDocument | null {
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
    // (Without the units that show nothing, as a node's title: `2024年​工作要点` with a zero-width space says `2024年工作要点`.)
    title: d.title === null ? null : withoutInvisibles(d.title),
    // (An untitled attachment starts at its label: `附件2` / `一.…`.)
    line: d.titleLine ?? (d.header.length > 0 && attachmentAlone.test(fold(d.header[0] as string).trim()) ? d.startLine : (d.firstContentLine ?? d.startLine)),
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
export function leadIntoTitle(documents: PlanDocument[], diagnostics: Diagnostic[]): PlanDocument[] {
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
