// Wrappers around a numbered heading: `**一、总体目标**` (Markdown bold left in text copied from an online editor),
// `__一、…__`, `【一、指导思想】` (an OA system's heading). The tokenizer reads the marker inside (the marker as written
// starts with the opener), the grammar leaves the closer out of the title, the Markdown emitter writes it back.

/** Each opener and the closer it needs later on the line. */
export const wrapperClosers: Readonly<Record<string, string>> = { '**': '**', __: '__', '【': '】' };

/** The opener a line's content (or a marker as written) starts with, '' when none. */
export function wrapperOpener(text: string): string {
  if (text.startsWith('**')) return '**';
  if (text.startsWith('__')) return '__';
  return text.charAt(0) === '【' ? '【' : '';
}

/** The closer a marker as written (`**一、`, `【一、`) needs, '' when it has no wrapper. */
export function wrapperCloser(marker: string): string {
  return wrapperClosers[wrapperOpener(marker)] ?? '';
}

/** Bold or a Markdown heading's mark left around a title in text a crawler saved: `**…方案**`, `# …要点`. */
const bold = /^(\*\*|__)(.+)\1$/;
const headingMark = /^#{1,6} +/;

/**
 * A line's text without the bold or heading mark around it (`**XX方案**` → `XX方案`), without a decoration before
 * it (`## 📋 XX计划`, `★XX方案` → `XX计划`, `XX方案`; not a run of them, `□□县…` being a name left blank) and without
 * emoji after it (`🏮中秋节…活动方案🏮` → `中秋节…活动方案`); the text itself otherwise.
 */
export function unmarkedTitle(content: string): string {
  const end = emojiEnd(content);
  const text = end < content.length ? content.slice(0, end) : content;
  const c = text.charCodeAt(0);
  if (c !== 0x2a && c !== 0x5f && c !== 0x23 && !startsDecoration(c)) return text;
  const inner = undecorated(text.replace(headingMark, ''));
  return bold.exec(inner)?.[2]?.trim() ?? inner;
}

/**
 * Where the emoji at a text's end start, with the spaces before them (`…活动方案 🎉✨` → before ` 🎉✨`): the text's
 * length when none end it, or when nothing but them is left. A loop from the end: linear.
 */
function emojiEnd(text: string): number {
  let end = text.length;
  for (;;) {
    const c = text.charCodeAt(end - 1);
    if (c === 0xfe0f || c === 0x200d) end--;
    else if (c >= 0xdc00 && c <= 0xdfff && end >= 2 && text.charCodeAt(end - 2) >= 0xd83c && text.charCodeAt(end - 2) <= 0xd83e) end -= 2;
    else if ((c >= 0x2600 && c <= 0x2775) || (c >= 0x2794 && c <= 0x27bf) || (c >= 0x2b00 && c <= 0x2bff) || isPlaneEmoji(c)) end--;
    else break;
  }
  if (end === text.length) return end;
  while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
  return end === 0 ? text.length : end;
}

function undecorated(text: string): string {
  const m = decoration.exec(text);
  return m === null || startsDecoration(text.charCodeAt(m[0].length)) ? text : text.slice(m[0].length);
}

/**
 * A decoration typed before a heading in posts and forums (`★一、`, `▲（一）`, `◆1.`, `👉1.`, `▌一、`, `🔗 相关链接`): a
 * symbol, a block bar or an emoji (with its variation selector), then spaces.
 */
const decorationSymbols = '▲△▼▽◆◇●○■□▪▶►◎※√→▌▍▎▏▐█';
// The symbols and dingbats emoji pickers offer (`✨` `✅` `⭐` `☑️` `➡️` `❤`), but the dingbats' circled numbers (❶–➓); and
// the emoji among the technical symbols (`⏰` `⌚` `⏳` `⏩`), the arrows (`↘️` `↩️`) and elsewhere in the plane (`‼️` `⁉️`
// `ℹ️` `〽️` `〰️`): a post's `⏰一、检测时间：…` as its `📍二、…`.
const symbolBlocks = '\\u2600-\\u2775\\u2794-\\u27BF\\u2B00-\\u2BFF\\u2300-\\u23FF\\u203C\\u2049\\u2139\\u2194-\\u2199\\u21A9\\u21AA\\u3030\\u303D';
export const decoration = new RegExp(`^(?:[${decorationSymbols}${symbolBlocks}]|[\\uD83C-\\uD83E][\\uDC00-\\uDFFF])\\uFE0F? *`);
const decorationFirst = new Set([...decorationSymbols].map((c) => c.charCodeAt(0)));

/**
 * A short line without the marks that frame it on either side (`▼往期推荐▼`, `—— 往期回顾 ——`, `往期推荐👇`, `▶ 往期推荐`):
 * decorations, dashes and the spaces between; '' when nothing frames it. A loop from each end: linear.
 */
export function unframed(content: string): string {
  let from = 0;
  let to = content.length;
  while (from < to && isFrameMark(content.charCodeAt(from))) from++;
  while (to > from && isFrameMark(content.charCodeAt(to - 1))) to--;
  return from === 0 && to === content.length ? '' : content.slice(from, to);
}

/** A decoration's unit (an emoji's second half and its selector too), a dash, a dot or a space: what frames a heading. */
function isFrameMark(c: number): boolean {
  return startsDecoration(c) || (c >= 0xdc00 && c <= 0xdfff) || c === 0xfe0f || frameDashes.has(c) || (c >= 0x25a0 && c <= 0x25ff) || (c >= 0x2190 && c <= 0x21ff);
}
const frameDashes = new Set([...' -—–~·•'].map((c) => c.charCodeAt(0)));

/** Whether a line's first unit may start a decoration: one of the symbols, a dingbat, or an emoji's first unit. */
export function startsDecoration(code: number): boolean {
  return (
    decorationFirst.has(code) ||
    (code >= 0x2600 && code <= 0x2775) ||
    (code >= 0x2794 && code <= 0x27bf) ||
    (code >= 0x2b00 && code <= 0x2bff) ||
    (code >= 0xd83c && code <= 0xd83e) ||
    isPlaneEmoji(code)
  );
}

/** The emoji of the basic plane outside the symbol and dingbat blocks (see `symbolBlocks`). */
function isPlaneEmoji(code: number): boolean {
  return (code >= 0x2300 && code <= 0x23ff) || code === 0x203c || code === 0x2049 || code === 0x2139 || (code >= 0x2194 && code <= 0x2199) || code === 0x21a9 || code === 0x21aa || code === 0x3030 || code === 0x303d;
}

/** An empty span with an id and classes, as pandoc writes a Word bookmark before a heading's text: `[]{#_Toc123 .anchor}`. */
export const pandocAnchorSource = '\\[\\]\\{#[^{}\\s]{1,80}(?: \\.[\\w-]{1,20}){0,3}\\} ?';
