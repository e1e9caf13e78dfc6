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

describe('a caption above its own table', () => {
  it('is no document where the numbering goes on after the table', () => {
    const text = ['某县人民医院2023年度信息公开工作报告', '一、总体情况', '全年主动公开各类信息3492条。', '二、主动公开信息情况', '依申请公开情况统计表', '统计指标\t单位\t数量', '一、收到申请数\t件\t3', '二、申请办结数\t件\t3', '三、存在的主要问题及改进措施', '公开形式以文字为主。'].join('\n');
    expect(titles(text)).toEqual([['某县人民医院2023年度信息公开工作报告', ['总体情况', '主动公开信息情况', '存在的主要问题及改进措施']]]);
  });
  it('opens a document where the numbering starts again after the table', () => {
    const text = ['某县人民医院2023年度信息公开工作报告', '一、总体情况', '二、主动公开信息情况', '2024年重点工作统计表', '序号\t工作\t完成时间', '1\t上线新系统\t6月', '一、完善公开目录', '二、加强解读'].join('\n');
    expect(titles(text).map((d) => d[0])).toEqual(['某县人民医院2023年度信息公开工作报告', '2024年重点工作统计表']);
  });
});

describe('a caption above column names apart by single spaces', () => {
  it('is the document\'s own table where a row of figures follows and the numbering goes on', () => {
    const text = ['某局2023年度部门整体支出绩效自评报告', '一、部门基本情况', '三、自评结论', '部门整体支出绩效自评评分表', '一级指标 分值 得分', '投入 15 14', '合计 100 90.5', '四、存在的问题及原因'].join('\n');
    expect(titles(text).map((d) => d[0])).toEqual(['某局2023年度部门整体支出绩效自评报告']);
  });
});

describe('a task table whose rows are set out with single spaces', () => {
  const table = (row1: string, row2: string) =>
    ['2025年全区养老服务工作要点', '一、完善养老服务设施网络', '（一）发展社区嵌入式养老服务。重点任务分解如下：', '序号 任务 牵头单位 完成时限', row1, row2, '（二）提升农村养老服务能力。'].join('\n');
  it('reads numbers with a delimiter that fill the header\'s other columns, one after another, as rows', () => {
    expect(titles(table('1．新建社区养老服务站 区民政局 2025年9月', '2．改造老年助餐点 各街道 2025年12月'))).toEqual([
      ['2025年全区养老服务工作要点', ['完善养老服务设施网络']],
    ]);
    const section = parse(table('1．新建社区养老服务站 区民政局 2025年9月', '2．改造老年助餐点 各街道 2025年12月')).documents[0]?.children[0];
    expect(section?.children.map((n) => [n.title, n.children.length])).toEqual([['发展社区嵌入式养老服务', 0], ['提升农村养老服务能力', 0]]);
  });
  it('keeps items of one cell under the header items', () => {
    const items = parse(table('1．新建社区养老服务站。', '2．改造老年助餐点。')).documents[0]?.children[0]?.children[0]?.children.map((n) => n.title);
    expect(items).toEqual(['新建社区养老服务站', '改造老年助餐点']);
  });
});

describe('a task table whose columns are set apart by runs of spaces', () => {
  const table = (row1: string, row2: string) =>
    ['三、保障措施', '（一）压实工作责任。', '（二）强化督查考核。', '序号  任务内容                    牵头单位    完成时限', row1, row2].join('\n');
  it('reads numbers with a delimiter whose cells fill every column, one after another, as rows', () => {
    const section = parse(table('1.    整治背街小巷环境卫生        区城管局    2019年6月底', '2.    规范城区户外广告设置        区城管局    2019年5月底')).documents[0]?.children[0];
    expect(section?.children.map((n) => [n.title, n.children.length])).toEqual([['压实工作责任', 0], ['强化督查考核', 0]]);
  });
  it('reads the rows under a group row as rows (the group row, a row too, numbers none)', () => {
    const text = ['保定市2017年大气污染防治重点工作任务分解表', '', '序号   重点任务         具体措施                                  牵头单位        完成时限', '一、燃煤污染治理', '1.     燃煤锅炉整治     淘汰建成区10蒸吨/小时及以下燃煤锅炉       市环保局        2017年10月底', '                        43台，完成超低排放改造', '2.     散煤清洁化替代   完成农村“煤改气”“煤改电”12万户，         市发改委        2017年10月底', '                        实现平原地区散煤“清零”'].join('\n');
    expect(parse(text).documents[0]?.children).toEqual([]);
  });
  it('keeps items of fewer cells as items', () => {
    const section = parse(table('1.整治背街小巷环境卫生。', '2.规范城区户外广告设置。')).documents[0]?.children[0];
    expect(section?.children[1]?.children.map((n) => n.title)).toEqual(['整治背街小巷环境卫生', '规范城区户外广告设置']);
  });
});

describe('tables of a feasibility report', () => {
  it('ends a table of numbered rows at a decimal heading glued to its words', () => {
    const text = ['XX项目可行性研究报告', '第3章 建设方案', '3.1建设目标与指标', '序号 指标 目标值', '1 年径流总量控制率 ≥75%', '2 内涝防治标准 50年一遇', '3.2源头减排工程', '3.2.1建筑与小区', '第4章 投资估算'].join('\n');
    expect(parse(text).documents[0]?.children[0]?.children.map((n) => [n.title, n.children.map((c) => c.title)])).toEqual([
      ['建设目标与指标', []],
      ['源头减排工程', ['建筑与小区']],
    ]);
  });
  it('reads codes alone on their lines in a table taken one cell per line as rows', () => {
    const costs = ['XX区智慧教育云平台建设项目建议书', '一、投资估算', '序号', '工程或费用名称', '1', '工程费用', '1.1', '基础设施层', '1.2', '平台层', '二、资金来源'].join('\n');
    expect(parse(costs).documents[0]?.children.map((n) => [n.title, n.children.length])).toEqual([['投资估算', 0], ['资金来源', 0]]);
    const indicators = ['某县人民医院2023年度绩效考核自评报告', '一、自评得分情况', '指标代码', '指标名称', '分值', '1.1.1', '出院患者手术占比', '6', '1.1.2', '出院患者微创手术占比', '6', '二、存在问题'].join('\n');
    expect(parse(indicators).documents[0]?.children.map((n) => [n.title, n.children.length])).toEqual([['自评得分情况', 0], ['存在问题', 0]]);
  });
});

describe("a schedule's rows with days written with a dot", () => {
  it('reads a day, a tab and two cells as a row, no section', () => {
    const text = ['全县主题团日活动安排表', '时间\t活动内容\t责任单位', '5.4\t“青春告白祖国”主题团日\t各团支部', '7.1\t集中收看庆祝大会直播\t各团支部'].join('\n');
    expect(parse(text).documents[0]?.children).toEqual([]);
  });
});

describe('a table taken one cell per line', () => {
  it("keeps a row's cell that names a kind (`年度学习总结` after `12` / `12月`) in the table", () => {
    const text = ['2023年理论学习中心组学习计划', '四、学习安排', '全年集中学习具体安排如下：', '序号', '时间', '学习主题', '主要内容', '领学人', '11', '12月', '年度学习总结', '交流全年学习体会和调研成果', '党委书记、董事长', '五、工作要求', '1.加强组织领导。党委书记是中心组学习第一责任人，要带头学、带头讲、带头研；党委办公室负责中心组学习的组织协调和服务保障工作。', '2.严格学习管理。建立学习考勤、学习档案和学习通报制度，中心组成员无特殊情况不得缺席集中学习。', '3.注重成果转化。坚持问题导向，把学习成果转化为推动改革发展、破解经营难题的具体举措。'].join('\n');
    const r = parse(text);
    expect(r.documents.map((d) => d.title)).toEqual(['2023年理论学习中心组学习计划']);
    expect(r.documents[0]?.children.map((n) => n.title)).toEqual(['学习安排', '工作要求']);
  });
});

describe('a schedule taken one cell per line', () => {
  it("keeps an item's cell under its span of time that names a kind in the table", () => {
    const text = ['关于召开2016年社区网格化服务管理工作会议的通知', '各社区：', '现将会议有关事项通知如下：', '一、会议时间', '5月12日下午2:00。', '二、参会人员', '各社区书记、网格长。', '街道办事处', '2016年5月6日', '附件2', '会议日程安排表', '时间', '内容', '主持（发言）人', '14:00—14:30', '参会人员签到', '街道党政办', '14:30—14:40', '传达全区网格化服务管理工作会议精神', '街道党工委副书记', '14:40—15:00', '通报2015年度各社区网格化工作考核结果', '街道综治办主任'].join('\n');
    expect(parse(text).documents.map((d) => d.title)).toEqual(['关于召开2016年社区网格化服务管理工作会议的通知', '会议日程安排表']);
  });
});
