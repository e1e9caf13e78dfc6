import type { Token } from '../../types.js';
import { defineLineRule } from '../define-line-rule.js';
import { hasSentenceEnd, isDigit } from '../lexicon/chars.js';

const published = /(?:发布|发表|更新|成文|印发|公开|生成)(?:时间|日期)[:： ]/;
/**
 * Keys of a page's byline and of the information-disclosure table (信息公开目录) above a document, flattened to lines:
 * `索引号：…`, `名称：…`, a key alone when its value stands on the next line.
 */
export const sourceKeys = [
  '来源', '信息来源', '文章来源', '作者', '编辑', '责任编辑', '浏览次数', '点击数', '阅读次数', '访问量', '索引号', '发文字号', '文号',
  '主题分类', '发布机构', '发文机关', '名称', '标题', '信息名称', '文件名称', '文件编号', '所属机构', '发布单位', '发文单位', '成文单位',
  '主题词', '关键词', '公开方式', '公开范围', '公开时限', '公开形式', '信息分类', '组配分类', '体裁分类', '服务对象', '时效', '有效性',
  '效力状态', '统一编号', '生效日期', '实施日期', '废止日期', '信息类别', '所属主题', '发布日期', '发布时间', '成文日期', '印发日期',
  '信息索引号', '分类', '有效期', '登记号', '发布文号', '审核', '校对', '初审', '复审', '终审', '供稿', '撰稿', '摄影', '阅读量',
];
// A key padded to the width of the table's column (`文　　号：`, `索 引 号`), or in brackets (`【标题】…`).
const keys = sourceKeys.map((k) => [...k].join(' *')).join('|');
const source = new RegExp(`^(?:【(?:${keys})】|(?:${keys})(?:[:： ]|$))`);
const keyAlone = new RegExp(`^(?:【(?:${keys})】|(?:${keys})[:：]?)$`);

/** A key of the disclosure table alone on its line (`索引号`, `名　　称：`): its value stands on the next line. */
export function isKeyAlone(content: string): boolean {
  return keyAlone.test(content);
}

/** The lines of a byline that name who wrote or checked the text (they close an article as often as they open one). */
export const editorLine = /^(?:责任编辑|编辑|作者|审核|校对|初审|复审|终审|供稿|撰稿|摄影)[:： ]/;
const dateOnly = /^(?:\d{4}|[〇零一二三四五六七八九]{4}) ?年 ?(?:\d{1,2}|[一二三四五六七八九十]{1,3}) ?月 ?(?:\d{1,2}|[一二三四五六七八九十]{1,3}) ?日$/;
const isoDate = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?: \d{1,2}:\d{2}(?::\d{2})?)?$/;

/** First characters of the anchored patterns: the others run only on a line that starts with one. */
export const sourceFirst = new Set([...sourceKeys, '【'].map((k) => k.charCodeAt(0)));
export const dateFirst = new Set([...'〇零一二三四五六七八九'].map((c) => c.charCodeAt(0)));

/** What kind of metadata a line of at most 100 units names, before the sentence test; null for none. */
export function metaKind(content: string): Token['kind'] | null {
  if (published.test(content)) return 'published';
  const first = content.charCodeAt(0);
  if (sourceFirst.has(first) && source.test(content)) return 'source';
  if ((isDigit(first) || dateFirst.has(first)) && (dateOnly.test(content) || isoDate.test(content))) return 'date';
  return null;
}

/** A line about the document rather than of it: publishing time, source, a date on its own. */
export const metaLine = defineLineRule({
  name: 'meta-line',
  description: 'document metadata: `发表时间:2017-03-29`, `来源:市教育局`, `2020年3月20日` on its own',
  tokenize: ({ content }) => {
    if (content.length > 100) return null;
    // Most lines name no metadata: the sentence test comes last (the result is the same in either order).
    const kind = metaKind(content);
    return kind !== null && !hasSentenceEnd(content) ? { type: 'meta', kind } : null;
  },
});
