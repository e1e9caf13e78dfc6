// toJSON(result): the versioned output contract (schemaVersion 1), keys in a stable order.
import type { OutlineNode, ParseResult, PlanDocument } from '../types.js';

function node(n: OutlineNode): OutlineNode {
  return {
    marker: n.marker,
    style: n.style,
    number: n.number,
    title: n.title,
    text: n.text,
    depth: n.depth,
    line: n.line,
    endLine: n.endLine,
    children: n.children.map(node),
  };
}

function document(d: PlanDocument): PlanDocument {
  return {
    title: d.title,
    line: d.line,
    endLine: d.endLine,
    header: d.header,
    meta: d.meta,
    toc: d.toc,
    preamble: d.preamble,
    noise: d.noise,
    children: d.children.map(node),
  };
}

/** The result as a plain object in contract key order. */
export function toContract(result: ParseResult): ParseResult {
  return {
    schemaVersion: result.schemaVersion,
    source: { path: result.source.path, encoding: result.source.encoding, bytes: result.source.bytes, lines: result.source.lines },
    documents: result.documents.map(document),
    diagnostics: result.diagnostics.map((d) => ({ severity: d.severity, code: d.code, message: d.message, line: d.line, ...(d.column !== undefined ? { column: d.column } : {}) })),
  };
}

export interface JSONOptions {
  /** Indentation; 0 for one compact line (ndjson). */
  indent?: number;
}

export function toJSON(result: ParseResult, options: JSONOptions = {}): string {
  const indent = options.indent ?? 2;
  return `${JSON.stringify(toContract(result), null, indent || undefined)}\n`;
}
