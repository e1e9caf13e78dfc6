import { defineLineRule } from '../define-line-rule.js';
import { hasSentenceEnd, isDigit, startsWith } from '../lexicon/chars.js';
import { looksLikeTitle, periodicalWords } from '../lexicon/doc-types.js';

// `- 3 -`, `— 3 —`, `·3·`, `3`, `第 3 页 共 10 页`, `第3页/共10页`, `3/10`, `Page 3`: linear, no nested quantifiers.
const dashed = /^[-—–_~ ·•・]*\d{1,4}[-—–_~ ·•・]*$/;
/** A page number set off by marks on both sides (`·13·`, `- 13 -`, `— 13 —`), which no text or table cell is. */
const decorated = /^[-—–·•・] ?\d{1,4} ?[-—–·•・]$/;
/** A page number between dashes after a footer's words and one space (`湖南省农业农村厅 - 3 -`). */
const dashedAtEnd = / [-—–] ?\d{1,4} ?[-—–]$/;
const chinesePage = /^(?:共 ?\d{1,4} ?页[ ,/，]*)?第 ?\d{1,4} ?页(?:[ ,/，]*共 ?\d{1,4} ?页)?$/;
const ofPages = /^\d{1,4} ?\/ ?\d{1,4}$/;
const english = /^page ?\d{1,4}(?: ?of ?\d{1,4})?$/i;
/**
 * A slide's or a page's label in a deck or a document saved as text: `幻灯片 3`, `Slide 3`, `第3张`, and set off by rules
 * or brackets, as export tools write them (`--- Slide 3 ---`, `=== 第3页 ===`, `【第1页】`).
 */
const slide = /^(?:幻灯片|slide) ?\d{1,3}$|^第 ?\d{1,3} ?张$/i;
const framedLabel = /^(?:[-=—]{2,6} ?(?:(?:幻灯片|slide|page) ?\d{1,3}|第 ?\d{1,3} ?[页张]) ?[-=—]{2,6}|[【[] ?(?:(?:幻灯片|slide|page) ?\d{1,3}|第 ?\d{1,3} ?[页张]) ?[】\]])$/i;

/**
 * A front matter's page number in Roman numerals alone, upper or lower case, perhaps between dashes (`I`, `iv`,
 * `- II -`), or one numeral character (`Ⅰ`, `ⅱ`, as a standard's 前言 pages print them): the pages of a cover, a preface
 * and a 目录 before page 1.
 */
const romanPage = /^(?:[-—–] ?)?(?:I{1,3}|IV|VI{0,3}|IX|XI{0,2}|i{1,3}|iv|vi{0,3}|ix|xi{0,2}|[\u2160-\u216b\u2170-\u217b])(?: ?[-—–])?$/;

/** A newspaper's jump to the page where an article goes on, and back: `（下转第2版）`, `（上接第1版）`, `(转A3版)`. */
const pageJump = /^[(（](?:下转|上接|转|接)(?:第 ?)?[A-Z]?\d{1,3} ?版[)）]$/;

/** A page number `— 1 —` as OCR reads its dashes: `一 1 一`, `一1一`. */
const ocrDashed = /^一 ?\d{1,4} ?一$/;

/** A page's number in Chinese, then in English after a gap: `第 1 页 共 4 页　Page 1 of 4`. */
function isBilingualPage(content: string): boolean {
  const gap = content.search(/ {1,4}[Pp]age/);
  return gap > 0 && chinesePage.test(content.slice(0, gap).trim()) && english.test(content.slice(gap).trim());
}

/** Whether a line is a newspaper's jump to another page (`（下转第2版）`, `（上接第1版）`). */
export function isPageJump(content: string): boolean {
  return content.length <= 14 && pageJump.test(content);
}

/** A page number left by PDF or Word extraction. */
export const pageNumber = defineLineRule({
  name: 'page-number',
  description: 'a page number line: `- 3 -`, `第 3 页 共 10 页`, `3/10`, a lone number, a front matter\'s `II`, a slide\'s `幻灯片 3`; a periodical\'s page head (`XX公报　　2022年第2期`)',
  tokenize: ({ content }) => {
    if (
      (content.length <= 24 && startsPageNumber(content.charCodeAt(0)) && (dashed.test(content) || chinesePage.test(content) || ofPages.test(content) || english.test(content) || slide.test(content) || framedLabel.test(content))) ||
      (content.length <= 40 && content.charCodeAt(0) === 0x7b2c /* 第 */ && isBilingualPage(content)) ||
      (content.length <= maxHeaderLine && headsWithPageNumber(content)) ||
      (content.length <= 100 && headsWithPageOf(content)) ||
      isPageJump(content) ||
      (content.length <= 200 && isPrintedPageEdge(content)) ||
      (content.length <= 8 && content.charCodeAt(0) === 0x4e00 && ocrDashed.test(content)) ||
      (content.length <= 8 && romanPage.test(content))
    )
      return { type: 'noise', kind: 'page-number' };
    return content.length <= maxHeaderLine && isPeriodicalHead(content) ? { type: 'noise', kind: 'running-header' } : null;
  },
});

const periodicalName = new RegExp(`(?:${periodicalWords})$`);
const issue = /^(?:(?:\d{4} ?年 ?)?第 ?\d{1,4} ?期|[(（]总第 ?\d{1,5} ?期[)）])$/;

/**
 * A periodical's page head without its page number: its name and its issue apart by a wide gap, in either order
 * (`清河市人民政府公报　　　2022年第2期` on odd pages, `2022年第2期　　　清河市人民政府公报` on even ones). Never text.
 */
function isPeriodicalHead(content: string): boolean {
  const gap = content.indexOf('  ');
  if (gap < 0) return false;
  const parts = content.split(/ {2,}/);
  if (parts.length !== 2) return false;
  const [a = '', b = ''] = parts;
  return (periodicalName.test(a) && issue.test(b)) || (issue.test(a) && periodicalName.test(b));
}

function startsPageNumber(c: number): boolean {
  return (
    startsWith.digit(c) || isDecoration(c) || c === 0x5f || c === 0x7e || c === 0x20 || c === 0x7b2c /* 第 */ || c === 0x5171 /* 共 */ || c === 0x50 || c === 0x70 || c === 0x5e7b /* 幻 */ || c === 0x53 || c === 0x73 || c === 0x3d || c === 0x3010 /* 【 */ || c === 0x5b
  );
}

/** `-` `—` `–` `·` `•` `・`, which set a page number off. */
function isDecoration(c: number): boolean {
  return c === 0x2d || c === 0x2014 || c === 0x2013 || c === 0xb7 || c === 0x2022 || c === 0x30fb;
}

/** How long a gazette's page head can be: its name, its issue and the page number, apart by a wide gap. */
const maxHeaderLine = 64;

/**
 * A page head that carries its page number (a gazette or a journal: `清江县人民政府公报　　　　·13·`,
 * `·14·　　　　2024年第3期`): a decorated page number at one end, apart from the rest by two or more spaces.
 */
function headsWithPageNumber(content: string): boolean {
  if (!isDecoration(content.charCodeAt(0)) && !isDecoration(content.charCodeAt(content.length - 1))) return false;
  const last = content.lastIndexOf('  ');
  if (last > 0 && decorated.test(content.slice(last + 2).trimStart())) return true;
  const first = content.indexOf('  ');
  if (first > 0 && decorated.test(content.slice(0, first))) return true;
  // Between dashes, apart by one space from a short head without sentence punctuation, as a Word footer has it:
  // `湖南省农业农村厅 - 3 -`.
  const atEnd = dashedAtEnd.exec(content);
  return atEnd !== null && atEnd.index > 0 && atEnd.index <= 30 && !hasSentenceEnd(content.slice(0, atEnd.index));
}

/**
 * The edge of a page a browser printed: its footer, the page's address and the page number (`https://…/art_59187340.html
 * 1/3`), and its header, the day and time of printing and the page's title (`2024/4/9 15:32　　…实施方案`).
 */
function isPrintedPageEdge(content: string): boolean {
  const c = content.charCodeAt(0);
  if (c === 0x68 /* h */ || c === 0x66 /* f */) return printFooter.test(content);
  if (!isDigit(c)) return false;
  const m = printHeader.exec(content);
  // Apart by one space only when the rest is a document's title (`2024/1/15 10:32 武陵县…2024年工作打算`, text extracted
  // without the page's layout); a log's entry says what happened then (`2024/4/9 15:32 召开会议`).
  // (The page's title may end with its site's name after an underscore or a dash, `…的通知_隆回县人民政府`.)
  return m !== null && ((m[1] as string).length >= 2 || looksLikeTitle(content.slice(m[0].length).replace(siteAfterTitle, '')));
}
const siteAfterTitle = /(?:_| [-|] )[^_|]{2,30}$/;
const printFooter = /^(?:https?|file):\/\/[^ ]+ +\d{1,3} ?\/ ?\d{1,3}$/;
const printHeader = /^(?:20)?\d{2}\/\d{1,2}\/\d{1,2} (?:上午|下午)?\d{1,2}:\d{2}(?::\d{2})?( +)(?=[^ ])/;

/**
 * A running header that carries `第N页` (`…实施方案　　　　　第2页`, `第3页　　　　…集团有限公司`): a page number in words
 * at one end, apart from a short head without sentence punctuation by two or more spaces.
 */
function headsWithPageOf(content: string): boolean {
  const atEnd = content.charCodeAt(content.length - 1) === 0x9875; /* 页 */
  if (!atEnd && content.charCodeAt(0) !== 0x7b2c /* 第 */ && content.charCodeAt(0) !== 0x5171 /* 共 */) return false;
  // (Apart by one space from a head of up to 20 units, as a Word footer has it: `湖南省农业农村厅 第3页`.)
  const wide = atEnd ? content.lastIndexOf('  ') : content.indexOf('  ');
  const narrow = atEnd ? content.lastIndexOf(' ') : content.indexOf(' ');
  const gap = wide > 0 ? wide : narrow > 0 && (atEnd ? narrow : content.length - narrow) <= 21 ? narrow : -1;
  if (gap <= 0) return false;
  const page = atEnd ? content.slice(gap).trim() : content.slice(0, gap);
  const head = atEnd ? content.slice(0, gap).trim() : content.slice(gap).trim();
  return chinesePage.test(page) && head.length > 0 && head.length <= 50 && !hasSentenceEnd(head);
}
