import type { Token } from '../../types.js';
import { defineLineRule } from '../define-line-rule.js';
import { hasSentenceEnd, isDigit } from '../lexicon/chars.js';
import { titleField } from '../lexicon/doc-types.js';
import { readsAsTitle } from './title.js';
import { dateOnly, isMarkingLine, isStandardCoverLine, keyAtStart, sourceKeys, unitAndName } from '../lexicon/meta-keys.js';

export { sourceKeys };

const published = /(?:发布|发表|更新|成文|印发|公开|生成)(?:时间|日期)[:： ]/;
const isoDate = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?: \d{1,2}:\d{2}(?::\d{2})?)?$/;
/**
 * A shared document's last edit in an app: `陈志远  最近编辑 01-05 09:38`, `张敏 编辑于 2024-03-05 10:12`, `只读 · 最近编辑
 * 1月6日 17:22`, `刘婷 · 4月2日 16:40 更新`.
 */
const editDay = '(?:20\\d{2}[-/.年])?\\d{1,2}(?:[-/.]\\d{1,2}|月\\d{1,2}日) \\d{1,2}:\\d{2}';
const editedLine = new RegExp(`^[^\\s，。；：:·•]{2,8}(?: {1,3}| ?[·•] ?)(?:(?:最近编辑|编辑于|更新于|发布于|最后修改于?) ?${editDay}|${editDay} (?:更新|编辑|修改)了?)$`);

/** A chat's day without its year, or relative (`3月28日`, `昨天`, `星期四`), and the part of the day before a time. */
const chatDay = '(?:\\d{1,2}月\\d{1,2}日|昨天|今天|前天|星期[一二三四五六日天]|周[一二三四五六日天])';
const dayPart = '(?:上午|下午|中午|晚上)';

/**
 * An article's byline in an app: its author or account, the day and the time, maybe a word after (`周敏  2023年12月29日
 * 17:45 更新`, `原创 玉林发布 2024年02月06日 18:30 四川`, with the author before the account: `原创 小语研习社 小学语文教研圈
 * 2024年03月18日 07:30 江苏`). The time tells it from a signature's issuer and date. In a chat
 * the day may be relative or without its year (`镇农业农村办-孙伟 昨天 19:02`, `… 3月28日 09:41`), the time may have
 * seconds, and a sender shown as unit and name (`行政部-徐静 09:41`) or by the role a class's group knows them by
 * (`刘老师（数学） 19:30`, `陈一诺妈妈 18:52`) may give the time alone.
 */
const chatRole = '\\p{Script=Han}{1,6}(?:老师|妈妈|爸爸|家长|班主任|校长|主任|书记|组长|班长)(?:[（(]\\p{Script=Han}{1,6}[)）])?';
const byline = new RegExp(
  `^(?:原创 (?:[^\\s，。；：:]{1,12} {1,3}(?=[^\\s，。；：:]{2,12} {1,3}20))?)?(?:[^\\s，。；：:]{2,12} {1,3}(?:20\\d{2}(?:年\\d{1,2}月\\d{1,2}日|[-/.]\\d{1,2}[-/.]\\d{1,2}) {0,2}|(?:${chatDay}|\\d{2}-\\d{2}) {1,3}${dayPart}?)|(?:${unitAndName}|${chatRole}) {1,3}${dayPart}?)\\d{1,2}:\\d{2}(?::\\d{2})?(?: [\\u4e00-\\u9fff]{1,4})?$`,
  'u',
);

/**
 * When a message or a post went out, alone on its line, as a chat or a microblog shows it above the text
 * (`2024年7月2日 下午4:18`, `5月6日 上午8:41`, `06-07 17:35`, `07-03 10:00  来自 微博网页版`; a chat's `昨天 18:20`,
 * `星期四 18:20`).
 */
const postedAt = new RegExp(`^(?:(?:20\\d{2}年)?${chatDay} {1,3}${dayPart}?\\d{1,2}:\\d{2}|\\d{2}-\\d{2} {1,2}\\d{1,2}:\\d{2}(?: {1,3}来自 ?[^\\s，。；]{1,16})?)$`);

/** Whether a line is when a message or a post went out (`06-07 17:35`, `2024年7月2日 下午4:18`), alone. */
export function isPostTime(content: string): boolean {
  return content.length <= 44 && postedAt.test(content);
}

/** A post's header in a chat log or an app: who wrote it, the day and the time (`王德明 2024-06-14 07:58`). */
export function isPostHeader(content: string): boolean {
  return content.length <= 44 && byline.test(content);
}

/** A newspaper's page line above an article: `衡阳日报 2026年1月20日 星期二 第01版：要闻`, `第A03版：要闻`, `版次：A03`. */
const edition = /(?:^|[ \u3000])第 ?[A-Z]?\d{1,3} ?版(?:[:： \u3000]|$)|^版次[:：]/;

/** First characters of the anchored patterns: the others run only on a line that starts with one. */
export const sourceFirst = new Set([...sourceKeys, '【'].map((k) => k.charCodeAt(0)));
export const dateFirst = new Set([...'〇零○OＯ一二三四五六七八九'].map((c) => c.charCodeAt(0)));
const markingFirst = new Set([...'内注妥阅秘机绝特加急平紧0(（总第〔'].map((c) => c.charCodeAt(0)));

/** What kind of metadata a line of at most 100 units names, before the sentence test; null for none. */
export function metaKind(content: string): Token['kind'] | null {
  if (published.test(content)) return 'published';
  if (content.length <= 44 && content.includes(':') && (byline.test(content) || editedLine.test(content) || postedAt.test(content))) return 'published';
  if (content.length <= 60 && content.includes('版') && edition.test(content)) return 'source';
  const first = content.charCodeAt(0);
  if (sourceFirst.has(first) && keyAtStart.test(content)) return 'source';
  if ((isDigit(first) || dateFirst.has(first)) && (dateOnly.test(content) || isoDate.test(content))) return 'date';
  if (markingFirst.has(first) && isMarkingLine(content)) return 'marking';
  if (isStandardCoverLine(content)) return 'marking';
  return null;
}

/** A line about the document rather than of it: publishing time, source, a date on its own. */
export const metaLine = defineLineRule({
  name: 'meta-line',
  description: 'document metadata: `发表时间:2017-03-29`, `来源:市教育局`, `2020年3月20日` on its own, letterhead markings (`秘密★1年`, `特急`), a standard\'s cover lines (`ICS 13.200`, `清江市地方标准`)',
  tokenize: ({ line, content }) => {
    // A Markdown note's front matter (`title: …`, `date: …`, `tags: […]`): the note's metadata.
    if (line.markup?.frontMatter === true) return { type: 'meta', kind: 'source' };
    // A Markdown heading is a title or a heading, whatever words it holds (`# 标题`).
    if (content.length > 100 || line.markup?.heading !== undefined) return null;
    // Most lines name no metadata: the sentence test comes last (the result is the same in either order).
    const kind = metaKind(content);
    // A record's title field (`标题：…2022年工作要点`): the document's title, for the title rule.
    if (kind !== null && titleField.test(content) && readsAsTitle(line.text, content)) return null;
    return kind !== null && !hasSentenceEnd(content) ? { type: 'meta', kind } : null;
  },
});
