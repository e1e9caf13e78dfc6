// bytes → Source { text, encoding, … }. The first stage; imports only types.
import type { Source } from '../types.js';

export interface DecodeOptions {
  /** Force an encoding by its WHATWG label (`gbk`, `utf-16le` …); skips detection. */
  encoding?: string;
}

/** Thrown when the input is not text at all; the CLI turns it into a one-line message and exit 2. */
export class NotTextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotTextError';
  }
}

const utf8Bom = [0xef, 0xbb, 0xbf];

function hasPrefix(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function tryDecode(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** 1-based lines of `text` that hold U+FFFD. */
export function linesWithReplacement(text: string): number[] {
  const out: number[] = [];
  let line = 1;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd && last !== line) out.push((last = line));
    else if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return out;
}

/**
 * Decodes bytes: a BOM wins; then strict UTF-8; then strict GB18030 (which also reads GBK and GB2312).
 * When both fail, UTF-8 with replacement characters is used and the lines that hold them are reported.
 */
export function decode(bytes: Uint8Array, options: DecodeOptions = {}): Source {
  const size = bytes.byteLength;
  if (options.encoding) {
    const label = options.encoding.toLowerCase();
    const text = new TextDecoder(label, { fatal: false }).decode(bytes);
    return { text, encoding: label, bom: false, replacedLines: linesWithReplacement(text), detection: 'forced', bytes: size };
  }
  if (hasPrefix(bytes, utf8Bom)) {
    const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8', bom: true, replacedLines: linesWithReplacement(text), detection: 'bom', bytes: size };
  }
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', bom: false, replacedLines: [], detection: 'utf-8', bytes: size };
  const gb = tryDecode(bytes, 'gb18030');
  if (gb !== null) return { text: gb, encoding: 'gb18030', bom: false, replacedLines: [], detection: 'gb18030', bytes: size };
  const text = new TextDecoder('utf-8').decode(bytes);
  return { text, encoding: 'utf-8', bom: false, replacedLines: linesWithReplacement(text), detection: 'utf-8', bytes: size };
}
