import { fold } from './fold.js';

/**
 * A file's name, or its size after it, at the end of a line (`[文件] …计划（定稿）.pdf 1.3MB`, `附件：…表.docx`,
 * `…清单.docx（23KB）`, `….xls [1.2MB]`, `…（发布稿）.pdf    2.3 MB`): a download's link.
 */
const fileAtEnd = /\.(?:pdf|docx?|xlsx?|wps|pptx?|zip|rar)(?: {0,6}[([]?\d{1,4}(?:\.\d{1,2})? ?[KMG]B?[)\]]?)?$/i;

/** Whether a line ends with a file's name (the last 20 units, folded, are looked at). */
export function endsWithFile(content: string): boolean {
  // (One look at the last unit first: a name or a size ends in a Latin letter or a bracket; most lines end in words.)
  const last = content.charCodeAt(content.length - 1);
  if (!((last >= 0x41 && last <= 0x5a) || (last >= 0x61 && last <= 0x7a) || last === 0x29 || last === 0x5d || last === 0xff09 || (last >= 0xff21 && last <= 0xff3a) || (last >= 0xff41 && last <= 0xff5a) || last === 0xff3d)) return false;
  return content.length >= 5 && fileAtEnd.test(fold(content.slice(-20)));
}
