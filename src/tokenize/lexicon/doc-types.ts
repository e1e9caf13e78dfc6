// Words that name a kind of document: a short line ending in one of them is a title candidate.
import { isSpaceCode } from './fold.js';
import { isLatinLetter } from './chars.js';
import { keyAtStart } from './meta-keys.js';

/** Kinds of document that plan-parse reads and the wrappers they arrive in. */
export const documentKinds = [
  '要点',
  '计划',
  // 計畫, 規畫: Taiwan's spelling, as the fold reads it (traditional characters folded one by one); 計畫書, a plan put in
  // for funding
  '计画',
  '规画',
  '计画书',
  '计划书',
  '预案',
  '总结',
  '方案',
  '办法',
  '规划',
  '意见',
  // a party committee's proposal for a five-year plan (`中共…市委关于制定…第十五个五年规划的建议`), a policy package
  // (`…支持低空经济发展的若干政策`, `…若干举措`, `…人工智能发展二十条`)
  '建议',
  // an outline for a report or a talk: 汇报提纲, 宣讲提纲 (alone, `提纲` heads a table of contents)
  '提纲',
  '政策',
  '举措',
  '十条',
  '通知',
  '报告',
  // a study and an investigation published as such (`…面源污染治理对策研究`, `…养老服务情况专题调研`, `关于…情况的调查`;
  // weak: a plan's heading names its research too)
  '研究',
  '调研',
  '调查',
  '细则',
  '规定',
  '纲要',
  // a government's policy address and programme (Macau: `…財政年度施政方針`, `…施政綱領`)
  '方针',
  '纲领',
  // a compilation: …管理制度汇编, …文件选编, …班级工作计划汇总, …合集
  '汇编',
  '选编',
  // pieces taken out of several documents (`…重点工作摘编`)
  '摘编',
  '汇总',
  '合集',
  // the summaries of a congress's reports under one headline (`…人大六次会议工作报告摘要`)
  '报告摘要',
  // a meeting's papers bound together: …年度股东大会会议资料
  '会议资料',
  '条例',
  // a minister's dispatch and the regulation it approves (Macau: `第45/2024號社會文化司司長批示`, `…資助規章`)
  '批示',
  // an order (`…关于启动重大气象灾害（暴雨）Ⅲ级应急响应的命令`, `…防汛调度令`; weak 指令: `…下达指令` ends sentences too)
  '命令',
  '调度令',
  '指令',
  '规章',
  '章程',
  '决定',
  '制度',
  '安排',
  '规则',
  '指南',
  '公告',
  '通报',
  '批复',
  '请示',
  // a motion put to a meeting (`议案一　关于公司2024年度经营计划的议案`), a proposal (`关于…的提案`)
  '议案',
  '提案',
  '纪要',
  '清单',
  '思路',
  '打算',
  '谋划',
  '措施',
  '标准',
  // the conditions a title or a talent scheme sets (`…职称评价标准条件`, `…高级职称申报条件`) and a catalogue it lists them
  // in (`…高层次人才分类认定目录`, `…紧缺人才需求目录`; weak both: `申报条件` heads a notice's section, `目录` its contents)
  '条件',
  '目录',
  '守则',
  '须知',
  '任务',
  '通告',
  '公示',
  // a page that publishes several documents at once: …巡察整改进展情况集中公开; a village's or a branch's public notice
  // of its affairs (`甲村2024年上半年村务公开`, `…第二季度“三务”公开`; weak: a site's column is named so too)
  '集中公开',
  '公开',
  '讲话',
  '发言',
  '致辞',
  // a party lesson given as a speech (`——在…大会上的专题党课`; weak: a plan names 党课 among its tasks)
  '党课',
  // a speech's or a lesson's written text, a pledge, what one learned: 党课讲稿, 发言稿, 廉洁承诺书, 学习心得体会
  '讲稿',
  '发言稿',
  '讲话稿',
  '承诺书',
  '保证书',
  // a school's letter to the parents and an open letter (`…暑假致家长的一封信`, `…告家长书`, `致全体师生的公开信`)
  '一封信',
  '告家长书',
  '公开信',
  '心得体会',
  '说明',
  '提示',
  // a reminder, as 提示 (`…的温馨提醒`, `【…温馨提醒】`; weak: `安全提醒` heads a section too)
  '提醒',
  '倡议书',
  '名词解释',
  '实事项目',
  '责任制',
  '手册',
  '规程',
  // a procedure written out as steps: 应急处置流程, 工作流程
  '流程',
  // …and drawn as a chart, attached to a plan (`附件1：员工发热应急处置流程图`; weak: a section's heading too)
  '流程图',
  '准则',
  // a shop's rules (`面馆店规`), the findings of an audit or an investigation (`…专项审计调查结果`, weak)
  '店规',
  '结果',
  // a lesson's plan (`《荷塘月色》教学设计`, `…教案`, `…学案`, `研学旅行课程设计`); a sports meet's programme and its results
  // (`…田径运动会秩序册`, `…成绩册`)
  '教学设计',
  '课程设计',
  '教案',
  '学案',
  // (and its talk, its case and its worksheet: `《荷塘月色》说课稿`, `…教学案例`, `…学习任务单`; its record, `…课堂实录`, is a 实录)
  '说课稿',
  '教学案例',
  '学习任务单',
  '秩序册',
  '秩序单',
  '成绩册',
  '公约',
  '民约',
  // an owners' convention (`…小区管理规约`, `临时管理规约`), rules put in verse (`村规民约三字经`), an amendment (`章程修正案`)
  '规约',
  '三字经',
  '修正案',
  // budgets and final accounts, statistical tables (部门预算, 部门决算公开, …情况统计表)
  '预算',
  '决算',
  '预算公开',
  '决算公开',
  '统计表',
  '汇总表',
  // forms attached to rules and notices: 申请表, 申报表, 登记表, 审批表, 考核表, 评分表, 报名表, 推荐表, 回执 (not a report's
  // tables: `…完成情况表` captions a table inside it)
  '申请表',
  '申报表',
  '回执',
  '登记表',
  '审批表',
  '考核表',
  '评分表',
  '报名表',
  '推荐表',
  '反馈表',
  '意见表',
  // an environmental impact report in a form (`…项目环境影响报告表`, `…竣工环境保护验收监测报告表`)
  '报告表',
  // checklists and records of an inspection: …消防安全自查表, …检查表, 隐患排查表, 巡查记录表, 隐患整改记录单
  '自查表',
  '检查表',
  '排查表',
  '记录表',
  '记录单',
  // lists of people attached to a notice (`…领导小组成员名单`, `…拟表彰对象名单`, `…花名册`)
  '名单',
  '名册',
  // surveys attached to a plan: 调查问卷, 满意度测评表, 调查表
  '问卷',
  '调查表',
  '测评表',
  '职责',
  // a body's mandate and structure, as a portal's page names it: …机构职能, …主要职责和内设机构, …职能配置, …议事协调机构一览
  '机构职能',
  '内设机构',
  '职能配置',
  '机构设置',
  '机构概况',
  '领导信息',
  '一览',
  '规范',
  // task lists: 重点工作责任分工, 任务分解表, 工作台账, 督办事项, 目标责任书, 民生实事
  '分工',
  '分工表',
  '分解',
  '分解表',
  '一览表',
  '台账',
  '督办事项',
  '责任书',
  '任务书',
  // targets a group hands down to its companies for a year (`…公司2024年度安全生产目标`, weak: `年度目标` heads a section)
  '经营目标',
  '生产目标',
  '考核目标',
  '责任目标',
  '质量目标',
  '民生实事',
  '重点',
  '行事历',
  '校历',
  // schedules: 周历, 月历, 工作日程, 周工作安排表, 工作计划表, 进度推进表, 时间表
  '周历',
  '月历',
  // a trip's or a meeting's programme (`北京三日研学行程`, `…考察行程表`, `…会议日程`; 行程 and 日程 weak)
  '行程',
  '行程单',
  '行程表',
  '日程',
  '工作日程',
  '日程表',
  '安排表',
  '计划表',
  '推进表',
  // a programme's list of projects or tasks as a table of its own (`…2024年为民办实事项目表`, `…重点工作任务表`)
  '项目表',
  '任务表',
  // an event's plan as a student union or a club writes it (`…文艺晚会策划书`, `…策划案`)
  '策划书',
  '策划案',
  // a survey put to the public (`…规划编制公众意见问卷调查`, `…意见征集`)
  '问卷调查',
  '意见征集',
  '意见征询',
  // a construction scheme's attachments (`…模板支撑体系计算书`, `…专项施工方案报审表`)
  '计算书',
  '报审表',
  // a duty roster (`春节期间物业值班表`, `…排班表`)
  '值班表',
  '排班表',
  '时间表',
  // analyses and reviews of a period (`…前三季度…经济运行情况分析`, `…简析`, `…工作综述`), a yearbook's entries (`…2023年年鉴资料`)
  '分析',
  '简析',
  '综述',
  '年鉴',
  '年鉴资料',
  // an annual report under its short name (`112年年報`, `…2023年年报`), a report bound as a book (`…報告書`), a white
  // paper, a budget put to a legislature (`2024-25財政預算案`)
  '年报',
  '报告书',
  '白皮书',
  '预算案',
  // meetings and reporting: 会议议程, 主持词, 情况汇报, 工作简报, 对照检查材料; a drill's or a show's script and its
  // host's text (`…应急疏散演练脚本`, `…文艺汇演主持稿`, `…晚会串词`), a ceremony's order (`…节目单`)
  '议程',
  // a meeting's record (`支部委员会会议记录`, `党课记录`; weak: `…检查记录` heads a form's column too)
  '记录',
  '主持词',
  '主持稿',
  '串词',
  '脚本',
  '节目单',
  '汇报',
  '简报',
  '材料',
  '公报',
  '函',
  // procurement and contracts: 招标文件, 竞争性磋商文件, 投标文件, …采购合同, 战略合作协议, 合作意向书, 中标通知书, 项目建议书,
  // 课题申请书 (not `…文件` alone: a letterhead's `XX市教育局文件`)
  '招标文件',
  '磋商文件',
  '谈判文件',
  '采购文件',
  '询价文件',
  '比选文件',
  '遴选文件',
  '预审文件',
  '询价书',
  '需求书',
  '规格书',
  '采购需求',
  // a procurement's technical part filed on its own (`…超声诊断系统采购技术参数要求`, `…项目技术要求`, `…项目需求`; weak:
  // `技术要求` heads a section of a tender too)
  '技术参数',
  '技术要求',
  '参数要求',
  '技术规格',
  '项目需求',
  '技术需求',
  '采购意向',
  '投标文件',
  '响应文件',
  '合同',
  // (a labour contract's form, its renewal and its change: 劳动合同书, 劳动合同续订书, 劳动合同变更书)
  '合同书',
  '续订书',
  '变更书',
  '协议',
  '协议书',
  '意向书',
  '通知书',
  // an authority's decision on one party (`…行政处罚决定书`, `准予行政许可决定书`, `行政复议决定书`)
  '决定书',
  // a people's congress's resolution on a plan: …关于…远景目标纲要的决议 (weak: a board's resolutions are listed among a
  // notice's filed papers, `●报备文件` / `…董事会决议`)
  '决议',
  // a contract's papers: 工程质量保修书, 担保书, 聘书, 通用/专用合同条款 (not 授权委托书: a notice names the form it attaches,
  // `附件1：授权委托书`, in its list as often as above the form)
  '保修书',
  '担保书',
  '聘书',
  '合同条款',
  '建议书',
  '申请书',
  // research and building projects: 课题申报书, 申请·评审书, 课题论证活页, 成果鉴定书, 结题鉴定意见书, 施工组织设计, 应急处置卡
  '申报书',
  '评审书',
  '活页',
  '鉴定书',
  '意见书',
  '施工组织设计',
  '处置卡',
  // services and notices to the public: 办事指引, 招生简章, 招聘启事, 告知书, 常见问题解答, 十问十答, 政策答疑
  '指引',
  '简章',
  '启事',
  '告知书',
  '告知单',
  '解答',
  '常见问题',
  '答疑',
  '问与答',
  '问十答',
  // published beside a plan: 政策解读, 答记者问, 新闻发布会, 政策问答
  '解读',
  '答记者问',
  '问答',
  // a body's answers to the press on a policy it issued (`…负责人就《…》答记者问`)
  '答记者问',
  '发布会',
  // (and its record, a briefing: `…新闻发布会实录`, `…文字实录`, `…举行吹风会`, `…政策吹风会实录`)
  '实录',
  '吹风会',
  // Q&A pages beside a policy: 一问一答, 百问百答, 你问我答, 答网友问; its chart told in text: 图解
  '问一答',
  '问百答',
  // teachers' papers titled by what they did (`…单元作业设计的实践与思考`, `…教学策略探究`, `…的构建与实践`)
  '探究',
  '实践与思考',
  '探索与实践',
  '构建与实践',
  '实践探索',
  '问我答',
  '答网友问',
  '图解',
  // a year's part of a summary and plan filed as its own: 2024年重点工作, 2024年一季度工作开展情况 (weak: also a section's
  // heading; not 工作回顾, a deck's `年度工作回顾` slide)
  '重点工作',
  '主要工作',
  '工作情况',
  '开展情况',
  '完成情况',
  '进展情况',
  '落实情况',
  '执行情况',
  // a statistics office's monthly or quarterly release (`2023年1-11月高新区经济运行情况`, `…全县经济运行简况`; weak:
  // a report's section is named so too)
  '运行情况',
  '简况',
  // a reply to a deputy's suggestion or a member's proposal: …第226号建议的答复
  '答复',
  // a staff member's or a department's reports: 工作周报, 月报, 季报, 工作日志, 每周工作小结
  '周报',
  '月报',
  '季报',
  '日志',
  '小结',
  // a body's chronicle of the year (`…2023年度大事记`, `…教育体育工作大事记`), filed on its own or after a summary
  '大事记',
  // teaching documents: 课程教学大纲, 教学进度表, 教学进程表, 教学日历
  '大纲',
  '进度表',
  '进程表',
  '教学日历',
  // a company's procedures and instructions: 不合格品控制程序, 采购管理程序, 作业指导书, 作业标准书, 岗位说明书; a
  // hospital's standard operating procedures (`…标准作业程序（SOP）`, `…基本操作SOP`)
  '控制程序',
  '管理程序',
  '作业程序',
  'SOP',
  // (any procedure of a quality system, `内部审核程序`, `纠正措施程序`; weak: `…审批程序` heads a section too)
  '程序',
  // a hospital's routines, pathways and the consensus it follows (`内科护理常规`, `…诊疗常规`, `…临床路径`, `…专家共识`),
  // a school's daily routine (`…学生一日常规`)
  '护理常规',
  '诊疗常规',
  '一日常规',
  '临床路径',
  '专家共识',
  // a product's requirements and its road map (`…产品需求文档`, `…需求文档（v0.3）`, `…产品路线图`), a table of targets
  // filed as its own (`…经营业绩考核指标表`, `…考核目标表`)
  '需求文档',
  '路线图',
  // an office app's daily report and approval form (`刘晓敏的日报`, `公文审批单`)
  '日报',
  '审批单',
  '指标表',
  '目标表',
  // a court's judgment, ruling and mediation (`民事判决书`, `行政裁定书`, `民事调解书`)
  '判决书',
  '裁定书',
  '调解书',
  // a city's book and library of projects for investors (`…2021年重点招商引资项目册`, `…招商项目库`)
  '项目册',
  '项目库',
  // a county's brochure of projects for investors (`…招商项目推介书`) and a service's pledge to the public (`…便民服务承诺`;
  // weak: a plan's heading names its pledge too)
  '推介书',
  '服务承诺',
  '指导书',
  '标准书',
  '说明书',
] as const;

/** Kinds that, on their own, are also common unnumbered section headings (`保障措施`, `工作安排`). */
export const weakDocumentKinds = new Set<string>(['行程', '日程', '结果', '记录', '公开', '分析', '简析', '综述', '技术参数', '技术要求', '参数要求', '技术规格', '项目需求', '技术需求', '经营目标', '生产目标', '考核目标', '责任目标', '质量目标', '汇总', '方针', '纲领', '机构职能', '内设机构', '职能配置', '机构设置', '机构概况', '领导信息', '一览', '建议', '政策', '举措', '流程', '措施', '安排', '思路', '打算', '标准', '清单', '制度', '任务', '讲话', '发言', '致辞', '党课', '说明', '提示', '实事项目', '职责', '规范', '分工', '分解', '台账', '民生实事', '重点', '行事历', '校历', '材料', '函', '问答', '小结', '重点工作', '主要工作', '工作情况', '开展情况', '完成情况', '进展情况', '落实情况', '执行情况', '决议', '名单', '名册', '研究', '调研', '调查', '运行情况', '简况', '服务承诺', '程序', '条件', '目录', '指令', '提醒']);

// The label of an attachment: `附件`, `附件2`, `附件一`, `附件1-2`, `附表1`, `附录 3`, a standard's `附　录　A` (`附  录  A`
// as PDF extraction spaces it).
const attachmentNumber = '(?:\\d{1,2}(?:-\\d{1,2})?|[一二三四五六七八九十]{1,3}|[A-Z])';
const numberedAttachmentLabelSource = `附 {0,3}(?:件|表|录) {0,3}${attachmentNumber}`;
// (`附：` with its colon and no word is a label too: `附：2026年…慰问对象名单`.)
const attachmentLabelSource = `附 {0,3}(?:(?:件|表|录) {0,3}${attachmentNumber}?|(?=[:：]))`;
/** An attachment label alone on its line, with or without a colon (`附件2：`, `附：`): the title follows on the next line. */
export const attachmentAlone = new RegExp(`^${attachmentLabelSource} ?[:：]?$`);
/** A numbered attachment label alone on its line (`附件2`, `附表1：`): one of several a notice carries, its title below. */
export const numberedAttachmentAlone = new RegExp(`^${numberedAttachmentLabelSource} ?[:：]?$`);
/**
 * An attachment label and its colon at the start of a line (`附件1：XX方案`), or a numbered label and a space
 * (`附件 2　XX清单`): it names a file a notice forwards.
 */
export const attachmentLabel = new RegExp(`^(?:${attachmentLabelSource} ?[:：]|${numberedAttachmentLabelSource} +)`);
/** A numbered attachment label at the start of a line (`附件2：`, `附件 2　`): one file among several a notice carries. */
export const numberedAttachmentLabel = new RegExp(`^${numberedAttachmentLabelSource}(?: ?[:：]| +)`);

/**
 * The field that holds a record's title in a crawl's or an export's metadata (`标题：…2022年工作要点`, `【标题】…`), with
 * its colon: the document's title after it, as after an attachment's label.
 */
export const titleField = /^(?:【(?:文章|文件)?(?:标题|题目)】|(?:文章|文件)?(?:标题|题目) ?[:：]) ?/;

/**
 * Where the title in a record's title field ends: before the next field on its line (`标题：…方案　来源：…　发布时间：…`),
 * else at the line's end.
 */
export function titleFieldEnd(folded: string): number {
  for (let i = folded.indexOf(' '); i > 0; i = folded.indexOf(' ', i + 1)) {
    let j = i;
    while (folded.charCodeAt(j) === 0x20) j++;
    if (keyAtStart.test(folded.slice(j, j + 12))) return i;
  }
  return folded.length;
}

/**
 * The label of one piece of a collection of sample texts (范文), before the piece's own title: `篇一`, `【篇三】`,
 * `第2篇`, `范文一`, `模板1`.
 */
export const pieceLabel = /^(?:【?(?:篇|范文|模板|例文)[一二三四五六七八九十\d]{1,3}】?|【?第[一二三四五六七八九十\d]{1,3}篇】?)$/;
/**
 * The words a periodical's name ends with (`清河市人民政府公报`, `工作简报`, `人社工作动态`, `信息专报`): one list for the
 * page head that names a periodical's issue (page-number.ts) and the name above an issue's number (the grammar).
 */
export const periodicalWords = '公报|简报|通讯|周报|月报|旬报|月刊|旬刊|专刊|期刊|动态|快报|专报|快讯|信息|要情';

/** The label of one motion among a meeting's papers, before its title: `议案一`, `议案2`, `提案三`. */
const motionLabel = /^(?:议案|提案)[一二三四五六七八九十\d]{1,3}$/;

/** The subtitle of a speech or a report: `——在2024年全市教育工作会议上的讲话`, `——在…会议上的工作报告`. */
export const speechSubtitle = /——在.{2,60}(?:上|时|中)的[\u4e00-\u9fff]{0,4}(?:讲话|发言|致辞|报告|党课)$/;

/** Any subtitle of a speech or report, dated or not: `——在…会议上的讲话`, `——2024年1月16日在…会议上`. */
export const dashSubtitle = /^——.{2,60}(?:上|时|中)(?:的[\u4e00-\u9fff]{0,4}(?:讲话|发言|致辞|报告|党课))?$/;

/**
 * The kinds by their last UTF-16 unit, in the list's order: a line that ends otherwise (most end with `。`) names none,
 * and one that ends so is compared with the few kinds that end alike.
 */
const kindsByEnd = new Map<number, string[]>();
for (const kind of documentKinds) {
  const end = kind.charCodeAt(kind.length - 1);
  const list = kindsByEnd.get(end);
  if (list === undefined) kindsByEnd.set(end, [kind]);
  else list.push(kind);
}

/** Closing quotes and book-title brackets, and white space, that may follow a title's kind (`《…方案》`). */
function isClosingOrSpace(c: number): boolean {
  return c === 0x300b /* 》 */ || c === 0x300d /* 」 */ || c === 0x300f /* 』 */ || c === 0x22 || c === 0x27 || c <= 0x20 || isSpaceCode(c);
}

/**
 * The document kind a line ends with, after dropping a trailing bracketed remark (`（征求意见稿）`,
 * `(7篇)`) and closing quotes/brackets; null when none.
 */
export function endingKind(folded: string): string | null {
  let end = folded.length;
  // a title in square brackets: `【2013年乡镇农业技术推广工作计划】`
  if (folded.charCodeAt(0) === 0x3010 && folded.charCodeAt(end - 1) === 0x3011 && folded.indexOf('【', 1) < 0) end--;
  // drop one trailing bracketed remark, outside or inside the closing quotes (`《…方案（2018—2022年）》`)
  end = withoutRemark(folded, end);
  while (end > 0 && isClosingOrSpace(folded.charCodeAt(end - 1))) end--;
  end = withoutRemark(folded, end);
  // (A 范文 site's heading may stack them, spaces between: `…工作计划2025 精选篇1`, `…计划2025 范文1`.)
  // (A report's issue after a space or a dash: `…周报 第15周`, `…周报 2024W15`, `…周报 2024.04.08-04.12`.)
  const issue = issueAfterTitle.exec(folded.slice(Math.max(0, end - 24), end));
  if (issue !== null) end -= issue[0].length;
  for (let k = 0; k < 3; k++) {
    let next = withoutSampleWord(folded, withoutPieceCount(folded, withoutPieceNumber(folded, end)));
    while (next > 0 && folded.charCodeAt(next - 1) === 0x20) next--;
    if (next === end) break;
    end = next;
  }
  const kinds = kindsByEnd.get(folded.charCodeAt(end - 1));
  if (kinds === undefined) return kindBeforeIssue(folded) ?? bracketedKind(folded);
  if (folded.charCodeAt(end - 1) === 0x6761 /* 条 */) return policyArticles.test(folded.slice(Math.max(0, end - 5), end)) ? '十条' : null;
  for (const kind of kinds) if (folded.endsWith(kind, end)) return kind;
  // (Questions counted in digits: `…融资支持政策5问5答`, `20问20答`.)
  if (folded.charCodeAt(end - 1) === 0x7b54 /* 答 */) {
    const counted = countedQuestions.exec(folded.slice(Math.max(0, end - 8), end));
    if (counted !== null) return counted[0];
  }
  return bracketedKind(folded);
}
const countedQuestions = /\d{1,3}问\d{1,3}答$/;

/**
 * The issue of a periodic report after its title, set apart by a space, a dash or a colon: a week or an issue number
 * (`第15周`, `第3期`), a year's week (`2024W15`), a day or a span of days (`2024.04.08-04.12`).
 */
const issueAfterTitle = /(?: ?[-—－_:：]+ ?| )(?:第 ?\d{1,3} ?[周期]|(?:19|20)\d{2} ?[Ww] ?\d{1,2}|(?:19|20)\d{2}[.\-/]\d{1,2}[.\-/]\d{1,2}(?: ?[-—~～至]{1,2} ?(?:(?:19|20)\d{2}[.\-/])?\d{1,2}[.\-/]\d{1,2})?)$/;

/** A periodic report's kind before its issue and a colon (`周报：2024年第15周（4月8日—4月12日）`); null otherwise. */
function kindBeforeIssue(folded: string): string | null {
  const m = /^((?:工作)?(?:周报|月报|季报|日报)) ?[:：] ?(?:(?:19|20)\d{2} ?年|第 ?\d)/.exec(folded);
  return m === null ? null : (m[1] as string);
}

/**
 * The kind of a whole title in round brackets at a line's end, after a headline or alone (`…开新局（九江城发集团2024年
 * 工作总结）`, `（九江城发集团2025年工作计划）`): its text names a kind and a year. Null otherwise.
 */
function bracketedKind(folded: string): string | null {
  const end = folded.length - 1;
  if (folded.charCodeAt(end) !== 0x29 /* ) */) return null;
  const open = folded.lastIndexOf('(', end);
  if (open < 0 || (open > 0 && open < 4) || end - open < 9 || end - open > 60) return null;
  const inner = folded.slice(open + 1, end);
  return yearInTitle.test(inner) && !occasion.test(inner) && !spokenAt.test(inner) ? endingKind(inner) : null;
}

/** The meeting a report or speech was given at, after `在` (`在2024年全县教育工作会议上的讲话`), as a regex source. */
const spokenAtSource = '在.{2,60}(?:上|时|中)的[\\u4e00-\\u9fff]{0,4}(?:讲话|发言|致辞|报告)';
/**
 * The day and the meeting a report or speech was given at, under its title (`2025年1月18日在公司2025年工作会议上的报告`,
 * in brackets or not): the header's, no title of its own (as the `——` form is a subtitle).
 */
const occasion = new RegExp(`^\\d{4} ?年 ?\\d{1,2} ?月 ?\\d{1,2} ?日 ?${spokenAtSource}$`);
/** The same in brackets, the day after `在` (`（在2024年1月12日村民代表大会上的报告）`). */
const spokenAt = new RegExp(`^${spokenAtSource}$`);

/** A policy package named by its count of articles (`…发展二十条`, `稳外资十二条`), not an article (`第二十条`). */
const policyArticles = /(?:^|[^第一二三四五六七八九十])[一二三四五六七八九]?十[一二三四五六七八九]?条$/;

/** How many pieces a collection of sample texts holds, after its kind: `…工作计划精选2篇`, `…总结范文5篇`, `…计划3篇`. */
const pieceCount = /(?:精选|通用|范文)?(?:\d{1,2}|[一二三四五六七八九十]{1,3}) ?篇$/;

/** Where `folded` ends before a count of pieces that ends at `end`; `end` when none (one look at its last unit first). */
function withoutPieceCount(folded: string, end: number): number {
  if (folded.charCodeAt(end - 1) !== 0x7bc7 /* 篇 */) return end;
  const m = pieceCount.exec(folded.slice(Math.max(0, end - 8), end));
  return m === null ? end : end - m[0].length;
}

const hanDigitCodes = new Set([...'一二三四五六七八九十'].map((c) => c.charCodeAt(0)));
/**
 * Which piece of a collection a title is, after its kind: `…个人年终工作总结 篇1`, `…工作计划篇二`; or which sample, after
 * the sample word (`…工作总结范文三`, `…方案模板2`: the number goes, the word stays for `withoutSampleWord`); or the
 * year a 范文 site puts after it (`社区工作计划2024`, `…总结2024年度`).
 */
const pieceNumber = / ?篇(?:\d{1,2}|[一二三四五六七八九十]{1,3})$/;
const sampleNumber = /(?:范文|范例|范本|模板|模版|例文|样本)(\d{1,2}|[一二三四五六七八九十]{1,3})$/;
const trailingYear = /[^\d](?: ?(?:19|20)\d{2}(?:年度?)?)$/;

/** Where `folded` ends before the number of a piece, a sample or a year that ends at `end`; `end` when none. */
function withoutPieceNumber(folded: string, end: number): number {
  const last = folded.charCodeAt(end - 1);
  const yearWord = last === 0x5e74 /* 年 */ || last === 0x5ea6; /* 度 */
  if (!yearWord && !((last >= 0x30 && last <= 0x39) || hanDigitCodes.has(last))) return end;
  if (!yearWord) {
    const tail = folded.slice(Math.max(0, end - 6), end);
    const m = pieceNumber.exec(tail);
    if (m !== null) return end - m[0].length;
    const n = sampleNumber.exec(tail);
    if (n !== null) return end - (n[1] as string).length;
  }
  // (The year keeps the unit before it, which the pattern reads to tell it from a longer number.)
  const y = trailingYear.exec(folded.slice(Math.max(0, end - 9), end));
  return y === null ? end : end - y[0].length + 1;
}

/** What a sample text is called after its kind on a 范文 site: `…个人工作计划范文（一）`, `…总结范例`, `…方案模板`, `…计划精选`. */
const sampleWord = /(?:范文|范例|范本|模板|模版|例文|样本|精选|最新)$/;

/** Where `folded` ends before a sample word that ends at `end`; `end` when none. */
function withoutSampleWord(folded: string, end: number): number {
  if (end < 4) return end;
  return sampleWord.test(folded.slice(end - 2, end)) ? end - 2 : end;
}

/** Where `folded` ends before a bracketed remark that ends at `end` (`（征求意见稿）`, `(7篇)`); `end` when none. */
function withoutRemark(folded: string, end: number): number {
  const last = folded.charCodeAt(end - 1);
  if (last !== 0x29 /* ) */ && last !== 0x3011 /* 】 */ && last !== 0x5d /* ] */) return end;
  const open = last === 0x29 ? '(' : last === 0x3011 ? '【' : '[';
  const at = folded.lastIndexOf(open, end - 1);
  return at > 0 && end - at <= 28 ? at : end;
}

/** A (folded) title without one bracketed remark at its end (`…汇编（2024—2025学年度第一学期）` → `…汇编`). */
export function withoutTrailingRemark(folded: string): string {
  return folded.slice(0, withoutRemark(folded, folded.length));
}

function insideBookTitle(text: string, index: number): boolean {
  const open = text.lastIndexOf('《', index);
  return open >= 0 && text.indexOf('》', open) > index;
}

/** Whether `《》`, `()` and `“”` are each balanced (none closed before it opens, all closed at the end). */
function balanced(text: string): boolean {
  let book = 0;
  let paren = 0;
  let quote = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x300a) book++;
    else if (c === 0x300b && --book < 0) return false;
    else if (c === 0x28) paren++;
    else if (c === 0x29 && --paren < 0) return false;
    else if (c === 0x201c) quote++;
    else if (c === 0x201d && --quote < 0) return false;
  }
  return book === 0 && paren === 0 && quote === 0;
}

/**
 * A published report's headline, whose commas are no sentence's: a slogan in two halves before a dash and the document
 * it heads (`凝心聚力促团结，依法管理促和谐——…2016年工作总结`), or two documents named in one line (`…2016年工作总结，2017年
 * 工作打算`).
 */
function isHeadline(text: string): boolean {
  const dash = text.lastIndexOf('——');
  if (dash > 0) {
    const slogan = text.slice(0, dash);
    const named = text.slice(dash + 2);
    return slogan.length <= 30 && !/[。！？!?；;：:]/.test(slogan) && !hasPunctuationOutsideQuotes(named) && endingKind(named) !== null;
  }
  const parts = text.split(/[，,]/);
  return parts.length === 2 && parts.every((p) => p.length >= 4 && !hasPunctuationOutsideQuotes(p) && endingKind(p) !== null);
}

const sentencePunctuation = new Set(Array.from('。！？!?；;,，').map((c) => c.charCodeAt(0)));

/**
 * Whether a line has sentence punctuation or a comma outside quotes and book-title brackets: a slogan in a title
 * keeps its comma (`关于开展“珍爱生命，预防溺水”专题教育活动的通知`).
 */
function hasPunctuationOutsideQuotes(text: string): boolean {
  let quoted = 0;
  let straight = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0x300a || c === 0x2018 || c === 0x300c) quoted++;
    else if ((c === 0x201d || c === 0x300b || c === 0x2019 || c === 0x300d) && quoted > 0) quoted--;
    // (Straight quotes typed with ASCII punctuation open and close alike: `"珍爱生命,预防溺水"主题班会方案`.)
    else if (c === 0x22) straight = !straight;
    else if (quoted === 0 && !straight && sentencePunctuation.has(c) && !(c === 0x3b && endsEntity(text, i)) && !insideEnglish(text, i)) return true;
  }
  return false;
}

/**
 * Whether the ASCII mark at `at` is an English sentence's, inside a title that names an English lesson (`…Unit 3 What
 * would you like? Part A Let's talk教学设计`): a `?`, `!` or `,` right after a Latin letter, then a space and a Latin letter.
 */
function insideEnglish(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c === 0x3f || c === 0x21 || c === 0x2c) && isLatinLetter(text.charCodeAt(at - 1)) && text.charCodeAt(at + 1) === 0x20 && isLatinLetter(text.charCodeAt(at + 2));
}

/**
 * Whether the `;` at `at` closes an HTML entity left as text (`2023&mdash;2024学年`, `&ldquo;双减&rdquo;`, `&#8212;`):
 * a `&`, then 2–8 letters or `#` and 2–6 digits, right before it. Looks back at most 9 units.
 */
function endsEntity(text: string, at: number): boolean {
  const amp = text.lastIndexOf('&', at - 1);
  return amp >= 0 && at - amp <= 9 && entityBody.test(text.slice(amp + 1, at));
}
const entityBody = /^(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5})$/;

/** A caption's number and what follows it: `1 `, `3-2　`, `二：`. */
const captionNumber = '(?:\\d{1,2}|[一二三四五六七八九十]{1,2})(?:[-.]\\d{1,2})?(?: |[:：]|$)';
const caption = new RegExp(`^[表图] ?${captionNumber}`);
/** A table's caption, its number first (`表1 2024年各区县改造任务`, `表 3-2　…`, `附表2 …`), on the folded line. */
export const tableCaption = new RegExp(`^附?表 ?${captionNumber}`);
/**
 * A row of a schedule, its week, its dates or its part of a month first and a space after them (`第8周　第一次月考及总结`,
 * `第1—2周　…`, `3.25—3.29　…`, `9月1日　…`, `7月上旬　期末考试、学期总结`, `十月份　…`): a row, whatever it names.
 */
const scheduleRow = /^(?:第 ?(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?: ?[—－~～-] ?(?:\d{1,2}|[一二三四五六七八九十]{1,3}))? ?周|\d{1,2}[.月]\d{1,2}日?(?: ?[—－~～至-]{1,2} ?(?:\d{1,2}[.月])?\d{1,2}日?)?|(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:上旬|中旬|下旬|初|中|底|末|份)) /;
/** A schedule's week or day alone on its line, a table's cell (`第2周`, `2月19日`, `第3-4周`): no title's first line. */
export function isScheduleLabel(folded: string): boolean {
  return scheduleRow.test(`${folded} `);
}
/**
 * A step of a procedure or a chart (`第二步　审核公示`, `步骤3：提交材料`), or a stage of a drill's script or a scheme
 * (`第一阶段　险情发现与报告（14:00—14:03）`, `第二环节：…`): a step, whatever it names.
 */
const step = /^(?:第 ?(?:\d{1,2}|[一二三四五六七八九十]{1,2}) ?(?:步|阶段|环节)|步骤 ?(?:\d{1,2}|[一二三四五六七八九十]{1,2}))(?: |[:：]|$)/;
/**
 * Whether a (folded, trimmed) line starts as a caption, a box's heading, a schedule's row or a step does (`表2 …`,
 * `专栏1 …`, `7月上旬 …`, `第二步 …`): it is none of a title, nor a title's last line.
 */
export function startsCaptionOrRow(folded: string): boolean {
  return caption.test(folded) || box.test(folded) || scheduleRow.test(folded) || step.test(folded);
}
/** Whether a (folded, trimmed) line heads a box or a table (`专栏1 …`, `表2 …`): a list after it is the box's own. */
export function headsBoxOrTable(folded: string): boolean {
  return box.test(folded) || caption.test(folded);
}
const arrow = /[→←↑↓⇒⇨➔➜➝➞]/;
/** Whether a (folded, trimmed) line heads a box (`专栏1 …`, `专栏：…`). */
export function isBoxHeading(folded: string): boolean {
  return box.test(folded);
}
/** A box's heading in a report (`专栏1　2025年重点任务`, `专栏：十件民生实事`): the box is inside the section. */
const box = /^专栏 ?(?:\d{1,2}|[一二三四五六七八九十]{1,2})?(?: |[:：]|$)/;

/**
 * Sections of a government or school website that end like a document kind (a menu item, a catalogue's column of
 * the disclosure page): `通知公告`, `规划计划`, `计划总结`. Never a document's title.
 */
const siteSections = new Set([
  '通知公告', '公示公告', '公告公示', '通知通告', '公告通知', '规划计划', '计划规划', '计划总结', '总结计划', '计划报告', '工作报告和计划', '规划方案', '政策文件', '文件通知', '信息公开', '政务公开', '政府信息公开',
  // a disclosure page's side menu and its columns (`信息公开目录` / `信息公开指南`, `工作动态`, `政策解读`)
  '信息公开目录', '信息公开指南', '信息公开制度', '信息公开年报', '法定主动公开内容', '主动公开内容', '工作动态', '政务动态', '部门动态', '政策解读', '财政信息', '人事信息', '财政预决算', '校务公开', '党务公开', '村务公开',
  // a portal's top menu, one item a line (`首页` / `机构概况` / `办事服务` / `互动交流`)
  '机构概况', '办事服务', '政务服务', '互动交流', '政民互动', '数据开放', '网站首页', '返回列表', '公众参与', '新闻中心', '新闻动态',
  // a school's or a college's menu (`学位工作` / `规章制度`, `招生简章`): kinds of document, no one document
  '规章制度', '招生简章',
]);

/** Whether a (folded, trimmed) line is the name of a website's section (`通知公告`, `计划总结`): never a title, nor its start. */
export function isSiteSection(folded: string): boolean {
  return folded.length <= 8 && siteSections.has(folded);
}

/** An app's label or its notice of a post: `企业微信·汇报`, `钉钉 日志`, `…孙丽华 提交了汇报`, `…分享了文件`; a chat export's head, `消息记录（此消息记录为文本格式…）`, `【…店长群】聊天记录`. */
const appNotice = /^(?:企业微信|钉钉|微信|飞书|QQ) ?[·・| ]|(?:提交|发布|分享|转发|发送|上传)了|^消息记录(?:[(（]|$)|聊天记录$/;

/**
 * Words that open a sentence citing a document, never a title: `按照…的通知`, `根据《…办法》`, `详见《…方案》`, and a
 * notice's `现将《…方案》` (`印发给你们` on the next line).
 */
const citesDocument = /^(?:按照|根据|依据|遵照|依照|参照|详见|对照|现将|现把)/;

/**
 * Whether a (folded, trimmed) text reads as a document title: 3–80 characters (a notice naming documents, 160), no sentence punctuation,
 * no comma, balanced brackets, ending in a document kind.
 */
/** A request to write something: `帮我写一份…`, `请帮忙起草…`, `给我写个…`, `写一篇…`. */
const request = /^(?:请?(?:你)?帮(?:我|忙)|请你|给我)|^(?:请)?(?:写|起草|生成|拟)(?:一份|一篇|一个|个|份)/;

/** The caption of a block of figures in a post: what it shows, then 一览. */
const infographic = /(?:数据|成绩|亮点|成果|成效)一览$/;
/**
 * A verb that makes a document the object of a task: `制定…计划`, `上交…总结`, and a rectification's measure in a table's
 * cell (`修订“三重一大”决策制度实施办法`, `重新制定工作方案`); not a revised edition's label (`修订版`, `修订稿`).
 */
const scheduledTask = /^(?:制定|制订|拟定|拟订|撰写|上交|提交|上报|报送|讨论|审议|修订(?![版稿])|修改(?!稿)|重新(?:制定|制订|修订))/;

/** Whether a (folded, trimmed) line asks a chat assistant for a document (`帮我写一份2025年社区工作计划`): no title. */
export function isRequest(folded: string): boolean {
  return request.test(folded);
}

/** A heading of notes below the text, alone on its line: `注释：`, `注：`, `附注`, `尾注` (their `①` notes are the page's). */
export const notesHeading = /^(?:注释|注|附注|尾注)[:：]?$/;

/**
 * A heading of a text's end matter, alone on its line: its notes by name (`注释：`, `尾注`, `脚注`) or its references
 * (`参考文献`, `主要参考文献：`): the entries numbered below it are no items. (Not `注：` over a table's notes, `注：` /
 * `1.交流人数含…` / `2.…`: the golds on hand count those as the section's items.)
 */
export const endMatterHeading = /^(?:注释|尾注|脚注|参考文献|主要参考文献|参考资料|引用文献)[:：]?$/;

/**
 * A report's glossary under its heading alone on its line (`名词解释`, `附：有关用语说明`, `术语解释：`), folded: it opens a
 * document of its own (grammar/documents.ts), and its `①…：指…` entries are no footnotes (grammar/furniture.ts).
 */
export const glossaryHeading = /^(?:附件?[:：] ?)?(?:名词解释|名词注释|名词释义|术语解释|术语说明|有关用语说明|用语说明)[:：]?$/;

/** The column of a portal that discloses a body's information. */
const bannerColumn = /(?:信息|政务)公开$/;

/** A month (its year, its day or part before or after it) then a space and words: a calendar's event. */
const datedEvent = /^(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|[上中下]旬|初|底)? +[^ \d]/;

/**
 * A page's place as a browser's title bar, a wiki, a notes app or a drive shows it: three to eight short parts apart
 * by ` - ` or ` / ` (`远航物流股份有限公司 - 内部审计 - 制度与报告`, `知识库 / 安全环保部 / 2025年度制度与计划`, `工作台 / 项目管理 /
 * 2024 / 智慧校园二期`), with a Han character. Above a title it starts none and is none; in a text it may be a flow
 * chart's line (`网络直报 / 市卫生健康委 / …`), which no rule takes for navigation.
 */
export function isPageBanner(folded: string): boolean {
  return (folded.includes(' - ') || folded.includes(' / ')) && pageBanner.test(folded) && /[\u4e00-\u9fff]/.test(folded);
}
const pageBanner = /^[^ ]{1,24}(?:(?: - [^ ]{1,24}){2,7}|(?: \/ [^ ]{1,24}){2,7})$/;

/** A mail's attachment field with its count: `附件：1 个 (…)`, `附 件: 2个`. */
const attachedCount = /^附 *件 *[:：] *\d{1,2} *个/;

/** An address to the readers before a headline's bar: `@全体市民 | `, `@所有居民丨`. */
const addressBeforeBar = /^@[^|丨@ ]{1,10} ?[|丨] ?/;

export function looksLikeTitle(folded: string): boolean {
  if (folded.length < 3 || (folded.length > 80 && !isLongNoticeTitle(folded))) return false;
  // A label in 【】 (`【群公告】`, `【通知】`) tags a post; a title in them names more (`【2013年…工作计划】`).
  if (folded.length < 6 && folded.charCodeAt(0) === 0x3010) return false;
  // A notice's tag before its topic (`【温馨提示】近期手足口病进入高发期`, `【通知】周五下午全体教师开会`): a post's headline.
  if (folded.charCodeAt(0) === 0x3010 && taggedHeadline.test(folded)) return true;
  // A chat group's pinned message (`群公告`, `群通知`) is a post too; so is an app's notice of one (`企业微信·汇报`,
  // `清水社区 党委书记 孙丽华 提交了汇报`).
  if ((folded.length === 3 && folded.charCodeAt(0) === 0x7fa4) /* 群 */ || appNotice.test(folded)) return false;
  // A headline with its kind before a bar and a slogan after it (`2023年度工作总结｜奋楫笃行启新程 砥砺前行谱华章`): the title
  // before the bar names the kind.
  // (`丨`, the character editors type for the bar, too.)
  // (An address before the bar, `@全体市民 | 文明城市点位长效管理任务清单来了`: the headline after it says the kind.)
  if (folded.charCodeAt(0) === 0x40 /* @ */ && addressBeforeBar.test(folded)) return looksLikeTitle(folded.replace(addressBeforeBar, ''));
  if ((folded.includes('|') || folded.includes('丨')) && endingKind(folded) === null) return kindBeforeBar(folded.replace(/丨/g, '|'));
  // A site's name and its column after a bar (`…区人民政府 | 政府信息公开`): a banner, no title.
  // (So is a column's short name after the bar, `问计于民 | 网络问卷调查`: a page's channel, its own title below.)
  if (folded.includes('|') && (isSiteSection(folded.slice(folded.lastIndexOf('|') + 1).trim()) || folded.length - folded.lastIndexOf('|') - 1 <= 8)) return false;
  // A browser's page title, the site, its column and the page apart by ` - ` (`远航物流股份有限公司 - 内部审计 - 制度与报告`),
  // or a wiki's or a drive's path apart by ` / ` (`知识库 / 安全环保部 / 2025年度制度与计划`): a banner, no title.
  if (isPageBanner(folded)) return false;
  // A mail's field that counts its attached files (`附　件：1 个 (…征求意见稿）.docx)`): the mail's header, no title.
  if (folded.charCodeAt(0) === 0x9644 /* 附 */ && attachedCount.test(folded)) return false;
  // The kind first: most lines fail it at their last character (a headline with the title in brackets after it,
  // `守护“舌尖上的安全”　护航高质量发展（德清县市场监督管理局2024年工作总结）`, names the bracket's kind).
  // (A news headline that says the plan is out, `…行动方案出台`, `划重点 …工作方案来了`, names it as a title does.)
  // (So does a title with its English name after it, `2025年度经营计划 2025 Annual Business Plan`.)
  const kind = endingKind(folded) ?? (newsVerb.test(folded) ? endingKind(folded.replace(newsVerb, '')) : englishName.test(folded) ? endingKind(folded.replace(englishName, '')) : null);
  if (kind === null) return false;
  // An attachment left out of the page (`附件：…任务分解表（略）`) is no document there.
  if (leftOut.test(folded)) return false;
  if (isSiteSection(folded)) return false;
  // An event in a term's calendar, its month first and a space (`2024年1月 期末考试、学期总结`, `12月 …`), names no document.
  const first = folded.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39 && datedEvent.test(folded)) return false;
  // A public notice names whose affairs it makes public and when (`甲村2024年上半年村务公开`); a short tail ending so is the
  // end of a sentence a wrap or a page cut (`…信息在基层的全` / `面公开`), and a portal's banner names a body and its column
  // of disclosures (`桐安市人民政府信息公开`, `…妇联政务公开`).
  if (kind === '公开' && (folded.length < 8 || (bannerColumn.test(folded) && !/\d/.test(folded)))) return false;
  // An annual report's short name says its year (`112年年報`, `2023年年报`); a tail without one is a crumb's or a
  // sentence's (`…> 区政府信息` / `公开年报`).
  if (kind === '年报' && !/\d/.test(folded)) return false;
  // A table of contents' heading (`目录`, `目　录`, `内容目录`) lists a document's sections; a catalogue names what it lists.
  // (So does a table's last column, `求⇥其他条件` at the end of a header row the wrap cut: cells apart by a space, no title.)
  if ((kind === '目录' || kind === '条件') && (folded.replace(/ /g, '').length < 6 || (kind === '条件' && folded.includes(' ')))) return false;
  // A caption (`表2 2022年中考成绩统计表`, `图1 …`) names a table or a figure inside a document; a box's heading, a box; a schedule's row, a row.
  if (startsCaptionOrRow(folded)) return false;
  // A flow chart's box or line (`事故发生→企业先期处置→信息报告`, `总指挥研判 → 启动应急预案`): no title has an arrow.
  if (arrow.test(folded)) return false;
  // A sentence that cites a document (`按照市教育局关于印发《…要点》的通知` / `要求，…`) is no title.
  if (citesDocument.test(folded)) return false;
  // A form's field for who signs off (`学院评审小组意见`, `所在单位（盖章）意见`, `用人单位意见　　（盖章）`): a cell, no 意见 document.
  // (A line that names the document reviewed first is a document of opinions: `…可行性研究报告专家评审意见`.)
  if (folded.includes('意见') && !folded.includes('关于') && formOpinion.test(folded) && !reviewedDocument.test(folded)) return false;
  // Two books' names and nothing else (`《…实施方案》《…工作要点》` / `已经市政府同意，…`): the subject of a notice's sentence.
  if (folded.charCodeAt(0) === 0x300a && booksOnly.test(folded)) return false;
  // The day and the meeting a report was given at (`2025年1月18日在…会议上的报告`), under its title: no title.
  if (occasion.test(folded)) return false;
  // A purpose clause that opens a preamble (`为深入贯彻落实…重要指示批示` / `精神，…`, its first line cut by a wrap) is no
  // title, though it ends in a kind.
  if (purposeClause.test(folded)) return false;
  // A request to the readers (`请各分工会3月31日前把报名表` / `发到我邮箱…`, its first line cut by a wrap) is no title.
  if (asksReaders.test(folded)) return false;
  // A request to a chat assistant pasted above its answer (`帮我写一份2025年社区工作计划`) asks for a document, names none.
  if (isRequest(folded)) return false;
  // A task on a schedule that names its document (`制定教研组工作计划`, `上交学期工作总结`, `讨论修订实施方案`): the
  // activity, no title (a title says 关于 before such a verb).
  if (scheduledTask.test(folded)) return false;
  // An infographic's caption (`2023年度数据一览`, `年度成绩一览`): figures follow, no document.
  if (infographic.test(folded)) return false;
  // A checklist's question (`是否建立健全安全生产责任制`, `安全管理 是否落实…责任书`) asks whether a document exists, names
  // none; a reply on such a question says 关于 (`关于…是否属于…的答复`).
  if ((folded.includes('是否') || folded.startsWith('有无')) && !folded.includes('关于')) return false;
  // A report's own section about itself (`关于本报告`, `关于本方案`) names no matter.
  if (folded.length <= 6 && folded.startsWith('关于本')) return false;
  // (A comma in a remark that ends the title, `…周报（2025年第10周，3月3日—3月7日）`, is the remark's.)
  if ((hasPunctuationOutsideQuotes(withoutTrailingRemark(folded)) && !isHeadline(folded)) || /[:：、]$/.test(folded)) return false;
  if (!balanced(folded)) return false;
  // A colon outside 《》 belongs to a label (`下一篇：…`, `来源：…`); only an attachment's (not before a list of two,
  // `附件：1.…　2.…`), a record's title field, a collection piece's or a motion's label may precede a title (`附件2：…`,
  // `标题：…`, `篇一：…`, `议案一：…`). (One inside a remark in brackets at the end is the remark's: `…工作计划（辅导员：刘婷）`.)
  const colon = withoutTrailingRemark(folded).search(/[:：]/);
  if (colon < 0) return true;
  const label = folded.slice(0, colon).trim();
  return (attachmentAlone.test(folded.slice(0, colon + 1).trim()) && !severalAttachments.test(folded.slice(colon + 1))) || titleField.test(folded) || pieceLabel.test(label) || motionLabel.test(label) || insideBookTitle(folded, colon) || slogansTitle(label, folded.slice(colon + 1).trim()) || numbersPiece(label, folded.slice(colon + 1));
}

/**
 * A notice that issues or forwards documents by their full names, on one line (`中共…区委办公室 …区人民政府办公室关于印发
 * 《…工作计划》《…实施方案》的通知`): two issuers and two titles run past 80 characters; up to 160.
 */
function isLongNoticeTitle(folded: string): boolean {
  return folded.length <= 160 && folded.includes('关于') && noticeOfBooks.test(folded);
}
const noticeOfBooks = /》[^《》]{0,12}的(?:通知|决定|批复|通报|函|意见)$/;

/** A title before a bar, a short slogan after it (no sentence, no comma): `护理部2024年工作计划｜提质增效`. */
function kindBeforeBar(folded: string): boolean {
  const bar = folded.indexOf('|');
  const slogan = folded.slice(bar + 1).trim();
  if (bar < 3 || slogan.length === 0 || slogan.length > 24 || slogan.includes('|') || /[。！？!?，,；;：:]/.test(slogan)) return false;
  return looksLikeTitle(folded.slice(0, bar).trim());
}

/** A news headline's verb after the plan it announces: `出台`, `印发`, `发布`, `公布`, `来了`. */
const newsVerb = /(?:正式)?(?:出台|印发|发布|公布|来了|来啦)[!！]?$/;
/** A title's English name after it, set apart by a space: ` 2025 Annual Business Plan`, ` Work Plan`. */
const englishName = / (?:\d{4} )?[A-Z][A-Za-z]{1,20}(?: [A-Za-z&-]{1,20}){1,8}$/;
/** A remark that an attachment is left out: `（略）`. */
const leftOut = /\(略\)$/;

/** Two numbered attachments after one label (`附件：1.…目标　2.…责任书`): a notice's list, no title. */
const severalAttachments = /^ ?1 ?[.、．][^ ]+ +2 ?[.、．]/;

/** Who gives an opinion on a form, before `意见`: a unit, a panel or a role, a seal's place between (`（盖章）`). */
/** A review's opinions on a document it names: `…可行性研究报告专家评审意见`, `…设计方案审查意见`. */
const reviewedDocument = /(?:报告|方案|规划|设计|计划)[\u4e00-\u9fff]{0,6}意见$/;
const formOpinion = /(?:单位|部门|党委|党组|党支部|支部|委员会|妇联|团委|工会|学校|学院|院系|局|办|处|科|室|小组|导师|审核|推荐|评审|审批|审查|初审|复审|领导|负责人|主管部门|主任|班主任)(?: ?\([^()]{0,8}\))?(?:签字|盖章)?意见(?: *\((?:盖章|签字|签名)\))?$/;
/** Two or more books' names in 《》, side by side or joined by `和` `及` `与` `、`. */
const booksOnly = /^《[^《》]{1,60}》(?:[和及与、]?《[^《》]{1,60}》)+$/;
/** A notice's or a report's tag in 【】 and a short topic after it, no sentence: `【通知】…`, `【周报】后端组 陈思远 第10周`. */
const taggedHeadline = /^【(?:通知|重要通知|紧急通知|补充通知|温馨提示|提示|提醒|公告|周报|双周报|日报|月报|周总结)】[^。！？；;，,:：]{4,30}$/;
/** A sentence that asks its readers for something: `请各单位…`, `请大家…`, `请你校…`. */
const asksReaders = /^请(?:各|你|您|大家|全体|所有|相关|有关)/;
/** The start of a purpose clause: `为深入贯彻…`, `为进一步加强…`, `为切实做好…`. */
const purposeClause = /^为(?:深入|进一步|全面|切实|认真|更好|加快|贯彻|落实|推动|加强|做好|确保|有效|积极|大力|扎实|持续|不断|着力|推进|规范|提升|提高|促进|保障|巩固)/;

/**
 * A piece's number in a compilation before its title, named with a word the title says again (`方案三：“温暖冬至”包饺子
 * 活动方案`, `活动二：…读书月活动方案`); a task's or a step's label (`任务一：制定工作方案`) names another word.
 */
function numbersPiece(label: string, rest: string): boolean {
  const m = namedNumber.exec(label);
  return m !== null && rest.includes(m[1] as string);
}
const namedNumber = /^([\u4e00-\u9fff]{2})[一二三四五六七八九十]{1,3}$/;

/**
 * A slogan before a colon, then the title (`稳中求进　实干争先：红星镇2025年工作计划`, as portals and year-end reports
 * head a page): a phrase or two of words, no field's label (`标题：…`, `来源：…`, `转发：…`), and after the colon a
 * title with its year.
 */
function slogansTitle(label: string, rest: string): boolean {
  return slogan.test(label) && !fieldLabel.test(label) && yearInTitle.test(rest) && rest.length >= 8;
}

const slogan = /^[\u4e00-\u9fff]{2,10}(?:[ ，,][\u4e00-\u9fff]{2,10})?$/;

const fieldLabel = /(?:标题|题目|名称|主题|来源|作者|链接|文件|事由|内容|摘要|关键词|栏目|专题|推荐|阅读|相关|转发|回复|答复|篇|文章|信息|公告|通知|附件|附表|议案|提案|建议)$/;

const yearInTitle = /(?:19|20)\d{2} ?(?:年|—|-|～)/;

// A cover's title spaced out letter by letter: `政　府　工　作　报　告`, `２ ０ １ ０ 年 工 作 总 结` (U+3000 is folded to a
// space, full-width digits to ASCII). One Han character or digit between runs of spaces: linear.
// (A year or a number kept whole among them: `皂 市 镇 2022 年 森 林 防 灭 火 工 作 实 施 方 案`.)
const spacedOut = /^(?:[\u4e00-\u9fff○〇]|\d{1,4})(?: +(?:[\u4e00-\u9fff○〇]|\d{1,4}))+$/;

/** Whether a (folded, trimmed) line is spaced out letter by letter. */
export function isSpacedOut(folded: string): boolean {
  return spacedOut.test(folded);
}

/** Whether a (folded, trimmed) line is a kind of two characters spaced out alone, as a notice's heading is: `公　　示`, `通　　知`. */
export function isSpacedKind(folded: string): boolean {
  if (folded.length > 8 || !spacedOut.test(folded)) return false;
  const solid = folded.replace(/ +/g, '');
  return solid.length === 2 && endingKind(solid) === solid;
}

/** A (folded, trimmed) line without the spaces between its letters when it is spaced out; the line otherwise. */
export function withoutLetterSpacing(folded: string): string {
  if (spacedOut.test(folded)) return folded.replace(/ +/g, '');
  // (With a remark in brackets after it, set solid: `劳 动 合 同 书（全日制用工·固定期限）`.)
  const open = Math.max(folded.lastIndexOf('（'), folded.lastIndexOf('('));
  if (open < 3 || !spacedRemark.test(folded.slice(open))) return folded;
  const spaced = folded.slice(0, open).trimEnd();
  return spacedOut.test(spaced) ? spaced.replace(/ +/g, '') + folded.slice(open) : folded;
}

/** A remark in brackets at the end of a spaced-out title: `（全日制用工·固定期限）`, `(试行)`. */
const spacedRemark = /^[(（][^()（）]{1,24}[)）]$/;

/**
 * Whether a (folded, trimmed) text reads as the title of a document of a kind that no section heading has: `…工作计划`,
 * `…实施方案`, not `保障措施` or `工作任务`.
 */
export function namesOwnKind(folded: string): boolean {
  const kind = endingKind(folded);
  return kind !== null && !weakDocumentKinds.has(kind) && looksLikeTitle(folded);
}
