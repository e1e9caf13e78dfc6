// Documents: titles, headers and their meta, untitled documents, restarts, several documents in one file.
import { describe, expect, it } from 'vitest';
import { canStartTitle, collectedKind, compiledKind, deriveMeta, isBareLabel, isDocumentNumber, isHeaderLikeText, isIssuerLine, isPartTitle, isSiblingTitle, isStrongTitle } from '../../src/grammar/documents.js';
import { parse } from '../../src/parse.js';
import { shortensTitle } from '../../src/grammar/draft.js';
import { outline } from '../helpers/outline-shape.js';
import { aboutUnfinished, completesTitle, kindFinishesTitle } from '../../src/grammar/split-titles.js';

describe('isStrongTitle', () => {
  it.each(['2024年工作要点', '关于印发2024年工作要点的通知', '市教育局2024年工作计划', '2019年广州教育工作总结', '区教育和体育局年度工作要点'])('%s opens a document', (t) =>
    expect(isStrongTitle(t)).toBe(true),
  );
  it.each(['中共苏州市委关于制定苏州市国民经济和社会发展第十五个五年规划的建议', '苏州市支持低空经济发展的若干政策', '南湖市推动外贸稳规模优结构若干举措', '苏州市支持人工智能发展二十条', '南湖市稳外资十二条', '清溪县实验小学运动场改造工程施工招标文件', '南昌市第十九中学实验室设备政府采购合同', '个体工商户设立登记办事指引', '杭州市第二中学教师招聘启事', '灵活就业人员参加职工基本医疗保险常见问题解答', '县委第五轮巡察整改进展情况集中公开', '清河县市场监督管理局机构职能', '清溪县人民政府议事协调机构一览'])(
    '%s opens a document (a proposal, a policy package)',
    (t) => expect(isStrongTitle(t)).toBe(true),
  );
  it.each(['文员个人工作计划范文（一）', '班主任个人工作计划范文【篇一】', '幼儿园教师个人工作计划范文篇二', '销售员个人工作计划范文（精选4篇）', '小学班主任工作总结范文'])(
    '%s opens a document (a 范文 site\'s sample)',
    (t) => expect(isStrongTitle(t)).toBe(true),
  );
  it.each(['湖南省工程系列电子信息专业技术人才职称评价标准条件', '合肥市高层次人才分类认定目录'])('%s opens a document (conditions and a catalogue named by their place)', (t) => expect(isStrongTitle(t)).toBe(true));
  it.each(['2 0 2 3 年 工 作 计 划', '青 山 县 2 0 2 4 年 工 作 要 点'])('%s opens a document (spaced out by a scan)', (t) => expect(isStrongTitle(t)).toBe(true));
  it.each(['保障措施', '工作安排', '加强党的建设', '要点', '思路', '意见建议', '支持政策', '依据本办法第二十条', '第十条', '南湖市教育局文件', '合同', '常见问题', '关于本报告', '内设机构', '机构职能', '年度数据一览', '学年工作安排', '年度计划', '学期工作计划', '申报条件', '目录', '下达指令'])('%s does not', (t) => expect(isStrongTitle(t)).toBe(false));
});

describe('deriveMeta', () => {
  it('reads publishing time, source, a date and an issuer; removes nothing', () => {
    const header = ['当前位置：首页 > 通知公告', '发表时间：2023-02-15 09:30', '来源：区教育局'];
    expect(deriveMeta(header)).toEqual({ published: '2023-02-15 09:30', source: '区教育局', date: '2023-02-15' });
    expect(header).toHaveLength(3);
  });
  it('a date line in Chinese gives an ISO date; a line of organisations is the issuer', () => {
    expect(deriveMeta(['市教育局', '2024年2月5日'])).toEqual({ issuer: '市教育局', date: '2024-02-05' });
  });
  it('a letterhead\'s line: the issuer, then the day after a gap', () => {
    expect(deriveMeta(['校长办公室　　　　2024年3月8日'])).toEqual({ issuer: '校长办公室', date: '2024-03-08' });
  });
  it('nothing to derive', () => expect(deriveMeta([])).toEqual({}));
});

describe('isHeaderLikeText', () => {
  it('counts a letterhead\'s gap across the page as one space', () => {
    expect(isHeaderLikeText(`中共某某市直机关工委${' '.repeat(26)}某机党〔2023〕41号`)).toBe(true);
    expect(isHeaderLikeText('中共某某市直机关工委认真开好2023年度主题教育专题民主生活会实施方案的全部内容和要求说明')).toBe(false);
  });
});

describe('isDocumentNumber and isIssuerLine', () => {
  it.each(['青教〔2024〕5号', '绍政纪〔2025〕第18号', '〔2025〕第18号', '〔2025〕18号'])('%s is a document number', (t) => expect(isDocumentNumber(t)).toBe(true));
  it.each(['2025年第18号', '第18号'])('%s is not', (t) => expect(isDocumentNumber(t)).toBe(false));
  it.each(['（2025）浙0102民初1234号', '(2024)京03行终56号'])('%s is a court\'s case number', (t) => expect(isDocumentNumber(t)).toBe(true));
  it.each(['中牟县人民政府督查室', '中牟县人民政府督查室　　　2023年7月12日', '学生工作部（处）', '党委教师工作部（人事处）', '江城广播电视台', '青石社区党委、居委会'])('%s names an issuer', (t) => expect(isIssuerLine(t)).toBe(true));
  it.each(['2023年7月12日', '中牟县人民政府督查室 2023年7月12日 第7期', '学生工作部（2024年）', '学生工作部（试行）', '海曙镇2025年防汛防台', '全力抗台'])('%s does not', (t) => expect(isIssuerLine(t)).toBe(false));
});

describe('documents', () => {
  it('a title line, then the outline', () => {
    expect(outline('2024年工作要点', '一、甲', '二、乙')).toEqual(['# 2024年工作要点 @1', '一、 甲 @2', '二、 乙 @3']);
  });

  it('no title: an untitled document whose line is its first content', () => {
    const r = parse('\n\n为做好工作，制定本要点。\n一、甲');
    expect(r.documents.map((d) => [d.title, d.line, d.preamble])).toEqual([[null, 3, '为做好工作，制定本要点。']]);
  });

  it('numbering that restarts at 一 after a higher number opens an untitled document', () => {
    expect(outline('一、甲', '二、乙', '一、丙', '二、丁')).toEqual(['# (untitled) @1', '一、 甲 @1', '二、 乙 @2', '# (untitled) @3', '一、 丙 @3', '二、 丁 @4']);
  });

  it('a second title after content opens a second document', () => {
    expect(outline('2023年工作总结', '一、甲', '二、乙', '2024年工作要点', '一、丙')).toEqual([
      '# 2023年工作总结 @1',
      '一、 甲 @2',
      '二、 乙 @3',
      '# 2024年工作要点 @4',
      '一、 丙 @5',
    ]);
  });

  it('a section heading that names a weak kind (保障措施) stays inside the document', () => {
    const r = parse('2024年工作要点\n一、甲\n保障措施\n二、乙');
    expect(r.documents).toHaveLength(1);
    expect(r.documents[0]?.children.map((n) => n.number)).toEqual([1, 2]);
  });

  it('navigation, publishing time and source before the title go to the header; page tools after content are noise', () => {
    const r = parse('当前位置：首页 > 计划总结\n2023年工作计划\n发表时间：2023-02-15\n来源：区教育局\n一、甲\n【打印本页】 【关闭窗口】');
    const d = r.documents[0];
    expect(r.documents).toHaveLength(1);
    expect(d?.title).toBe('2023年工作计划');
    expect(d?.line).toBe(2);
    expect(d?.header).toEqual(['当前位置：首页 > 计划总结', '发表时间：2023-02-15', '来源：区教育局']);
    expect(d?.meta).toEqual({ published: '2023-02-15', source: '区教育局', date: '2023-02-15' });
    expect(d?.noise).toEqual([{ line: 6, text: '【打印本页】 【关闭窗口】' }]);
  });

  it('an empty file has no documents', () => {
    expect(parse('').documents).toEqual([]);
    expect(parse('\n \n\u3000\n').documents).toEqual([]);
  });
});

describe('compiledKind and isPartTitle', () => {
  it('names the kind a compilation gathers, and takes a part of that kind as a title', () => {
    expect(compiledKind('东湖幼儿园内部管理制度汇编')).toBe('制度');
    expect(compiledKind('南湖中学管理制度汇编（2024年修订）')).toBe('制度');
    expect(compiledKind('社区工作计划精选3篇')).toBe('计划');
    expect(compiledKind('2024年全市教育工作要点')).toBeNull();
    expect(isPartTitle('门卫值班制度')).toBe(false);
    expect(isPartTitle('门卫值班制度', '制度')).toBe(true);
    // four characters in the gathered kind, since the eighth round (`门卫制度` in a school's 制度汇编); fewer, or not the kind: none
    expect(isPartTitle('考勤制度', '制度')).toBe(true);
    expect(isPartTitle('考勤制度')).toBe(false);
    expect(isPartTitle('门制度', '制度')).toBe(false);
    expect(isPartTitle('工作计划', '制度')).toBe(false);
    expect(isPartTitle('教务处工作计划')).toBe(true);
  });
});

describe('collectedKind', () => {
  it('names the kind a collection gathers when its title stands right above its first part', () => {
    expect(collectedKind('某物流有限公司管理制度', '财务报销管理制度')).toBe('制度');
    expect(collectedKind('某中学教职工岗位职责', '班主任岗位职责')).toBe('职责');
  });
  it('is null for the same title again, other kinds, or a part that is no title', () => {
    expect(collectedKind('某公司管理制度', '某公司管理制度')).toBeNull();
    expect(collectedKind('某县2024年工作要点', '教育局2024年工作要点')).toBeNull();
    expect(collectedKind('某公司管理制度', '总则')).toBeNull();
  });
});

describe('isSiblingTitle', () => {
  it('is true for another title of the same kind, spaced out or not', () => {
    expect(isSiblingTitle('总务处工作计划', '教科室工作计划')).toBe(true);
    expect(isSiblingTitle('总 务 处 工 作 计 划', '教 科 室 工 作 计 划')).toBe(true);
  });
  it('is false for another kind, the same title, or a standard cited by its code', () => {
    expect(isSiblingTitle('总务处工作计划', '教科室工作总结')).toBe(false);
    expect(isSiblingTitle('总务处工作计划', '总务处工作计划')).toBe(false);
    expect(isSiblingTitle('城市内涝应急处置技术规范', 'GB 51222　城镇内涝防治技术规范')).toBe(false);
  });
});

describe('isBareLabel', () => {
  it('is true for a menu item or column name that names no year, place or matter', () => {
    expect(isBareLabel('法治政府建设年度报告')).toBe(true);
    expect(isBareLabel('部门工作计划')).toBe(true);
  });
  it('is false for a title with a year, a place, a matter or a period, a compilation, or a long line', () => {
    expect(isBareLabel('2025年工作计划')).toBe(false);
    expect(isBareLabel('二〇二五年工作计划')).toBe(false);
    expect(isBareLabel('南溪区教育局工作计划')).toBe(false);
    expect(isBareLabel('关于做好防汛工作的通知')).toBe(false);
    expect(isBareLabel('下半年工作计划')).toBe(false);
    expect(isBareLabel('学校工作计划汇编')).toBe(false);
    expect(isBareLabel('加强和改进新时代学校体育工作实施方案')).toBe(false);
  });
});

describe('isStrongTitle: the next stage', () => {
  it.each(['下一步工作打算', '下一阶段工作安排', '今后工作思路'])('%s names the next stage\'s plan', (t) => expect(isStrongTitle(t)).toBe(true));
  it.each(['工作打算', '主要工作思路'])('%s is a section heading', (t) => expect(isStrongTitle(t)).toBe(false));
});

describe('canStartTitle', () => {
  it('a contact list\'s line that opens with a telephone number starts none', () => {
    expect(canStartTitle('0851-22861119(景区消防站)')).toBe(false);
    expect(canStartTitle('13812345678 张明')).toBe(false);
    expect(canStartTitle('12345热线服务质量提升')).toBe(true);
  });

  it('is true for the first line of a title broken over two lines', () => {
    expect(canStartTitle('关于印发《南溪区2025年')).toBe(true);
    expect(canStartTitle('长株潭城市群')).toBe(true);
  });
  it('is false for an issuer, a document number, or the name of a chat group', () => {
    expect(canStartTitle('南溪区教育局')).toBe(false);
    expect(canStartTitle('南教发〔2025〕3号')).toBe(false);
    expect(canStartTitle('城南中学初二（5）班家长群（52）')).toBe(false);
    expect(canStartTitle('西湖区教育局工作群（企业微信）')).toBe(false);
  });
  it('is false for a schedule\'s week or day alone (a table\'s cell), true for a year', () => {
    expect(canStartTitle('第2周')).toBe(false);
    expect(canStartTitle('2月19日')).toBe(false);
    expect(canStartTitle('第3-4周')).toBe(false);
    expect(canStartTitle('2024年')).toBe(true);
  });
  it('is false for a table\'s column name alone (a header taken one cell per line), true for a title\'s first line that names a thing', () => {
    for (const cell of ['指标名称', '项目名称', '序号', '类别', '项目']) expect(canStartTitle(cell), cell).toBe(false);
    // a chat message's sender, unit and name apart by a dash
    expect(canStartTitle('行政部-徐静')).toBe(false);
    expect(canStartTitle('南坪镇重点项目')).toBe(true);
  });
  it('is false for a letterhead kept letter-spaced and a 文号 with OCR\'s letter O', () => {
    expect(canStartTitle('临 澧 县 教 育 局 文 件')).toBe(false);
    expect(canStartTitle('临教发〔2O23〕6号')).toBe(false);
  });
  it('is false for an author\'s name after a gap behind who they are, true for a title set over a gap', () => {
    expect(canStartTitle('四年级语文　王芳')).toBe(false);
    expect(canStartTitle('心血管内科　副主任医师　陈志刚')).toBe(false);
    expect(canStartTitle('教务处　工作计划')).toBe(true);
    expect(canStartTitle('2024年　年度总结')).toBe(true);
  });
  it('is false for a person named by post, who reports or speaks', () => {
    expect(canStartTitle('中共石门镇委员会书记赵宏伟')).toBe(false);
    expect(canStartTitle('石门镇党委书记　赵宏伟')).toBe(false);
    expect(canStartTitle('城南中学2023年度校长述职')).toBe(true);
  });
  it('is false for a schedule\'s row that ends with an amount', () => {
    expect(canStartTitle('机动与复习　8课时')).toBe(false);
    expect(canStartTitle('有理数及其运算 18课时')).toBe(false);
    expect(canStartTitle('2024—2025学年第一学期')).toBe(true);
  });
});

describe('a notice title naming two documents over three lines', () => {
  it('is one title, the second name opened on one line and closed on the next', async () => {
    const { parse } = await import('../../src/parse.js');
    const text = ['关于印发《青山区2024年安全生产工作要点》', '和《青山区安全生产治本攻坚三年行动实施', '方案》的通知', '各镇人民政府：', '现将两个文件印发给你们。'].join('\n');
    expect(parse(text).documents.map((d) => d.title)).toEqual(['关于印发《青山区2024年安全生产工作要点》和《青山区安全生产治本攻坚三年行动实施方案》的通知']);
  });
});

describe('completesTitle', () => {
  it('who compiled a book, above its first part\'s title, starts no title', () => {
    expect(completesTitle('医务部　编', '不稳定型心绞痛临床路径', true)).toBe(false);
    expect(completesTitle('XX县推进教师县管校聘', '管理改革工作实施方案', true)).toBe(true);
  });

  it('a short name above a whole title that names its issuer again finishes no title with it', () => {
    expect(completesTitle('天心市场监管', '天心区市场监督管理局2024年工作总结和2025年工作思路', true)).toBe(false);
    expect(completesTitle('湘水建工', '湘水建工集团2024年度工作总结', true)).toBe(false);
  });

  it('the first line of a title broken over two lines still does', () => {
    expect(completesTitle('醴陵市教育局关于开展', '2025年春季开学工作检查的通知', true)).toBe(true);
    expect(completesTitle('醴陵市推进教师县管校聘', '管理改革工作实施方案', true)).toBe(true);
  });

  it('a teaser or a byline above a whole title that names its own place and year finishes none', () => {
    expect(completesTitle('一起来看👇', '云溪区2024年全国科普日活动方案', true)).toBe(false);
    expect(completesTitle('原创 云溪科协 云溪科协', '云溪区2024年全国科普日活动方案', true)).toBe(false);
    // (A first line that reaches on still does.)
    expect(completesTitle('云溪区科学技术协会关于', '云溪区2024年全国科普日活动方案的通知', true)).toBe(true);
  });
});

describe('kindFinishesTitle', () => {
  it('a bare kind with a few words before it finishes a title whose kind a plan\'s name carries before its own', () => {
    expect(kindFinishesTitle('安泰物业服务集团2024年度经营目标', '责任考核办法')).toBe(true);
    expect(kindFinishesTitle('2023年科技创新重点工作', '实施计划')).toBe(true);
  });

  it('a report on how a plan went finishes the plan\'s name', () => {
    expect(kindFinishesTitle('华庭物业服务有限公司2023年度工作计划', '执行情况的报告')).toBe(true);
  });

  it('a kind below a whole title of a strong kind, or a line with more words, finishes none', () => {
    expect(kindFinishesTitle('华庭物业服务有限公司2023年度工作计划', '安全考核办法')).toBe(false);
    expect(kindFinishesTitle('2024年度经营目标', '项目部安全生产责任考核办法')).toBe(false);
  });
});

describe('aboutUnfinished', () => {
  it('a title that says 关于 goes on until it says `的…`, though a kind\'s word ends its line', () => {
    expect(aboutUnfinished('关于松阳县2023年国民经济和社会发展计划')).toBe(true);
    expect(aboutUnfinished('关于松阳县2023年国民经济和社会发展计划执行情况的报告')).toBe(false);
    expect(aboutUnfinished('2023年国民经济和社会发展计划')).toBe(false);
  });
});

describe('shortensTitle', () => {
  it('a running header\'s short form of a title: its characters in order, the same first two and last four', () => {
    expect(shortensTitle('城南幼儿园·保教工作计划', '城南幼儿园2024学年第一学期保教工作计划')).toBe(true);
    expect(shortensTitle('江州法院行政审判白皮书（2025年度）', '江州市中级人民法院行政审判白皮书（2025年度）')).toBe(true);
    expect(shortensTitle('城南幼儿园安全工作计划', '城南幼儿园2024学年第一学期保教工作计划')).toBe(false);
    expect(shortensTitle('保教工作计划', '城南幼儿园2024学年第一学期保教工作计划')).toBe(false);
  });
  it('may leave out the record\'s word at the title\'s end', () => {
    expect(shortensTitle('东陵市人大常委会新闻发布会', '东陵市人大常委会《东陵市物业管理条例》新闻发布会实录')).toBe(true);
    expect(shortensTitle('东陵市人大常委会新闻发布', '东陵市人大常委会《东陵市物业管理条例》新闻发布会实录')).toBe(false);
  });
});

describe('an attachment list', () => {
  it('goes on over an item cut by the wrap and over sub-items, so the items after them are no nodes', () => {
    expect(outline('一、申报要求', '附件：1.课题指南', '2.课题申请书（含重点课题、一般课题', '和青年专项课题）', '3-1.汇总表（学校用）', '3-2.汇总表（县区用）', '4.诚信承诺书')).toEqual(['# (untitled) @1', '一、 申报要求 @1']);
  });

  it('ends at a line that is neither, and a list after it is the outline\'s', () => {
    expect(outline('一、申报要求', '附件：1.课题指南', '请各单位按时报送。', '2.加强组织领导')).toEqual(['# (untitled) @1', '一、 申报要求 @1', '  2. 加强组织领导 @4']);
  });
});

describe('an attachment labelled with its title on one line', () => {
  it('under a notice, opens a document when its own text follows', () => {
    const docs = parse('关于做好教材征订工作的通知\n一、征订范围\n全县中小学。\n附件1：2025年秋季学期教学用书目录\n一、小学阶段\n二、初中阶段\n').documents;
    expect(docs.map((d) => [d.title, d.line])).toEqual([['关于做好教材征订工作的通知', 1], ['2025年秋季学期教学用书目录', 4]]);
  });

  it('not in a list of attachments, nor under a plan (its appended tables are its own)', () => {
    expect(parse('关于做好教材征订工作的通知\n一、征订范围\n全县中小学。\n附件1：教学用书目录\n附件2：教材征订单\n县教育局\n').documents).toHaveLength(1);
    expect(parse('液氯泄漏事故专项应急预案\n一、总则\n本预案适用于液氯泄漏。\n附件1：应急指挥部成员联系方式\n总指挥\t张三\t13800000000\n').documents).toHaveLength(1);
  });
});

describe('a letterhead above the title', () => {
  it('a periodical\'s name of any kind over its issue\'s number gives way to a title that says 关于', () => {
    expect(outline('统计分析', '第18期', '临川市统计局　　2024年5月20日', '关于全市小微企业融资状况的专题调研报告', '一、基本情况', '二、存在问题')).toEqual([
      '# 关于全市小微企业融资状况的专题调研报告 @4',
      '一、 基本情况 @5',
      '二、 存在问题 @6',
    ]);
  });

  it('gives way to the document\'s title broken over two lines', () => {
    expect(outline('宁川市人民政府', '专题会议纪要', '第27期', '', '关于加快推进重大交通基础设施项目建设的', '会议纪要', '', '现纪要如下：', '一、关于高速公路项目')).toEqual([
      '# 关于加快推进重大交通基础设施项目建设的会议纪要 @5',
      '一、 关于高速公路项目 @9',
    ]);
  });

  it('a series\' name that heads the pages, above the next issue\'s number, opens that issue', () => {
    const lines = ['平川县人民政府常务会议纪要', '〔2025〕第12次', '一、研究耕地保护工作', '（一）完成整改。', '', '第 1 页　共 2 页', '', '平川县人民政府常务会议纪要', '', '（二）保障资金。', '', '第 2 页　共 2 页', '', '平川县人民政府常务会议纪要', '〔2025〕第13次', '一、研究森林防火工作'];
    expect(outline(...lines)).toEqual([
      '# 平川县人民政府常务会议纪要 @1',
      '一、 研究耕地保护工作 @3',
      '  （一） 完成整改 @4',
      '  （二） 保障资金 @10',
      '# 平川县人民政府常务会议纪要 @14',
      '一、 研究森林防火工作 @16',
    ]);
  });
});

describe('a line that reads like a title inside a document', () => {
  it('under a schedule\'s session that holds only its time, is the session\'s course', () => {
    const lines = ['培训班实施方案', '一、培训安排', '（一）日程安排', '上午', '（1）9:00-9:30 开班仪式', '（2）9:40-11:30', '新时代基层治理的形势与任务专题报告', '下午', '（1）14:30-16:00 分组讨论', '（二）学员管理'];
    expect(outline(...lines)).toEqual([
      '# 培训班实施方案 @1',
      '一、 培训安排 @2',
      '  （一） 日程安排 @3',
      '    （1） 9:00-9:30 开班仪式 @5',
      '    （2） 9:40-11:30 @6',
      '    （1） 14:30-16:00 分组讨论 @9',
      '  （二） 学员管理 @10',
    ]);
  });

  it('after a page break, above the first item of the open heading, is a page\'s header', () => {
    expect(outline('2025年云溪县政府工作报告', '一、工作回顾', '（一）坚持生态优先。', '二、重点工作', '- 1 -', '云溪县人民政府工作报告', '（一）在生态价值转化上求突破。', '三、加强自身建设')).toEqual([
      '# 2025年云溪县政府工作报告 @1',
      '一、 工作回顾 @2',
      '  （一） 坚持生态优先 @3',
      '二、 重点工作 @4',
      '  （一） 在生态价值转化上求突破 @7',
      '三、 加强自身建设 @8',
    ]);
  });
});

describe('the title again at the top of a page, once', () => {
  const file = (below: string) =>
    ['青州市社区养老服务设施管理办法', '第一章　总则', '第一条　为规范社区养老服务设施管理，制定本办法。', '第二条　运营机构应当公开收费标准。收费标准按照下表执行：', '序号 服务项目 计价单位 收费标准', '·1·', '青州市人民政府规章', '青州市社区养老服务设施管理办法', '1 日间照料 人·天 不高于40元', '2 助浴服务 次 不高于60元', below].join('\n');
  it('is the page\'s header, with the line above it, when the numbering below goes on', () => {
    const result = parse(file('第三条　区民政部门应当每年开展评估。'));
    expect(result.documents.map((d) => d.title)).toEqual(['青州市社区养老服务设施管理办法']);
    expect(result.documents[0]?.noise.map((n) => n.line)).toEqual([6, 7, 8]);
    expect(result.documents[0]?.children[0]?.children.map((n) => n.number)).toEqual([1, 2, 3]);
  });
  it('opens a second copy when the numbering below starts again', () => {
    expect(parse(file('第一章　总则')).documents.map((d) => [d.title, d.line])).toEqual([
      ['青州市社区养老服务设施管理办法', 1],
      ['青州市社区养老服务设施管理办法', 8],
    ]);
  });
});

describe('decisions and contracts in series', () => {
  it('opens a document at a title the same as the last one\'s, above a document\'s number', () => {
    const decision = (no: string, party: string) => ['长岭县市场监督管理局', '行政处罚决定书', `长市监处罚〔2025〕${no}号`, `当事人：${party}`, '经查，当事人销售超过有效期的药品。', '本局决定：', '1.没收违法所得90元；', '2.处罚款人民币1万元。'];
    const text = [...decision('7', '长岭县惠民大药房有限公司'), ...decision('9', '长岭县鑫旺烧烤店')].join('\n');
    expect(parse(text).documents.map((d) => [d.title, d.line, d.children.length])).toEqual([
      ['行政处罚决定书', 2, 2],
      ['行政处罚决定书', 10, 2],
    ]);
  });
  it('opens the forms after a contract\'s signatures as documents of their own', () => {
    const text = [
      '劳动合同书',
      '第一条　劳动合同期限',
      '本合同为固定期限劳动合同。',
      '第二条　其他',
      '本合同一式两份。',
      '甲方（盖章）　　　　　　乙方（签字）',
      '法定代表人（主要负责人）',
      '签订日期：　　年　　月　　日',
      '劳动合同续订书',
      '本次续订劳动合同期限类型为固定期限合同。',
      '甲方（盖章）　　　　　　乙方（签字）',
      '劳动合同变更书',
      '经甲乙双方协商一致，对本合同做以下变更：',
    ].join('\n');
    expect(parse(text).documents.map((d) => [d.title, d.line])).toEqual([
      ['劳动合同书', 1],
      ['劳动合同续订书', 9],
      ['劳动合同变更书', 12],
    ]);
  });
  it('reads a spaced-out title with its remark below as the title', () => {
    const text = ['劳 动 合 同 书', '（全日制用工·固定期限）', '甲方：江城精密制造股份有限公司', '第一条　劳动合同期限', '本合同为固定期限劳动合同。'].join('\n');
    expect(parse(text).documents[0]?.title?.replace(/ /g, '')).toBe('劳动合同书（全日制用工·固定期限）');
  });
});

describe('a WeChat lesson plan', () => {
  it('takes the account\'s name, its byline and its prompt to follow off the title', () => {
    const lesson = ['统编版三年级下册《守株待兔》优秀教学设计', '一、激趣导入（3分钟）', '1.猜成语游戏。', '2.板书课题。'];
    expect(parse(['小学语文教研圈', ...lesson].join('\n')).documents.map((d) => [d.title, d.line])).toEqual([['统编版三年级下册《守株待兔》优秀教学设计', 2]]);
    const posted = ['小学语文教研圈', '原创 小语研习社 小学语文教研圈 2024年03月18日 07:30 江苏', '点击上方蓝字关注我们，每天分享优质教案！', ...lesson];
    expect(parse(posted.join('\n')).documents.map((d) => [d.title, d.line])).toEqual([['统编版三年级下册《守株待兔》优秀教学设计', 4]]);
  });
});

describe('titles of handbooks, courts and briefings', () => {
  it('opens a document at a short title above the note of its revision', () => {
    const text = ['临江中学学生手册', '致同学们', '这本手册汇集了学校的主要规章制度，请认真阅读。', '中小学生守则', '（2015年修订）', '1.爱党爱国爱人民。', '2.好学多问肯钻研。'].join('\n');
    expect(parse(text).documents.map((d) => [d.title, d.line])).toEqual([['临江中学学生手册', 1], ['中小学生守则', 4]]);
  });
  it('keeps a cover\'s title and the first paper\'s kind below it, across a blank line, apart', () => {
    const text = ['全市文化旅游工作推进会会议材料', '', '会议议程', '（2026年4月8日上午9:00）', '一、通报一季度工作情况'].join('\n');
    expect(parse(text).documents[0]?.title).toBe('全市文化旅游工作推进会会议材料');
    expect(parse(['某集团2024年重点工作', '实施计划', '一、总体要求'].join('\n')).documents[0]?.title).toBe('某集团2024年重点工作实施计划');
  });
  it('splits judgments in series at their spaced titles above case numbers', () => {
    const judgment = (kind: string, no: string) => ['浙江省杭州市上城区人民法院', kind, `（2025）浙0102民初${no}号`, '原告：陈某某。', '本院认为，合法的借贷关系受法律保护。判决如下：', '一、被告归还原告借款50000元；', '二、驳回原告的其他诉讼请求。'];
    const text = [...judgment('民 事 判 决 书', '1234'), ...judgment('民 事 裁 定 书', '1240')].join('\n');
    expect(parse(text).documents.map((d) => [d.title?.replace(/ /g, ''), d.line, d.children.length])).toEqual([
      ['民事判决书', 2, 2],
      ['民事裁定书', 9, 2],
    ]);
  });
});

describe('bilingual notices of minority regions', () => {
  it('reads a marker line in Korean or Uyghur beside the Chinese one of its number as its translation', () => {
    expect(outline('2025年朝鲜语言文字工作要点', '一、조선어문 법규 집행을 강화한다', '一、加强朝鲜语言文字法规执行', '（一）조례 집행 정황에 대한 검사를 전개한다.', '（一）开展条例执行情况检查。', '二、强化工作保障', '(1) ئۆيمۇئۆي تەكشۈرۈش', '（一）落实经费。')).toEqual([
      '# 2025年朝鲜语言文字工作要点 @1',
      '一、 加强朝鲜语言文字法规执行 @3',
      '  （一） 开展条例执行情况检查 @5',
      '二、 强化工作保障 @6',
      '  （一） 落实经费 @8',
    ]);
  });
  it('keeps a title\'s translation above it out of the title', () => {
    expect(parse(['2025년 조선어문사업 요점', '2025年朝鲜语言文字工作要点', '一、加强法规执行'].join('\n')).documents.map((d) => [d.title, d.line])).toEqual([['2025年朝鲜语言文字工作要点', 2]]);
  });
});

describe('a compilation of rules', () => {
  it('opens a rule of articles alone under a title after a rule whose articles ran on across chapters', () => {
    const text = ['装修管理规定', '第一章　总则', '第一条　为加强住宅装修管理，制定本规定。', '第二章　附则', '第二条　本规定自发布之日起施行。', '安全护卫管理制度', '第一条　为维护小区公共秩序，制定本制度。', '第二条　护卫员实行24小时值班制。'].join('\n');
    expect(parse(text).documents.map((d) => [d.title, d.children.length])).toEqual([
      ['装修管理规定', 2],
      ['安全护卫管理制度', 2],
    ]);
  });
});

describe('posts apart by separator lines', () => {
  it('opens a post at a headline in 【】 after a separator, though it names no kind', () => {
    const text = ['【福利来了】', '✅1.全场水果满88减18', '✅2.进店女士每人送玫瑰一支（限前50名）', '====', '【店长推荐】', '1️⃣智利车厘子 2斤装 118元', '2️⃣海南贵妃芒 5斤装 39.9元'].join('\n');
    expect(parse(text).documents.map((d) => [d.title, d.children.length])).toEqual([
      [null, 2],
      ['【店长推荐】', 2],
    ]);
  });
  it('not at an export\'s record counter (`【第1件】`)', () => {
    const text = ['某局OA发文登记导出', '====', '【第1件】', '标　　题：关于召开全市教育工作会议的通知', '一、会议时间'].join('\n');
    expect(parse(text).documents.map((d) => d.title)).not.toContain('【第1件】');
  });
});

describe('a short title under the signature of a notice without items', () => {
  it('opens a document when its own list starts at 1 below it', () => {
    const text = ['梅溪湖壹号小区第三届业主委员会委员名单公示', '经2026年第一次业主大会会议选举产生第三届业主委员会，并经2026年2月5日第三届业主委员会第一次会议选举产生主任、副主任，现将委员名单公示如下：', '序号	姓名	性别	所在楼栋	职务', '1	周建华	男	2栋	主任', '2	李秀梅	女	7栋	副主任', '3	陈刚	男	11栋	委员', '4	王丽	女	5栋	委员', '5	刘志强	男	15栋	委员', '候补委员：张伟（9栋）、赵敏（13栋）。', '公示期：2026年2月6日至2026年2月12日。', '梅溪湖壹号小区业主委员会', '2026年2月6日', '温馨提示', '1.第三届业主委员会将在公示期满后30日内向梅溪湖街道办事处办理备案手续。', '2.业主委员会办公室设在小区6栋架空层，接待时间为每周六9:00—11:30。', '3.业主对业主委员会工作有意见或者建议的，可通过业委会信箱或者业主群反映。'].join('\n');
    expect(parse(text).documents.map((d) => [d.title, d.children.length])).toEqual([
      ['梅溪湖壹号小区第三届业主委员会委员名单公示', 0],
      ['温馨提示', 3],
    ]);
  });
});
