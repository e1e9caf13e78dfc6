// Remarks in brackets on a line of their own (`（征求意见稿）`, `（2023年12月18日）`, `（盖章）`): whether one goes
// with the title above it or is the header's (a date, a note of adoption or publication, a seal or signature).
import { fold } from '../tokenize/lexicon/fold.js';
import { posts } from '../tokenize/lexicon/meta-keys.js';
import { isIssuerLine, isNamedByPost } from './documents.js';

/** A form's place for a seal or a signature: `盖章`, `签字`, `单位公章`. */
export const sealWords = '(?:单位)?(?:盖章|签字|签名|签章|公章)';

/** A contract's party signing or sealing: `甲方（盖章）`, `乙方（签字）：`, `甲方代表（签章）`. */
export const partiesSign = new RegExp(`^[甲乙丙丁]方[^:：，。]{0,8}[(（]${sealWords}[)）]`);

/** A day left blank to be filled in when signing: `签订日期：　　年　　月　　日`, `年　月　日`. */
export const blankDay = /(?:^|[:：]) *年 +月 +日/;

/** A form's seal or signature alone on its line (`（盖章）`, `（签字）`, `签名：`): no part of a title, and no title's end. */
export const sealOrSignature = new RegExp(`^[(（]?${sealWords}[)）:：]?$`);

const offTitleRemark = new RegExp(String.raw`^[(（【\[]请|剪下|一式[两二三四]份|存根|复印|填报|填写|限报|自行延长|排序|不分先后|为序|排列|顺序|共 ?\d{1,4} ?[名人个家项所]|\d ?月|\d{2,4} ?级|[一二三四五六七八九十] ?月|通过|印发|发布|票决|产生|整理|第 ?[\d一二三四五六七八九十]{1,4} ?[次期]|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4} ?年 ?(?:修订|修正|修改|版)|链接|打印|收藏|分享| {2}(?:年|月|日|季度)|第[一二三四1-4 ]季度|学年|学期|[〔[]\d{4}[〕\]] ?\d{1,4} ?号|此件|(?:主动|免予|不予|依申请)公开|总分|满分|${sealWords}|内部(?:资料|文件|发行|刊物|使用)|注意保|妥善保管|阅后收回|秘密|机密|绝密|★|${posts}[)）]$`);

/**
 * A list's order or size (`（按姓氏笔画排序）`, `（以姓氏笔画为序）`, `（按班级排列）`, `（排名不分先后）`, `（共24名）`), or a remark that dates the document or records its adoption
 * (`（2024年3月）`, `（2023年12月20日…审议通过）`,
 * `（区十九届人大四次会议票决产生）`, `（根据录音整理）`, a revision `（2016年修订）`, a minutes' serial `（第3次）` or an issue's `（2024年第5期）`, `(2024-03-01 10:22:15)` below a
 * blog's title), a form's period to fill in (`（　　　年第　　季度）`, `（2024年第一季度）`), a school term
 * (`（2024—2025学年第一学期）`; a span of years, `（2024—2026年）`, is the plan's and stays), a document number
 * (`（临教发〔2020〕5号）`), a page's tool (`[复制链接]`), or how
 * the text may be passed on: its publication (`（此件主动公开）`, `（免予公开）`) or a letterhead's marking (`（内部资料　注意保存）`,
 * `（秘密★1年）`), the score a form totals (`（总分100分）`, `（满分100分）`), a form's seal or signature (`（盖章）`), or the post of
 * who reports (`（街道党工委副书记、办事处主任）` under a 述职报告's title), with their name or not, or their unit alone. Not
 * part of the title.
 */
export function isOffTitleRemark(text: string): boolean {
  const content = fold(text);
  if (offTitleRemark.test(content)) return true;
  // (Or who reports, by post or unit and name, or the unit alone: `（院长  郑立新）`, `（党组书记、局长  王建军）`, `（财务部）`.)
  const inner = content.trim().slice(1, -1).trim();
  return inner.length >= 2 && (isNamedByPost(inner) || isIssuerLine(inner));
}

/** A line that is one short remark in brackets: `（征求意见稿）`, `(2024年修订)`. */
export function isBracketedRemark(content: string): boolean {
  if (content.length < 3 || content.length > 24) return false;
  const open = content[0];
  const close = content[content.length - 1];
  const pairs: Record<string, string> = { '(': ')', '（': '）', '【': '】', '[': ']', '〔': '〕' };
  return open !== undefined && close !== undefined && pairs[open] === close && !/[。！？]/.test(content) && content.indexOf(close, 1) === content.length - 1;
}
