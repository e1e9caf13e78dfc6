// The lexicon of document kinds: which (folded) lines read like a document's title, and which labels an attachment has.
import { describe, expect, it } from 'vitest';
import { attachmentAlone, attachmentLabel, endingKind, isSpacedOut, looksLikeTitle, withoutLetterSpacing } from '../../src/tokenize/lexicon/doc-types.js';
import { fold } from '../../src/tokenize/lexicon/fold.js';

/** Each line with whether it reads like a title, and why. */
const titles: [line: string, expected: boolean, why: string][] = [
  ['守护“舌尖上的安全”　护航高质量发展（德清县市场监督管理局2024年工作总结）', true, 'a headline with the whole title in brackets after it'],
  ['（九江城发集团2025年工作计划）', true, 'a whole title in brackets, alone'],
  ['远航物流股份有限公司 - 内部审计 - 制度与报告', false, "a browser's page title: site, column and page apart by ` - `"],
  ['某某中学 - 德育处 - 2024年春季学期德育工作计划', false, "a browser's page title that ends with the document's name"],
  ['2023-2024学年第一学期工作计划', true, 'a span of years, no page title'],
  ['附　件：1 个 (差旅费管理办法（修订征求意见稿）.docx)', false, "a mail's field that counts its attached files"],
  ['（2024—2026年）', false, 'a bracket without a kind'],
  ['加强队伍建设（详见工作方案）', false, 'a bracket without a year'],
  ['稳中求进　实干争先：红星镇2025年工作计划', true, 'a slogan and a colon before a title with its year'],
  ['标题：红星镇2025年工作计划', true, "a record's title field: its value is the title"],
  ['附件：1.路桥公司2024年度考核办法　2.运营公司2024年度经营业绩考核责任书', false, 'two numbered attachments after one label: a list'],
  ['陇原路桥公司2024年度安全生产目标', true, 'a target set for a year'],
  ['“十五五”时期主要发展指标', false, 'a list of indicators: a table inside a plan'],
  ['来源：红星镇2025年工作计划', false, "a field's label before the colon"],
  ['为深入贯彻落实习近平总书记关于安全生产的重要指示批示', false, 'a purpose clause that opens a preamble'],
  ['请各分工会3月31日前把报名表', false, 'a request to the readers cut by a wrap'],
  ['【温馨提示】近期手足口病进入高发期', true, 'a notice\'s tag before its topic: a post\'s headline'],
  ['《宜春市城市更新行动实施方案》《宜春市2024年城市更新工作要点》', false, 'two books\' names: a sentence\'s subject cut by the wrap'],
  ['《宜春市城市更新行动实施方案》', true, 'one book\'s name: a title in 《》'],
  ['2023年度工作总结丨砥砺奋进谱新篇 笃行致远启新程', true, 'a title with its kind before `丨`, the bar editors type'],
  ['学院评审小组意见', false, 'a form\'s field for who signs off'],
  ['所在单位（盖章）意见', false, 'a form\'s field with its seal\'s place'],
  ['主要业绩用人单位意见　　　　（盖章）', false, 'a form\'s field with its seal after a gap'],
  ['关于加快发展现代职业教育的实施意见', true, 'an 意见 document'],
  ['南湖市教育局关于深化课堂教学改革的指导意见', true, 'an 意见 document with its issuer'],
  ['【通知】周五下午全体教师开会', true, 'a notice\'s tag before its topic'],
  ['【温馨提示】请各位家长注意，近期手足口病高发', false, 'a tag before a sentence'],
  ['请大家认真学习实施方案', false, 'a request to the readers'],
  ['请销假管理制度', true, 'a title that starts with 请 and asks nobody'],
  ['为进一步加强全区安全生产工作方案', false, 'a purpose clause that opens a preamble'],
  ['附：2026年元旦春节重点走访慰问对象名单', true, "`附：` before an attachment's title"],
  ['（2025年1月18日在公司2025年工作会议上的报告）', false, 'the day and the meeting a report was given at'],
  ['2025年1月18日在全县教育工作会议上的讲话', false, 'the day and the meeting a speech was given at'],
  ['（九江城发集团2025年工作报告）', true, 'a whole title in brackets that names a report'],
  ['机构概况', false, "a portal's menu item"],
  ['湖南省教育厅机构概况', true, "a body's page about its structure"],
  ['中共武汉市江夏区委办公室 武汉市江夏区人民政府办公室关于印发《江夏区2023年“我为群众办实事”实践活动工作计划》《江夏区2023年优化营商环境攻坚行动实施方案》的通知', true, 'a notice naming two documents, past 80 characters'],
  ['江夏区2023年“我为群众办实事”实践活动工作计划江夏区2023年优化营商环境攻坚行动实施方案江夏区2023年优化营商环境攻坚行动实施方案和江夏区2023年工作计划', false, 'past 80 characters without a notice of documents'],
  ['南阳市中心医院彩色多普勒超声诊断系统采购技术参数要求', true, "a procurement's technical requirements filed alone"],
  ['桐城市卫生健康委员会2023年度大事记', true, "a body's chronicle of the year"],
  ['2023年度工作总结｜奋楫笃行启新程 砥砺前行谱华章', true, 'the kind before a bar, a slogan after it'],
  ['2023年度工作总结｜我们一起回顾这一年，展望新的征程', false, 'a sentence after the bar'],
  ['部门动态｜推进高质量发展', false, 'no kind before the bar'],
  ['"珍爱生命,预防溺水"主题班会方案', true, "a slogan's comma inside straight quotes"],
  ['珍爱生命,预防溺水主题班会方案', false, 'a comma outside quotes'],
  ['《荷塘月色》教学设计', true, "a lesson's plan"],
  ['《荷塘月色》说课稿', true, "a lesson's talk"],
  ['《背影》课堂实录', true, "a lesson's record"],
  ['PEP五年级上册Unit 3 What would you like? Part A Let\'s talk教学设计', true, "an English lesson's sentence in its plan's title"],
  ['开展培训? 加强管理教学设计', false, 'a question mark after Chinese text'],
  ['江川市市场监督管理局行政处罚决定书', true, "an authority's decision on one party"],
  ['劳动合同变更书', true, "a labour contract's change"],
  ['江州市推动制造业高质量发展政策吹风会实录', true, "a briefing's record"],
  ['国务院新闻办公室就《促进银发经济发展行动方案》举行吹风会', true, 'a briefing'],
  ['XX市第一人民医院内科护理常规', true, "a hospital's nursing routine"],
  ['不稳定型心绞痛临床路径', true, 'a clinical pathway'],
  ['临江市第二中学学生一日常规', true, "a school's daily routine"],
  ['民 事 判 决 书', false, "a court's judgment spaced out (read solid by the title rule)"],
  ['民事判决书', true, "a court's judgment"],
  ['纠正措施程序', true, "a quality system's procedure"],
  ['云溪县城乡供水一体化工程可行性研究报告专家评审意见', true, "a review's opinions on the report it names"],
  ['学院评审小组意见', false, "a form's field for who signs off"],
  ['小鹿记账 3.2 版本产品需求文档', true, "a product's requirements"],
  ['刘晓敏的日报', true, "an office app's daily report"],
  ['公文审批单', true, "an office app's approval form"],
  ['2024年度市属企业经营业绩考核目标表', true, 'a table of targets filed as its own'],
  ['兴华实验中学第二十一届秋季田径运动会秩序册', true, "a sports meet's programme"],
  ['员工发热应急处置流程图', true, 'a procedure drawn as a chart'],
  ['南阳湖流域农业面源污染治理对策研究', true, 'a study published as such'],
  ['全县农村养老服务情况专题调研', true, 'an investigation published as such'],
  ['关于全县农村养老服务情况的调查', true, 'an investigation, with 关于'],
  ['方案三：“温暖冬至”包饺子活动方案', true, "a compilation's piece numbered with a word its title says again"],
  ['活动二：2024年读书月活动方案', true, "a piece numbered as an event, the title an event's plan"],
  ['任务一：制定工作方案', false, "a task's label: its word is not the title's"],
  ['第一阶段　险情发现与报告（14:00—14:03）', false, "a drill script's stage, though it ends like a report"],
  ['第二环节：总结与报告', false, "a scheme's stage"],
  ['第一阶段工作总结', true, 'a stage named in a title, no label before a gap'],
  ['2023年1-11月高新区经济运行情况', true, "a statistics office's monthly release"],
  ['2024年一季度全县经济运行简况', true, "a statistics office's quarterly release"],
  ['车间安全隐患排查表', true, 'a checklist of hazards'],
  ['城市更新三年行动方案出台', true, "a news headline: the plan's name, then the verb that says it is out"],
  ['划重点 ××县乡村振兴2024年工作方案来了', true, "a news headline with its plan's name before 来了"],
  ['《××市制造业高质量发展三年行动方案》答记者问', true, "a body's answers to the press on a policy"],
  ['附件：××区2024年便民生活圈建设任务分解表（略）', false, 'an attachment left out of the page'],
  ['融资支持政策5问5答', true, 'questions counted in digits'],
  ['小学语文整本书阅读教学策略探究', true, "a teacher's paper"],
  ['初中数学单元作业设计的实践与思考', true, "a teacher's paper on what was done"],
  ['【周报】后端组 陈思远 2024年第10周（03.04–03.08）', true, "a report's tag before its topic"],
  ['2025年度经营计划 2025 Annual Business Plan', true, 'a title with its English name after it'],
  ['安全稳定供水 Secure and Reliable Water Supply', false, 'a heading with its English name: no kind'],
  ['ICU护理交接班标准作业程序（SOP）', true, "a hospital's standard operating procedure"],
  ['手卫生及无菌技术基本操作SOP', true, 'a standard operating procedure named by its abbreviation'],
  ['澄江县文旅康养招商项目推介书', true, "a county's brochure of projects for investors"],
  ['湖南省工程系列电子信息专业技术人才职称评价标准条件', true, 'the conditions a professional title sets'],
  ['合肥市高层次人才分类认定目录', true, 'a catalogue of talents'],
  ['新乡市气象局关于启动重大气象灾害（暴雨）Ⅲ级应急响应的命令', true, "a bureau's order"],
  ['市防汛抗旱指挥部防汛调度令', true, 'an order of flood control'],
  ['求	其他条件', false, "a header row's last cells, cut by the wrap"],
  ['【关于居民自购团购物资的温馨提醒】', true, 'a reminder, as a 提示'],
  ['@全体市民 | 文明城市点位长效管理任务清单来了', true, 'a headline after an address and a bar'],
  ['@所有人 | 收到', false, 'an address and a reply'],
  ['建设项目环境影响报告表', true, 'an environmental impact report in a form'],
  ['宝鸡市2021年重点招商引资项目册', true, "a city's book of projects for investors"],
  ['目　录', false, "a table of contents' heading"],
  ['内容目录', false, "a table of contents' heading with a word before it"],
];

describe('looksLikeTitle', () => {
  it.each(titles)('%s → %s (%s)', (line, expected) => {
    expect(looksLikeTitle(fold(line).trim())).toBe(expected);
  });

  it('reads a task on a schedule that names its document as no title', () => {
    for (const task of ['制定教研组工作计划', '上交学期工作总结', '讨论修订实施方案', '撰写个人述职报告', '修订“三重一大”决策制度实施办法', '修改完善应急预案', '重新制定工作方案']) expect(looksLikeTitle(fold(task).trim()), task).toBe(false);
    expect(looksLikeTitle(fold('关于制定教研组工作计划的通知').trim())).toBe(true);
    for (const title of ['修订版员工手册管理制度', '修改稿工作方案']) expect(looksLikeTitle(fold(title).trim()), title).toBe(true);
    // a village's public notice names whose affairs it makes public; a short tail, a site's column after a bar, none
    for (const title of ['甲村2024年上半年村务公开', '甲村2024年第二季度“三务”公开']) expect(looksLikeTitle(fold(title).trim()), title).toBe(true);
    for (const line of ['面公开', '泉州市洛江区人民政府 | 政府信息公开']) expect(looksLikeTitle(fold(line).trim()), line).toBe(false);
    expect(looksLikeTitle(fold('消息记录（此消息记录为文本格式，不支持重新导入）').trim())).toBe(false);
    expect(looksLikeTitle(fold('第4次支部委员会会议记录').trim())).toBe(true);
    expect(looksLikeTitle(fold('【好运来麻辣烫·店长群】聊天记录').trim())).toBe(false);
    expect(looksLikeTitle(fold('关于2022年度全市专项审计调查结果').trim())).toBe(true);
  });

  it('reads an infographic\'s caption as no title', () => {
    for (const caption of ['2023年度数据一览', '年度成绩一览', '2024年工作亮点一览']) expect(looksLikeTitle(fold(caption).trim()), caption).toBe(false);
    expect(looksLikeTitle(fold('清溪县人民政府议事协调机构一览').trim())).toBe(true);
  });

  it('gives a headline with its title in brackets the bracket\'s kind', () => {
    expect(endingKind(fold('深化改革强主业（九江城发集团2024年工作总结）'))).toBe('总结');
    // a 范文 site's sample number or year after the kind
    expect(endingKind('社区工作计划2024')).toBe('计划');
    expect(endingKind('社区工作计划 2024年度')).toBe('计划');
    expect(endingKind('销售年终工作总结范文三')).toBe('总结');
    expect(endingKind('开学典礼活动方案模板2')).toBe('方案');
    expect(endingKind('工作总结12024')).toBe(null);
    // stacked, with spaces between
    expect(endingKind('护士长工作计划2025 精选篇1')).toBe('计划');
    expect(endingKind('护士长工作计划2025 范文1')).toBe('计划');
  });

  it('reads a periodic report\'s issue after its title (a space, a dash or a colon apart) as no part of its kind', () => {
    for (const title of ['交易技术部周报 第15周', '研发中心周报-第15周', '工作周报 第3期', '研发中心周报 2024W15', '工作周报 2024.04.08-04.12', '周报：2024年第15周（4月8日—4月12日）'])
      expect(endingKind(fold(title).trim()), title).toBe('周报');
    // the issue glued to the kind, or a number that is no issue, stays
    expect(endingKind('工作周报第15周')).toBe(null);
    expect(endingKind('周报：本周完成3项工作')).toBe(null);
  });
});

describe('attachment labels', () => {
  it('reads `附：` with its colon as a label, `附` alone or a word that starts with 附 as none', () => {
    expect(attachmentLabel.test(fold('附：2026年慰问对象名单'))).toBe(true);
    expect(attachmentAlone.test(fold('附：'))).toBe(true);
    expect(attachmentAlone.test('附')).toBe(false);
    expect(attachmentLabel.test(fold('附近居民反映强烈'))).toBe(false);
  });
});

describe('letter spacing', () => {
  it('reads a title spaced out letter by letter without its spaces, a year or a number kept whole among them', () => {
    expect(withoutLetterSpacing('2 0 2 3 年 工 作 计 划')).toBe('2023年工作计划');
    expect(withoutLetterSpacing('皂 市 镇 2022 年 森 林 防 灭 火 工 作 实 施 方 案')).toBe('皂市镇2022年森林防灭火工作实施方案');
  });

  it('reads a spaced-out title solid before its remark in brackets', () => {
    expect(withoutLetterSpacing('劳 动 合 同 书（全日制用工·固定期限）')).toBe('劳动合同书（全日制用工·固定期限）');
    expect(withoutLetterSpacing('教务处 工作计划（试行）')).toBe('教务处 工作计划（试行）');
  });

  it('leaves words apart by spaces as they are', () => {
    for (const line of ['教务处 工作计划', '2024 年度 工作要点', '一 二']) expect(isSpacedOut(line), line).toBe(line === '一 二');
  });
});
