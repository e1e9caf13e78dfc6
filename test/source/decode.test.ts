// decode(): detection order, forced encodings, invalid bytes, binary input.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';
import { NotTextError, UnknownEncodingError, decode, linesWithReplacement } from '../../src/source/decode.js';
import { binaryCause, normalizeEncoding, outsideGb2312Share, sniffBom, sniffUtf16 } from '../../src/source/detect.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: Array<Uint8Array | number[] | string>) =>
  new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p)))));

/** Deterministic pseudo-random bytes (a linear congruential generator). */
function noise(length: number, seed = 7): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** A single-byte encoder built by inverting Node's decoder for `label`. */
function singleByte(label: string, text: string): Uint8Array {
  const all = new Uint8Array(256).map((_, i) => i);
  const decoded = new TextDecoder(label).decode(all);
  return new Uint8Array([...text].map((ch) => decoded.indexOf(ch)));
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

const zhong = [0xd6, 0xd0]; // 中 in GBK
const wen = [0xce, 0xc4]; // 文 in GBK

describe('byte order marks', () => {
  it.each([
    ['utf-8', [0xef, 0xbb, 0xbf], 3],
    ['utf-16le', [0xff, 0xfe, 0x41, 0], 2],
    ['utf-16be', [0xfe, 0xff, 0, 0x41], 2],
    ['utf-32le', [0xff, 0xfe, 0, 0], 4],
    ['utf-32be', [0, 0, 0xfe, 0xff], 4],
  ])('%s', (encoding, prefix, length) => {
    expect(sniffBom(new Uint8Array(prefix))).toEqual({ encoding, length });
  });

  it('drops the BOM from the text', () => {
    const source = decode(bytes([0xef, 0xbb, 0xbf], '一、总体要求\n'));
    expect(source).toMatchObject({ text: '一、总体要求\n', encoding: 'utf-8', bom: true, detection: 'bom', bytes: 22 });
  });

  it('decodes UTF-32 with a BOM (little and big endian)', () => {
    const le = new Uint8Array([0xff, 0xfe, 0, 0, 0x00, 0x4e, 0, 0, 0x01, 0x30, 0, 0, 0x0a, 0, 0, 0]);
    expect(decode(le)).toMatchObject({ text: '一、\n', encoding: 'utf-32le', detection: 'bom', replacedLines: [] });
    const be = new Uint8Array([0, 0, 0xfe, 0xff, 0, 0, 0x4e, 0x00, 0, 0x01, 0xf6, 0x00]);
    expect(decode(be)).toMatchObject({ text: '一😀', encoding: 'utf-32be' });
  });

  it('reports bytes cut off at the end of UTF-16 with a BOM', () => {
    const source = decode(new Uint8Array([0xff, 0xfe, 0x41, 0, 0x0a, 0, 0x42, 0, 0x43]));
    expect(source.text).toBe('A\nB\ufffd');
    expect(source.replacedLines).toEqual([2]);
  });
});

describe('BOM-less UTF-16', () => {
  it('is found by the zero bytes of ASCII characters, in either byte order', () => {
    const text = '一、总体要求\n（一）指导思想\n1．加强领导\n';
    expect(sniffUtf16(new Uint8Array(Buffer.from(text, 'utf16le')))).toBe('utf-16le');
    expect(sniffUtf16(new Uint8Array(Buffer.from(text, 'utf16le').swap16()))).toBe('utf-16be');
    expect(decode(new Uint8Array(Buffer.from(text, 'utf16le')))).toMatchObject({ text, encoding: 'utf-16le', detection: 'utf-16-pattern' });
  });

  it('is not claimed for UTF-8, GBK or ASCII text', () => {
    expect(sniffUtf16(utf8('一、总体要求\nplain ASCII text\n'))).toBeNull();
    expect(sniffUtf16(new Uint8Array([...zhong, ...wen, 0x0a]))).toBeNull();
  });

  it('is not claimed for binary data with zero bytes on both parities', () => {
    expect(sniffUtf16(readFileSync(process.execPath).subarray(0, 65536))).toBeNull();
  });
});

describe('detection order without a BOM', () => {
  it('strict UTF-8 first', () => {
    expect(decode(utf8('（一）指导思想'))).toMatchObject({ encoding: 'utf-8', detection: 'utf-8', bom: false, replacedLines: [] });
  });

  it('short GBK text (中文, two characters) decodes as gb18030', () => {
    const source = decode(new Uint8Array([...zhong, ...wen]));
    expect(source).toMatchObject({ text: '中文', encoding: 'gb18030', detection: 'gb18030', replacedLines: [], bytes: 4 });
  });

  it('GBK plan text stays GB18030 (nearly all of it inside GB2312)', () => {
    const gbk = new Uint8Array([0xd2, 0xbb, 0xa1, 0xa2, ...zhong, ...wen, 0x0a, 0xa3, 0xa8, 0xd2, 0xbb, 0xa3, 0xa9]); // 一、中文\n（一）
    expect(outsideGb2312Share(gbk)).toBe(0);
    expect(decode(gbk)).toMatchObject({ text: '一、中文\n（一）', encoding: 'gb18030' });
  });

  it('Big5 text, valid GB18030 too, goes to the detector and comes back as big5', () => {
    const text = '一、總體要求\n（一）指導思想。堅持以人民為中心的發展思想，辦好人民滿意的教育。\n（二）工作目標。到年底，基本建成優質均衡的基本公共教育服務體系。\n';
    const all: number[] = [];
    for (let lead = 0xa1; lead <= 0xf9; lead++) for (let trail = 0x40; trail <= 0xfe; trail++) if (trail < 0x7f || trail > 0xa0) all.push(lead, trail);
    const decoded = new TextDecoder('big5').decode(new Uint8Array(all));
    const big5: number[] = [];
    for (const ch of text) {
      if (ch.charCodeAt(0) < 0x80) big5.push(ch.charCodeAt(0));
      else {
        const i = decoded.indexOf(ch);
        big5.push(all[2 * i] as number, all[2 * i + 1] as number);
      }
    }
    const input = new Uint8Array(big5);
    expect(new TextDecoder('gb18030', { fatal: true }).decode(input)).not.toBe(text);
    expect(outsideGb2312Share(input)).toBeGreaterThan(0.2);
    expect(decode(input)).toMatchObject({ text, encoding: 'big5', detection: 'detector' });
  });

  it('a few invalid bytes in UTF-8 text: UTF-8, and the line of each is reported', () => {
    const input = bytes('一、总体要求\n（一）指导思想。坚持以人民为中心。\n', [0xff, 0xfe], '1．加强组织领导\n二、重点任务\n', [0xc3], '\n');
    const source = decode(input);
    expect(source).toMatchObject({ encoding: 'utf-8', detection: 'utf-8' });
    expect(source.replacedLines).toEqual([3, 5]);
    const result = parse(input);
    expect(result.diagnostics.filter((d) => d.code === 'encoding').map((d) => [d.severity, d.line])).toEqual([
      ['warning', 3],
      ['warning', 5],
    ]);
  });

  it('counts CR, LF and CRLF line ends when it reports replaced lines', () => {
    expect(linesWithReplacement('a\r\nb\rc\n\ufffd')).toEqual([4]);
    expect(linesWithReplacement('\ufffd\ufffd\n\ufffd')).toEqual([1, 2]);
  });

  it('neither UTF-8 nor GB18030: the detector guesses, with one diagnostic at line 1', () => {
    const text = 'Настоящий план определяет основные задачи и мероприятия на 2025 год.\nВсе подразделения должны обеспечить выполнение плана.\n';
    const input = singleByte('windows-1251', text);
    const source = decode(input);
    expect(source).toMatchObject({ text, encoding: 'windows-1251', detection: 'detector', replacedLines: [] });
    const diagnostics = parse(input).diagnostics.filter((d) => d.code === 'encoding');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', code: 'encoding', line: 1 });
    expect(diagnostics[0]?.message).toContain('windows-1251');
  });

  it('damaged GBK (a stray byte): the detector is unsure, GB18030 is used and the damaged line reported', () => {
    const all: number[] = [];
    for (let lead = 0xb0; lead <= 0xf7; lead++) for (let trail = 0xa1; trail <= 0xfe; trail++) all.push(lead, trail);
    const decoded = new TextDecoder('gbk').decode(new Uint8Array(all));
    const gbk = (text: string) =>
      [...text].flatMap((ch) => {
        if (ch.charCodeAt(0) < 0x80) return [ch.charCodeAt(0)];
        if (ch === '、') return [0xa1, 0xa2];
        if (ch === '。') return [0xa1, 0xa3];
        if (ch === '，') return [0xa3, 0xac];
        const i = decoded.indexOf(ch);
        if (i < 0) throw new Error(`not in the table: ${ch}`);
        return [all[2 * i] as number, all[2 * i + 1] as number];
      });
    const first = '一、总体要求\n坚持以人民为中心的发展思想，办好人民满意的教育。\n';
    const second = '二、重点任务\n深化教育改革，推进各项工作落实到位。\n';
    const input = new Uint8Array([...gbk(first), 0xff, ...gbk(second)]); // (0x80 would be €: WHATWG GB18030 maps it)
    const source = decode(input);
    expect(source).toMatchObject({ encoding: 'gb18030', detection: 'gb18030', replacedLines: [3] });
    expect(source.text).toBe(`${first}\ufffd${second}`);
  });

  it('nothing fits: UTF-8 with replacement characters, reported', () => {
    const input = new Uint8Array([0x80, 0x41, 0x0a, 0xff]);
    const source = decode(input);
    expect(source).toMatchObject({ text: '\ufffdA\n\ufffd', encoding: 'utf-8', detection: 'fallback', replacedLines: [1, 2] });
    const encoding = parse(input).diagnostics.filter((d) => d.code === 'encoding');
    expect(encoding.map((d) => [d.severity, d.line])).toEqual([
      ['warning', 1],
      ['warning', 1],
      ['warning', 2],
    ]);
    expect(encoding[0]?.message).toContain('not recognised');
  });

  it('empty input is valid text with no documents', () => {
    expect(decode(new Uint8Array())).toMatchObject({ text: '', encoding: 'utf-8', detection: 'utf-8', bytes: 0 });
    const result = parse(new Uint8Array());
    expect(result.documents).toEqual([]);
    expect(result.diagnostics).toEqual([]);
    expect(result.source).toMatchObject({ encoding: 'utf-8', bytes: 0, lines: 0 });
  });
});

describe('--encoding (forced)', () => {
  it('gbk on GBK bytes', () => {
    const source = decode(new Uint8Array([...zhong, ...wen, 0x0a]), { encoding: 'gbk' });
    expect(source).toMatchObject({ text: '中文\n', encoding: 'gbk', detection: 'forced', replacedLines: [] });
  });

  it('normalises labels to their WHATWG names', () => {
    expect(decode(new Uint8Array([...zhong]), { encoding: 'GB2312' }).encoding).toBe('gbk');
    expect(decode(utf8('a'), { encoding: 'UTF8' }).encoding).toBe('utf-8');
    expect(decode(new Uint8Array([0x41, 0]), { encoding: 'utf-16' }).encoding).toBe('utf-16le');
    expect(normalizeEncoding('cp936')).toBe('gbk');
    expect(normalizeEncoding('utf-16-be')).toBe('utf-16be');
  });

  it('drops a BOM of the forced encoding', () => {
    expect(decode(bytes([0xef, 0xbb, 0xbf], 'x'), { encoding: 'utf-8' })).toMatchObject({ text: 'x', bom: true });
  });

  it('reports bytes that are not valid in the forced encoding', () => {
    const input = bytes('一、总体要求\n', [...zhong, ...wen], '\n');
    const result = parse(input, { encoding: 'utf-8' });
    expect(result.source.encoding).toBe('utf-8');
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.line])).toContainEqual(['encoding', 'warning', 2]);
  });

  it('an unknown label is a typed error with a one-line message', () => {
    const error = thrown(() => decode(utf8('a'), { encoding: 'xyz' }));
    expect(error).toBeInstanceOf(UnknownEncodingError);
    expect((error as Error).message).toBe('unknown encoding "xyz"');
    expect(thrown(() => parse(utf8('a'), { encoding: 'xyz' }))).toBeInstanceOf(UnknownEncodingError);
  });

  it('labels of the WHATWG replacement decoder are refused too', () => {
    expect(thrown(() => decode(utf8('a'), { encoding: 'iso-2022-kr' }))).toBeInstanceOf(UnknownEncodingError);
  });
});

describe('binary input is refused', () => {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

  it('a PNG header and random bytes', () => {
    const error = thrown(() => decode(bytes(png, noise(2000))));
    expect(error).toBeInstanceOf(NotTextError);
    expect((error as Error).message).toBe('not a text file (binary data: PNG image)');
  });

  it('random bytes without a signature (control bytes)', () => {
    expect((thrown(() => decode(noise(4000, 99))) as Error).message).toBe('not a text file (binary data)');
  });

  it('a buffer with NUL bytes', () => {
    const input = bytes('abc', [0, 0, 0], 'def ghi', [0], 'jkl', [0, 0]);
    const error = thrown(() => decode(input));
    expect(error).toBeInstanceOf(NotTextError);
    expect((error as Error).message).toBe('not a text file (binary data)');
    expect(thrown(() => parse(input))).toBeInstanceOf(NotTextError);
  });

  it('a .docx (ZIP) and an executable', () => {
    expect(binaryCause(bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0], noise(500)))).toBe('binary data: ZIP archive, e.g. .docx');
    expect(binaryCause(readFileSync(process.execPath).subarray(0, 4096))).toBe('binary data: ELF executable');
  });

  it('also when an encoding is forced (but not UTF-16)', () => {
    expect(thrown(() => decode(bytes(png, noise(500)), { encoding: 'gbk' }))).toBeInstanceOf(NotTextError);
  });

  it('but not text with a stray NUL, form feeds, vertical tabs or ESC', () => {
    const text = `${'一、总体要求\n'.repeat(200)}\0\f\v\u001b[0m\n`;
    expect(decode(utf8(text))).toMatchObject({ text, encoding: 'utf-8' });
  });
});

describe('linear time', () => {
  it('decodes 8 MB of GB18030 and of BOM-less UTF-16 in well under a few seconds', () => {
    const line = [0xd2, 0xbb, 0xa1, 0xa2, ...zhong, ...wen, 0x0a];
    const gb = new Uint8Array(8 * 1024 * 1024);
    for (let i = 0; i + line.length <= gb.length; i += line.length) gb.set(line, i);
    const utf16 = new Uint8Array(Buffer.from('一、中文\n'.repeat(1_000_000), 'utf16le'));
    const start = performance.now();
    expect(decode(gb).encoding).toBe('gb18030');
    expect(decode(utf16).encoding).toBe('utf-16le');
    expect(performance.now() - start).toBeLessThan(5000);
  });
});

describe('binaryCause: the Latin-1 pre-scan', () => {
  it('answers as the byte loop alone on any prefix of control and text bytes', () => {
    // The byte loop alone: NUL ≥ 1 % of the prefix, or stray controls ≥ 5 % (no signature in these bytes).
    const reference = (b: Uint8Array): string | null => {
      const n = Math.min(b.length, 8192);
      let nul = 0;
      let controls = 0;
      for (let i = 0; i < n; i++) {
        const c = b[i] as number;
        if (c === 0) nul++;
        if (c < 0x20 && ![0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b].includes(c)) controls++;
      }
      if (nul > 0 && nul * 100 >= n) return 'binary data';
      return controls > 0 && controls * 20 >= n ? 'binary data' : null;
    };
    const byte = fc.oneof(fc.integer({ min: 0, max: 0x1f }), fc.constantFrom(0x41, 0xe4, 0xb8, 0x80, 0x0a));
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }).chain((prefix) => fc.array(byte, { maxLength: 60 }).map((rest) => Uint8Array.from([0x41, ...rest, ...prefix.map((x) => x | 0x20)]))), (b) => {
        expect(binaryCause(b)).toBe(reference(b));
      }),
      { numRuns: 3000 },
    );
    expect(binaryCause(new Uint8Array(10000).fill(0x41).fill(0, 9000))).toBeNull(); // NULs beyond the 8,192-byte prefix
  });
});
