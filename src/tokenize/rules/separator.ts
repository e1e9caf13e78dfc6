import { defineLineRule } from '../define-line-rule.js';

// A rule drawn with one repeated symbol (`==========`, `——————`, `**********`, `─────`; `＝＝＝＝` is folded to `====`):
// four or more of them, nothing else; three of those a Markdown thematic break or a text editor draws (`===`, `---`,
// `***`, `~~~`, `###`; not `———`, which a table's cell may hold for nothing). Each alternative one character repeated:
// linear. OCR reads a letterhead's red rule as the numeral 一 repeated (`一一一一一一★一一一一一一`): six or more.
const rule = /^(?:={3,}|-{3,}|—{4,}|_{4,}|\*{3,}|~{3,}|#{3,}|─{4,}|━{4,}|一{6,})$/;
const firstCodes = new Set([...'=-—_*~#─━一'].map((c) => c.charCodeAt(0)));

/**
 * A record's banner in a dump of several files: a name framed by runs of one symbol (`===== 文件：…总结.pdf =====`,
 * `---- 第 2 篇 ----`), three or more on each side, and a form's cut line (`- - - （沿此线剪开）- - -`); not a picture's
 * file (`===== IMG_3021.PNG =====`, a page of a screenshot series). Counted, not matched: linear.
 */
function isBanner(content: string): boolean {
  const c = content.charCodeAt(0);
  if (!bannerCodes.has(c) || content.charCodeAt(content.length - 1) !== c || content.length > 120) return false;
  // (The symbols may stand apart by spaces, as a form's cut line draws them: `- - - - （沿此线剪开）- - - -`.)
  let head = 0;
  let before = 0;
  for (; content.charCodeAt(head) === c || content.charCodeAt(head) === 0x20; head++) if (content.charCodeAt(head) === c) before++;
  let tail = content.length;
  let after = 0;
  for (; tail > head && (content.charCodeAt(tail - 1) === c || content.charCodeAt(tail - 1) === 0x20); tail--) if (content.charCodeAt(tail - 1) === c) after++;
  const name = content.slice(head, tail).trim();
  return before >= 3 && after >= 3 && name.length > 0 && !imageFile.test(name);
}
/** A screenshot's or a scanned page's file (`IMG_3021.PNG`): a page of one document, no record of its own. */
const imageFile = /\.(?:png|jpe?g|gif|bmp|webp|heic|tiff?)$/i;
const bannerCodes = new Set([...'=-—_~─━一'].map((c) => c.charCodeAt(0)));

/** A separator line between parts of a file: the grammar lets a new document start after one. */
export const separator = defineLineRule({
  name: 'separator',
  description: 'a separator line: `==========`, `——————`, `**********`; a record\'s banner (`===== 文件：….pdf =====`)',
  first: (c) => firstCodes.has(c),
  tokenize: ({ content }) =>
    content.length <= 200 && (rule.test(content.replace(/ /g, '')) || isBanner(content)) ? { type: 'noise', kind: 'separator' } : null,
});
