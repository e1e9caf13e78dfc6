// Byte sniffing for decode(): BOMs, BOM-less UTF-16, binary data, encoding labels and the lazy charset detector.
// Pure functions over a bounded prefix of the bytes (`sniffLength`), so detection stays linear in the input.
import { createRequire } from 'node:module';

/** How many leading bytes the sniffers look at. */
export const sniffLength = 8192;
/** How many leading bytes the charset detector is given. */
export const detectorLength = 65536;

export type UnicodeEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

export interface Bom {
  encoding: UnicodeEncoding;
  length: number;
}

/** The byte order mark at the start of `bytes`, if any (UTF-32 is checked before UTF-16: FF FE 00 00 starts both). */
export function sniffBom(bytes: Uint8Array): Bom | null {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { encoding: 'utf-32le', length: 4 };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { encoding: 'utf-32be', length: 4 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** NUL or a stray control byte (`isStrayControl`), as one character class over bytes read as Latin-1. */
const strayByte = /[\x00-\x08\x0e-\x1a\x1c-\x1f]/;

/** The first `n` bytes as a Latin-1 string (one character per byte). */
function latin1(bytes: Uint8Array, n: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, n).toString('latin1');
}

/** A C0 control character that text does not contain (everything below U+0020 but TAB, LF, VT, FF, CR and ESC). */
function isStrayControl(c: number): boolean {
  return c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b;
}

/**
 * A UTF-16 code unit that plausibly occurs in text: printable ASCII and white space, Latin/Greek/Cyrillic,
 * general punctuation and symbols, CJK symbols, kana, hangul, ideographs, full-width forms, surrogates.
 */
function isPlausibleUnit(u: number): boolean {
  if (u < 0x80) return u >= 0x20 ? u !== 0x7f : !isStrayControl(u);
  return (
    (u >= 0xa0 && u <= 0x052f) ||
    (u >= 0x2000 && u <= 0x2bff) ||
    (u >= 0x2e80 && u <= 0x9fff) ||
    (u >= 0xac00 && u <= 0xd7af) ||
    (u >= 0xd800 && u <= 0xdfff) ||
    (u >= 0xf900 && u <= 0xfaff) ||
    (u >= 0xfe10 && u <= 0xfe6f) ||
    (u >= 0xff00 && u <= 0xffef)
  );
}

/** Share of plausible text units (0…1) and of stray control units when the prefix is read as UTF-16. */
function utf16Plausibility(bytes: Uint8Array, units: number, littleEndian: boolean): { plausible: number; controls: number } {
  let plausible = 0;
  let controls = 0;
  for (let i = 0; i < units; i++) {
    const lo = bytes[2 * i + (littleEndian ? 0 : 1)] ?? 0;
    const hi = bytes[2 * i + (littleEndian ? 1 : 0)] ?? 0;
    const u = (hi << 8) | lo;
    if (isPlausibleUnit(u)) plausible++;
    else if (u < 0x20) controls++;
  }
  return { plausible: plausible / units, controls: controls / units };
}

/**
 * BOM-less UTF-16: zero bytes at odd positions (little endian: the high byte of ASCII characters) or at even
 * positions (big endian), at least one per 200 code units, and a prefix that reads as text in that byte order
 * (≥ 90 % plausible units, ≤ 1 % control characters). The parity with more zero bytes is tried first.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 2) return null;
  const n = Math.min(bytes.length, sniffLength) & ~1;
  // Most input has no zero byte at all: a native scan answers that before the counting loop.
  if (bytes.subarray(0, n).indexOf(0) === -1) return null;
  const units = n / 2;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const candidates: Array<['utf-16le' | 'utf-16be', number]> = [
    ['utf-16le', zeroOdd],
    ['utf-16be', zeroEven],
  ];
  if (zeroEven > zeroOdd) candidates.reverse();
  for (const [encoding, zeros] of candidates) {
    if (zeros === 0 || zeros * 200 < units) continue;
    const { plausible, controls } = utf16Plausibility(bytes, units, encoding === 'utf-16le');
    if (plausible >= 0.9 && controls <= 0.01) return encoding;
  }
  return null;
}

/** File signatures worth naming in the "not a text file" message. */
const signatures: Array<[number[], string]> = [
  [[0x89, 0x50, 0x4e, 0x47], 'PNG image'],
  [[0xff, 0xd8, 0xff], 'JPEG image'],
  [[0x47, 0x49, 0x46, 0x38, 0x37, 0x61], 'GIF image'],
  [[0x47, 0x49, 0x46, 0x38, 0x39, 0x61], 'GIF image'],
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'ZIP archive, e.g. .docx'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'OLE document, e.g. .doc'],
  [[0x7f, 0x45, 0x4c, 0x46], 'ELF executable'],
  [[0x1f, 0x8b], 'gzip data'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], '7z archive'],
  [[0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], 'RAR archive'],
];

/**
 * Why `bytes` are not text, or null when they may be: a known binary signature, NUL bytes (≥ 1 % of the
 * prefix, once UTF-16 has been ruled out) or stray C0 control bytes (≥ 5 % of the prefix).
 */
export function binaryCause(bytes: Uint8Array): string | null {
  for (const [magic, name] of signatures) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) return `binary data: ${name}`;
  }
  const n = Math.min(bytes.length, sniffLength);
  // Text has no NUL and no stray control byte at all: one native scan of the prefix read as Latin-1 says so (a loop
  // over its bytes cost about as much as tokenizing a small file).
  if (!strayByte.test(latin1(bytes, n))) return null;
  let nul = 0;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i] as number;
    if (c >= 0x20) continue;
    if (c === 0) nul++;
    if (isStrayControl(c)) controls++;
  }
  if (nul > 0 && nul * 100 >= n) return 'binary data';
  if (controls * 20 >= n && controls > 0) return 'binary data';
  return null;
}

/**
 * Share (0…1) of the two-byte characters in the first `detectorLength` bytes of valid GB18030 that lie outside
 * GB2312 (lead or trail byte below 0xA1). Plan documents in GBK hardly leave GB2312; Big5 text read as GB18030
 * (always valid) lands outside it for about 40 % of its characters. 0 when there are no two-byte characters.
 */
export function outsideGb2312Share(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, detectorLength);
  let pairs = 0;
  let outside = 0;
  for (let i = 0; i < n; i++) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x81) continue;
    const trail = bytes[i + 1] ?? 0;
    if (trail >= 0x30 && trail <= 0x39) {
      i += 3;
      continue;
    }
    pairs++;
    if (lead < 0xa1 || lead > 0xf7 || trail < 0xa1) outside++;
    i++;
  }
  return pairs === 0 ? 0 : outside / pairs;
}

/** Labels that WHATWG does not know but people (and the detector) use. */
const aliases: Record<string, string> = {
  'utf-16-le': 'utf-16le',
  'utf-16-be': 'utf-16be',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  utf16: 'utf-16le',
  'utf-32-le': 'utf-32le',
  'utf-32-be': 'utf-32be',
  utf32le: 'utf-32le',
  utf32be: 'utf-32be',
  'utf-32': 'utf-32le',
  utf32: 'utf-32le',
  cp936: 'gbk',
  ms936: 'gbk',
  'windows-936': 'gbk',
  cp54936: 'gb18030',
  cp950: 'big5',
  ms950: 'big5',
  'big5hkscs': 'big5',
  cp932: 'shift_jis',
  cp949: 'euc-kr',
  uhc: 'euc-kr',
  cp65001: 'utf-8',
};

/**
 * The canonical WHATWG name of an encoding label (`GB2312` → `gbk`, `utf8` → `utf-8`, `utf-16` → `utf-16le`),
 * `utf-32le`/`utf-32be` (decoded here, not by TextDecoder), or null when the label is unknown or names the
 * WHATWG "replacement" decoder (ISO-2022-KR, HZ …), which would turn the whole input into one U+FFFD.
 */
export function normalizeEncoding(label: string): string | null {
  const key = label.trim().toLowerCase();
  const name = aliases[key] ?? key;
  if (name === 'utf-32le' || name === 'utf-32be') return name;
  try {
    const encoding = new TextDecoder(name).encoding;
    return encoding === 'replacement' ? null : encoding;
  } catch {
    return null;
  }
}

export interface Detection {
  encoding: string;
  confidence: number;
}

interface Chardet {
  detect(bytes: Uint8Array): { encoding: string | null; confidence: number };
}

let chardet: Chardet | undefined;

/**
 * Asks jschardet (loaded on first use: it costs ~77 ms to import) about the first `detectorLength` bytes.
 * Returns its answer as a canonical encoding name, or null when it has none that TextDecoder can use.
 */
export function detectEncoding(bytes: Uint8Array): Detection | null {
  chardet ??= createRequire(import.meta.url)('jschardet') as Chardet;
  const { encoding, confidence } = chardet.detect(bytes.subarray(0, detectorLength));
  if (!encoding) return null;
  const name = normalizeEncoding(encoding === 'ascii' ? 'utf-8' : encoding);
  return name ? { encoding: name, confidence } : null;
}
