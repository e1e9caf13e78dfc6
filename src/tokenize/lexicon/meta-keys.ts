// Metadata keys: the byline of a web page and the information-disclosure table (信息公开目录) above a document.
// Shared by the meta-line rule (which lines are metadata) and the grammar (a key alone takes the next line's value;
// an editor's line closes an article).

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
/** A key at the start of a line, followed by a delimiter or the end, or bracketed (`【标题】…`, `【来源：…】`). */
export const keyAtStart = new RegExp(`^(?:【(?:${keys})[】:：]|(?:${keys})(?:[:： ]|$))`);
const keyAlone = new RegExp(`^(?:【(?:${keys})】|(?:${keys})[:：]?)$`);

/** A key of the disclosure table alone on its line (`索引号`, `名　　称：`): its value stands on the next line. */
export function isKeyAlone(content: string): boolean {
  return keyAlone.test(content);
}

/** A date alone on its line: with its day, or a year and a month (`二〇二四年一月` under a compilation's title). */
export const dateOnly =
  /^(?:\d{4}|[〇零一二三四五六七八九]{4}) ?年 ?(?:\d{1,2}|[一二三四五六七八九十]{1,3}) ?月(?: ?(?:\d{1,2}|[一二三四五六七八九十]{1,3}) ?日)?$/;

/** The lines of a byline that name who wrote or checked the text (they close an article as often as they open one). */
export const editorLine = /^(?:责任编辑|编辑|作者|审核|校对|初审|复审|终审|供稿|撰稿|摄影)[:： ]/;
