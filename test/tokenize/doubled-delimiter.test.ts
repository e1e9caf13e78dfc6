import { describe, expect, it } from 'vitest';
import { doubledDelimiter, tokenizeLine } from '../../src/tokenize/index.js';
import type { Line } from '../../src/types.js';

const line = (text: string): Line => ({ line: 1, offset: 0, text, eol: '' });

describe('doubledDelimiter', () => {
  it.each([
    ['1.、完善教师评价激励机制', 2, 1],
    ['2、、科学制定幼儿膳食', 2, 1],
    ['3..做好体格锻炼', 2, 1],
    ['4．、加强作业管理', 2, 1],
    ['二、、深化课程改革', 2, 1],
    ['（一））完善课程体系', 3, 1],
    ['三、 、守牢安全底线', 2, 2],
  ])('%s: the second delimiter is the marker’s', (text, end, length) => {
    expect(doubledDelimiter(text, end)).toBe(length);
  });

  it.each([
    ['1.完善教师评价激励机制', 2],
    ['3. .NET平台迁移', 2],
    ['4..5万元', 2],
    ['一、（一）不是重复', 2],
    ['1 、加强管理', 1],
  ])('%s: nothing doubled', (text, end) => {
    expect(doubledDelimiter(text, end)).toBe(0);
  });
});

describe('a marker with its delimiter typed twice', () => {
  it.each([
    ['1.、完善教师评价激励机制。', '1.、', '完善教师评价激励机制。'],
    ['（一））完善课程体系', '（一））', '完善课程体系'],
    ['三、 、守牢安全底线', '三、 、', '守牢安全底线'],
  ])('%s → marker %s', (text, raw, rest) => {
    const t = tokenizeLine(line(text));
    expect(t.type).toBe('outlineMarker');
    expect(t.marker?.raw).toBe(raw);
    expect(text.slice((t.marker?.contentColumn ?? 0) - 1)).toBe(rest);
  });
});
