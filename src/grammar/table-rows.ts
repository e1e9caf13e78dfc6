// Rows of tables flattened into text, as the grammar meets them among markers: cells apart by tabs or runs of
// spaces, figures in cells, lists written inside a cell.
import type { Marker, MarkerStyle, Token } from '../types.js';
import { fold } from '../tokenize/lexicon/fold.js';
import { endsWithNumberCells, hasSpaceCells, isDigit } from '../tokenize/lexicon/chars.js';

/** The next number of a list that starts in a cell of a row (`2⇥推进“三教”改革⇥1.组建…；`: 2), 0 when none. */
export function cellListAt(text: string): number {
  if (!text.includes('\t')) return 0;
  let last = 0;
  for (const m of text.matchAll(cellItem)) last = Number(m[1]);
  return last === 0 ? 0 : last + 1;
}

const cellItem = /\t *(\d{1,2})[.．、]/g;

/** A tab after some text, then a figure or a dash: a cell of a table of figures (tested only on lines with a tab). */
const figureCell = /\S\t+[ ]*(?:[0-9０-９]|——|—|-|－|\.)/;

/** Empty cells after a line's text: tabs at its end (`一、深化改革⇥⇥⇥`). */
export const emptyCellsAfter = /\S\t[\t ]*$/;

/** Two empty cells or more after a line's text: two tabs at least at its end (`1.设备费⇥⇥⇥`, a blank form's row). */
export const blankCellsAfter = /\S\t[ ]*\t[\t ]*$/;

/**
 * Whether a table's row laid out with runs of spaces has a cell that starts at `index` (after two spaces or more, past
 * the row's first cell).
 */
export function cellStartsAt(text: string, index: number): boolean {
  if (index < 3 || index >= text.length || text.charCodeAt(index - 1) !== 0x20 || text.charCodeAt(index - 2) !== 0x20 || text.charCodeAt(index) === 0x20) return false;
  return text.slice(0, index).trim().length > 0 && hasSpaceCells(fold(text));
}

/** The styles of a list written inside a table's cell (`1.…；` `2.…`, `（1）…`, `①…`). */
export const cellListStyles: ReadonlySet<MarkerStyle> = new Set<MarkerStyle>(['arabic', 'arabic-paren', 'arabic-half-paren', 'circled']);

/** A figure as a table writes it: `35,620`, `101.4`, `-3.5` (a regex source). */
const figure = '[-+]?\\d[\\d,]*(?:\\.\\d+)?';

/** A figure alone in a cell, set apart by two spaces or more: `   35,620   `, `  101.4` at the end. */
const spacedFigureCell = new RegExp(`\\S {2,}${figure}%?(?: {2,}|$)`);

/**
 * A row of a table of figures with its cells apart by single spaces, under its header (`序号 指标名称 单位 数量` /
 * `2.1 地上建筑面积 ㎡ 16450`, `1.1 工程费用 40126.38 76.55%`): two cells or more after the number, the last a figure.
 */
export function endsInFigureCell(t: Token, marker: Marker): boolean {
  const cells = fold(t.text).slice(marker.contentColumn - 1).trim().split(/ +/);
  return cells.length >= 2 && figureAlone.test(cells[cells.length - 1] as string);
}

const figureAlone = new RegExp(`^${figure}%?$`);

/** Whether a (folded, trimmed) text is a figure alone (`68.4`, `35,620`, `24.3%`): a table's cell. */
export function isFigure(text: string): boolean {
  return figureAlone.test(text);
}

/** A figure without unit or sign after it (`22.14`, `1,602`): an amount in a table's column. */
const bareFigure = new RegExp(`^${figure}$`);

/** Whether a cell after a tab past `from` holds a figure alone (`4968.28`, `24.3%`): a table of figures' row. */
export function hasFigureCell(text: string, from: number): boolean {
  for (let i = text.indexOf('\t', from); i !== -1; i = text.indexOf('\t', i + 1)) {
    const end = text.indexOf('\t', i + 1);
    if (figureAlone.test(fold(text.slice(i + 1, end === -1 ? text.length : end)).trim())) return true;
  }
  return false;
}

/**
 * A row of a table flattened to lines without its header: a weak number (`1⇥…`) followed by two or more cells
 * apart by tabs (`1⇥地区生产总值增长7.5%⇥经济发展局⇥2022年12月`).
 */
/** A last cell that names a week of the term, after a tab or a gap of two spaces or more: `第11周`, `1-2周`, `第3～4周`. */
const weekCellAtEnd = /(?:\t| {2,})第?\d{1,2}(?: ?[-—～~至] ?\d{1,2})?周$/;

export function isTableRow(t: Token, marker: Marker): boolean {
  // Any marker whose text goes on past a tab into a figure (`一、本年新收政府信息公开申请数量⇥198⇥18`,
  // `1.一般公共预算拨款收入⇥4968.28万元`, `（一）予以公开⇥——`): a row of a table of figures.
  const from = marker.contentColumn - 1;
  const tab = t.text.indexOf('\t', from) !== -1;
  // (One figure with its unit set apart by a tab, `1、门急诊人次⇥85万人次`, `3、城网供电可靠率⇥99.975%`, is a target's
  // value: the item stays. A bare figure, `三、卫生健康支出⇥22.14`, or several cells, is a row.)
  // (A row's empty cells at its end, `三、其他收入⇥1,470.27⇥`, are no cells: the figure is its last.)
  if (tab && figureCell.test(t.text.slice(from)) && (tabCellsAfter(t.text, from) >= 2 || bareFigure.test(fold(lastCell(t.text)).trim()))) return true;
  // Columns set apart by runs of spaces, as a layout-keeping extraction writes them (`一、一般公共预算拨款收入   6,352.18
  // 一、社会保障和就业支出 …`, `（一）教育支出        92,318      94,062     101.9`): a figure alone in a cell.
  // (Or by runs of ideographic spaces, `1　　心血管内科一病区　　98.62`.)
  if ((t.text.indexOf('  ', from) !== -1 || t.text.indexOf('\u3000\u3000', from) !== -1) && spacedFigureCell.test(fold(t.text.slice(from)))) return true;
  // Or by single spaces, four figures or more at the end (`一、本年新收政府信息公开申请数量 17 1 0 0 1 0 19`).
  // (Folded only when the line ends in a digit, ASCII or full-width: most lines do not.)
  const end = t.text.trimEnd();
  const last = end.charCodeAt(end.length - 1);
  // (Not after a sentence, `（二）加强职业技能培训。…开展培训 6 0 0 0` / `人次，…`: a figure set out digit by digit, cut by the wrap.)
  if ((isDigit(last) || (last >= 0xff10 && last <= 0xff19)) && endsWithNumberCells(fold(end.slice(from))) && !/[。，；！？]/.test(end.slice(from))) return true;
  // A teaching schedule's row, a textbook's section first and the week last, apart by a gap (`13.3 等腰三角形（5课时）　　第11周`,
  // `16.1 二次根式⇥第2周`): no outline's subsection.
  if (marker.style === 'decimal' && weekCellAtEnd.test(fold(t.text.slice(from)).trimEnd())) return true;
  // Two cells or more after the first, apart by tabs (`3.⇥压实企业主体责任⇥推行全员…⇥各行业主管部门⇥持续推进`); one after
  // a code with a leading zero (`07⇥居住用地⇥指城乡住宅用地`, a table of codes, no section badge).
  if (tab && tabCellsAfter(t.text, from) >= (marker.badge === true ? 1 : 2)) return true;
  // (A day written with a dot in a schedule's first column, then its cells: `7.1⇥集中收看庆祝大会直播⇥各团支部`, the tab
  // after the day its delimiter.)
  if (marker.style === 'decimal' && marker.path.length === 2 && t.text.charCodeAt(marker.contentColumn - 2) === 0x09 && tabCellsAfter(t.text, marker.column - 1) >= 2) return true;
  if (marker.strength !== 'weak' || marker.style !== 'arabic') return false;
  let tabs = 0;
  for (let i = t.text.indexOf('\t', marker.column); i !== -1 && tabs < 2; i = t.text.indexOf('\t', i + 1)) tabs++;
  return tabs >= 2;
}

/** The text after a line's last tab that has text after it. */
function lastCell(text: string): string {
  const row = text.trimEnd();
  return row.slice(row.lastIndexOf('\t') + 1);
}

/** How many tabs after `from` have a cell's text after them (tabs at the line's end do not count). */
export function tabCellsAfter(text: string, from: number): number {
  let cells = 0;
  for (let i = text.indexOf('\t', from); i !== -1; i = text.indexOf('\t', i + 1)) {
    const next = text.charCodeAt(i + 1);
    if (next !== 0x09 && next !== 0x20 && !Number.isNaN(next)) cells++;
  }
  return cells;
}

/**
 * How many figures a line holds when it holds nothing else (`3 0 0 0 0 0 3`, `3⇥0⇥0`, the figures of a row whose label
 * stands on the line above); 0 for any other line, or fewer than three figures. Folded text.
 */
export function figuresOnly(folded: string): number {
  const cells = cellsOf(folded);
  return cells.length >= 3 && figuresAtEnd(cells, 0) === cells.length ? cells.length : 0;
}

/** How many figures end a row after its label (`一、本年新收政府信息公开申请数量 17 1 0 0 1 0 19` → 7). Folded text. */
export function trailingFigures(folded: string): number {
  return figuresAtEnd(cellsOf(folded), 1);
}

const cellsOf = (folded: string): string[] => folded.trim().split(/[ \t]+/);

/** How many of `cells` from the last back to `stop` are figures, counted until the first that is not. */
function figuresAtEnd(cells: readonly string[], stop: number): number {
  let n = 0;
  for (let k = cells.length - 1; k >= stop && figureAlone.test(cells[k] as string); k--) n++;
  return n;
}
