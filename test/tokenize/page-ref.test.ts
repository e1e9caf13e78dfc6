import { describe, expect, it } from 'vitest';
import { stripPageReference } from '../../src/tokenize/lexicon/page-ref.js';

describe('stripPageReference', () => {
  it.each([
    ['一、总体要求……………3', '一、总体要求'],
    ['第一章 总则 .......... 12', '第一章 总则'],
    ['2024年全区教育工作要点 2', '2024年全区教育工作要点'],
    ['2.2024年全市教育和体育工作要点15', '2.2024年全市教育和体育工作要点'],
    ['保障措施——————４', '保障措施'],
    ['没有页码的条目', '没有页码的条目'],
    ['某县2024年工作要点……………（1）', '某县2024年工作要点'],
    ['加强组织领导（试行）', '加强组织领导（试行）'],
    ['123', ''],
  ])('%s → %s', (input, expected) => {
    expect(stripPageReference(input)).toBe(expected);
  });

  it('is linear on a long run of leaders', () => {
    const long = `总体要求${'.'.repeat(200_000)}3`;
    expect(stripPageReference(long)).toBe('总体要求');
  });
});
