// The pipeline: decode → splitLines → tokenize → buildTree. The only file that knows every stage.
import type { ParseResult, Source } from './types.js';
import { schemaVersion } from './types.js';
import { decode, sourceDiagnostics, type DecodeOptions } from './source/decode.js';
import { splitLines } from './source/lines.js';
import { tokenize } from './tokenize/index.js';
import { buildTree } from './grammar/index.js';
import { check } from './check/index.js';

export interface ParseOptions extends DecodeOptions {
  /** The file's path, reported as `source.path` (null for stdin or a string). */
  path?: string | null;
}

/** Parses decoded text (a string) or raw bytes (decoded first) into documents and their outlines. */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): ParseResult {
  const source: Source =
    typeof input === 'string'
      ? { text: input, encoding: 'utf-8', bom: false, replacedLines: [], detection: 'utf-8', bytes: Buffer.byteLength(input, 'utf8') }
      : decode(input, options);
  let text = source.text;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = splitLines(text);
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
