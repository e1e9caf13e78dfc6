// The style stack: depth comes from the order in which styles open in a document; weak markers count only when
// the numbering expects them.
import { describe, expect, it } from 'vitest';
import { outline } from '../helpers/outline-shape.js';
import { asArabicItem, createOutline, place } from '../../src/grammar/outline.js';
import type { Marker } from '../../src/types.js';
import { parse } from '../../src/parse.js';

describe('depth by order of opening', () => {
  it('一、 then 1. makes 1. depth 2; （一） between them makes it depth 3', () => {
    expect(outline('一、甲', '（一）乙', '1.丙', '二、丁', '1.戊')).toEqual(['# (untitled) @1', '一、 甲 @1', '  （一） 乙 @2', '    1. 丙 @3', '二、 丁 @4', '  1. 戊 @5']);
  });

  it('the same styles nest the other way round in another document order', () => {
    expect(outline('（一）甲', '1.乙', '（二）丙')).toEqual(['# (untitled) @1', '（一） 甲 @1', '  1. 乙 @2', '（二） 丙 @3']);
    expect(outline('1.甲', '（一）乙', '2.丙')).toEqual(['# (untitled) @1', '1. 甲 @1', '  （一） 乙 @2', '2. 丙 @3']);
  });

  it('一、 after top-level items of a lower style (targets before the sections) is top-level beside them', () => {
    expect(outline('1.甲', '2.乙', '一、丙', '1.丁', '二、戊')).toEqual(['# (untitled) @1', '1. 甲 @1', '2. 乙 @2', '一、 丙 @3', '  1. 丁 @4', '二、 戊 @5']);
    expect(outline('（一）甲', '一、乙', '（一）丙')).toEqual(['# (untitled) @1', '（一） 甲 @1', '一、 乙 @2', '  （一） 丙 @3']);
  });

  // `（一）` over `1.` in the first section, as both tests below open.
  const nestedFirst = ['一、甲', '（一）乙', '1.丙', '二、丁'];
  const nestedFirstOutline = ['# (untitled) @1', '一、 甲 @1', '  （一） 乙 @2', '    1. 丙 @3', '二、 丁 @4'];

  it('a style the document already nested above an open one goes back beside it (targets 1. then （一） work items)', () => {
    expect(outline(...nestedFirst, '1.戊', '2.己', '（一）庚', '（二）辛')).toEqual([
      ...nestedFirstOutline,
      '  1. 戊 @5',
      '  2. 己 @6',
      '  （一） 庚 @7',
      '  （二） 辛 @8',
    ]);
  });

  it('…but not under an item that leads into a list of its own with a colon (`1.教育：` / `（一）…`)', () => {
    expect(outline(...nestedFirst, '1.教育：', '（一）戊', '2.医疗：', '（一）己')).toEqual([
      ...nestedFirstOutline,
      '  1. 教育： @5',
      '    （一） 戊 @6',
      '  2. 医疗： @7',
      '    （一） 己 @8',
    ]);
  });

  it('a style already open closes everything below it', () => {
    expect(outline('一、甲', '（一）乙', '1.丙', '（1）丁', '（二）戊')).toEqual([
      '# (untitled) @1',
      '一、 甲 @1',
      '  （一） 乙 @2',
      '    1. 丙 @3',
      '      （1） 丁 @4',
      '  （二） 戊 @5',
    ]);
  });

  it('a list of 1. under （二） that is itself under a 1. item nests one level down; the next number finds its list', () => {
    expect(outline('1.甲', '（一）乙', '（二）丙', '1.丁', '2.戊', '2.己', '（一）庚')).toEqual([
      '# (untitled) @1',
      '1. 甲 @1',
      '  （一） 乙 @2',
      '  （二） 丙 @3',
      '    1. 丁 @4',
      '    2. 戊 @5',
      '2. 己 @6',
      '  （一） 庚 @7',
    ]);
    // In the usual order (（一） under 一、, 1. under （一）) a 1. after （二） is no such case: the list of （二）.
    expect(outline('一、甲', '（一）乙', '1.丙', '（二）丁', '1.戊')).toEqual(['# (untitled) @1', '一、 甲 @1', '  （一） 乙 @2', '    1. 丙 @3', '  （二） 丁 @4', '    1. 戊 @5']);
  });

  it('(一) and （一） are the same style; 1. and 1、 and １． too', () => {
    expect(outline('（一）甲', '(二)乙', '1.丙', '2、丁', '３．戊')).toEqual(['# (untitled) @1', '（一） 甲 @1', '(二) 乙 @2', '  1. 丙 @3', '  2、 丁 @4', '  ３． 戊 @5']);
  });

  it('decimal numbers nest by their number of components', () => {
    expect(outline('1.1 甲', '1.1.1 乙', '1.1.2 丙', '1.2 丁')).toEqual(['# (untitled) @1', '1.1 甲 @1', '  1.1.1 乙 @2', '  1.1.2 丙 @3', '1.2 丁 @4']);
  });

  it('chapters, articles and items', () => {
    expect(outline('第一章 总则', '第一条 甲。', '（一）乙；', '第二章 附则', '第二条 丙。')).toEqual([
      '# (untitled) @1',
      '第一章 总则 @1',
      '  第一条 甲 @2',
      '    （一） 乙； @3',
      '第二章 附则 @4',
      '  第二条 丙 @5',
    ]);
  });
});

describe('weak markers', () => {
  it('27构建 between 26. and 28. is item 27', () => {
    expect(outline('一、甲', '26.乙。', '27构建丙。', '28.丁。')).toEqual(['# (untitled) @1', '一、 甲 @1', '  26. 乙 @2', '  27 构建丙 @3', '  28. 丁 @4']);
  });

  it('a number the numbering does not expect is body text, not a node', () => {
    expect(outline('一、甲', '1.乙。', '2020年完成丙。', '5个方面的丁。', '2.戊。')).toEqual(['# (untitled) @1', '一、 甲 @1', '  1. 乙 @2', '  2. 戊 @5']);
  });

  it('a weak 9构建 after 3. is body text', () => {
    expect(outline('一、甲', '3.乙。', '9构建丙。')).toEqual(['# (untitled) @1', '一、 甲 @1', '  3. 乙 @2']);
  });

  it('`一 总体要求` (a space for the delimiter) counts when 二 follows', () => {
    expect(outline('2024年工作要点', '一 总体要求', '坚持稳中求进。', '二 重点任务', '推进改革。')).toEqual(['# 2024年工作要点 @1', '一 总体要求 @2', '二 重点任务 @4']);
  });
});

describe('paragraph markers (一是)', () => {
  it('一是 with numbered items after it is a node; without them it is body text', () => {
    expect(outline('一、甲', '一是乙。', '1.丙。', '二是丁。', '三是辛。', '2.壬。', '二、戊', '一是己。', '二是庚。')).toEqual([
      '# (untitled) @1',
      '一、 甲 @1',
      '  一是 乙 @2',
      '    1. 丙 @3',
      '  三是 辛 @5',
      '    2. 壬 @6',
      '二、 戊 @7',
    ]);
  });
});

describe('numbering that runs on', () => {
  it('items 1–4 across two sections keep depth 2', () => {
    expect(outline('一、甲', '1.a', '2.b', '二、乙', '3.c', '4.d')).toEqual(['# (untitled) @1', '一、 甲 @1', '  1. a @2', '  2. b @3', '二、 乙 @4', '  3. c @5', '  4. d @6']);
  });
});

describe('letters that are also Roman numerals', () => {
  // Suspected bug (reported): marker-roman runs before marker-latin, so `I.` after `H.` is read as Roman 1 and
  // nests under H as a new level, where a reader sees item 9 of the A–J list.
  it('I. after A.–H. is the ninth Latin item, a sibling of H.', () => {
    const items = 'ABCDEFGHIJ'.split('').map((c, i) => `${c}.第${i + 1}项。`);
    expect(outline('一、总体要求', ...items).slice(2)).toEqual(items.map((item, i) => `  ${item.slice(0, 2)} 第${i + 1}项 @${i + 2}`));
  });
});

describe('a number typed twice with dots', () => {
  it('`2.2.` where the open list expects 2 is item 2, with no decimal level open', () => {
    expect(outline('一、甲', '1.乙', '2.2.丙', '3.丁')).toEqual(['# (untitled) @1', '一、 甲 @1', '  1. 乙 @2', '  2.2. 丙 @3', '  3. 丁 @4']);
  });

  it('in a decimal scheme, or where the list expects another number, `2.2.` stays a decimal number', () => {
    expect(outline('1.总则', '1.1.目的', '2.2.范围')).toEqual(['# (untitled) @1', '1. 总则 @1', '  1.1. 目的 @2', '  2.2. 范围 @3']);
    expect(outline('一、甲', '1.乙', '3.3.丙')).toEqual(['# (untitled) @1', '一、 甲 @1', '  1. 乙 @2']);
  });
});

describe('an item typed in another arabic style', () => {
  it('`（3）` between `2.` and `4.`, `3.` between `（2）` and `（4）`: siblings that carry the count on', () => {
    expect(outline('一、甲', '1.乙', '2.丙', '（3）丁', '4.戊')).toEqual(['# (untitled) @1', '一、 甲 @1', '  1. 乙 @2', '  2. 丙 @3', '  （3） 丁 @4', '  4. 戊 @5']);
    expect(outline('一、甲', '（1）乙', '（2）丙', '3.丁', '（4）戊')).toEqual(['# (untitled) @1', '一、 甲 @1', '  （1） 乙 @2', '  （2） 丙 @3', '  3. 丁 @4', '  （4） 戊 @5']);
  });

  it('`3.` between `（二）` and `4.`, `（三）` after `2.`: the bracketed Chinese numerals slip the same way', () => {
    expect(outline('一、甲', '（一）乙', '（二）丙', '3.丁', '4.戊')).toEqual(['# (untitled) @1', '一、 甲 @1', '  （一） 乙 @2', '  （二） 丙 @3', '  3. 丁 @4', '  4. 戊 @5']);
    expect(outline('一、甲', '1.乙', '2.丙', '（三）丁')).toEqual(['# (untitled) @1', '一、 甲 @1', '  1. 乙 @2', '  2. 丙 @3', '  （三） 丁 @4']);
  });

  it('`3、` among `一、` `二、` `四、`: a section typed with an arabic number, from the third on', () => {
    expect(outline('一、甲', '（一）子', '二、乙', '3、丙', '（一）丑', '四、丁')).toEqual(['# (untitled) @1', '一、 甲 @1', '  （一） 子 @2', '二、 乙 @3', '3、 丙 @4', '  （一） 丑 @5', '四、 丁 @6']);
    expect(outline('一、甲', '2.乙', '3.丙')).toEqual(['# (untitled) @1', '一、 甲 @1', '  2. 乙 @2', '  3. 丙 @3']);
  });

  it('not a list begun inline in the paragraph above, nor one of its style running on from a section before', () => {
    expect(outline('一、甲', '1.乙', '2.丙：（1）子；（2）丑；', '（3）寅', '3.卯')).toEqual(['# (untitled) @1', '一、 甲 @1', '  1. 乙 @2', '  2. 丙：（1）子；（2）丑； @3', '  3. 卯 @5']);
    expect(outline('一、甲', '1.乙', '（1）子', '（2）丑', '二、丙', '1.丁', '2.戊', '（3）寅')).toEqual(['# (untitled) @1', '一、 甲 @1', '  1. 乙 @2', '    （1） 子 @3', '    （2） 丑 @4', '二、 丙 @5', '  1. 丁 @6', '  2. 戊 @7', '    （3） 寅 @8']);
  });
});

describe('slips in a list typed with a sloppy delimiter', () => {
  it('a number repeated or skipped in a `：` list is an item with the number it carries', () => {
    expect(outline('一、甲', '1：乙', '2：丙', '2：丁', '4：戊')).toEqual(['# (untitled) @1', '一、 甲 @1', '  1： 乙 @2', '  2： 丙 @3', '  2： 丁 @4', '  4： 戊 @5']);
  });

  it('not when the line before used another delimiter, nor beyond one number skipped', () => {
    expect(outline('一、甲', '1.乙', '2.丙', '2：丁')).toEqual(['# (untitled) @1', '一、 甲 @1', '  1. 乙 @2', '  2. 丙 @3']);
    expect(outline('一、甲', '1：乙', '2：丙', '5：丁')).toEqual(['# (untitled) @1', '一、 甲 @1', '  1： 乙 @2', '  2： 丙 @3']);
  });
});

describe('asArabicItem', () => {
  const decimal = (raw: string, path: number[]): Marker => ({ style: 'decimal', number: path[path.length - 1] ?? 0, path, raw, delimiter: '', width: 'half', strength: 'weak', column: 1, contentColumn: raw.length + 1 });
  it('reads `1.64排…` right under its parent as item 1, its title from the figure on', () => {
    const outline = createOutline();
    const m = asArabicItem(outline, decimal('1.64', [1, 64]), true, '排螺旋CT');
    expect([m.style, m.number, m.raw, m.contentColumn]).toEqual(['arabic', 1, '1.', 3]);
    const wide = asArabicItem(createOutline(), decimal('1．64', [1, 64]), true, '排螺旋CT');
    expect([wide.raw, wide.delimiter, wide.contentColumn]).toEqual(['1．', '．', 3]);
    const spaced = asArabicItem(createOutline(), decimal('2. 64', [2, 64]), true, '排');
    expect([spaced.style, spaced.raw, spaced.contentColumn]).toEqual(['decimal', '2. 64', 6]);
  });
  it('reads a number typed twice (`2.2.`) as the item the open list expects, the whole of it its marker', () => {
    const outline = createOutline();
    place(outline, { ...decimal('1.', [1]), style: 'arabic', number: 1, strength: 'strong' }, { text: '甲', line: 1, endLine: 1 });
    const m = asArabicItem(outline, decimal('2.2.', [2, 2]), false, '加强管理');
    expect([m.style, m.number, m.raw]).toEqual(['arabic', 2, '2.2.']);
    expect(asArabicItem(outline, decimal('3.3.', [3, 3]), false, '加强管理').style).toBe('decimal');
  });
  it('leaves it a decimal away from its parent, before a sum, or where a decimal level is open', () => {
    expect(asArabicItem(createOutline(), decimal('1.64', [1, 64]), false, '排螺旋CT').style).toBe('decimal');
    expect(asArabicItem(createOutline(), decimal('3.10', [3, 10]), true, '万吨/年').style).toBe('decimal');
    const outline = createOutline();
    place(outline, { ...decimal('1.1', [1, 1]), strength: 'strong' }, { text: '总体要求', line: 1, endLine: 1 });
    expect(asArabicItem(outline, decimal('1.64', [1, 64]), true, '排螺旋CT').style).toBe('decimal');
  });
});

describe('dates written with a dot at a line start', () => {
  it('a day of another month than the open decimal is a calendar date, no subsection', () => {
    expect(outline('附件', '行事历', '10.1　国庆节', '12.9　纪念日', '1.20　寒假开始')).toEqual(['# 行事历 @2', '10.1 国庆节 @3']);
  });

  it('a decimal that opens its level past its first under a parent of another number is text (a figure, a textbook\'s section)', () => {
    expect(outline('指标', '1.工作目标', '1.1 合格率100%。', '2.重点指标', '72.5', '3.保障措施')).toEqual(['# (untitled) @1', '1. 工作目标 @2', '  1.1 合格率100% @3', '2. 重点指标 @4', '3. 保障措施 @6']);
  });

  it('a decimal list that goes on or moves to its next section at .1 stays a list', () => {
    expect(outline('总则', '1.1　编制目的', '1.2　编制依据', '2.1　组织体系', '2.2　职责')).toEqual(['# (untitled) @1', '1.1 编制目的 @2', '1.2 编制依据 @3', '2.1 组织体系 @4', '2.2 职责 @5']);
  });
});

describe('a decimal scheme\'s heads', () => {
  it('past the next (a contract\'s special terms amend chosen clauses) are heads, each with any subsection of its own', () => {
    expect(outline('专用合同条款', '1. 一般约定', '1.1 词语定义', '1.3 合同文件的优先顺序', '11. 开工和竣工', '11.5 承包人的工期延误', '17. 计量与支付', '发生事故时拨打：', '120 急救中心')).toEqual([
      '# 专用合同条款 @1',
      '1. 一般约定 @2',
      '  1.1 词语定义 @3',
      '  1.3 合同文件的优先顺序 @4',
      '11. 开工和竣工 @5',
      '  11.5 承包人的工期延误 @6',
      '17. 计量与支付 @7',
    ]);
  });
});

describe('a questionnaire\'s answer options', () => {
  it('two or more on a line are the question\'s text, under any question', () => {
    expect(outline('调查问卷', '一、基本信息', '1.您的性别：', 'A.男　B.女', '2.您的年龄：', 'A.18岁以下　B.18岁以上')).toEqual(['# 调查问卷 @1', '一、 基本信息 @2', '  1. 您的性别： @3', '  2. 您的年龄： @5']);
  });
});

describe('decimal clauses glued to their text', () => {
  it('reads `1.1双方…` with `1.2…` below as clauses, not an item `1.` whose text starts `1双方`', () => {
    const text = ['校企合作协议书', '第1条　合作目标', '1.1双方共建产业学院，共同开展现代学徒制人才培养。', '1.2合作期内，每年联合培养学生不少于100人。', '第2条　合作内容', '2.1人才培养', '2.2实训基地建设'].join('\n');
    const doc = parse(text).documents[0];
    expect(doc?.children.map((n) => [n.title, n.children.map((c) => [c.number, c.title])])).toEqual([
      ['合作目标', [[1, '双方共建产业学院，共同开展现代学徒制人才培养'], [2, '合作期内，每年联合培养学生不少于100人']]],
      ['合作内容', [[1, '人才培养'], [2, '实训基地建设']]],
    ]);
  });
});

describe('a standard\'s clauses under chapters of other numbers', () => {
  it('keeps `4.1 总要求` under `第二章` when clauses of 4 have three parts below (no day of April)', () => {
    const text = ['质量手册', '第二章　质量管理体系', '4.1 总要求', '公司按标准建立质量管理体系。', '4.2 文件要求', '4.2.1 总则', '第三章　管理职责', '5.1 管理承诺', '5.2 以顾客为关注焦点', '5.2.1 总则'].join('\n');
    expect(parse(text).documents[0]?.children.map((n) => [n.title, n.children.map((c) => c.title)])).toEqual([
      ['质量管理体系', ['总要求', '文件要求']],
      ['管理职责', ['管理承诺', '以顾客为关注焦点']],
    ]);
  });
});

describe('一是 and 二是 over items', () => {
  it('counts a weak item the list expects next (`3.119接处警…`) as a child of 二是', () => {
    const text = ['2025年消防安全检查实施方案', '一、工作措施', '一是对重点单位实行全覆盖检查。', '1.大队对辖区重点单位每季度至少检查1次。', '2.消防控制室值班情况作为必查内容。', '二是对一般单位实行抽查。', '3.119接处警情况与检查情况结合分析。'].join('\n');
    expect(parse(text).documents[0]?.children[0]?.children.map((n) => [n.number, n.children.map((c) => c.number)])).toEqual([
      [1, [1, 2]],
      [2, [3]],
    ]);
  });
});

describe('a figure alone on its line under a decimal section', () => {
  it('is a table\'s cell, not the next subsection, under another first number (`7.2` after `2.1`)', () => {
    const text = ['2 溶栓药物及用法', '2.1 阿替普酶', '剂量为0.9mg/kg，参考下表：', '体重(kg)', '总剂量(mg)', '静推量(mg)', '80', '72.0', '7.2', '2.2 替奈普酶', '2.3 尿激酶'].join('\n');
    expect(parse(text).documents[0]?.children[0]?.children.map((n) => [n.line, n.title])).toEqual([
      [2, '阿替普酶'],
      [10, '替奈普酶'],
      [11, '尿激酶'],
    ]);
  });
});

describe('a decimal scheme under a section of another number', () => {
  it('reads `1.1` under `二、` as a clause when `1.2` follows (no 1 January)', () => {
    const text = ['课题申报书', '一、数据表', '二、课题设计论证', '1.1 问题的提出', '作业设计一刀切现象依然突出。', '1.2 国内外研究现状述评', '（1）国外研究现状。', '三、研究目标与内容'].join('\n');
    expect(parse(text).documents[0]?.children[1]?.children.map((n) => [n.title, n.children.map((c) => c.title)])).toEqual([
      ['问题的提出', []],
      ['国内外研究现状述评', ['国外研究现状']],
    ]);
  });
});

describe('a text\'s notes and references', () => {
  it('reads the numbered entries under `参考文献：` or `注释：` as end matter, a wrapped issue and pages too', () => {
    const text = ['关于优化涉企行政检查的研究报告', '一、存在的问题', '（一）检查频次偏多。', '二、对策建议', '（一）推行“综合查一次”。', '参考文献：', '1.国务院办公厅.关于严格规范涉企行政检查的意见[Z].2024.', '2.马怀德.行政执法体制改革的方向与重点[J].行政管理改革,2020', '(10): 16-23.', '注释：', '①数据来源于市卫生健康委。'].join('\n');
    expect(outline(text.split('\n')[0] as string, ...text.split('\n').slice(1))).toEqual([
      '# 关于优化涉企行政检查的研究报告 @1',
      '一、 存在的问题 @2',
      '  （一） 检查频次偏多 @3',
      '二、 对策建议 @4',
      '  （一） 推行“综合查一次” @5',
    ]);
  });
  it('keeps a table\'s notes under `注：` as the section\'s items, as the golds on hand count them', () => {
    const text = ['某区2024年教师交流情况报告', '一、交流情况', '注：', '1.交流人数含跨校竞聘人员。', '2.骨干教师指区级及以上骨干教师。'].join('\n');
    expect(parse(text).documents[0]?.children[0]?.children.map((n) => n.number)).toEqual([1, 2]);
  });
});

describe('two months after a list typed with another delimiter', () => {
  it('reads `3、4月份…` after `1.` `2.` as March and April', () => {
    const text = ['专项监督检查方案', '一、检查内容', '1.发文数量是否超过规定比例。', '2.会议是否存在层层陪会。', '3、4月份召开的各类会议一并纳入检查。', '二、工作要求'].join('\n');
    expect(parse(text).documents[0]?.children[0]?.children.map((n) => n.number)).toEqual([1, 2]);
  });
});

describe("Markdown's bold marks in a title", () => {
  it('leaves out bold marks but keeps the stars of a masked number', () => {
    const titles = (text: string) => parse(text).documents[0]?.children.map((n) => n.title);
    expect(titles('【春节值班安排】\n1.2月16日：陈伟 138****5521\n2.2月18日：李娜 139****0876')).toEqual(['2月16日：陈伟 138****5521', '2月18日：李娜 139****0876']);
    expect(titles('【工作安排】\n1. **加强宣传**：开展活动。\n**2. 完善制度**：建立台账。')).toEqual(['加强宣传：开展活动', '完善制度：建立台账']);
  });
});

describe("a page's running header that names the chapter starting on the page", () => {
  it('right above the heading itself: the first is the header', () => {
    const text = ['某县乡村振兴战略规划', '第一章 发展基础', '　　实施乡村振兴战略，为我县提供了重大历史机遇。', '- 1 -', '第二章 总体要求', '第二章 总体要求', '第一节 指导思想'].join('\n');
    expect(parse(text).documents[0]?.children.map((n) => [n.line, n.title, n.children.length])).toEqual([
      [2, '发展基础', 0],
      [6, '总体要求', 1],
    ]);
  });
  it('above the rest of a paragraph cut by the page break: a header, and the paragraph goes on past it', () => {
    const text = ['柯桥区“十四五”生态环境保护规划', '第一章 发展基础与面临形势', '第一节 发展基础', '　　三、产业绿色转型成效显著。印染企业由212家整合为108家，集聚入驻滨海印染产', '业集聚区，化工企业由56家整合为19家，单位工业增加值能耗累计下降21.6%。', '　　四、生态环境治理能力不断增强。建成区级生态环境监测监控中心，实现重点排污', '单位在线监控全覆盖，环境执法“非现场监管”模式在全市推广。', '第二节 面临的形势', '　　当前，全区生态环境保护结构性、根源性、趋势性压力总体上尚未根本缓解。产业', '结构偏重、能源结构偏煤的格局尚未根本改变，臭氧污染问题逐步显现，部分河道水质', '— 2 —', '第二章 总体要求', '仍不稳定，固体废物特别是印染污泥处置能力存在缺口，生态环境治理能力与现代化要', '求相比还有差距。', '第二章 总体要求', '第一节 指导思想', '　　以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平生态文明思想，坚'].join('\n');
    const chapters = parse(text).documents[0]?.children;
    expect(chapters?.map((n) => [n.line, n.title])).toEqual([
      [2, '发展基础与面临形势'],
      [15, '总体要求'],
    ]);
    expect(chapters?.[0]?.children[1]?.text).toContain('仍不稳定');
  });
});

describe("a page's running header far above the chapter's own heading", () => {
  it('is furniture where the heading stands again mid-page below the end of the chapter before', () => {
    const text = ['成都市“十五五”科技创新规划', '第二章　总体要求', '第二节　基本原则', '　　（二）坚持企业主体。强化企业科技创新主体地位，促进各类创新要素向企业', '集聚。', '　　（三）坚持开放协同。深化成渝科技创新协同，加强国际科技交流合作，以开', '放合作提升创新能级。', '·1·', '第三章　建设具有全国影响力的科技创新中心', '　　（四）坚持改革驱动。深化科技体制机制改革，破除制约科技创新的思想障碍', '和制度藩篱。', '第三节　发展目标', '　　到2030年，具有全国影响力的科技创新中心功能全面提升，全社会研发经费投', '入强度达到4%左右，每万人口高价值发明专利拥有量达到25件，高新技术企业达到', '2.5万家。', '表1　成都市“十五五”科技创新主要指标', '序号　指标名称　2025年　2030年　属性', '第三章　建设具有全国影响力的科技创新中心', '　　坚持“四个面向”，以西部（成都）科学城为核心承载区，构建“一城多园”', '协同创新格局，加快形成具有全国影响力的创新策源能力。', '第一节　建设西部（成都）科学城'].join('\n');
    expect(parse(text).documents[0]?.children.map((n) => [n.line, n.children.map((c) => c.line)])).toEqual([
      [2, [3, 12]],
      [18, [21]],
    ]);
  });
});

describe('decimals numbered on across the sections', () => {
  it('reads `1.3` under `二、`, going on from `1.2`, as its subsection', () => {
    const text = ['某院改善就医感受实施方案', '一、总体要求', '1.1 指导思想', '1.2 工作目标', '二、主要措施', '1.3 优化诊前服务', '（1）推行分时段预约诊疗。', '1.4 改善诊中体验'].join('\n');
    expect(parse(text).documents[0]?.children[1]?.children.map((n) => [n.marker, n.title, n.children.length])).toEqual([
      ['1.3', '优化诊前服务', 1],
      ['1.4', '改善诊中体验', 0],
    ]);
    // (Typed with full-width digits, `１．２` / `１．３`, the same.)
    const wide = text.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    expect(parse(wide).documents[0]?.children[1]?.children.map((n) => n.title)).toEqual(['优化诊前服务', '改善诊中体验']);
  });
});

describe("a page's head of its number and the document's title", () => {
  it('is furniture; a section named as the document is stays', () => {
    const text = ['温州市综合交通运输发展“十四五”规划', '第五章　完善综合交通网络', '第三节　完善内河水运和通用航空网络', '1.推进瓯江航道整治。', '2.提升瓯江航道等级。', '3.建成文成、泰顺通用机场。', '4　　温州市综合交通运输发展“十四五”规划', '第六章　提升运输服务品质'].join('\n');
    expect(parse(text).documents[0]?.children.map((n) => [n.title, n.children.map((c) => [c.title, c.children.length])])).toEqual([
      ['完善综合交通网络', [['完善内河水运和通用航空网络', 3]]],
      ['提升运输服务品质', []],
    ]);
    const manual = ['质量手册', '第二章　质量管理体系', '4.2 文件要求', '4.2.1 总则', '4.2.2 质量手册'].join('\n');
    expect(parse(manual).documents[0]?.children[0]?.children[0]?.children.map((n) => n.title)).toEqual(['总则', '质量手册']);
  });
});
