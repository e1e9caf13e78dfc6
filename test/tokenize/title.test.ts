import { title } from '../../src/tokenize/rules/title.js';
import { expectTokens } from '../helpers/expect-tokens.js';

expectTokens(title, {
  valid: [
    // a comma inside the remark that ends the title
    ['市场部工作周报（2025年第10周，3月3日—3月7日）', { type: 'titleCandidate' }],
    ['2023年工作要点', { type: 'titleCandidate' }],
    // a notice's kind of two characters spaced out alone
    ['公　　示', { type: 'titleCandidate' }],
    ['通 知', { type: 'titleCandidate' }],
    ['\u3000\u3000市教育局2024年工作计划', { type: 'titleCandidate', column: 3 }],
    ['关于印发2020年工作要点的通知', { type: 'titleCandidate' }],
    // Q&A pages and charts told in text beside a policy
    ['职工基本医疗保险门诊共济保障政策一问一答', { type: 'titleCandidate' }],
    ['个人所得税汇算清缴百问百答', { type: 'titleCandidate' }],
    ['《XX市促进消费若干措施》图解', { type: 'titleCandidate' }],
    // replies, reports and teaching documents
    ['关于市十五届人大二次会议第118号建议的答复', { type: 'titleCandidate' }],
    ['关于企业职工是否属于工伤认定范围的答复', { type: 'titleCandidate' }],
    ['市场部工作周报', { type: 'titleCandidate' }],
    ['2025年4月工作日志', { type: 'titleCandidate' }],
    ['《高等数学》课程教学大纲', { type: 'titleCandidate' }],
    ['护理专业教学进程表', { type: 'titleCandidate' }],
    // a company's procedures, instructions and job descriptions
    ['不合格品控制程序', { type: 'titleCandidate' }],
    ['高低压配电房运行操作作业指导书', { type: 'titleCandidate' }],
    ['前台接待员岗位职责说明书', { type: 'titleCandidate' }],
    // a procedure written out as steps
    ['某卫生院火灾应急处置流程', { type: 'titleCandidate' }],
    // in bold or under a heading's mark, left in text a crawler saved
    ['**某县2024年稳就业行动方案**', { type: 'titleCandidate' }],
    ['# 某县教育局2024年工作要点', { type: 'titleCandidate' }],
    // emoji on both sides, or after it (a decoration, as before it)
    ['🏮中秋节员工关怀活动方案🏮', { type: 'titleCandidate' }],
    ['2024年重阳节敬老活动方案 🍂✨', { type: 'titleCandidate' }],
    ['2024年全区教育工作要点（征求意见稿）', { type: 'titleCandidate' }],
    ['教育和体育局2024年工作要点汇编(7篇)', { type: 'titleCandidate' }],
    // a compilation of selected rules, numbered by volume
    ['清河中学管理制度选编（一）', { type: 'titleCandidate' }],
    // a motion's label and a colon before its title; a meeting's papers bound together
    ['议案一：关于2024年度董事会工作报告的议案', { type: 'titleCandidate' }],
    ['南湖科技股份有限公司2024年年度股东大会会议资料', { type: 'titleCandidate' }],
    // one piece of a collection, numbered after its title
    ['个人年终工作总结 篇1', { type: 'titleCandidate' }],
    ['幼儿园教师个人工作计划篇二', { type: 'titleCandidate' }],
    ['《2019年教育工作总结》', { type: 'titleCandidate' }],
    ['东湾村村规民约', { type: 'titleCandidate' }],
    ['桐林二中家庭经济困难学生认定申请表', { type: 'titleCandidate' }],
    ['2022年度安平县卫生健康委员会部门决算', { type: 'titleCandidate' }],
    // meeting papers: a motion under its label, a proposal
    ['议案一　关于公司2024年度经营计划的议案', { type: 'titleCandidate' }],
    ['关于加快推进老旧小区改造的提案', { type: 'titleCandidate' }],
    ['清溪镇人民政府2019年政府信息公开工作情况统计表', { type: 'titleCandidate' }],
    // published beside a plan; a remark inside the closing 》
    ['《清源县2019年农村人居环境整治实施方案》政策解读', { type: 'titleCandidate' }],
    ['县教育局负责人就《课后服务工作实施方案》答记者问', { type: 'titleCandidate' }],
    ['市政府新闻办举行《综合交通运输发展规划》新闻发布会', { type: 'titleCandidate' }],
    ['一图读懂《平安县乡村振兴战略实施方案（2018—2022年）》', { type: 'titleCandidate' }],
    // an HTML entity left as text: its `;` is no sentence punctuation
    ['实验小学2023&mdash;2024学年德育工作计划', { type: 'titleCandidate' }],
    ['开展&ldquo;双减&rdquo;专项工作方案', { type: 'titleCandidate' }],
    // a headline: a slogan in two halves before a dash and the document it heads; two documents in one line
    ['凝心聚力促团结，依法管理促和谐——某市民族宗教事务局2016年工作总结', { type: 'titleCandidate' }],
    ['某县民政局2023年工作总结，2024年工作打算', { type: 'titleCandidate' }],
    ['保障措施', { type: 'titleCandidate' }],
    ['XX中学2024年防汛防台应急预案', { type: 'titleCandidate' }],
    ['【2013年乡镇农业技术推广工作计划】', { type: 'titleCandidate' }],
    ['某公司员工手册', { type: 'titleCandidate' }],
    ['关于开展“珍爱生命，预防溺水”专题教育活动的通知', { type: 'titleCandidate' }],
    ['“不忘初心，牢记使命”主题党日活动方案', { type: 'titleCandidate' }],
    ['政　府　工　作　报　告', { type: 'titleCandidate' }],
    ['２ ０ １ ０ 年 全 县 教 育 工 作 总 结', { type: 'titleCandidate' }],
    // a collection's piece under its label, a count of pieces after the kind, a lesson's text, a pledge
    ['篇一：社区工作计划', { type: 'titleCandidate' }],
    ['第2篇 社区工作计划', { type: 'titleCandidate' }],
    ['社区工作计划精选3篇', { type: 'titleCandidate' }],
    ['某小学党支部2024年第一季度专题党课讲稿', { type: 'titleCandidate' }],
    ['某区教育系统党员干部廉洁从教承诺书', { type: 'titleCandidate' }],
  ],
  invalid: [
    // two characters spaced out that name no kind
    '张　　三',
    // a checklist's question asks whether a document exists, names none
    '是否建立健全安全生产责任制',
    '是否与分包单位签订安全生产管理协议书',
    '有无编制应急预案',
    '指标 2024年 2025年 省定目标 完成情况',
    '**注意**',
    // a table's header row, with 序号 or cells apart by runs of spaces
    '序号　考核内容　分值　评分标准',
    '周次    起止日期        主要工作安排',
    // a table's row with cells apart by bars
    '1|9月2日—9月8日|开学工作检查、制订各类计划',
    // a label other than an attachment's or a piece's
    '来源：社区工作计划',
    '# 为加强管理，制定本方案。',
    // a channel's label after a decoration: two characters are no title
    '📢 公告',
    // a post's label in 【】
    '【群公告】',
    '【通知】',
    // commas of a sentence, not of a headline: no dash, or a half before the comma that names no document
    '为做好2024年防汛工作，制定本方案',
    '结合我县实际，现制定如下工作方案',
    '经研究，决定印发本实施方案——请遵照执行。',
    // a website's sections (menu items, disclosure columns) that end like a kind
    '通知公告',
    '规划计划',
    '计划总结',
    '2023;2024学年工作计划',
    // a table's or a figure's caption
    '表2　2022年中考成绩统计表',
    '图1 2024年学位供给情况汇总表',
    // a box's heading inside a report's section
    '专栏1　2025年重点任务',
    '专栏：十件民生实事工作安排',
    // a schedule's row, its week or dates first
    '第8周　第一次月考及总结',
    '3.25—3.29　第一次月考及总结',
    '第1—2周　制订教研组工作计划',
    // …or its part of a month
    '7月上旬 期末考试、学期总结',
    '十月份　制定下学期工作计划',
    // a step of a procedure or a chart
    '第二步 审核公示',
    '步骤3：提交申报材料',
    // a flow chart's box
    '总指挥研判 → 启动应急预案',
    '事故发生→企业先期处置→信息报告（区应急管理局、行业主管部门）',
    // a table's header row flattened with tabs
    '责任单位\t主要职责',
    '项目名称\t建设内容\t实施方案',
    '班级评议小组意见\t\u3000',
    '要点',
    '加强党的建设',
    '现将2023年工作要点印发给你们，请结合实际认真贯彻落实。',
    '制定年度工作计划：',
    '各学校要认真落实工作方案；',
    '要“学深悟透”，制定工作方案',
    '工 作 总 结 了 经 验',
    `${'很长的标题'.repeat(20)}计划`,
    // a sentence that cites a document, wrapped before its end
    '按照市教育局关于印发《2024年全市教育督导工作要点》的通知',
    '根据《XX市学校安全管理办法》',
    '详见《2024年防汛工作方案》',
    // a notice's sentence that hands on the document, wrapped before `印发给你们`
    '现将《清江市应急管理系统安全生产治本攻坚三年行动实施方案（2024—2026年）》',
    // a chat group's pinned message, an app's label and its notice of a post
    '群公告',
    '企业微信·汇报',
    '城东社区 主任 李明 提交了汇报',
  ],
});
