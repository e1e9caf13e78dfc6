// The pipeline: decode → splitLines → tokenize → buildTree. The only file that knows every stage.
import type { Line, ParseResult, Source } from './types.js';
import { schemaVersion } from './types.js';
import { decode, sourceDiagnostics, type DecodeOptions } from './source/decode.js';
import { splitLines } from './source/lines.js';
import { markdownToLines } from './source/markdown.js';
import { tokenize } from './tokenize/index.js';
import { buildTree } from './grammar/index.js';
import { check } from './check/index.js';

export interface ParseOptions extends DecodeOptions {
  /** The file's path, reported as `source.path` (null for stdin or a string). */
  path?: string | null;
  /**
   * What the input is written in: `text` (the default) or `md`, Markdown read through remark-parse
   * (source/markdown.ts). Markdown needs the async `parseMarkdown()`, because remark-parse is loaded on first
   * use; `parse()` refuses `md`.
   */
  from?: 'text' | 'md';
}

function sourceOf(input: string | Uint8Array, options: ParseOptions): Source {
  return typeof input === 'string'
    ? { text: input, encoding: 'utf-8', bom: false, replacedLines: [], detection: 'utf-8', bytes: Buffer.byteLength(input, 'utf8') }
    : decode(input, options);
}

/** The decoded text without a byte order mark. */
function textOf(source: Source): string {
  return source.text.charCodeAt(0) === 0xfeff ? source.text.slice(1) : source.text;
}

/** Parses decoded text (a string) or raw bytes (decoded first) into documents and their outlines. */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): ParseResult {
  if (options.from === 'md') throw new Error('Cannot parse Markdown with parse(), expected parseMarkdown() (remark-parse loads asynchronously)');
  const source = sourceOf(input, options);
  return parseLines(source, splitLines(textOf(source)), options);
}

/**
 * Parses Markdown: headings and ordered lists give the outline, and numbered text inside paragraphs and headings
 * is read like plain text (`## 一、总体要求` gives the node of the line `一、总体要求`). Lines, columns and
 * conservation refer to the text with its markup replaced by spaces (source/markdown.ts).
 */
export async function parseMarkdown(input: string | Uint8Array, options: ParseOptions = {}): Promise<ParseResult> {
  const source = sourceOf(input, options);
  return parseLines(source, await markdownToLines(textOf(source)), options);
}

function parseLines(source: Source, lines: Line[], options: ParseOptions): ParseResult {
  const tokens = tokenize(lines);
  const { documents, diagnostics } = buildTree(tokens);
  const fromSource = sourceDiagnostics(source);
  const result: ParseResult = {
    schemaVersion,
    source: { path: options.path ?? null, encoding: source.encoding, bytes: source.bytes, lines: lines.length },
    documents,
    diagnostics: [...fromSource, ...diagnostics].sort((a, b) => a.line - b.line),
  };
  // The check rules (default config) own the diagnostic codes: they re-emit the decoder's and the grammar's findings
  // and add their own, sorted by line, without duplicates; `plan-parse check` runs the same code with a config.
  result.diagnostics = check(result);
  return result;
}
