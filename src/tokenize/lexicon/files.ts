import { fold } from './fold.js';

/**
 * A file's name, or its size after it, at the end of a line (`[文件] …计划（定稿）.pdf 1.3MB`, `附件：…表.docx`,
 * `…清单.docx（23KB）`, `….xls [1.2MB]`, `…（发布稿）.pdf    2.3 MB`, `参赛报名表.xlsx 下载 (21.0 KB)`, `….pdf【下载】`): a
 * download's link.
 */
const fileAtEnd = /\.(?:pdf|docx?|xlsx?|wps|pptx?|zip|rar)(?: {0,6}(?:\[下载\]|【下载】|[(（]点击下载[)）]|下载))?(?: {0,6}[([]?\d{1,4}(?:\.\d{1,2})? ?[KMG]B?[)\]]?)?$/i;

/** Whether a line ends with a file's name (the last 24 units, folded, are looked at). */
export function endsWithFile(content: string): boolean {
  // (One look at the last unit first: a name, a size or a download's link ends in a Latin letter, a bracket or 载; most
  // lines end in words.)
  const last = content.charCodeAt(content.length - 1);
  return content.length >= 5 && mayEndFileLink(last) && fileAtEnd.test(fold(content.slice(-24)));
}

function mayEndFileLink(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) || c === 0x29 || c === 0x5d || c === 0xff09 || c === 0xff3d || c === 0x3011 || c === 0x8f7d /* 载 */;
}
