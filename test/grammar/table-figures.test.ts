// Tables of figures copied as text: rows whose figures end the line or stand on the next one, and their group rows.
import { describe, expect, it } from 'vitest';
import { figuresOnly, trailingFigures } from '../../src/grammar/table-rows.js';
import { parse } from '../../src/parse.js';

describe('figuresOnly and trailingFigures', () => {
  it('counts a line of figures alone, three or more, apart by spaces or tabs', () => {
    expect(figuresOnly('3 0 0 0 0 0 3')).toBe(7);
    expect(figuresOnly('12\t2.5\t98%')).toBe(3);
    expect(figuresOnly('3 0')).toBe(0);
    expect(figuresOnly('3 0 件 0')).toBe(0);
  });
  it('counts the figures that end a row', () => {
    expect(trailingFigures('一、本年新收政府信息公开申请数量 17 1 0 0 1 0 19')).toBe(7);
    expect(trailingFigures('三、本年度办理结果')).toBe(0);
  });
});

const titles = (text: string) => parse(text).documents.map((d) => [d.title, d.children.map((n) => n.title)]);

describe('a table of figures in a disclosure report', () => {
  it('keeps labels above their figures and group rows out of the outline', () => {
    const text = [
      '某局2023年政府信息公开工作年度报告',
      '三、收到和处理政府信息公开申请情况',
      '自然人 法人或其他组织 总计',
      '一、本年新收政府信息公开申请数量',
      '3 0 0 0 0 0 3',
      '三、本年度办理结果',
      '（一）予以公开',
      '3 0 0 0 0 0 3',
      '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况',
      '五、存在的主要问题及改进情况',
    ].join('\n');
    expect(titles(text)).toEqual([['某局2023年政府信息公开工作年度报告', ['收到和处理政府信息公开申请情况', '因政府信息公开工作被申请行政复议、提起行政诉讼情况', '存在的主要问题及改进情况']]]);
  });
  it('takes a heading above figures of another count for a heading', () => {
    const text = [
      '某县2023年政府信息公开工作年度报告',
      '三、收到和处理政府信息公开申请情况',
      '一、本年新收政府信息公开申请数量 2 0 0 0 0 0 2',
      '（七）总计 2 0 0 0 0 0 2',
      '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况',
      '0 0 0 0 0 0 0 0 0 0 0 0 0 0 0',
    ].join('\n');
    expect(titles(text)[0]?.[1]).toEqual(['收到和处理政府信息公开申请情况', '因政府信息公开工作被申请行政复议、提起行政诉讼情况']);
  });
});
