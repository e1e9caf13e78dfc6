// Paragraphs of hard-wrapped text: wrapped lines join; page numbers between them are set aside.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ceilingWidth, continues, detectWrap, displayWidth, modalWidth } from '../../src/grammar/wrap.js';
import { groupBlocks } from '../../src/grammar/blocks.js';
import { isOffTitleRemark } from '../../src/grammar/remarks.js';
import { splitLines } from '../../src/source/lines.js';
import { tokenize } from '../../src/tokenize/index.js';
import { parse } from '../../src/parse.js';

const tokens = (text: string) => tokenize(splitLines(text));

describe('displayWidth', () => {
  it('counts wide characters 2, others 1, a surrogate pair once', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('一、（１）')).toBe(10);
    expect(displayWidth('𠀀')).toBe(2);
    expect(displayWidth('')).toBe(0);
  });

  it('draws the line between wide and narrow where East Asian Width does (each range end and the unit past it)', () => {
    const cases: [number, number][] = [
      [0x10ff, 1], [0x1100, 2], [0x115f, 2], [0x1160, 1], [0x2e7f, 1], [0x2e80, 2], [0xa4cf, 2], [0xa4d0, 1],
      [0xabff, 1], [0xac00, 2], [0xd7a3, 2], [0xd7a4, 1], [0xf8ff, 1], [0xf900, 2], [0xfaff, 2], [0xfb00, 1],
      [0xfe2f, 1], [0xfe30, 2], [0xfe4f, 2], [0xfe50, 1], [0xfeff, 1], [0xff00, 2], [0xff60, 2], [0xff61, 1],
      [0xffdf, 1], [0xffe0, 2], [0xffe6, 2], [0xffe7, 1], [0xffff, 1],
    ];
    for (const [code, width] of cases) expect([code, displayWidth(String.fromCharCode(code))]).toEqual([code, width]);
    // A lone low surrogate counts 0, a lone high one 2 (as in a pair).
    expect(displayWidth('\udc00')).toBe(0);
    expect(displayWidth('\ud840')).toBe(2);
  });

  it('counts the symbols Chinese text sets full-width 2: those of GB2312\'s symbol rows, as the GB18030 decoder reads them', () => {
    const gb = new TextDecoder('gb18030');
    const symbols: number[] = [];
    for (const row of [0xa1, 0xa2, 0xa9])
      for (let cell = 0xa1; cell <= 0xfe; cell++) {
        const text = gb.decode(Uint8Array.of(row, cell));
        const code = text.charCodeAt(0);
        if (text.length === 1 && code < 0x2e80 && code !== 0xfffd) symbols.push(code);
      }
    expect(symbols.length).toBeGreaterThan(200);
    expect(symbols.filter((c) => displayWidth(String.fromCharCode(c)) !== 2)).toEqual([]);
    expect(displayWidth('“强师工程”')).toBe(12);
    expect(displayWidth('①……——')).toBe(10);
    // Latin letters with accents (GB2312's pinyin row) stay narrow.
    expect(displayWidth('āé')).toBe(2);
  });

  it('gives every UTF-16 unit the width of the range test it was written from', () => {
    const gb = new TextDecoder('gb18030');
    const symbols = new Set<number>();
    for (const row of [0xa1, 0xa2, 0xa9])
      for (let cell = 0xa1; cell <= 0xfe; cell++) {
        const text = gb.decode(Uint8Array.of(row, cell));
        if (text.length === 1 && text.charCodeAt(0) < 0x2e80) symbols.add(text.charCodeAt(0));
      }
    const reference = (c: number) =>
      c >= 0xdc00 && c <= 0xdfff ? 0
      : symbols.has(c) || (c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0xd800 && c <= 0xdbff))) ? 2
      : 1;
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (displayWidth(String.fromCharCode(c)) !== reference(c)) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});

// Paragraphs wrapped at 20 Han characters (40 columns).
const wrapped = [
  '一、总体要求',
  '坚持以习近平新时代中国特色社会主义思想为指导，全',
  '面贯彻党的二十大精神，落实立德树人根本任务，推进',
  '教育高质量发展。',
  '二、重点任务',
  '1.推进基础教育扩优提质，实施学前教育普及普惠县创',
  '建工程，推动义务教育优质均衡发展，扩大优质普通高',
  '- 2 -',
  '中教育资源。',
  '2.加强教师队伍建设，深入实施教师素质提升计划，全',
  '面提升教师专业能力。',
].join('\n');

describe('hard wrap', () => {
  it('detectWrap finds the width most lines reach', () => {
    expect(detectWrap(tokens(wrapped)).width).toBeGreaterThanOrEqual(44);
    expect(detectWrap(tokens('一、甲\n二、乙\n短行。')).width).toBe(0);
  });

  it('detectWrap takes two longest lines of one length, both cut, as the wrap of a short document', () => {
    const cut = '第一条　为进一步规范村级财务管理，加强农村集体资金、资产、资源监督管理，维护\n农村集体经济组织的合法权益。\n第二条　本办法适用于本镇各村。\n第三条　村级财务实行“村账镇代理”制度，由镇农村集体“三资”委托代理服务中心\n统一代理记账。';
    expect(detectWrap(tokens(cut)).chars).toBe(38);
    // Written without a wrap: the longest lines end their sentences.
    const whole = '第一条　为进一步规范村级财务管理，加强农村集体资金、资产、资源监督管理。\n第二条　本办法适用于本镇各村。\n第三条　村级财务实行“村账镇代理”制度，由镇农村集体“三资”委托代理。';
    expect(detectWrap(tokens(whole))).toEqual({ width: 0, chars: 0 });
  });

  it('detectWrap finds a run of lines wrapped narrower than the file (a notice above its attachment)', () => {
    const narrow = (n: number) => `　　${n}、各单位要把任务落实作为检验工作作风的重要标尺，认真抓好落`;
    const notice = [1, 2, 3, 4, 5, 6].flatMap((n) => [narrow(n), '实。']);
    const wide = '　　1.完成老旧小区改造四十个，惠及居民八千余户，同步推进加装电梯和完善养老托';
    const attachment = Array.from({ length: 5 }, () => [wide, '育设施。']).flat();
    const wrap = detectWrap(tokens([...notice, '附件', ...attachment].join('\n')));
    expect(wrap.chars).toBeGreaterThan(36);
    expect(wrap.regions).toEqual([{ line: 1, endLine: 13, wrap: expect.objectContaining({ chars: 32 }) }]);
    // Table rows of one length are no wrapped prose: no region.
    const rows = Array.from({ length: 6 }, (_, i) => `　　${i + 1}\t完成老旧小区改造四十个惠及居民八千余户\t更新科\t年底前`);
    expect(detectWrap(tokens([...rows, ...attachment].join('\n'))).regions).toBeUndefined();
  });

  it('detectWrap finds the wrapped part of a file not wrapped as a whole (a Word plan, then a PDF one)', () => {
    const long = (n: number) => `　　${n}.规范居民健康档案管理。全年新建居民电子健康档案一千二百份，档案动态使用率达到百分之六十五以上，定期开展档案质量抽查并通报结果。`;
    const word = ['公共卫生科2024年工作计划', ...[1, 2, 3, 4].map(long)];
    const pdf = ['医疗科2024年工作计划', ...[1, 2, 3, 4, 5, 6].flatMap((n) => [`　　${n}.优化预约诊疗流程，推行分时段预约和诊间预约，患者`, '平均候诊时间缩短。'])];
    const wrap = detectWrap(tokens([...word, ...pdf].join('\n')));
    expect(wrap).toMatchObject({ width: 0, chars: 0 });
    expect(wrap.regions).toEqual([{ line: 7, endLine: 18, wrap: expect.objectContaining({ chars: 28 }) }]);
    // The Word plan alone: no wrap, no region.
    expect(detectWrap(tokens(word.join('\n')))).toEqual({ width: 0, chars: 0 });
  });

  it('takes a notice title broken inside its 《…》 over three lines as one block, only when the whole reads as a title', () => {
    const title = ['东江市水利局关于印发《东江市农村供水', '保障能力提升行动方案', '（2025—2027年）》的通知', '各县（区）水利局：'];
    expect(groupBlocks(tokens(title.join('\n'))).map((b) => [b.line, b.endLine])).toEqual([
      [1, 3],
      [4, 4],
    ]);
    // Still open after three lines, or closed by a sentence: no title block.
    const open = ['关于印发《东江市农村供水', '保障能力提升', '行动方案', '（2025—2027年）》的通知'];
    expect(groupBlocks(tokens(open.join('\n')))[0]?.endLine).toBe(1);
    const sentence = ['根据关于印发《东江市农村供水', '保障方案》的要求，现将有关事项通知如下。'];
    expect(groupBlocks(tokens(sentence.join('\n')))[0]?.endLine).toBe(1);
  });

  it('wrapped lines form one paragraph; a page number between them is noise', () => {
    const blocks = groupBlocks(tokens(wrapped));
    expect(blocks.map((b) => [b.line, b.endLine])).toEqual([
      [1, 1],
      [2, 4],
      [5, 5],
      [6, 9],
      [10, 11],
    ]);
    expect(blocks[3]?.noise.map((t) => t.line)).toEqual([8]);
  });

  it('a heading that ends with a comma goes on past a page\'s foot in text kept one paragraph a line', () => {
    const text = ['（三）深化农村改革，', '- 5 -', '激发农业农村发展活力。巩固和完善农村基本经营制度。', '（四）加强党的领导。'];
    expect(groupBlocks(tokens(text.join('\n'))).map((b) => [b.line, b.endLine])).toEqual([[1, 3], [4, 4]]);
  });

  it("the next item of a list inside a paragraph goes on with it past a page's foot", () => {
    const text = ['（二）推动5G融合应用。聚焦制造业、港口物流、文化旅游、城市治理等领域，重点推进三方面工作：（1）建设5G+工业互联网示范工厂；', '', '第 4 页 共 7 页', '', '（2）打造5G+智慧文旅应用场景；（3）推动5G+智慧城市治理应用。', '6.实施“5G+智能制造”工程。'];
    expect(groupBlocks(tokens(text.join('\n'))).filter((b) => b.first.type !== 'blank').map((b) => [b.line, b.endLine])).toEqual([[1, 5], [6, 6]]);
  });

  it('a title can span two physical lines; the page number lands in the document noise', () => {
    const r = parse(wrapped);
    const items = r.documents[0]?.children[1]?.children ?? [];
    expect(items[0]).toMatchObject({ line: 6, endLine: 9, title: '推进基础教育扩优提质，实施学前教育普及普惠县创建工程，推动义务教育优质均衡发展，扩大优质普通高中教育资源' });
    expect(r.documents[0]?.noise).toEqual([{ line: 8, text: '- 2 -' }]);
  });

  it('a figure pushed down with the mark after it (`12.35%，`) goes on with the line the wrap left short for it', () => {
    const last = '于保障教师工资、学校公用经费和学前教育生均补助等，比上年增长';
    const wrap = { width: 68, chars: 0 };
    expect(groupBlocks(tokens(`${last}\n12.35%，主要原因是教师工资待遇政策性调整。`), wrap).map((b) => b.line)).toEqual([1]);
  });

  it('a line that ends with a preposition goes on, though no wrap was measured; one that ends with a word ending so does not', () => {
    expect(groupBlocks(tokens('1.以提升管理能力为重点，在\n5、6月份举办培训班4期。'), { width: 0, chars: 0 }).map((b) => b.line)).toEqual([1]);
    expect(groupBlocks(tokens('（二）风险隐患依然存在\n各单位要高度重视。'), { width: 0, chars: 0 }).map((b) => b.line)).toEqual([1, 2]);
    // (A conjunction too, `二、改造标准和` / `资金安排`; not a word that ends in one, `（三）鼓励社会参与` / `各单位…`.)
    expect(groupBlocks(tokens('　　二、改造标准和\n资金安排'), { width: 0, chars: 0 }).map((b) => b.line)).toEqual([1]);
    expect(groupBlocks(tokens('（三）鼓励社会参与\n各单位要积极组织。'), { width: 0, chars: 0 }).map((b) => b.line)).toEqual([1, 2]);
    // (A chain of steps cut after an arrow goes on, though the next step is a marker's: `…7.数据验收→` / `8.档案还原入库。`.)
    expect(groupBlocks(tokens('工作流程为1.档案接收→2.整理→3.扫描→\n4.档案还原入库。'), { width: 0, chars: 0 }).map((b) => b.line)).toEqual([1]);
  });

  it('below a jump to another page with no jump back, another article starts', () => {
    const text = ['　　本报讯 市政府近日印发《××市制造业高质量发展三年行动方案》，明确了六大工程共包含', '（下转第4版）', '《××市制造业高质量发展三年行动方案》答记者问'].join('\n');
    expect(groupBlocks(tokens(text), { width: 80, chars: 0 }).map((b) => [b.line, b.endLine])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
  });

  it('a heading right under a table\'s row set out with single spaces, its last cell a figure, is no wrapped line of it', () => {
    const row = '6 桥面系及附属 2026.06.01 2026.10.31 153 中心里程 K12+300 至 K15+800 钢筋混凝土';
    const wrap = { width: 0, chars: row.length };
    expect(groupBlocks(tokens(`${row} 153\n4 主要施工方法`), wrap).map((b) => b.line)).toEqual([1, 2]);
    // (A sentence cut inside a number goes on.)
    expect(groupBlocks(tokens(`${row}完成投资5\n6亿元，其中…`), wrap).map((b) => b.line)).toEqual([1]);
  });

  it('a reference to an item that the wrap puts at a line\'s start goes on; a heading that starts with 项目 does not', () => {
    const cut = '　　1.对照《街道党员发展工作规程》第四部分的要求，逐一复查近三年的党员发展档案，并按照规程第四部分';
    const wrap = { width: 0, chars: cut.length };
    expect(groupBlocks(tokens(`${cut}\n（二）项要求，补齐缺失材料。`), wrap).map((b) => b.line)).toEqual([1]);
    expect(groupBlocks(tokens(`${cut}\n（二）项目建设`), wrap).map((b) => b.line)).toEqual([1, 2]);
  });

  it('where paragraphs indent their first line, a flush line below a full indented one cut mid-sentence goes on with it', () => {
    const lines = [
      '　　第一条　为加强农村公路养护管理，保障公路完好畅通，根据',
      '《公路法》等有关规定，制定本办法。',
      '　　第二条　本办法适用于本县行政区域内的县道。',
      '　　第三条　农村公路养护坚持县级主导。',
      '　　第四条　县交通运输局负责全县农村公路养护的监督管理和',
      '考核。',
      '　　第五条　乡镇人民政府负责乡道养护。',
    ];
    expect(groupBlocks(tokens(lines.join('\n'))).map((b) => [b.line, b.endLine])).toEqual([[1, 2], [3, 3], [4, 4], [5, 6], [7, 7]]);
    // Not where the flush lines are as many as a fifth of the text's: paragraphs of both kinds, no cut to read (but
    // `考核。`, a word and the sentence's end, opens no paragraph: it goes on with the long line above; and the first
    // article's line, as wide as the widest and ending mid-phrase at `根据`, goes on in the line below it).
    const mixed = [...lines, '本办法由县交通运输局负责解释。', '县交通运输局'];
    expect(groupBlocks(tokens(mixed.join('\n'))).map((b) => b.line)).toEqual([1, 3, 4, 5, 7, 8, 9]);
  });

  it('in a list of one-line items, an item as wide as the widest line that ends mid-phrase goes on in the line below', () => {
    const items = ['一、党的建设', '1.强化理论武装。', '2.全面落实中小学校党组织领导的校长负责制，开展“强基', '固本”党支部标准化建设，年内创建示范校6所。', '3.从严正风肃纪。', '4.实施县域普通高中振兴行动，加强高三备考研究，力争本', '科上线人数较上年增长5%。', '5.深化产教融合。'];
    expect(groupBlocks(tokens(items.join('\n'))).map((b) => b.line)).toEqual([1, 2, 3, 5, 6, 8]);
    // (Not a line that starts with an emoji, a post's note under its item.)
    const post = ['1️⃣3月2日（周六）上午9:00 “学雷锋”便民服务集市活动', '👥需要志愿者12名', '2️⃣3月5日（周二）下午2:30 关爱独居老人上门走访活动', '👥需要志愿者8名'];
    expect(groupBlocks(tokens(post.join('\n'))).map((b) => b.line)).toEqual([1, 2, 3, 4]);
  });

  it('a line that hangs under a cut item by the width of its marker goes on, in units of other widths (`　1.` above `　　`)', () => {
    const plan = [
      '一、國民及學前教育',
      '　1.推動國民中小學校園數位學習，補助各直轄市、縣（市）政府汰換學生學習載具',
      '　　並充實學校網路頻寬及資訊設備。',
      '　2.辦理公立國民中小學老舊校舍整建及耐震補強，114年預計完成校舍整建80棟補',
      '　　強120棟。',
      '　3.補助地方政府增設公共化幼兒園200班。',
    ];
    expect(groupBlocks(tokens(plan.join('\n')), { width: 76, chars: 0 }).map((b) => [b.line, b.endLine])).toEqual([[1, 1], [2, 3], [4, 5], [6, 6]]);
    // (Not a line indented deeper than the item's text: a paragraph of its own.)
    const deeper = [plan[0], plan[1], '　　　並充實學校網路頻寬及資訊設備。'];
    expect(groupBlocks(tokens(deeper.join('\n')), { width: 76, chars: 0 }).map((b) => b.line)).toEqual([1, 2, 3]);
  });

  it('a box set narrower than the page has its own wrap: its items go on over their wrapped lines', () => {
    const body = '加快推进北沿江高铁镇江段建设，积极推进宁镇扬城际铁路前期工作，推动镇江至马鞍山段纳入国家规划和实施方案';
    const page = Array.from({ length: 8 }, (_, k) => body.slice(k % 3, k % 3 + 30));
    const box = ['专栏1 “十四五”公路重点工程', '1.高速公路：建成镇丹高速二期、常泰长江大桥南接', '施沪宁高速镇江段扩容改造。', '2.农村公路：新改建农村公路500公里，改造危桥1', '50座。'];
    const wrap = detectWrap(tokens([...page, ...box].join('\n')));
    expect(wrap.regions?.map((r) => [r.line, r.endLine, r.wrap.width])).toEqual([[10, 13, 46]]);
  });

  it('a word pushed down with the end of its sentence (`效。`, `10例。`) goes on with the long line above', () => {
    const kinsoku = [
      '    （一）深化理论武装。持续深入学习宣传贯彻党的二十大精神，',
      '把学习贯彻习近平总书记关于教育的重要论述作为各级党组织理论学',
      '习中心组的必学内容，全年开展专题学习不少于6次。',
      '    (二）全面推进中小学校党组织领导的校长负责制落地见',
      '效。按照“成熟一所、推进一所”的原则，9月底前全县公办中小学',
      '全部完成章程修订和议事规则制定。',
    ];
    expect(groupBlocks(tokens(kinsoku.join('\n')), { width: 60, chars: 32 }).map((b) => [b.line, b.endLine])).toEqual([[1, 3], [4, 6]]);
    const unwrapped = ['（1）腺鼠疫在本县行政区域内发生，一个平均潜伏期内病例数未超过', '10例。', '（2）一次食物中毒人数30～99人。'];
    expect(groupBlocks(tokens(unwrapped.join('\n'))).map((b) => b.line)).toEqual([1, 3]);
    // A word and a comma, a label and its colon, or a short line above: paragraphs of their own.
    for (const below of ['同时，加强督查。', '答：不需要。', '“一核”即大概念。'])
      expect(groupBlocks(tokens(['（1）腺鼠疫在本县行政区域内发生，一个平均潜伏期内病例数未超过', below].join('\n'))).map((b) => b.line), below).toEqual([1, 2]);
    expect(groupBlocks(tokens(['一、总体要求', '略。'].join('\n'))).map((b) => b.line)).toEqual([1, 2]);
  });

  it('a notice\'s list of attachments starts a paragraph below a full line', () => {
    const contact = '联系人：服务业处　刘强　0531-51763482　邮箱：fwyc@shandong.gov.cn';
    const wrap = { width: 0, chars: contact.length };
    expect(groupBlocks(tokens(`${contact}\n附件：1.2024年省级服务业发展引导资金项目汇总表`), wrap).map((b) => b.line)).toEqual([1, 2]);
    expect(groupBlocks(tokens(`${contact}\n处联系。`), wrap).map((b) => b.line)).toEqual([1]);
  });

  it('a page\'s head that repeats a title above, seen once, is a running header between wrapped lines', () => {
    const text = [
      '《数据库原理与应用》课程标准',
      '一、课程性质与任务',
      '本课程是软件技术、大数据技术专业的一门专业基础课程，培养学生数据库设计、',
      '创建、查询、维护与安全管理的能力，为学生从事数据库管理员等岗位工作奠定',
      '基础。',
      '2.具有团队协作和沟通表达能力，能够在项目小组中承担相应的数据库设计与实',
      '1',
      '《数据库原理与应用》课程标准',
      '现任务，具备自主学习新技术的能力；',
    ].join('\n');
    const wrap = { width: 0, chars: '本课程是软件技术、大数据技术专业的一门专业基础课程，培养学生数据库设计、'.length };
    const blocks = groupBlocks(tokens(text), wrap);
    expect(blocks.map((b) => [b.line, b.endLine])).toEqual([[1, 1], [2, 2], [3, 5], [6, 9]]);
    expect(blocks[3]?.noise.map((t) => [t.line, t.kind])).toEqual([[7, 'page-number'], [8, 'running-header']]);
  });

  it('an article cited with a comma after it goes on with the prose above; an article typed so under an article does not', () => {
    expect(groupBlocks(tokens(['（一）关于党建引领。修订草案新增', '第六条之一，规定街道党（工）委应当推动建立党的组织。'].join('\n'))).map((b) => b.line)).toEqual([1]);
    expect(groupBlocks(tokens(['依照《中华人民共和国民法典》第五百零九条、', '第五百七十七条，《中华人民共和国民事诉讼法》第一百四十七条之规定，判决如下：'].join('\n'))).map((b) => b.line)).toEqual([1]);
    expect(groupBlocks(tokens(['第一条，村民应当爱护环境，不乱扔垃圾', '第二条，村民应当遵守村规民约'].join('\n'))).map((b) => b.line)).toEqual([1, 2]);
    expect(groupBlocks(tokens(['（三）其他需要说明的事项；', '第四条，本办法自发布之日起施行。'].join('\n'))).map((b) => b.line)).toEqual([1, 2]);
  });

  it('a remark in brackets left open goes on in a short line below that only closes it, wrapped text or not', () => {
    expect(groupBlocks(tokens(['14．新增学位1.5万个（牵头单位：市住', '房城乡建设局）', '15．推进医共体建设'].join('\n'))).map((b) => b.line)).toEqual([1, 3]);
    expect(groupBlocks(tokens(['14．新增学位1.5万个（牵头单位：市住', '房城乡建设局）。下一步继续推进', '15．推进医共体建设'].join('\n'))).map((b) => b.line)).toEqual([1, 2, 3]);
  });

  it('the answer under a heading that asks (`是否…` / `否`) is no tail of it', () => {
    const head = '七、是否存在被控股股东及其他关联方非经营性占用资金情况';
    const wrap = { width: 0, chars: head.length + 4 };
    expect(groupBlocks(tokens(`${head}\n否\n八、是否存在违规担保情况`), wrap).map((b) => b.line)).toEqual([1, 2, 3]);
  });

  it('a full line ending in an aside that opened after a word goes on; a remark with a label, a unit or a field below does not', () => {
    const aside = '3.机关运行经费：为保障行政单位（含参照公务员法管理的事业单位）';
    const wrap = { width: 0, chars: aside.length };
    expect(groupBlocks(tokens(`${aside}\n运行用于购买货物和服务的各项资金。`), wrap).map((b) => b.line)).toEqual([1]);
    const remark = '3.推进学校食堂明厨亮灶全覆盖工作（牵头单位：县教育局）';
    expect(groupBlocks(tokens(`${remark}\n各乡镇配合做好相关工作。`), { width: 0, chars: remark.length }).map((b) => b.line)).toEqual([1, 2]);
    const unit = '分行业营业收入营业成本毛利率营业收入比上年增减（%）';
    expect(groupBlocks(tokens(`${unit}\n通用设备制造业收入增长。`), { width: 0, chars: unit.length }).map((b) => b.line)).toEqual([1, 2]);
    const heading = '一、第一检查组（负责雁峰区、石鼓区、衡阳县、衡南县）';
    expect(groupBlocks(tokens(`${heading}\n组　长：刘建国`), { width: 0, chars: heading.length }).map((b) => b.line)).toEqual([1, 2]);
  });

  it('under a style whose items run into their text, a line a few characters short of the wrap goes on', () => {
    const lines = [
      '（一）完善融资担保体系。进一步做大做强市融资担保集团，力争到',
      '年底在保余额突破一百亿元；落实担保代偿补偿机制。',
      '（二）加快推进社会信用体系建设。整合税务、市场监管等信用信息，',
      '推动信易贷扩面增量。',
      '（三）创新金融产品和服务，更好满足各类企业多元化、多层',
      '次融资需求。引导银行机构推广科创贷等产品。',
      '（四）强化政策落实和考核激励。建议建立融资工作联席会议制度。',
    ];
    const wrap = { width: 0, chars: (lines[0] as string).length };
    expect(groupBlocks(tokens(lines.join('\n')), wrap).map((b) => b.line)).toEqual([1, 3, 5, 7]);
    // A short heading of the style alone on its line: the style is no run-in one, the line ends there.
    const withHeading = [...lines, '（五）加强组织领导'];
    expect(groupBlocks(tokens(withHeading.join('\n')), wrap).map((b) => b.line)).toEqual([1, 3, 5, 6, 7, 8]);
  });

  it('without a wrap every line is its own paragraph', () => {
    expect(groupBlocks(tokens('一、甲\n乙\n丙')).map((b) => b.line)).toEqual([1, 2, 3]);
  });
});

describe('continues', () => {
  const wrap = { width: 0, chars: 30 };
  const line = (text: string) => tokenize(splitLines(text))[0]!;
  it('a full line that ends mid-sentence is cut by the wrap; one that ends a sentence is not', () => {
    expect(continues(line('2025年，区教育局将坚持立德树人根本任务，深化教育综合改革推'), wrap)).toBe(true);
    expect(continues(line('2025年，区教育局将坚持立德树人根本任务，深化教育综合改革。'), wrap)).toBe(false);
  });
  it('a full line that ends in the name or size of a file is a link, not cut', () => {
    expect(continues(line('[文件] 西湖区教育局2025年工作要点.pdf 2.4MB'), wrap)).toBe(false);
    // typed full-width, as Word input is
    expect(continues(line('［文件］ 西湖区教育局２０２５年工作要点．ｐｄｆ ２．４ＭＢ'), wrap)).toBe(false);
    expect(continues(line('附件：西湖区教育局2025年中小学校安全工作检查表.docx'), wrap)).toBe(false);
  });
  it('a full line that ends in a bracket naming an abbreviation goes on; one that ends in a remark does not', () => {
    expect(continues(line('第一条　为规范本市的互联网租赁自行车辆（以下简称共享单车）'), wrap)).toBe(true);
    expect(continues(line('核心支付链路的平均故障恢复时间控制在规定时限以内（MTTR）'), wrap)).toBe(true);
    expect(continues(line('（三）完善校园安全风险防控体系建设（责任单位：区教育局）'), wrap)).toBe(false);
    expect(continues(line('西湖区推进教育高质量发展三年行动计划（2024—2026年）'), wrap)).toBe(false);
  });
});

describe('isOffTitleRemark', () => {
  it('takes dates, adoption records, revisions, a form\'s period to fill in, its instructions and a reporter\'s post off the title', () => {
    for (const remark of ['（2024年3月）', '（2023年12月20日区政府常务会议审议通过）', '（2016年修订）', '（第3次）', '（　　　年第　　季度）', '（2024年第一季度）', '（　　年　　月　　日）', '（此件主动公开）', '(免予公开)', '（内部资料　注意保存）', '（秘密★1年）', '（满分100分）', '（总分100分）', '（2024年第5期）', '（第十二期）', '（2024级）', '（2023级适用）', '（按姓氏笔画排序）', '（排名不分先后）', '（以姓氏笔画为序）', '（按班级排列）', '（按报名顺序）', '（共24名）', '（请沿虚线剪下交班主任）', '（请于3月12日前交回）', '（此联剪下交回）', '（一式两份）', '（存根）', '（此表可复印）', '（各单位填报）', '（家长填写）', '（每单位限报1队）', '（表格可自行延长）', '（街道党工委副书记、办事处主任）', '（镇党委书记）', '（党组书记、局长  王建军）', '（院长  郑立新）', '（财务部）']) 
      expect(isOffTitleRemark(remark), remark).toBe(true);
  });

  it('leaves the remarks that name the document on it', () => {
    for (const remark of ['（试行）', '（暂行）', '（征求意见稿）', '（2021—2025年）', '（第二版）', '（共青团）', '（申请表）']) expect(isOffTitleRemark(remark), remark).toBe(false);
  });
});

describe('ceilingWidth', () => {
  it('finds the width the longest lines pile up at, however many shorter lines there are', () => {
    expect(ceilingWidth([72, 72, 70, 71, 72, 30, 32, 40, 44, 50, 52, 58, 60, 62, 64, 66], 4)).toBe(72);
    expect(ceilingWidth([36, 36, 35, 36, 34, 20, 22, 25, 30], 2)).toBe(36);
  });

  it('finds none below a line that runs far past it, or with fewer than five lines at the top', () => {
    expect(ceilingWidth([72, 72, 70, 71, 72, 90], 4)).toBe(0);
    expect(ceilingWidth([72, 72, 70, 72, 40, 40, 40, 40, 40], 4)).toBe(0);
    expect(ceilingWidth([30, 40, 50, 60, 70, 80, 90, 100], 4)).toBe(0);
  });

  it('allows a tenth of the long lines beyond it', () => {
    const values = [...Array.from({ length: 10 }, () => 72), 95, 40];
    expect(ceilingWidth(values, 4)).toBe(72);
  });
});

describe('modalWidth', () => {
  // The histogram version it replaces: per distinct value, the values up to `tolerance` below it.
  const reference = (values: readonly number[], tolerance: number): number => {
    if (values.length < 4) return 0;
    const histogram = new Map<number, number>();
    for (const w of values) histogram.set(w, (histogram.get(w) ?? 0) + 1);
    let best = 0;
    let bestCount = 0;
    for (const w of histogram.keys()) {
      let count = 0;
      for (let d = 0; d <= tolerance; d++) count += histogram.get(w - d) ?? 0;
      if (count > bestCount || (count === bestCount && w > best)) [best, bestCount] = [w, count];
    }
    const beyond = values.filter((w) => w > best + tolerance + 2).length;
    const longLines = values.filter((w) => w >= best - tolerance).length;
    return bestCount >= 4 && bestCount * 3 >= values.length && beyond * 10 <= longLines ? best : 0;
  };

  it('finds the width most lines reach', () => {
    expect(modalWidth([72, 72, 70, 71, 72, 40, 72, 35], 4)).toBe(72);
    expect(modalWidth([72, 60, 50, 40], 4)).toBe(0);
  });

  it('agrees with the histogram it replaces, on any widths', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 30, max: 50 }), fc.integer({ min: 30, max: 2000 })), { maxLength: 60 }), fc.constantFrom(2, 4), (values, tolerance) => {
        expect(modalWidth(values, tolerance)).toBe(reference(values, tolerance));
      }),
      { numRuns: 3000 },
    );
  });
});
