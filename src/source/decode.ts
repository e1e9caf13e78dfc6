// bytes → Source { text, encoding, … }. The first stage; imports only types and its byte sniffers.
import type { Diagnostic, Source } from '../types.js';
import { binaryCause, detectEncoding, normalizeEncoding, outsideGb2312Share, sniffBom, sniffUtf16 } from './detect.js';

export interface DecodeOptions {
  /** Force an encoding by its label (`gbk`, `utf-16le`, `GB2312` …); skips detection. */
  encoding?: string;
}

/** Thrown when the input is not text at all; the CLI turns it into a one-line message and exit 2. */
export class NotTextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotTextError';
  }
}

/** Thrown when a forced encoding label is unknown (the CLI checks the label first: `--encoding: unknown encoding "xyz"`, exit 2). */
export class UnknownEncodingError extends Error {
  constructor(readonly label: string) {
    super(`unknown encoding "${label}"`);
    this.name = 'UnknownEncodingError';
  }
}

/** A detector answer below this confidence is not trusted; UTF-8 with replacement characters is used instead. */
const minimumConfidence = 0.2;
/** Valid GB18030 with at least this share of two-byte characters outside GB2312 is shown to the detector. */
const suspiciousGbShare = 0.2;

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
 * One TextDecoder per encoding and mode, made on first use: creating a decoder costs about as much as decoding a
 * small file. A decoder without `stream` keeps no state between calls, so sharing is safe (a fatal one that threw
 * starts afresh on the next call).
 */
const decoders = new Map<string, InstanceType<typeof TextDecoder>>();

function decoder(encoding: string, fatal: boolean): InstanceType<typeof TextDecoder> {
  const key = fatal ? encoding : `${encoding}\u0000lenient`;
  let d = decoders.get(key);
  if (!d) decoders.set(key, (d = new TextDecoder(encoding, { fatal, ignoreBOM: true })));
  return d;
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return decoder(encoding, true).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-32, which TextDecoder does not read: invalid code points and a trailing partial unit become U+FFFD. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  const chunk: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    chunk.push(cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0xfffd : cp);
    if (chunk.length === 4096) parts.push(String.fromCodePoint(...chunk.splice(0)));
  }
  if (bytes.length % 4 !== 0) chunk.push(0xfffd);
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

/** Decodes with a known-good encoding name; bytes not valid in it become U+FFFD and their lines are reported. */
function decodeAs(bytes: Uint8Array, encoding: string): { text: string; replacedLines: number[] } {
  if (encoding === 'utf-32le' || encoding === 'utf-32be') {
    const text = decodeUtf32(bytes, encoding === 'utf-32le');
    return { text, replacedLines: bytes.length % 4 === 0 && !text.includes('\ufffd') ? [] : linesWithReplacement(text) };
  }
  const strict = tryDecode(bytes, encoding);
  if (strict !== null) return { text: strict, replacedLines: [] };
  const text = decoder(encoding, false).decode(bytes);
  return { text, replacedLines: linesWithReplacement(text) };
}

/**
 * Mostly well-formed: a lenient decode holds at least four non-ASCII characters per replacement character.
 * (GBK read as UTF-8 has about one well-formed character per ten errors.)
 */
function isMostlyWellFormed(text: string): boolean {
  let good = 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c >= 0x80 && (c < 0xdc00 || c > 0xdfff)) good++;
  }
  return good >= 4 * bad;
}

/**
 * Decodes bytes. Without `options.encoding` the encoding is detected, in this order:
 * 1. a byte order mark (UTF-8, UTF-16LE/BE, UTF-32LE/BE; the BOM is not part of the text);
 * 2. BOM-less UTF-16, from the pattern of zero bytes in the first 8 KB;
 * 3. binary data (a known signature, NUL bytes, control bytes) → `NotTextError`;
 * 4. strict UTF-8; 5. strict GB18030 (which also reads GBK and GB2312), unless a fifth of its two-byte
 *    characters lie outside GB2312 and the detector names another encoding (Big5 is always valid GB18030);
 * 6. UTF-8 with a few invalid bytes (mostly well-formed): UTF-8, the invalid bytes replaced;
 * 7. jschardet (loaded lazily), when it is confident → `detection: 'detector'`;
 * 8. GB18030 with a few invalid bytes (damaged GBK, which the detector often fails on): GB18030, replaced;
 * 9. otherwise UTF-8 with replacement characters (`detection: 'fallback'`).
 * Lines with bytes that were not valid in the chosen encoding are listed in `replacedLines`.
 * `options.encoding` skips steps 1–2 and 4–9 (a BOM of that same encoding is still dropped); an unknown label
 * throws `UnknownEncodingError`. Empty input is valid UTF-8 text.
 */
export function decode(bytes: Uint8Array, options: DecodeOptions = {}): Source {
  const size = bytes.byteLength;
  const bom = sniffBom(bytes);

  if (options.encoding !== undefined) {
    const encoding = normalizeEncoding(options.encoding);
    if (encoding === null) throw new UnknownEncodingError(options.encoding);
    if (!encoding.startsWith('utf-16') && !encoding.startsWith('utf-32')) assertText(bytes, 0);
    const skip = bom?.encoding === encoding ? bom.length : 0;
    const { text, replacedLines } = decodeAs(bytes.subarray(skip), encoding);
    return { text, encoding, bom: skip > 0, replacedLines, detection: 'forced', bytes: size };
  }

  if (bom) {
    if (bom.encoding === 'utf-8') assertText(bytes, bom.length);
    const { text, replacedLines } = decodeAs(bytes.subarray(bom.length), bom.encoding);
    return { text, encoding: bom.encoding, bom: true, replacedLines, detection: 'bom', bytes: size };
  }

  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    const { text, replacedLines } = decodeAs(bytes, utf16);
    return { text, encoding: utf16, bom: false, replacedLines, detection: 'utf-16-pattern', bytes: size };
  }

  assertText(bytes, 0);
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', bom: false, replacedLines: [], detection: 'utf-8', bytes: size };
  const gb = tryDecode(bytes, 'gb18030');
  if (gb !== null) {
    if (outsideGb2312Share(bytes) >= suspiciousGbShare) {
      // Valid GB18030 but unlike GBK plan text (Big5 always decodes as GB18030): let the detector decide.
      const guess = detectEncoding(bytes);
      if (guess && guess.confidence >= minimumConfidence && guess.encoding !== 'gb18030' && guess.encoding !== 'gbk') {
        const { text, replacedLines } = decodeAs(bytes, guess.encoding);
        return { text, encoding: guess.encoding, bom: false, replacedLines, detection: 'detector', bytes: size };
      }
    }
    return { text: gb, encoding: 'gb18030', bom: false, replacedLines: [], detection: 'gb18030', bytes: size };
  }

  const lenient = decoder('utf-8', false).decode(bytes);
  if (isMostlyWellFormed(lenient)) {
    return { text: lenient, encoding: 'utf-8', bom: false, replacedLines: linesWithReplacement(lenient), detection: 'utf-8', bytes: size };
  }
  const guess = detectEncoding(bytes);
  if (guess && guess.confidence >= minimumConfidence) {
    const { text, replacedLines } = decodeAs(bytes, guess.encoding);
    return { text, encoding: guess.encoding, bom: false, replacedLines, detection: 'detector', bytes: size };
  }
  const lenientGb = decoder('gb18030', false).decode(bytes);
  if (isMostlyWellFormed(lenientGb)) {
    return { text: lenientGb, encoding: 'gb18030', bom: false, replacedLines: linesWithReplacement(lenientGb), detection: 'gb18030', bytes: size };
  }
  return { text: lenient, encoding: 'utf-8', bom: false, replacedLines: linesWithReplacement(lenient), detection: 'fallback', bytes: size };
}

function assertText(bytes: Uint8Array, start: number): void {
  const cause = binaryCause(start === 0 ? bytes : bytes.subarray(start));
  if (cause !== null) throw new NotTextError(`not a text file (${cause})`);
}

/**
 * Control characters that text does not hold, though a few may slip through the binary check (a NUL, an ESC in
 * text copied from a terminal): C0 without tab, LF, CR and form feed (page breaks of extracted PDFs), DEL, and C1.
 */
const controlCharacter = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/;

const isControlCharacter = (c: number) => (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || (c >= 0x7f && c <= 0x9f);

const codePointName = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

/** 1-based lines of `text` that hold control characters, each with the distinct characters found on it. */
export function linesWithControlCharacters(text: string): { line: number; codes: number[] }[] {
  if (!controlCharacter.test(text)) return [];
  const out: { line: number; codes: number[] }[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isControlCharacter(c)) {
      const last = out[out.length - 1];
      if (last?.line === line) {
        if (!last.codes.includes(c)) last.codes.push(c);
      } else out.push({ line, codes: [c] });
    } else if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return out;
}

/**
 * The `encoding` diagnostics a Source carries: a warning per line where invalid bytes were replaced, one per line
 * that holds control characters (kept in the text: nothing is dropped), and one at line 1 when the encoding was
 * guessed by the detector or nothing fitted.
 */
export function sourceDiagnostics(source: Source): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (source.detection === 'detector') {
    out.push({
      severity: 'warning',
      code: 'encoding',
      message: `the encoding was guessed as ${source.encoding} by the charset detector; set the encoding if the text reads wrong`,
      line: 1,
    });
  } else if (source.detection === 'fallback') {
    out.push({
      severity: 'warning',
      code: 'encoding',
      message: 'the encoding was not recognised (neither UTF-8, GB18030 nor UTF-16); the bytes were read as UTF-8',
      line: 1,
    });
  }
  for (const line of source.replacedLines) {
    out.push({ severity: 'warning', code: 'encoding', message: `bytes that are not valid ${source.encoding} were replaced with U+FFFD`, line });
  }
  for (const { line, codes } of linesWithControlCharacters(source.text)) {
    const names = codes.slice(0, 3).map(codePointName).join(', ') + (codes.length > 3 ? ', …' : '');
    const what = codes.length === 1 ? `a control character (${names})` : `control characters (${names})`;
    out.push({ severity: 'warning', code: 'encoding', message: `the line holds ${what}, kept as written; the file may not be plain text`, line });
  }
  return out;
}
