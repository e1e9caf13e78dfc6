import fc from 'fast-check';
import { expect, test } from 'vitest';
import { anchoredFirst, isPageCrumb, isSiteFooter, looksLikeNavigation, navigation } from '../../src/tokenize/rules/navigation.js';
import { expectTokens } from '../helpers/expect-tokens.js';

expectTokens(navigation, {
  valid: [
    ['声明：本站文章均来自网络，如有侵权请联系我们删除。', { type: 'noise', kind: 'navigation' }],
    // a portal's disclaimer under an article, a sentence
    ['免责声明：本文仅代表作者个人观点，与本网无关。', { type: 'noise', kind: 'navigation' }],
    // a scanning app's watermark at a photographed page's foot
    ['扫描全能王 创建', { type: 'noise', kind: 'navigation' }],
    ['由 扫描全能王 扫描创建', { type: 'noise', kind: 'navigation' }],
    // what a copy left of a picture or a video
    ['[图片]', { type: 'noise', kind: 'navigation' }],
    ['【视频】', { type: 'noise', kind: 'navigation' }],
    ['[图片2]', { type: 'noise', kind: 'navigation' }],
    // an image viewer's count and menu; a WeChat post's collection and its tag
    ['4/9                              ⋯', { type: 'noise', kind: 'navigation' }],
    ['收录于合集', { type: 'noise', kind: 'navigation' }],
    ['#年度总结 3个', { type: 'noise', kind: 'navigation' }],
    // link-list headings framed by marks, and a teaser of the next post
    ['▼往期推荐▼', { type: 'noise', kind: 'link-list' }],
    ['—— 往期回顾 ——', { type: 'noise', kind: 'link-list' }],
    ['往期推荐👇', { type: 'noise', kind: 'link-list' }],
    // a sidebar's ranked list, its heading; the comments' heading below an article, with the site's note, and an empty list
    ['热点排行', { type: 'noise', kind: 'link-list' }],
    ['网友评论：（只显示最新10条。评论内容只代表网友观点，与本站立场无关！）', { type: 'noise', kind: 'navigation' }],
    ['【发表评论】', { type: 'noise', kind: 'navigation' }],
    ['没有任何评论', { type: 'noise', kind: 'navigation' }],
    ['下期预告：五丰村2024年乡村振兴工作计划', { type: 'noise', kind: 'link-list' }],
    // screenshot chrome: a WPS toolbar, Safari's address bar with its lock and reload, a bar of icons, Wi-Fi read as 令
    ['工具      编辑      适应手机      分享', { type: 'noise', kind: 'navigation' }],
    ['AA      ⓐ beilin.gov.cn      ↻', { type: 'noise', kind: 'navigation' }],
    ['〈     〉     ⇧     ⊞     ⧉', { type: 'noise', kind: 'navigation' }],
    ['.ıll 令 52', { type: 'noise', kind: 'navigation' }],
    ['10:27 ⊙ 🔔 · ✉ 令 5G ııl 77', { type: 'noise', kind: 'navigation' }],
    // a mail's attached file, its name starting with a year
    ['2025年食品安全监督抽检实施方案（定稿）.docx', { type: 'noise', kind: 'navigation' }],
    ['工具 适应手机 播放 分享', { type: 'noise', kind: 'navigation' }],
    ['传阅 办理 更多', { type: 'noise', kind: 'navigation' }],
    // a text browser's list of the page's links (lynx -dump) and its headings
    ['References', { type: 'noise', kind: 'navigation' }],
    ['Visible links:', { type: 'noise', kind: 'navigation' }],
    ['12. http://www.bjpg.gov.cn/pgqrmzf/zwgk/', { type: 'noise', kind: 'navigation' }],
    ['3. javascript:window.print()', { type: 'noise', kind: 'navigation' }],
    ['1. #main', { type: 'noise', kind: 'navigation' }],
    ['5. https://www.shqp.gov.cn/wsj/zwgk/index.html?id=12&type=2', { type: 'noise', kind: 'navigation' }],
    // a copyright line of the footer
    ['© 了解版权计划', { type: 'noise', kind: 'navigation' }],
    ['Copyright © 2024 某某市人民政府', { type: 'noise', kind: 'navigation' }],
    ['当前位置：首页 > 通知公告', { type: 'noise', kind: 'navigation' }],
    ['您的位置:首页>工作动态', { type: 'noise', kind: 'navigation' }],
    ['首页 > 政务公开 > 计划总结', { type: 'noise', kind: 'navigation' }],
    ['【打印本页】 【关闭窗口】', { type: 'noise', kind: 'navigation' }],
    ['【打印本页】【关闭窗口】', { type: 'noise', kind: 'navigation' }],
    ['【字体：大 中 小】【打印】【关闭】', { type: 'noise', kind: 'navigation' }],
    ['打印 关闭', { type: 'noise', kind: 'navigation' }],
    ['[政府OA] 无障碍版 | rss订阅 | 繁体版', { type: 'noise', kind: 'navigation' }],
    ['设为首页 加入收藏', { type: 'noise', kind: 'navigation' }],
    ['您当前的位置：首页 > 信息公开', { type: 'noise', kind: 'navigation' }],
    ['上一篇：2022年工作总结', { type: 'noise', kind: 'navigation' }],
    ['下一篇：关于做好2023年春季开学工作的通知', { type: 'noise', kind: 'navigation' }],
    ['版权所有：XX市教育局 ICP备12345678号', { type: 'noise', kind: 'navigation' }],
    ['分享到：', { type: 'noise', kind: 'navigation' }],
    ['主办单位：某市人民政府办公室 承办单位：某市政务服务数据管理局', { type: 'noise', kind: 'navigation' }],
    ['联系我们 | 网站声明', { type: 'noise', kind: 'navigation' }],
    ['English', { type: 'noise', kind: 'navigation' }],
    ['无障碍浏览　长者模式', { type: 'noise', kind: 'navigation' }],
    ['首页 | 机构概况 | 政务公开 | 办事服务 | 互动交流 | English', { type: 'noise', kind: 'navigation' }],
    // the heading of a list of links: the grammar takes the list below it as noise too
    ['相关文章：', { type: 'noise', kind: 'link-list' }],
    ['喜欢此内容的人还喜欢', { type: 'noise', kind: 'link-list' }],
    // under a decoration
    ['🔗 相关链接', { type: 'noise', kind: 'link-list' }],
    ['▶往期推荐', { type: 'noise', kind: 'link-list' }],
    ['点击上方蓝字 关注我们', { type: 'noise', kind: 'navigation' }],
    // a 公众号's prompt to follow it, a sentence
    ['点击上方蓝字关注我们，每天分享优质教案！', { type: 'noise', kind: 'navigation' }],
    ['↑点击上方“某某发布”，关注我们', { type: 'noise', kind: 'navigation' }],
    // a post's counts of reads and likes
    ['阅读 1.3万', { type: 'noise', kind: 'navigation' }],
    ['阅读 1286  赞 15  在看 3', { type: 'noise', kind: 'navigation' }],
    ['网站首页　走进水务　新闻中心　企业党建　安全生产', { type: 'noise', kind: 'navigation' }],
    ['[首页](http://www.nanhu.gov.cn/) > 政务公开 > 正文', { type: 'noise', kind: 'navigation' }],
    ['你可能感兴趣的文章', { type: 'noise', kind: 'link-list' }],
    // a WeChat repost's byline and editor's note, a download site's counters
    ['原创 南湖教育发布 南湖教育发布 2024-01-05 18:20 发表于浙江', { type: 'noise', kind: 'navigation' }],
    ['编者按：今天推送一位校长的年度述职报告，供大家学习交流。', { type: 'noise', kind: 'navigation' }],
    ['5下载券  已有312人下载', { type: 'noise', kind: 'navigation' }],
    ['附件下载', { type: 'noise', kind: 'link-list' }],
    ['推荐阅读：某市2024年教育工作要点', { type: 'noise', kind: 'link-list' }],
    ['热点信息', { type: 'noise', kind: 'link-list' }],
    ['阅读排行', { type: 'noise', kind: 'link-list' }],
    ['点击排行榜：', { type: 'noise', kind: 'link-list' }],
    // a 范文 site's list of what other readers opened, its button that unfolds the text, its bare address
    ['看了“班主任个人工作计划范文”的人还看了：', { type: 'noise', kind: 'link-list' }],
    ['看了“护士个人工作计划”的人还看了', { type: 'noise', kind: 'link-list' }],
    ['你可能还想看', { type: 'noise', kind: 'link-list' }],
    ['展开阅读全文', { type: 'noise', kind: 'navigation' }],
    ['点击下载全文', { type: 'noise', kind: 'navigation' }],
    ['www.docin.com', { type: 'noise', kind: 'navigation' }],
    ['wenku.baidu.com', { type: 'noise', kind: 'navigation' }],
    // a breadcrumb taken one element per line: its separators alone
    ['>', { type: 'noise', kind: 'navigation' }],
    ['»', { type: 'noise', kind: 'navigation' }],
    ['>>', { type: 'noise', kind: 'navigation' }],
    // a breadcrumb of two parts
    ['XX市职业技术学校 > 通知公告', { type: 'noise', kind: 'navigation' }],
    ['党建园地 > 支部建设', { type: 'noise', kind: 'navigation' }],
    ['学校概况»规章制度', { type: 'noise', kind: 'navigation' }],
    ['XX学校 / 通知公告', { type: 'noise', kind: 'navigation' }],
    ['本文链接：http://www.example.gov.cn/art/2024/2/20/art_1229_3456789.html', { type: 'noise', kind: 'navigation' }],
    // forum, blog and document-sharing pages
    ['中学语文网论坛 › 教学教研 › 教研组建设', { type: 'noise', kind: 'navigation' }],
    ['清河街道办事处 >> 工作动态 >> 计划总结', { type: 'noise', kind: 'navigation' }],
    ['查看: 1523|回复: 12', { type: 'noise', kind: 'navigation' }],
    ['新余市渝水区第二幼儿园2024年春季学期保教工作计划.docx', { type: 'noise', kind: 'navigation' }],
    ['本文档由用户上传，如有侵权请联系删除', { type: 'noise', kind: 'navigation' }],
    ['http://blog.sina.com.cn/wanglaoshi2016', { type: 'noise', kind: 'navigation' }],
    ['[复制链接]', { type: 'noise', kind: 'navigation' }],
    ['相关文档', { type: 'noise', kind: 'link-list' }],
    ['往期推荐', { type: 'noise', kind: 'link-list' }],
    // breadcrumbs with other separators
    ['首页 » 信息公开 » 规划计划', { type: 'noise', kind: 'navigation' }],
    ['首页 › 政务公开 › 计划总结', { type: 'noise', kind: 'navigation' }],
    ['首页 - 信息公开 - 规划计划', { type: 'noise', kind: 'navigation' }],
    // a list of links whose heading names the article, or lists related files
    ['【社区2024年工作计划】相关文章：', { type: 'noise', kind: 'link-list' }],
    ['【2023年个人述职报告【三篇】】相关文章：', { type: 'noise', kind: 'link-list' }],
    ['相关文章推荐：', { type: 'noise', kind: 'link-list' }],
    ['相关范文：', { type: 'noise', kind: 'link-list' }],
    ['相关公告：', { type: 'noise', kind: 'link-list' }],
    ['猜你感兴趣：', { type: 'noise', kind: 'link-list' }],
    ['更多相关范文：', { type: 'noise', kind: 'link-list' }],
    ['你可能也喜欢：', { type: 'noise', kind: 'link-list' }],
    ['同类文章：', { type: 'noise', kind: 'link-list' }],
    ['为您推荐：', { type: 'noise', kind: 'link-list' }],
    ['相关热搜', { type: 'noise', kind: 'link-list' }],
    ['相关专题：', { type: 'noise', kind: 'link-list' }],
    ['相关文件：', { type: 'noise', kind: 'link-list' }],
    // a list's heading in 【】
    ['【相关推荐】', { type: 'noise', kind: 'link-list' }],
    ['【猜你喜欢】', { type: 'noise', kind: 'link-list' }],
    // a site's banner, a page's title bar of keywords
    ['示例范文网 - 免费范文下载_工作总结_工作计划_述职报告', { type: 'noise', kind: 'navigation' }],
    ['东坡文库 | 海量文档免费下载', { type: 'noise', kind: 'navigation' }],
    ['工作总结_工作计划_述职报告_心得体会', { type: 'noise', kind: 'navigation' }],
    ['首页 | 政务公开 | 办事服务', { type: 'noise', kind: 'navigation' }],
    // a phone's status bar and an app's title bar, left in the text of a screenshot
    ['9:42', { type: 'noise', kind: 'navigation' }],
    ['10:12 ⊙ 5G 70', { type: 'noise', kind: 'navigation' }],
    ['15:26 0.8K/s ⊙ 5G 76', { type: 'noise', kind: 'navigation' }],
    ['＜ 新化县教育局2023年工作总… ⋮', { type: 'noise', kind: 'navigation' }],
    ['×                                  ⋯', { type: 'noise', kind: 'navigation' }],
    ['＜ 返回                     …', { type: 'noise', kind: 'navigation' }],
    ['＜ 返回', { type: 'noise', kind: 'navigation' }],
    ['＜ 城东街道安委办工作群(46) ···', { type: 'noise', kind: 'navigation' }],
    // a title bar as OCR splits it: back alone, back and the page's name after a gap, the menu's dots alone
    ['<', { type: 'noise', kind: 'navigation' }],
    ['×', { type: 'noise', kind: 'navigation' }],
    ['<  政务公开', { type: 'noise', kind: 'navigation' }],
    ['<  晋江新闻网  关注', { type: 'noise', kind: 'navigation' }],
    ['<  2023年总结及2024年计划.docx', { type: 'noise', kind: 'navigation' }],
    ['⋯', { type: 'noise', kind: 'navigation' }],
    ['⋮', { type: 'noise', kind: 'navigation' }],
    ['···', { type: 'noise', kind: 'navigation' }],
    // a chat's input bar at a screenshot's foot
    ['⊕ 按住 说话 ☺ ⊕', { type: 'noise', kind: 'navigation' }],
    ['中国移动 4G 下午3:26 85%', { type: 'noise', kind: 'navigation' }],
    ['中国联通 5G 上午8:48 60%', { type: 'noise', kind: 'navigation' }],
    ['AA www.ningchuan.gov.cn', { type: 'noise', kind: 'navigation' }],
    ['.ıll 5G 76', { type: 'noise', kind: 'navigation' }],
    ['〈  2024年信息中心工作计划  ☆  ···', { type: 'noise', kind: 'navigation' }],
    ['评论   分享   目录', { type: 'noise', kind: 'navigation' }],
    ['编辑            分享', { type: 'noise', kind: 'navigation' }],
    ['===== IMG_3021.PNG =====', { type: 'noise', kind: 'navigation' }],
    // a document-sharing site's numbered notice below the text, sentences too
    ['1、本文档共5页，可阅读全部内容。', { type: 'noise', kind: 'navigation' }],
    ['3、本文档由用户上传，本站不保证质量和数量令人满意，付费之前请仔细阅读。', { type: 'noise', kind: 'navigation' }],
    ['4、网站客服QQ：1234567890', { type: 'noise', kind: 'navigation' }],
    ['1. 本站所有资源如无特殊说明，都需要本地电脑安装OFFICE2007和PDF阅读器。', { type: 'noise', kind: 'navigation' }],
    ['3. 下载前请仔细阅读文档内容，确认文档内容符合您的需求后进行下载。', { type: 'noise', kind: 'navigation' }],
    ['2.下载文档扣除积分后，可在“我的下载”中重复下载，不重复扣分。', { type: 'noise', kind: 'navigation' }],
    // a sharing site's watermark heading each page
    ['精品文档 · 下载后可编辑', { type: 'noise', kind: 'navigation' }],
    // a page's pager between the pages of an article
    ['第1页　第2页　下一页', { type: 'noise', kind: 'navigation' }],
    ['上一页 1 2 3 下一页', { type: 'noise', kind: 'navigation' }],
    ['下一页', { type: 'noise', kind: 'navigation' }],
    // a site's disclaimer about where its texts come from
    ['本站部分内容来源于网络，如有侵权请联系删除。', { type: 'noise', kind: 'navigation' }],
    ['本文由范文网整理，转载请注明出处。', { type: 'noise', kind: 'navigation' }],
    ['本站部分内容来源于网络，如有侵犯您的权益，请联系我们删除。', { type: 'noise', kind: 'navigation' }],
    // a link to the policy's interpretation page
    ['【图解】2024年全市卫生健康工作要点', { type: 'noise', kind: 'navigation' }],
    ['【解读】一图读懂《2024年全省卫生健康工作要点》', { type: 'noise', kind: 'navigation' }],
    ['[政策解读]《XX市促进消费若干措施》解读', { type: 'noise', kind: 'navigation' }],
  ],
  invalid: [
    '第1页共3页的说明材料',
    // comments spoken of in a text
    '网友评论较多的问题要及时回应',
    '暂无评论意见的单位视为同意。',
    '1. 本站职工食堂每日供应早餐。',
    '本站工作人员要增强侵权风险意识',
    // an item that speaks of a document in a plan
    '1、本文档规定了学校实验室安全管理的要求。',
    '[图片说明]',
    '——加强往期推荐工作——',
    '【图片新闻】',
    '1.食品安全监督抽检实施方案.docx',
    '* * *',
    '→ 1 →',
    '工具和设备',
    '1. 加强https://相关平台建设',
    'References to the plan',
    // a time with words after it, no time of day
    '9:00 召开全体教师大会',
    '中国移动通信集团公司2024年工作要点',
    '【一】政策解读',
    '完成率达到95%',
    '分享经验做法',
    '25:30',
    // the words of a text, not a site's links; a numbered heading's words are the text's
    '（二）无障碍环境建设',
    '推进公共场所无障碍设施改造',
    '(b) Develop a bilingual Chinese-English pathway from Grade 1 to Grade 10',
    '五、联系我们',
    // a title that names a website's plan, a title with one underscore
    '某市政府网站2024年工作报告',
    '2024年网站建设工作计划_定稿',
    // a table's rows with cells apart by bars
    '序号 | 重点任务 | 责任单位 | 完成时限',
    '1 | 新增高效节水灌溉面积2万亩 | 县水利局 | 2025年12月',
    '| 12 | 成立工作专班 | 县政府办 |',
    '2023 / 2024学年第二学期工作计划',
    '编制依据', // not an editor's note
    '首页设计规范与实施要求', // no menu
    '[1]《中华人民共和国教育法》',
    '论文发表于核心期刊的，给予奖励。',
    '可能存在的风险及应对措施',
    '1.确保收入>支出',
    '空气优良率>85%',
    // a share alone: the last word of a sentence the wrap cut, no battery's charge
    '50%',
    '一、质量>数量',
    '2023/2024学年工作计划',
    '一、加强首页建设。',
    '首页-尾页设计规范',
    '关闭违规校外培训机构。',
    '返回式教学方法的改进与推广应用',
    '收藏【典型案例】汇编',
    '当前位置：首页 > 新闻。',
    // `！` and `？` are folded to `!` and `?` before the rules see the line: still sentence punctuation.
    '当前位置：首页 > 新闻！',
    '首页 > 政务公开 > 计划总结？',
    // a figure the wrap put on a line of its own before a clause's punctuation, no battery's charge
    '100%；',
    '95%。',
    '2023年工作要点',
    '位置调整后的学校布局规划',
    '上一篇文章的观点值得商榷。',
    '相关文章的转载须注明出处',
    '主办方负责场地布置',
    // an attachment's file name is the document's own text
    '1.某市教育局2024年工作要点.pdf',
    '附件：某县学生资助实施方案.docx',
    '查看详情请登录平台',
    '要求全体教师认真阅读全文，领会精神。',
    '看了这份计划的同志都表示赞同，认为切实可行。',
  ],
});

// The patterns as one regex per concern (the form they were first written in), as the oracle for the split ones.
const oracle = {
  where: /^(?:您)?(?:当前|现在|所在)?的?位置[:：]/,
  tools: /^(?:【?(?:打印本页|打印|关闭窗口|关闭|返回顶部|返回|收藏|分享到?|字体|字号)】?)(?:[:： ]|$)|^【(?:打印本页|打印|关闭窗口|关闭|返回顶部|返回|收藏|分享到?|字体|字号)】【|(?:设为首页|加入收藏|网站地图|无障碍(?:版|浏览|阅读|模式)|^无障碍$|无障碍 ?[|｜/]|[|｜/] ?无障碍|rss订阅|繁体版|^English$|English ?[|｜/]|[|｜/] ?English|扫一扫)/i,
  breadcrumbs: /(?:首页|主页) ?(?:>|》|→|\/|»|›|- )/,
  footer:
    /^(?:上一篇|下一篇|上一条|下一条|上一页|下一页|本文链接|原文链接|本页网址|本文网址)[:： ]|^(?:主办|承办|协办|维护)(?:单位)?[:：]|版权所有|ICP备|网站标识码|技术支持[:：]|联系我们|我要纠错|网站声明|隐私声明|^分享到[:：]?$|^【?(?:上一篇|下一篇|上一条|下一条|上一页|下一页)】?$/,
  links:
    /^(?:【[^】]{1,40}】】?)?【?(?:相关链接|相关文章|相关阅读|相关新闻|相关信息|相关稿件|相关推荐|相关资讯|相关文件|相关政策|相关解读|相关附件下载|相关附件|相关下载|附件下载|推荐阅读|推荐文章|延伸阅读|热点推荐|热点信息|热点新闻|热门文章|热门信息|最新信息|最新文章|最新新闻|精彩推荐|更多新闻|猜你喜欢|同类文章|你还可以看看|为你推荐|相关搜索|最近更新|编辑推荐|(?:阅读|点击|浏览|热门|热点|人气|热文)?排行榜?|看了[^。]{1,40}的人(?:还|也)(?:看了|在看|喜欢))】?(?:[:： ]|$)/,
  // a table's row with bars, not a menu
  barRow: /^(?:\| ?)?(?:序号|\d{1,3}) ?\|/,
  // a breadcrumb's separator alone on its line
  lone: /^(?:[›»>→]{1,2}|> >)$/,
  // a breadcrumb of two short parts
  two: /^[^›»>0-9、%(.]{1,20}(?:>>|[›»>])[^›»>0-9、%(.]{1,20}$/,
  twoSlash: /^[^/ ]{0,19}[\u4e00-\u9fff][^/ ]{0,19} \/ [^/ ]{1,20}$/,
  // a site's menu bar from its home page on, the items apart by spaces
  menu: /^(?:网站)?(?:首页|主页)(?: +[\u4e00-\u9fff]{2,8}){2,12}$/,
  // a link to a policy's interpretation, its kind in brackets first (`【相关链接】…`)
  interpretation: /^[【[](?:(?:政策|图文|图片|视频|动漫|专家|媒体|文字)?解读|图解|一图读懂|相关(?:阅读|解读|链接))[】\]]/,
  // a phone's status bar: the time of day alone or before icons (`11:12`)
  clock: /^(?:[01]?\d|2[0-3]):[0-5]\d(?: [^\u4e00-\u9fff]{1,30})?$/,
  // a page's pager: its links alone, apart by spaces
  pager: /^(?:(?:上一页|下一页|首页|尾页|末页|第 ?\d{1,3} ?页|\d{1,3}(?=\s|$))\s*)+$/,
};
const oracleNavigation = (s: string) =>
  oracle.where.test(s) || oracle.breadcrumbs.test(s) || oracle.tools.test(s) || oracle.footer.test(s) || oracle.links.test(s) || oracle.lone.test(s) || (s.split('|').length > 2 && !oracle.barRow.test(s)) ||
  s.split('›').length > 2 || s.split('»').length > 2 || s.split(' > ').length > 2 || s.split('>>').length > 2 || oracle.two.test(s) || oracle.twoSlash.test(s) || oracle.menu.test(s) ||
  oracle.interpretation.test(s) || oracle.clock.test(s) || (s.length <= 60 && s.includes('页') && oracle.pager.test(s));

test('looksLikeNavigation: the anchored and searched patterns apart answer as the combined ones', () => {
  const pieces = ['您', '当前', '的', '位置', ':', '：', ' ', '【', '】', '打印', '本页', '关闭', '窗口', '返回', '顶部', '收藏', '分享', '到',
    '字体', '首页', '主页', '>', '》', '/', '设为', '加入', '网站地图', '无障碍', 'rss', 'RsS', '订阅', '繁体版', 'English', 'ENGLISH',
    'englisH', '扫一扫', '上一篇', '下一页', '相关链接', '版权所有', 'ICP备', 'icp备', '网站标识码', '技术支持', '|', '加强', '。', 'ſ', 'ı',
    '现在', '所在', '字号', '下一篇', '上一条', '相关文章', '相关附件下载', 'ＩＣＰ', 'Ｒss', '附件下载', '推荐阅读', '主办单位', '承办', '联系我们',
    '我要纠错', '相关附件', '热门文章', '热点信息', '最新信息', '相关稿件', '本文链接', '阅读排行', '热点排行', '排行', '榜', '»', '→', '相关文件', '序号', '1', '12', '看了', '“计划”', '的人还看了'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
      const s = parts.join('');
      expect(looksLikeNavigation(s)).toBe(oracleNavigation(s));
    }),
    { numRuns: 20000 },
  );
});

test('anchoredFirst holds the first character of every line the anchored patterns accept', () => {
  const starts = ['您的位置:', '当前位置:', '现在位置:', '所在位置:', '的位置:', '位置:', '【打印】', '打印', '关闭', '返回', '收藏', '分享到', '字体', '字号',
    '上一篇:', '下一篇:', '上一条:', '下一条:', '上一页:', '下一页:', '相关链接:', '相关文章:', '相关阅读:', '相关附件下载:', '分享到:',
    '相关新闻', '相关信息', '相关推荐', '相关附件', '相关下载', '附件下载', '推荐阅读', '延伸阅读', '热点推荐', '热门文章', '猜你喜欢',
    '主办单位:', '承办:', '协办单位:', '维护单位:', '本文链接:', '原文链接:', '本页网址:', '本文网址:', '热点信息', '最新信息', '相关稿件',
    '精彩推荐', '更多新闻', '推荐文章', '阅读排行', '点击排行', '排行榜', '浏览排行榜', '人气排行', '看了“计划”的人还看了', '同类文章', '你还可以看看', '为你推荐', '相关搜索', '最近更新', '编辑推荐'];
  for (const start of starts) {
    expect(oracleNavigation(start), start).toBe(true);
    expect(anchoredFirst.has(start.charCodeAt(0)), start).toBe(true);
  }
});

test('isSiteFooter names the lines that end a web page', () => {
  for (const line of ['网站标识码：3301990012　　浙ICP备12345678号-1', '版权所有：XX市教育局', '主办单位：XX区人民政府办公室', '浙公网安备 33010602011771号'])
    expect(isSiteFooter(line), line).toBe(true);
  for (const line of ['相关链接：', '主办方负责场地布置。', '【打印】', '（一）加强组织领导']) expect(isSiteFooter(line), line).toBe(false);
});

test('isPageCrumb names the breadcrumbs that start a web page', () => {
  for (const line of ['首页 > 通知公告 > 正文', '当前位置：首页 > 信息公开', '您的位置:首页»政务公开', '网站首页 > 规划计划']) expect(isPageCrumb(line), line).toBe(true);
  for (const line of ['首页', '返回首页', '一、总体要求', '学校首页设计大赛的通知']) expect(isPageCrumb(line), line).toBe(false);
});
