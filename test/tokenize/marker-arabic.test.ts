import { markerArabic } from '../../src/tokenize/rules/marker-arabic.js';
import { expectTokens } from '../helpers/expect-tokens.js';

expectTokens(markerArabic, {
  valid: [
    // a day written with a middle dot after the marker, and a book's title after a lost delimiter: weak,
    ['2.3·15国际消费者权益日期间开展宣传', { style: 'arabic', number: 2, strength: 'weak' }],
    // a round ten of ten thousands or hundred millions with words after it: an item's title, weak
    ['3.10亿元以上重大项目（10分）。每引进1个得5分。', { style: 'arabic', number: 3, strength: 'weak' }],
    ['2、12·4国家宪法日前后组织宣传', { style: 'arabic', number: 2, strength: 'weak' }],
    ['7《活着》 余华', { style: 'arabic', number: 7, strength: 'weak' }],
    // a catalogue's code after the dot (no fraction: a title may start with its 0): weak
    ['１．0100-A-02500-440306　建设工程消防设计审查', { style: 'arabic', number: 1, strength: 'weak' }],
    // a day that names an occasion after an item's full-width dot (no section 1.3.15): weak, taken where the list expects it
    ['１．3.15消费者权益日宣传物料设计制作完成。', { style: 'arabic', number: 1, strength: 'weak' }],
    // a comma for the delimiter (OCR) before a quote: weak, as before a Han character
    ['4，“双减”政策落实情况', { style: 'arabic', number: 4, strength: 'weak', raw: '4，' }],
    // a comma in an item's own text is no row of values
    ['2,加强队伍建设,提升服务能力', { style: 'arabic', number: 2, strength: 'weak', raw: '2,' }],
    // a word that opens with a unit's character (`具体`, `升级`): a title, its delimiter lost
    ['3具体措施', { style: 'arabic', number: 3, strength: 'weak' }],
    // a number, a space, then a period's word that starts with a unit's character
    ['3　年度预算', { style: 'arabic', number: 3, strength: 'weak' }],
    // a day after the dot may be the date itself (May 6th): weak; a month after it is a title's start
    ['5.6号早上几点到校？', { style: 'arabic', number: 5, strength: 'weak' }],
    ['1.9月开展安全教育月活动', { style: 'arabic', number: 1, strength: 'strong' }],
    // clauses apart by ASCII commas, as text typed with ASCII punctuation writes them: a sentence, no row of values
    ['2,争取项目资金,完成6组,7组通组路硬化.', { style: 'arabic', number: 2, strength: 'weak', raw: '2,' }],
    ['2,坚持党员活动日制度,每月5号组织学习,开展志愿服务,走访困难党员', { style: 'arabic', number: 2, strength: 'weak', raw: '2,' }],
    // an agenda's item that starts with a time of day
    ['1.9:00—9:10　区委领导致辞', { style: 'arabic', number: 1, strength: 'strong', raw: '1.' }],
    ['3、9:40—10:00　表彰先进集体', { style: 'arabic', number: 3, strength: 'strong', raw: '3、' }],
    // a rating of two digits or more in Latin units opening a project's title: weak
    ['1.110kV城东变电站新建工程。', { style: 'arabic', number: 1, strength: 'weak', raw: '1.' }],
    ['2.35kV线路改造工程。', { style: 'arabic', number: 2, strength: 'weak', raw: '2.' }],
    // a rating with a fraction, a sum of three digits: weak
    ['4.0.4kV低压台区改造工程。', { style: 'arabic', number: 4, strength: 'weak', raw: '4.' }],
    ['2.100万元以上、400万元以下的，采用公开招标方式。', { style: 'arabic', number: 2, strength: 'weak', raw: '2.' }],
    ['4.10:00　分管区领导讲话', { style: 'arabic', number: 4, strength: 'strong', raw: '4.' }],
    // a decimal scheme's head before a year: weak
    ['1 2023年经营情况回顾', { style: 'arabic', number: 1, strength: 'weak', raw: '1' }],
    // words apart by spaces, no figure among them: an item, not a row
    ['2 加强组织领导 落实主体责任', { style: 'arabic', number: 2, strength: 'weak', raw: '2' }],
    // a title that names a technology or a formula: weak, taken where the list expects its number
    ['9.5G+智能制造。推动企业建设5G全连接工厂。', { style: 'arabic', number: 9, strength: 'weak', raw: '9.' }],
    ['3.3D打印及增材制造产业链', { style: 'arabic', number: 3, strength: 'weak' }],
    ['3.7×24小时智能客服建设行动', { style: 'arabic', number: 3, strength: 'weak' }],
    ['2、1+N政策体系', { style: 'arabic', number: 2, strength: 'weak' }],
    ['2、5G网络建设', { style: 'arabic', number: 2, strength: 'weak' }],
    ['1. 加强党的建设', { type: 'outlineMarker', style: 'arabic', number: 1, strength: 'strong', raw: '1.', delimiter: '.', width: 'half', contentColumn: 4 }],
    ['1.加强党的建设', { style: 'arabic', number: 1, strength: 'strong', raw: '1.', contentColumn: 3 }],
    // full-width digits and dot fold to `1.` for recognition; the raw marker stays as written
    ['１．加强党的建设', { style: 'arabic', number: 1, strength: 'strong', raw: '１．', delimiter: '．', width: 'full' }],
    ['12、完善制度', { style: 'arabic', number: 12, strength: 'strong', raw: '12、', delimiter: '、', width: 'none' }],
    ['\u3000\u30003．推进改革', { style: 'arabic', number: 3, raw: '3．', column: 3 }],
    ['1 . 加强领导', { style: 'arabic', number: 1, strength: 'strong', raw: '1 .' }],
    // a title that starts with a year is still item 2
    ['2.2024年重点工作', { style: 'arabic', number: 2, strength: 'strong' }],
    // a title that starts with a span of months after the delimiter
    ['2.4—5月：开展党纪学习教育。', { style: 'arabic', number: 2, strength: 'strong', raw: '2.' }],
    ['3、7-8月：组织暑期集中学习。', { style: 'arabic', number: 3, strength: 'strong', raw: '3、' }],
    ['4.9至10月：开展主题党日活动。', { style: 'arabic', number: 4, raw: '4.' }],
    // the delimiter missing: weak, accepted by the grammar only when the numbering expects 27
    ['27构建现代化教育体系', { style: 'arabic', number: 27, strength: 'weak', raw: '27', delimiter: '', contentColumn: 3 }],
    ['3 加强师资队伍建设', { style: 'arabic', number: 3, strength: 'weak', raw: '3' }],
    ['4，加强管理', { style: 'arabic', number: 4, strength: 'weak', delimiter: '，' }],
    ['1：完善分类设施。', { style: 'arabic', number: 1, strength: 'weak', delimiter: '：' }],
    ['2:加强宣传引导。', { style: 'arabic', number: 2, strength: 'weak', delimiter: ':' }],
    // the full stop a phone's keyboard types for the dot: sloppy, weak
    ['1。新流转土地80亩，合作社统一提供种苗。', { style: 'arabic', number: 1, strength: 'weak', raw: '1。', delimiter: '。' }],
    // a figure after a sloppy delimiter opens the title: weak
    ['2,60岁以上老人养老保险参保率达到100%。', { style: 'arabic', number: 2, strength: 'weak', raw: '2,' }],
    ['2：3月底前完成50亩撂荒地复垦。', { style: 'arabic', number: 2, strength: 'weak', raw: '2：' }],
    // a comma and a space, two spaces: sloppy typing, weak
    ['1， 抓好党员学习教育。', { style: 'arabic', number: 1, strength: 'weak', delimiter: '，', contentColumn: 4 }],
    ['4  防汛工作有序有力。', { style: 'arabic', number: 4, strength: 'weak', raw: '4', contentColumn: 4 }],
    ['4\u3000\u3000防汛工作有序有力。', { style: 'arabic', number: 4, strength: 'weak', raw: '4' }],
    // an HTML-to-Markdown converter escapes a number that starts a line
    ['1\\. 完善制度体系。', { style: 'arabic', number: 1, strength: 'strong', raw: '1\\.', delimiter: '.' }],
    // a title that starts with a span of years, or with a number, after a dot
    ['4.2024—2025年流感防控', { style: 'arabic', number: 4, strength: 'strong' }],
    ['2.3岁以下婴幼儿照护服务扩容', { style: 'arabic', number: 2, strength: 'weak', raw: '2.' }],
    ['3.12345热线诉求办理', { style: 'arabic', number: 3, strength: 'weak', raw: '3.' }],
    ['1.12345热线诉求办理', { style: 'arabic', number: 1, strength: 'weak', raw: '1.' }],
    // a month or a day cannot be a fraction: a marker whose title starts with a date
    ['1.9月开展安全教育月活动', { style: 'arabic', number: 1, strength: 'strong', raw: '1.' }],
    // after `、` a date is a title when its number does not follow the marker's (`3、4月份` is March and April)
    ['1、9月开展安全教育月活动', { style: 'arabic', number: 1, strength: 'weak', raw: '1、' }],
    ['2、20名安全员每日巡查', { style: 'arabic', number: 2, strength: 'weak', raw: '2、' }],
    ['3、1.5万元专项经费', { style: 'arabic', number: 3, strength: 'weak', raw: '3、' }],
    // after `、` the next number: a list of months, or an item whose title starts with it; weak either way
    ['3、4月份完成自查', { style: 'arabic', number: 3, strength: 'weak', raw: '3、' }],
    ['2、3月下旬开展春季环境卫生整治', { style: 'arabic', number: 2, strength: 'weak', raw: '2、' }],
    // the same after 1: two buildings, or item 1 about February (the grammar takes it where a list expects it)
    ['1、2号楼', { style: 'arabic', number: 1, strength: 'weak', raw: '1、' }],
    ['1、2月底前完成责任清单修订；', { style: 'arabic', number: 1, strength: 'weak', raw: '1、' }],
    // the whole of something, a date: weak, taken where the list expects the number
    ['2.100%的教师参加校本研修。', { style: 'arabic', number: 2, strength: 'weak', raw: '2.' }],
    ['2.9.10前完成教学进度表的上交。', { style: 'arabic', number: 2, strength: 'weak', raw: '2.' }],
    ['1.11.20—11.22组织期中考试', { style: 'arabic', number: 1, strength: 'weak', raw: '1.' }],
    // minutes and hours that start an item's title
    ['2.30分钟内到场处置', { style: 'arabic', number: 2, strength: 'weak' }],
    ['2.24小时值守机制完善行动', { style: 'arabic', number: 2, strength: 'weak' }],
    // a type, a valence, an age range or a strength that starts an item's title (health plans): weak
    ['4.2型糖尿病患者健康管理', { style: 'arabic', number: 4, strength: 'weak', raw: '4.' }],
    ['5.9价HPV疫苗接种', { style: 'arabic', number: 5, strength: 'weak', raw: '5.' }],
    ['2、0～6岁儿童健康管理', { style: 'arabic', number: 2, strength: 'weak', raw: '2、' }],
    ['3、35～64岁妇女两癌筛查', { style: 'arabic', number: 3, strength: 'weak', raw: '3、' }],
    ['2.0-3岁婴幼儿托育服务覆盖率达到30%。', { style: 'arabic', number: 2, strength: 'weak', raw: '2.' }],
    ['4．0—6岁儿童眼保健和视力检查', { style: 'arabic', number: 4, strength: 'weak' }],
    ['2.5%葡萄糖注射液250ml', { style: 'arabic', number: 2, strength: 'weak', raw: '2.' }],
    // a chemical's name that starts with its locant or mass number
    ['1.25-羟维生素D检测', { style: 'arabic', number: 1, strength: 'weak', raw: '1.' }],
    ['2、17-羟孕酮检测', { style: 'arabic', number: 2, strength: 'weak', raw: '2、' }],
    ['3、125-I放射免疫试剂替换', { style: 'arabic', number: 3, strength: 'weak' }],
    // `本年度`, `本公司` after a number and a space: words, no count
    ['1 本年度报告摘要来自年度报告全文', { style: 'arabic', number: 1 }],
    ['1.0.9%氯化钠注射液500ml', { style: 'arabic', number: 1, strength: 'weak', raw: '1.' }],
    // 支持 is a word, not 27 支 (teams)
    ['27支持民办教育发展', { style: 'arabic', number: 27, strength: 'weak', raw: '27' }],
    // a numbered machine or building after the marker (`1#塔吊`): weak, taken where the list expects it
    ['3、1#塔吊基础排水沟被建筑垃圾堵塞', { style: 'arabic', number: 3, strength: 'weak', raw: '3、' }],
    ['3.1#塔吊基础排水沟堵塞', { style: 'arabic', number: 3, strength: 'weak', raw: '3.' }],
    // 组织 and 队伍 are words, not 3 组 (groups) or 27 队 (teams)
    ['3组织保障', { style: 'arabic', number: 3, strength: 'weak', raw: '3' }],
    ['27队伍建设', { style: 'arabic', number: 27, strength: 'weak', raw: '27' }],
  ],
  invalid: ['5.3条的要求保存记录', '7.5.3条规定的方法', '1道 赵雪（翠苑） 2道 钱晓婷', '2棒 孙丽', 
    // a century at a paragraph's start
    '20世纪90年代，美国学者提出“逆向设计”理论。',
    // a decimal figure spaced digit by digit at a wrapped line's start
    '1 . 5 万人以上。',
    // a span of time and a clause's end: a sentence's figure at a wrapped line's start (`1.24小时值守…` is an item)
    '2.5小时。',
    '1.5天），',
    // a school year of the Republic of China calendar
    '113學年度校務工作計畫',
    '112学年第一学期工作计划',
    // a group or a team counted in a reply
    '1组：老人12人，志愿者4人',
    '3队：老人15人',
    // supplies counted at a line's start, in units of one character or of two
    '2瓶备用氯气存放于加氯间',
    '4具正压式空气呼吸器放置于中控室',
    '2公斤活性炭粉由运行班组投加',
    '10立方米应急储水',
    // a row of comma-separated values in an export
    '3,2019年全市水利工作总结,市水利局,2020-01-08,',
    '1,关于做好2020年汛期值班工作的通知,市水利局,2020-04-10,',
    // a table's row, its cells apart by single spaces, one a figure
    '1 城关镇 96.35 优秀',
    '3 石门镇 91.27 良好 ↑1',
    // a ratio is no time of day
    '4:1的比例配备',
    // a share of less than the whole, a number that is no date
    '2.50%的资金用于奖励',
    // a share, not a strength: what it measures does not follow the sign
    '3.5%以上的企业完成改造',
    '2.5%左右',
    // a score, a frequency or a size after the point: a quantity
    '2.5分；',
    '2.5GHz，内存512GB',
    '1.5TB存储空间',
    // a measure cut to a line's start by the wrap of a technical scheme
    '1.5m，顶层水平杆距梁底不大于0.5m。',
    '1.2m³混凝土',
    '1.5MPa，持荷时间不少于',
    '1.5h内完成',
    '2.5t以下',
    // rainfall, a volume, an earthquake's magnitude
    '2.5毫米以上的降雨',
    '2.3立方米/秒',
    '6.2级地震造成部分房屋倒塌',
    '4.5级以上地震',
    // a sum with a fraction of one or two digits at a wrap's start: a quantity
    '386.40万元。',
    '2.35万元用于培训',
    '3.12.40前',
    // a forum's reply header: 楼 counts floors
    '4楼 2024-01-08 13:40',
    '2020年全市教育工作',
    // a ratio or a table cell
    '4.9/5.1',
    '0.8/0.9',
    '2、3/4以上',
    '1 200元',
    '1.5万人次参加培训',
    '3月20日召开会议',
    '2.0行动计划',
    '288563.com',
    // an address cut by the wrap before its domain
    '163.com。',
    '126.com，联系电话：0791-86213457',
    '0. 零号',
    '12,000元',
    '1000. 加强',
    '5个方面',
    '30多所学校',
    '1.5',
    // a comma and a space before another number: a list of numbers
    '1， 2， 3',
    // three spaces: a table's cells
    '1   县发改局',

    '1.2.3',
    '10、20、30',
    // quantities whose unit follows the number directly
    '2小时内完成网络直报',
    '3起漏报事件已处理',
    '27支队伍参加比武',
    // a range of numbers
    '1至11月，共排查化解矛盾纠纷412起',
    '3到5年内基本建成',
    // decimal quantities
    '2.3万名农村劳动力实现转移就业',
    '3.5%的城镇调查失业率',
    '2.5个百分点',
    '加强1.',
    '10:30召开会议',
    // a time of day or a number of thousands, not a figure after a sloppy delimiter
    '8:30签到',
    '2,600名考生参加',
    '3。',
    '2，3、4月份',
    '1:500比例尺地形图',
  ],
});
