// Shared types of every stage. Imports nothing.
//
// Positions, written once for the whole code base:
// - `line` / `endLine` count physical lines of the decoded source from 1 (LF, CRLF and CR each end a line);
// - `column` counts from 1 in UTF-16 code units of that line (JavaScript string indices + 1);
// - `offset` counts from 0 in UTF-16 code units of the whole decoded text.
// There is no second set of position fields anywhere.

/** A place in the decoded source. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** One physical line, without its end-of-line characters. */
export interface Line {
  line: number;
  text: string;
  eol: '' | '\n' | '\r\n' | '\r';
  offset: number;
  /**
   * Set for lines read from Markdown (`source/markdown.ts`), whose markup is already replaced by spaces:
   * `heading` is the depth (1–6) of the heading that starts on this line; `list` the depth (2 and more) of the
   * nested ordered list whose item starts on it; `frontMatter` marks the lines of a YAML block at the file's
   * start (`---` / `title: …` / `---`), the note's metadata.
   */
  markup?: { heading?: number; list?: number; frontMatter?: true };
}

/** Decoded source text plus what the decoder knows about it. */
export interface Source {
  text: string;
  encoding: string;
  bom: boolean;
  /** Where bytes that were not valid in `encoding` were replaced by U+FFFD (1-based lines, ascending). */
  replacedLines: number[];
  /** How the encoding was chosen (`fallback`: nothing fitted, UTF-8 with replacement characters). */
  detection: 'bom' | 'utf-8' | 'gb18030' | 'utf-16-pattern' | 'detector' | 'forced' | 'fallback';
  bytes: number;
}

/** Outline marker styles. Ids are stable: they appear in the JSON output as `style`. */
export const markerStyles = [
  'part', // 第一编 / 第一部分
  'chapter', // 第一章
  'section', // 第一节
  'article', // 第一条
  'clause', // 第一款
  'han', // 一、
  'han-paren', // （一） (一) ㈠
  'roman', // Ⅰ、 I.
  'latin-upper', // A. A、
  'arabic', // 1. 1． 1、 (and 27构建 with its delimiter missing)
  'decimal', // 1.1 1.1.1 (depth by component count)
  'arabic-paren', // （1） (1) ⑴
  'arabic-half-paren', // 1) 1）
  'digit-full-stop', // ⒈
  'circled', // ①
  'latin-lower', // a. a)
  'shi', // 一是 二是 … (a paragraph marker, a node only when numbered items follow it)
  'ordinal', // 其一 / 首先 其次 … (like shi)
  'bullet', // ● ■ ◆ • —— (body items unless the document uses them as its outline)
  'heading', // a Markdown heading without a numbered marker (`## 总体要求`); its number is 0
] as const;
export type MarkerStyle = (typeof markerStyles)[number];

/**
 * How sure the tokenizer is that a marker opens a node:
 * - `strong`: written with its delimiter (`1.`, `（一）`, `第一章 `);
 * - `weak`: the delimiter is missing or a space (`27构建`, `第三条规定…`): a node only when the numbering expects it;
 * - `paragraph`: a paragraph marker (`一是`, `其一`): a node only when numbered items follow it as children;
 * - `bullet`: a bullet: a node only when the document uses bullets as its outline.
 */
export type MarkerStrength = 'strong' | 'weak' | 'paragraph' | 'bullet';

export interface Marker {
  style: MarkerStyle;
  /** The number the marker stands for (1-based); for decimal markers the last component. */
  number: number;
  /** For decimal markers, every component (`1.2.3` → [1, 2, 3]); otherwise [number]. */
  path: number[];
  /** The marker as written, delimiter included, without surrounding space (`（一）`, `1．`, `27`). */
  raw: string;
  /** The delimiter as written (`、`, `.`, `．`, `）`, `` when missing). */
  delimiter: string;
  /** Full-width (`（一）`, `１．`) or half-width (`(一)`, `1.`) punctuation, for the mixed-width check. */
  width: 'full' | 'half' | 'none';
  strength: MarkerStrength;
  /** 1-based column where the marker starts. */
  column: number;
  /**
   * A section badge's number (`01`, `PART 01`, `NO.1`, and `10` after `09`): a level of its own above the `1.` items of its
   * sections (grammar/outline.ts `styleKey`). Absent otherwise.
   */
  badge?: true;
  /**
   * An arabic list numbered from 1 again under a bracketed item of an arabic list written with the other delimiter
   * (`1、` / `（1）` / `1.`): a level of its own below them (grammar/outline.ts `asSublist`). Absent otherwise.
   */
  sublevel?: true;
  /** How far the marker is indented in columns when tabs stand before it (a tab counts four); absent otherwise. */
  indent?: number;
  /** The depth (1–6) of the Markdown heading the marker starts (`## 一、…` → 2); absent on other lines. */
  heading?: number;
  /** 1-based column where the text after the marker (and any space) starts. */
  contentColumn: number;
}

/**
 * Token types, one token per physical line (camelCase, whole → part):
 * - `blank`: nothing but white space;
 * - `noise`: not content: a page number, a web page's navigation, a running header;
 * - `meta`: a line about the document: publishing time, source, issuer + date;
 * - `tocHeading`: `目录`, `目 录`;
 * - `tocEntry`: a table-of-contents line with dotted leaders (`一、总体要求……3`);
 * - `outlineMarker`: a line that starts with an outline marker;
 * - `titleCandidate`: a short line without sentence punctuation that names a document;
 * - `paragraph`: anything else.
 */
export const tokenTypes = [
  'blank',
  'noise',
  'meta',
  'tocHeading',
  'tocEntry',
  'outlineMarker',
  'titleCandidate',
  'paragraph',
] as const;
export type TokenType = (typeof tokenTypes)[number];

export interface Token {
  type: TokenType;
  /** The line rule that produced the token (its file name). */
  rule: string;
  line: number;
  /** 1-based column of the first non-space character (1 for blank lines). */
  column: number;
  /** 0-based offset of the line's start. */
  offset: number;
  /** The physical line as written (no end-of-line characters). */
  text: string;
  /** The line without leading and trailing white space. */
  content: string;
  /** The outline marker, on `outlineMarker` tokens and on paragraphs that start with a weak marker. */
  marker?: Marker;
  /** The line ends in a page reference (`……3`, `要点 15`): a table-of-contents entry if its neighbours are too. */
  pageRef?: boolean;
  /** For `noise` and `meta`: what kind. */
  kind?: 'page-number' | 'separator' | 'navigation' | 'link-list' | 'running-header' | 'published' | 'issuer' | 'date' | 'source' | 'marking' | 'footnote' | 'repeat';
}

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  code: string;
  message: string;
  line: number;
  column?: number;
}

export interface OutlineNode {
  /** The marker as written (`（一）`, `1.`, `一是`). */
  marker: string;
  style: MarkerStyle;
  number: number;
  /** Text after the marker up to (not including) the first 。！？ of its paragraph; the whole paragraph when it has none. */
  title: string;
  /** All of the node's own text after the marker (title included); paragraphs joined with \n. */
  text: string;
  /** 1 for a top-level node of its document. */
  depth: number;
  /** Physical line of the marker. */
  line: number;
  /** Last physical line of the node, its children included. */
  endLine: number;
  children: OutlineNode[];
}

export interface TocEntry {
  line: number;
  text: string;
}

export interface NoiseLine {
  line: number;
  text: string;
}

/** What is derived from a document's header lines; nothing is removed from `header` for it. */
export interface DocumentMeta {
  issuer?: string;
  date?: string;
  published?: string;
  source?: string;
}

export interface PlanDocument {
  title: string | null;
  /** The title's line; for an untitled document, the line of its first content (preamble or node). */
  line: number;
  endLine: number;
  /** Lines around the title that are not the title: issuer, navigation, publishing time. */
  header: string[];
  meta: DocumentMeta;
  toc: TocEntry[];
  /** Paragraphs before the first node, joined with \n. */
  preamble: string;
  noise: NoiseLine[];
  children: OutlineNode[];
}

export interface SourceInfo {
  path: string | null;
  encoding: string;
  bytes: number;
  lines: number;
}

export const schemaVersion = 1 as const;

export interface ParseResult {
  schemaVersion: typeof schemaVersion;
  source: SourceInfo;
  documents: PlanDocument[];
  diagnostics: Diagnostic[];
}
