import { fold } from './fold.js';

/**
 * A file's name, or its size after it, at the end of a line (`[文件] …计划（定稿）.pdf 1.3MB`, `附件：…表.docx`,
 * `…清单.docx（23KB）`, `….xls [1.2MB]`, `…（发布稿）.pdf    2.3 MB`): a download's link.
 */
const fileAtEnd = /\.(?:pdf|docx?|xlsx?|wps|pptx?|zip|rar)(?: {0,6}[([]?\d{1,4}(?:\.\d{1,2})? ?[KMG]B?[)\]]?)?$/i;

/** Whether a line ends with a file's name (the last 20 units, folded, are looked at). */
export function endsWithFile(content: string): boolean {
  return content.length >= 5 && fileAtEnd.test(fold(content.slice(-20)));
}
