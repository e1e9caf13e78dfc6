// One plan in every encoding it arrives in: the outline must not depend on the bytes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';
import { decode } from '../../src/source/decode.js';

const plan = readFileSync(new URL('../../fixtures/encodings/plan.txt', import.meta.url), 'utf8');

/** A GB18030 encoder for the two-byte area (all this plan needs), built by inverting Node's decoder. */
function gb18030Encoder(): (text: string) => Uint8Array {
  const table = new Map<string, number>();
  const bytes: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) bytes.push(lead, trail);
  }
  const decoded = new TextDecoder('gb18030').decode(new Uint8Array(bytes));
  for (let i = 0; i < decoded.length; i++) {
    const ch = decoded[i] as string;
    if (!table.has(ch)) table.set(ch, ((bytes[2 * i] as number) << 8) | (bytes[2 * i + 1] as number));
  }
  return (text) => {
    const out: number[] = [];
    for (const ch of text) {
      const code = ch.charCodeAt(0);
      if (code < 0x80) out.push(code);
      else {
        const pair = table.get(ch);
        if (pair === undefined) throw new Error(`no two-byte GB18030 code for ${ch}`);
        out.push(pair >> 8, pair & 0xff);
      }
    }
    return new Uint8Array(out);
  };
}

const toGb18030 = gb18030Encoder();
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le').swap16());
const bytes = (...parts: Array<Uint8Array | number[]>) => new Uint8Array(Buffer.concat(parts.map((p) => Buffer.from(p))));
const crlf = plan.replace(/\n/g, '\r\n');

const variants: Array<{ name: string; bytes: Uint8Array; encoding: string; detection: string; bom: boolean }> = [
  { name: 'UTF-8', bytes: new TextEncoder().encode(plan), encoding: 'utf-8', detection: 'utf-8', bom: false },
  { name: 'UTF-8 + BOM', bytes: bytes([0xef, 0xbb, 0xbf], new TextEncoder().encode(plan)), encoding: 'utf-8', detection: 'bom', bom: true },
  { name: 'UTF-16LE + BOM', bytes: bytes([0xff, 0xfe], utf16le(plan)), encoding: 'utf-16le', detection: 'bom', bom: true },
  { name: 'UTF-16LE', bytes: utf16le(plan), encoding: 'utf-16le', detection: 'utf-16-pattern', bom: false },
  { name: 'UTF-16BE + BOM', bytes: bytes([0xfe, 0xff], utf16be(plan)), encoding: 'utf-16be', detection: 'bom', bom: true },
  { name: 'UTF-16BE', bytes: utf16be(plan), encoding: 'utf-16be', detection: 'utf-16-pattern', bom: false },
  { name: 'GB18030', bytes: toGb18030(plan), encoding: 'gb18030', detection: 'gb18030', bom: false },
  { name: 'CRLF UTF-8', bytes: new TextEncoder().encode(crlf), encoding: 'utf-8', detection: 'utf-8', bom: false },
  { name: 'CRLF GB18030', bytes: toGb18030(crlf), encoding: 'gb18030', detection: 'gb18030', bom: false },
  { name: 'CRLF UTF-16LE', bytes: utf16le(crlf), encoding: 'utf-16le', detection: 'utf-16-pattern', bom: false },
];

describe('the encodings fixture', () => {
  const reference = parse(new TextEncoder().encode(plan));

  it('is a real plan: a title, a preamble and three levels of markers', () => {
    expect(reference.documents).toHaveLength(1);
    const [doc] = reference.documents;
    expect(doc?.title).toBe('某某市教育局2025年工作要点');
    expect(doc?.preamble).toContain('以下为主要任务。');
    expect(doc?.children.map((n) => n.marker)).toEqual(['一、', '二、', '三、']);
    expect(doc?.children[1]?.children[0]?.children.map((n) => n.marker)).toEqual(['1．', '2．']);
    expect(reference.diagnostics.filter((d) => d.code === 'encoding')).toEqual([]);
  });

  it.each(variants)('$name gives the same outline and reports its encoding', (variant) => {
    const source = decode(variant.bytes);
    expect(source.encoding).toBe(variant.encoding);
    expect(source.detection).toBe(variant.detection);
    expect(source.bom).toBe(variant.bom);
    expect(source.replacedLines).toEqual([]);
    expect(source.text.replace(/\r\n/g, '\n')).toBe(plan);

    const result = parse(variant.bytes, { path: 'plan.txt' });
    expect(result.source).toEqual({ path: 'plan.txt', encoding: variant.encoding, bytes: variant.bytes.byteLength, lines: reference.source.lines });
    expect(result.documents).toEqual(reference.documents);
    expect(result.diagnostics).toEqual(reference.diagnostics);
  });

  it('GB18030 bytes forced as gbk give the same outline', () => {
    const result = parse(toGb18030(plan), { encoding: 'GBK' });
    expect(result.source.encoding).toBe('gbk');
    expect(result.documents).toEqual(reference.documents);
  });
});
