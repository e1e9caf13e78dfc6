import { defineLineRule } from '../define-line-rule.js';
import { fragments, hasBarCells, hasSentenceEnd, isDigit, isHan } from '../lexicon/chars.js';
import { unframed } from '../lexicon/wrappers.js';
import { endsWithFile } from '../lexicon/files.js';

// A web page's navigation and tools, copied along with the text. Patterns anchored at the line start are kept apart
// from those searched anywhere in it: an anchored alternative inside a searching regex is tried at every position
// (one combined regex cost three times the two halves). The anchored ones run only on a line that starts with one of
// their first characters; the searched ones are one regex (one scan of the line instead of three).
const where = /^(?:您)?(?:当前|现在|所在)?的?位置[:：]/;
// A tool word, bracketed or not, then a separator or the end; or a bracketed one right before the next (`【打印本页】【关闭窗口】`).
const tools = /^【?(?:打印本页|打印|关闭窗口|关闭|返回顶部|返回|收藏|分享到?|字体|字号)】?(?:[:： ]|$)|^【(?:打印本页|打印|关闭窗口|关闭|返回顶部|返回|收藏|分享到?|字体|字号)】【/;
// Links to neighbouring articles and the site footer.
/** A link to the page before or after (`上一篇：…`, `下一条：…`). */
const neighbour = '[上下]一(?:篇|条|页)';
// (The neighbour's label alone, `上一篇` or `【下一篇】`, as a crawler saves each link on its line, is the footer's too.)
const footer = new RegExp(`^(?:${neighbour}|本文链接|原文链接|本页网址|本文网址)[:： ]|^(?:主办|承办|协办|维护)(?:单位)?[:：]|^分享到[:：]?$|^【?${neighbour}】?$`);
const neighbourLink = new RegExp(`^${neighbour}`);
const neighbourLabel = new RegExp(`^【?${neighbour}】?[:：]?$`);

/** A neighbour's label alone on its line, its link on the next (`上一篇：`, `下一条:`, `上一篇`, `【下一篇】`). */
export function isNeighbourLabel(content: string): boolean {
  return neighbourLabel.test(content);
}

/** Whether a line is a link to the page before or after (its rest may have been cut by a wrap). */
export function isNeighbourLink(content: string): boolean {
  return neighbourLink.test(content);
}
/**
 * The heading of a list of links below an article (`相关文章：`, `附件下载：`, `【相关推荐】`, `相关文章推荐：`, `相关范文：`, `相关公告：`,
 * `【社区工作计划】相关文章：` naming the article, `【…述职报告【三篇】】相关文章：`, a sidebar's `热点排行`), alone or with the
 * first link after it:
 * the grammar takes the list that follows as noise too.
 */
export const linkListHeading =
  /^(?:【[^】]{1,40}】】?)?【?(?:(?:相关|热点|热门|最新|推荐|延伸|精彩|更多)(?:链接|文章|阅读|新闻|信息|稿件|推荐|资讯|报道|文档|文件|政策|解读|附件下载|附件|下载|范文|专题|公告)(?:推荐)?|附件下载|猜你(?:喜欢|感兴趣)|更多相关(?:范文|文章|阅读|推荐)|本类(?:热门|推荐|文章)|同类(?:文章|范文|推荐)|(?:你|您)还可以看看|为(?:你|您)推荐|(?:相关|热门)搜索|相关热搜|最近更新|编辑推荐|往期推荐|往期回顾|往期精彩|精彩回顾|下期预告|敬请期待|明日推送|喜欢此内容的人还喜欢|大家都在看|(?:你|您)?可能(?:还|也)?(?:喜欢|感兴趣|想看)(?:的(?:文章|内容))?|(?:阅读|点击|浏览|热门|热点|人气|热文)?排行榜?|看了[^。]{1,40}的人(?:还|也)(?:看了|在看|喜欢))】?(?:[:： ]|$)/;
/** Every first character of the anchored patterns (a test in navigation.test.ts keeps this list complete). */
export const anchoredFirst = new Set([...'您当现所的位【打关返收分字上下本原相热最推延精更附猜往主承协维阅点浏人排喜大你可看敬明同为编'].map((c) => c.charCodeAt(0)));
/** A breadcrumb from the home page: `首页 > …`, `主页 » …`, `首页 - …`. */
const homeCrumb = '(?:首页|主页) ?(?:[>》→/»›]|- )';
/**
 * The links to a site's accessible and English versions: `无障碍版`, `无障碍浏览`, or the word alone or beside a menu's
 * bar (`English | 繁体`); not the words in a text (`无障碍环境建设`, `Chinese-English pathway`).
 */
const accessibility = String.raw`无障碍(?:版|浏览|阅读|模式)|无障碍 ?[|｜/]|[|｜/] ?无障碍`;
const englishWord = '[Ee][Nn][Gg][Ll][Ii][Ss][Hh]';
const english = String.raw`${englishWord} ?[|｜/]|[|｜/] ?${englishWord}`;
/** The same words alone on their line (looked at apart: an anchored alternative is tried at every position). */
const siteLinkAlone = /^(?:无障碍|[Ee][Nn][Gg][Ll][Ii][Ss][Hh])$/;
/** A document-sharing site's numbered notice about the file (its pages, rights, upload) or its service. */
const sharingNotice = /^\d{1,2} ?[、.．] ?(?:(?:本文档|本站|本网站?)[^。]{0,40}(?:共 ?\d{1,4} ?页|版权|上传|下载|阅读|预览|资源|投诉)|下载(?:前|后|文档)|(?:网站|在线)客服)/;
/** A page's pager (`第1页　第2页　下一页`, `上一页 1 2 3 下一页`, `下一页` alone): each part a page's link. */
const pager = /^(?:(?:上一页|下一页|首页|尾页|末页|第 ?\d{1,3} ?页|\d{1,3}(?=\s|$))\s*)+$/;
/** A site's disclaimer about where its texts come from: `本站部分内容来源于网络，如有侵权请联系删除。`, `本文由…整理，转载请注明出处。`. */
const siteDisclaimer = /^本(?:站|网|文)[^。]{0,40}(?:[如若]有侵[权犯]|涉及侵权|转载请注明|版权归原作者)/;
/** A portal's disclaimer: `免责声明：本文仅代表作者个人观点…`, `免责声明：…与本网无关`, `声明：本站文章均来自网络，如有侵权…`. */
const portalDisclaimer = /^(?:免责)?声明[:：][^。]{0,60}(?:本[网站文]|作者|观点|仅供参考|不构成|侵权)/;
/** A post's counts: `阅读 1.3万`, `阅读 1203`, `阅读 10万+  在看 56`, `浏览 356 点赞 12`. */
const readCount = /^(?:阅读|浏览|在看|点赞|赞) ?\d{1,6}(?:\.\d)?万?\+?(?: +(?:在看|点赞|赞|分享|收藏) ?\d{1,6}(?:\.\d)?万?\+?){0,3}$/;
/** A 公众号's prompt to follow it: `点击上方蓝字关注我们`, `↑点击上方“某某发布”，关注我们`, `点击标题下方蓝字 关注`. */
const followPrompt = /^[^\p{L}\p{N}]{0,3}点击(?:上方|下方|标题下方?|顶部)?(?:蓝字|蓝色字体?|“[^”]{1,20}”|"[^"]{1,20}"|公众号)[^。！？]{0,4}关注/u;
/** The comments' heading (`网友评论：`, `发表评论`, `最新评论（只显示…）`), or their list left empty (`暂无评论`). */
const comments = /^(?:【?(?:网友|读者|用户|最新|全部|热门|发表|精彩)评论】?(?:列表)?(?:[:：]? ?[（(][^（）()]{0,70}[）)]|[:：])?|(?:暂无|没有任何|还没有)评论[。！!]?)$/;
/** A page's button that unfolds or fetches the rest of a text (`展开阅读全文`, `点击下载全文`), alone on its line. */
const readMore = /^(?:展开阅读全文|阅读全文|展开全文|查看全文|点击(?:下载|查看|阅读)全文)(?: ?[>»∨↓]{1,2})?$/;
/** A link to a policy's interpretation page, its kind in brackets first (`【图解】…要点`, `[政策解读]《…》解读`). */
const interpretationLink = /^[【[](?:(?:政策|图文|图片|视频|动漫|专家|媒体|文字)?解读|图解|一图读懂|相关(?:阅读|解读|链接))[】\]]/;
/** A site's bare address on its line (`www.docin.com`, `wenku.baidu.com`), the page's banner or footer. */
const bareDomain = /^(?:www\.[\w-]{1,40}(?:\.[a-z]{2,4}){1,2}|[a-z][\w-]{0,30}(?:\.[a-z][\w-]{0,20})?\.(?:com|net|org|cn)(?:\.cn)?)\/?$/;
// Tool words (the Latin ones in any case: `RSS订阅`, `ENGLISH`), breadcrumbs, footer words.
// Document-sharing and forum pages: their tools, counters and the download's file name.
const searched = new RegExp(
  String.raw`设为首页|加入收藏|网站地图|${accessibility}|[Rr][Ss][Ss]订阅|繁体版|${english}|扫一扫|${homeCrumb}|版权所有|ICP备|网站标识码|技术支持[:：]|发表于[\u4e00-\u9fff]{2,3}$|联系我们|我要纠错|网站声明|隐私声明|原创力文档|文档页数|本文档由用户上传|下载文档|下载后可(?:编辑|修改|复制)|下载券|已有 ?\d+ ?人下载|还剩 ?\d+ ?页未读|继续阅读|复制链接|只看该作者|电梯直达|查看[:：] ?\d|阅读原文|长按识别|点击(?:上方)?蓝字`,
);
/**
 * A numbered heading (`（二）无障碍环境建设`, `3. English Corner活动`): its words are the text's, not a site's tools (the
 * searched words only; a numbered line of breadcrumbs or links is still navigation).
 */
const numberedHeading = new RegExp(String.raw`^(?:\((?:${fragments.hanNumeral}|\d{1,3}|[A-Za-z])\)|${fragments.hanNumeral}[、.]|\d{1,2}[、.](?!\d))`);
// A bare URL; a downloaded file's name on a line of its own is endsWithFile (not an attachment list's item: `1.XX方案.pdf`).
const crumb = /[›»>]/;
/** An attachment list's numbered item (`1.XX方案.pdf`, `2、…表.xlsx`), not a file's name alone (`2025年…方案.docx`). */
const listItem = /^\d{1,2} ?[.、．]/;
const loneCrumb = /^(?:[›»>→]{1,2}|> >)$/;
/** A line that ends with a breadcrumb's separator (`>`, `首页 >`): the grammar takes the short line below as its next part. */
export const endsWithCrumb = /[›»>→]$/;
// Two parts of up to 20 characters around one separator (`>>` too: `新农村建设 >> 村务公开`), without digits or a
// marker's punctuation (`1.收入>支出`, `PM2.5>35`), nor a numeral in angle brackets (`<一>指导思想`, a heading); with ` / `
// the first holds a Han character (`2023 / 2024学年…` is a title).
const twoCrumbs = /^(?!<[一二三四五六七八九十\d]{1,3}>)[^›»>0-9、%(.]{1,20}(?:>>|[›»>])[^›»>0-9、%(.]{1,20}$/;
const twoSlashCrumbs = /^[^/ ]{0,19}[\u4e00-\u9fff][^/ ]{0,19} \/ [^/ ]{1,20}$/;

/**
 * A web page's footer (`主办单位：…`, `…ICP备…号`, `网站标识码：…`, `版权所有`): the page ends there, so what follows is
 * another page's.
 */
const siteFooter = /ICP备|网站标识码|版权所有|^(?:主办|承办)(?:单位)?[:：]|公网安备/;

/** The tools below an article (`【打印本页】【关闭窗口】`, `打印 关闭`): a list of links above them has ended. */
const closingTools = /打印本页|关闭窗口|^【?打印】? ?【?关闭】?$/;

export function isClosingTools(content: string): boolean {
  return closingTools.test(content);
}

export function isSiteFooter(content: string): boolean {
  return siteFooter.test(content);
}

/** A breadcrumb that starts a web page's article (`当前位置：首页 > …`, `首页 > 通知公告 > 正文`, `网站首页 > …`). */
const crumbAtStart = new RegExp(`^(?:网站)?${homeCrumb}`);

export function isPageCrumb(content: string): boolean {
  return where.test(content) || crumbAtStart.test(content);
}

const editorsNote = /^编(?:者|辑)(?:按|的话)[:：]/;
const markdownLink = /^\[[^\]]{1,30}\]\([^)\s]{0,200}\)/;
const menuBar = /^(?:网站)?(?:首页|主页)(?: +[\u4e00-\u9fff]{2,8}){2,12}$/;
const url = /^https?:\/\/[^ ]*$/;
/**
 * A text browser's list of the page's links (`lynx -dump`): its heading (`References`, `Visible links:`, `Hidden
 * links:`) and its numbered addresses (`  12. http://…`, `3. javascript:window.print()`, `4. file:///…#_Toc1`).
 */
const linkReference = /^\d{1,4}\. (?:(?:https?|ftp|file|javascript|mailto):[^ ]*|#[^ ]*)$/;
const copyright = /^Copyright\b/;
/** `©` with a space, a year or the word 版权 after it (`©防溺水教育` is OCR's ③ in an item: marker-ocr-slip's). */
const copyrightSign = /^© ?(?:\d{4}|[^ ]*版权)|^© /;
const linkReferenceHeading = /^(?:References|Visible links:?|Hidden links:?)$/;
/** The first cell of a table's row, its cells apart by bars: the number column or its header. */
const barTableRow = /^(?:\| ?)?(?:序号|\d{1,3}) ?\|/;

function countChar(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + ch.length)) n++;
  return n;
}

/**
 * A phone's status bar in a screenshot's text: the time, then only its icons and figures (`10:12 ⊙ 5G 70`, `9:42`), or
 * the carrier first (`中国移动 4G 下午3:26 85%`); a browser's address bar (`AA www.ningchuan.gov.cn`).
 */
const statusBar = /^(?:(?:[01]?\d|2[0-3]):[0-5]\d(?: (?:[^\u4e00-\u9fff]|令){1,30})?|中国(?:移动|联通|电信)(?: {1,3}[0-9A-Za-z+]{1,6})? {0,3}(?:上午|下午)?\d{1,2}:[0-5]\d(?: [^\u4e00-\u9fff]{1,16})?|AA +(?:[^\s\w] +)?[0-9a-z.-]{3,60}\.[a-z]{2,6}(?: +[↻⟳])?)$/;
/** The signal part of a status bar on a line of its own (`.ıll 5G 76`, `HD 4G 63%`): no words, a network or a charge. */
// (`令` is how OCR reads the Wi-Fi icon: `.ıll 令 52`, and after the time, `10:27 ⊙ 🔔 · ✉ 令 5G ııl 77`.)
const signalBar = /^[^\u4e00-\u9fff]{0,12}(?:\b[2345]G\b|\.ıll|\d{1,3}%)(?:[^\u4e00-\u9fff]|令){0,12}$/;
/** A figure and a percent sign alone on a line. */
const shareAlone = /^\d{1,3}(?:\.\d{1,2})? ?%$/;
/** A chat's input bar at a screenshot's foot (`⊕ 按住 说话 ☺ ⊕`): the hold-to-talk button. */
const voiceBar = /按住 ?说话/;
/** A clause's end: a figure before it (`100%；`, a wrap's last word) is text, no battery's charge. */
const clauseEnd = /[；;。，,、]$/;
/** An app's bottom toolbar: two to six of its buttons (`评论   分享   目录`, `编辑            分享`). */
const toolbarButtons = ['评论', '分享', '目录', '编辑', '收藏', '点赞', '在看', '转发', '写留言', '留言', '举报', '更多', '下载', '打印', '复制链接', '工具', '适应手机', '查找', '朗读', '播放', '传阅', '办理'];
const toolbarButton = `(?:${toolbarButtons.join('|')})`;
const toolbar = new RegExp(`^${toolbarButton}(?: +${toolbarButton}){1,5}$`);
/** A screenshot's file name set between shots by an OCR tool (`===== IMG_3021.PNG =====`). */
const shotName = /^[=-]{3,} ?[\w.-]{1,40}\.(?:png|jpe?g|heic|webp) ?[=-]{3,}$/i;

/** Whether a line is a phone's status bar, an app's title bar or toolbar, or a shot's name, as a screenshot's text keeps them. */
export function isScreenBar(content: string): boolean {
  if (content.length > 60) return false;
  // One look at the first unit picks the patterns that may match (most lines start with a Han word none of them has).
  const first = content.charCodeAt(0);
  if (toolbarFirst.has(first)) return toolbar.test(content);
  if (first === 0x3d /* = */ || first === 0x2d /* - */) return shotName.test(content);
  if (isHan(first)) return first === 0x4e2d /* 中 */ && statusBar.test(content);
  // (A share alone, `50%`, is the last word of a sentence the wrap cut: a charge stands beside a network or a signal.)
  return statusBar.test(content) || isAppBar(content) || (content.length <= 30 && voiceBar.test(content)) || (content.length <= 30 && !isHan(content.charCodeAt(content.length - 1)) && !clauseEnd.test(content) && !shareAlone.test(content) && signalBar.test(content)) || isGlyphBar(content);
}

/**
 * A browser's or an app's bar of icons, OCR'd to symbols apart by spaces (`〈     〉     ⇧     ⊞     ⧉`): three to eight
 * glyphs of one or two units, none a letter, a digit, a Han character or a mark that draws a rule (`* * *`, `- - -`).
 */
function isGlyphBar(content: string): boolean {
  if (content.length > 48 || content.indexOf(' ') === -1) return false;
  let glyphs = 0;
  for (const part of content.split(/ +/)) {
    if (part.length > 2) return false;
    for (let i = 0; i < part.length; i++) if (!isIconUnit(part.charCodeAt(i))) return false;
    glyphs++;
  }
  return glyphs >= 3 && glyphs <= 8;
}
/** A unit an icon is read as: arrows, technical and geometric symbols, angle brackets (no letter, digit or Han). */
function isIconUnit(c: number): boolean {
  return (c >= 0x2190 && c <= 0x23ff) || (c >= 0x25a0 && c <= 0x27bf) || (c >= 0x2900 && c <= 0x2bff) || c === 0x3008 || c === 0x3009 || c === 0xff1c || c === 0xff1e || c === 0x3c || c === 0x3e;
}
const toolbarFirst = new Set(toolbarButtons.map((b) => b.charCodeAt(0)));

/**
 * An app's title bar: back or close at the start, a menu's dots at the end (`＜ 新化县教育局2023年工作总… ⋮`, `×  ⋯`,
 * `＜ 城东街道安委办工作群(46) ···`), or only `＜ 返回`; as OCR splits it over lines, back or close alone (`<`, `×`), back and
 * the page's name (`<  政务公开`), the dots alone (`⋯`; not a text's `……`); an image viewer's count and menu (`4/9      ⋯`).
 */
function isAppBar(content: string): boolean {
  const first = content.charCodeAt(0);
  // The menu's dots alone on their line (`⋯`, `⋮`, `···`, `…`), as OCR reads a title bar's right end apart.
  if (menuDots.test(content)) return true;
  // An image viewer's bar: the picture's number among them, a gap, the menu (`4/9      ⋯`).
  if (isDigit(first)) return viewerBar.test(content);
  if (!(first === 0x3c || first === 0xff1c || first === 0x3008 || first === 0xd7 || first === 0x2715 || first === 0x2190 || first === 0x2039)) return false;
  const last = content.charCodeAt(content.length - 1);
  // Back or close alone, or back and the page's name after a gap (`＜  政务公开`, `＜  晋江新闻网  关注`, `＜  2023年总结.docx`).
  return last === 0x22ef || last === 0x2026 || last === 0x22ee || last === 0xb7 || /^.\s*返回$/.test(content) || content.length === 1 || backAndName.test(content);
}
const menuDots = /^(?:[⋯⋮…]|[·•.]{3})$/;
/** A WeChat collection's tag and its count: `#年度总结 3个`. */
const collectionTag = /^#[^#\s]{1,12} ?\d{1,3} ?个$/;
const viewerBar = /^\d{1,3} ?\/ ?\d{1,3} {2,}(?:[⋯⋮…]|[·•.]{3})$/;
/** Back, a gap, a page's or a chat's name (no sentence): an app's title bar. */
const backAndName = /^.[ \u3000]{1,4}[^ \u3000。，；！？,;!?][^。，；！？,;!?]{0,29}$/;

/** Whether a line of at most 100 units reads as navigation, before the sentence test. */
export function looksLikeNavigation(content: string): boolean {
  return (
    (anchoredFirst.has(content.charCodeAt(0)) && (where.test(content) || tools.test(content) || footer.test(content) || linkListHeading.test(content))) ||
    (searched.test(content) && !numberedHeading.test(content)) ||
    (content.length <= 7 && siteLinkAlone.test(content)) ||
    // a WeChat post's collection and its tag, as the PC client copies them (`收录于合集`, `#年度总结 3个`, `预览时标签不可点，收录于合集
    // #德育工作 12个`)
    (content.length <= 40 && (content.includes('收录于合集') || (content.charCodeAt(0) === 0x23 /* # */ && collectionTag.test(content)))) ||
    (content.length <= 10 && readMore.test(content)) ||
    ((content.charCodeAt(0) === 0x3010 || content.charCodeAt(0) === 0x5b) && interpretationLink.test(content)) ||
    (content.length <= 60 && isLatinLower(content.charCodeAt(0)) && bareDomain.test(content)) ||
    (endsWithFile(content) && !(isDigit(content.charCodeAt(0)) && listItem.test(content)) && !content.startsWith('附件')) ||
    (content.charCodeAt(0) === 104 /* h */ && url.test(content)) ||
    (content.length <= 14 && linkReferenceHeading.test(content)) ||
    // a copyright line of the page's footer (`© 了解版权计划`, `©2024 某某网`, `Copyright © …`)
    (content.charCodeAt(0) === 0xa9 && copyrightSign.test(content)) ||
    (content.charCodeAt(0) === 67 /* C */ && copyright.test(content)) ||
    // a menu's items apart by bars (`首页 | 政务公开 | 办事服务`), not a table's row (`序号 | 重点任务 | 责任单位`, `1 | …`)
    (hasBarCells(content) && !barTableRow.test(content)) ||
    // a breadcrumb of Markdown links a crawler left (`[首页](http://…) > 正文`)
    (content.charCodeAt(0) === 0x5b /* [ */ && markdownLink.test(content) && content.includes('>')) ||
    // a site's menu bar from its home page on, the items apart by spaces (`网站首页　走进水务　新闻中心　…`)
    ((content.startsWith('首页') || content.startsWith('网站首页') || content.startsWith('主页')) && menuBar.test(content)) ||
    // a breadcrumb's separator alone on its line (a page's text taken one element per line): `>`, `»`, `>>`
    (content.length <= 3 && loneCrumb.test(content)) ||
    // a breadcrumb without 首页: `中学语文网论坛 › 教学教研 › 教研组建设`, `清河街道 >> 工作动态 >> 计划总结`, or of two short
    // parts (`XX学校 > 通知公告`)
    // (one scan for the separators first)
    (crumb.test(content) && (countChar(content, '›') >= 2 || countChar(content, '»') >= 2 || countChar(content, ' > ') >= 2 || countChar(content, '>>') >= 2 || twoCrumbs.test(content))) ||
    (content.includes(' / ') && twoSlashCrumbs.test(content)) ||
    // a site's banner or a page's title bar: the site's name, then a dash, a bar or a string of keywords apart by
    // underscores (`示例范文网 - 免费范文下载_工作总结_工作计划_述职报告`)
    (namesSite(content) && siteBanner.test(content)) ||
    (content.includes('_') && countChar(content, '_') >= 2 && keywordRun.test(content)) ||
    // a phone's status bar or an app's title bar left in the text of a screenshot
    isScreenBar(content) ||
    // a page's pager between the pages of an article (`第1页　第2页　下一页`)
    (content.length <= 60 && content.includes('页') && pager.test(content)) ||
    // a scanning app's watermark at a photographed page's foot (`扫描全能王 创建`, `由 扫描全能王 扫描创建`)
    (content.length <= 24 && scannerMark.test(content)) ||
    // what a copy left of a picture or a video alone on its line (`[图片]`, `【视频】`, `[动图]`)
    (content.length <= 8 && (content.charCodeAt(0) === 0x5b || content.charCodeAt(0) === 0x3010) && mediaPlaceholder.test(content))
  );
}
/** A picture's, a video's or a sound's placeholder in copied text: `[图片]`, `[图片2]`, `【视频】`, `[动图]`, `[image]`. */
const mediaPlaceholder = /^[[【](?:图片|图像|图|视频|动图|音频|表情|GIF|gif|image|img|video)\d{0,2}[\]】]$/;
/** The name of a phone's scanning app, as its watermark prints it. */
const scannerMark = /扫描全能王|CamScanner|夸克扫描王|全能扫描王/;

/** A lower-case Latin letter: where a bare site address may start (one look before `bareDomain`). */
function isLatinLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/** Whether a site's name may end near the line's start (a cheap look before `siteBanner`). */
function namesSite(content: string): boolean {
  const end = Math.min(content.length, 15);
  for (let i = 1; i < end; i++) {
    const c = content.charCodeAt(i);
    if (c === 0x7f51 /* 网 */ || (c === 0x6587 /* 文 */ && content.charCodeAt(i + 1) === 0x5e93) /* 库 */) return true;
  }
  return false;
}
/** A site's name first, then a separator: `清江范文网 - …`, `某某文库 | …`, `某某网_…`. */
const siteBanner = /^[\u4e00-\u9fffA-Za-z0-9]{1,12}(?:网|网站|文库) ?(?:[-_|｜–—]|——) ?[^ ]/;
/** Keywords apart by underscores (`…_工作总结_工作计划_…`), as a page's title bar strings them. */
const keywordRun = /[\u4e00-\u9fff]_[\u4e00-\u9fff]{2,8}_[\u4e00-\u9fff]/;

/** Navigation, breadcrumbs and page tools of a web page. */
export const navigation = defineLineRule({
  name: 'navigation',
  description: 'web navigation: `当前位置:首页 > …`, `打印本页 关闭窗口`, `[政府OA] 无障碍版 | rss订阅`',
  // Most lines fail the patterns: the sentence test comes last (the result is the same in either order).
  tokenize: ({ line, content }) => {
    // An editor's note above a reposted article (`编者按：…今天推送…供大家学习交流。`), however long: the page's, not the text's.
    if (content.charCodeAt(0) === 0x7f16 /* 编 */ && editorsNote.test(content)) return { type: 'noise', kind: 'navigation' };
    // A list of links under a decorated heading (`🔗 相关链接`, `▶ 往期推荐`), or one framed by marks (`▼往期推荐▼`,
    // `往期推荐👇`, `—— 往期回顾 ——`).
    const framed = content.length <= 40 ? unframed(content) : '';
    if (framed !== '' && linkListHeading.test(framed)) return { type: 'noise', kind: 'link-list' };
    // (An address may be long and hold a `?`: looked at before the length and the sentence test.)
    if (isDigit(content.charCodeAt(0)) && content.length <= 2000 && linkReference.test(content)) return { type: 'noise', kind: 'navigation' };
    // A document-sharing site's numbered notice below the text (`1、本文档共5页，可阅读全部内容。`, `4、网站客服QQ：…`), or a
    // site's disclaimer (`本站部分内容来源于网络，如有侵权请联系删除。`, `本文由…整理，转载请注明出处。`): sentences too.
    if (isDigit(content.charCodeAt(0)) && content.length <= 200 && sharingNotice.test(content)) return { type: 'noise', kind: 'navigation' };
    if (content.charCodeAt(0) === 0x672c /* 本 */ && content.length <= 80 && siteDisclaimer.test(content)) return { type: 'noise', kind: 'navigation' };
    // A portal's disclaimer under an article (`免责声明：本文仅代表作者个人观点，与本网无关。`, `声明：本站文章均来自网络…`).
    if ((content.charCodeAt(0) === 0x514d /* 免 */ || content.charCodeAt(0) === 0x58f0) /* 声 */ && content.length <= 120 && portalDisclaimer.test(content)) return { type: 'noise', kind: 'navigation' };
    // A 公众号's prompt to follow it, above or below the post (`点击上方蓝字关注我们，每天分享优质教案！`, `↑点击上方“某某发布”关注我们`):
    // a sentence, the page's all the same.
    if (content.length <= 60 && followPrompt.test(content)) return { type: 'noise', kind: 'navigation' };
    // A post's count of reads, views or likes alone on its line (`阅读 1.3万`, `阅读 1203  在看 12`).
    if (content.length <= 40 && readCount.test(content)) return { type: 'noise', kind: 'navigation' };
    // The comments' heading below an article, with the site's note on them (`网友评论：（只显示最新10条。…）`), and a
    // comments list left empty (`没有任何评论`, `暂无评论`).
    if (content.length <= 80 && comments.test(content)) return { type: 'noise', kind: 'navigation' };
    if (content.length > 100 || line.markup?.heading !== undefined || !looksLikeNavigation(content) || hasSentenceEnd(content)) return null;
    return { type: 'noise', kind: linkListHeading.test(content) ? 'link-list' : 'navigation' };
  },
});
