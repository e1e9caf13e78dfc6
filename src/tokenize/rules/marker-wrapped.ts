import { defineLineRule, matchNumberedMarker, type LineInput } from '../define-line-rule.js';
import { decoration, pandocAnchorSource, startsDecoration, wrapperClosers, wrapperOpener } from '../lexicon/wrappers.js';

/** Styles a wrapper never makes: bullets and Markdown headings are no numbered headings. */
const unwrapped = new Set(['bullet', 'heading']);

/** A bookmark pandoc wrote before a heading's text (`[]{#_Toc123 .anchor}`). Bounded runs. */
const pandocAnchor = new RegExp(`^${pandocAnchorSource}`);

/** A Markdown heading's, list item's or quote's mark and its space: `## `, `- `, `* `, `+ `, `> `. */
const markdownMark = /^(?:#{1,6}|[-*+>]) +/;


/** A table's rule a scan left before a line (`丨5.推进…`), when no other rule stands on the line (no table row). */
function strayRule(content: string): RegExpExecArray | null {
  const m = /^[|丨] */.exec(content);
  return m !== null && !/[|丨]/.test(content.slice(1)) ? m : null;
}

/**
 * `**一、总体目标**` (Markdown bold left in text copied from an online editor) and `【一、指导思想】` (an OA system's
 * heading): the marker inside the wrapper is the line's marker, with the opener written before it (the marker as
 * written is `**一、`, its style and number those of `一、`); the title leaves the closer out (grammar). Only when
 * the closer follows later on the line, so `【通知】` and `**注意**` stay what they are.
 */
export const markerWrapped = defineLineRule({
  name: 'marker-wrapped',
  description: '`**一、总体目标**`, `【一、指导思想】` (a numbered heading in bold or in 【】); `## 一、…`, `- 1.…` (Markdown marks left in plain text), `丨5.…` (a scan\'s stray rule), `★一、…`, `👉1.…`, `### 🎯 一、…` (a decoration)',
  first: (c) =>
    c === 0x2a /* * */ ||
    c === 0x5f /* _ */ ||
    c === 0x3010 /* 【 */ ||
    c === 0x23 /* # */ ||
    c === 0x2d /* - */ ||
    c === 0x2b /* + */ ||
    c === 0x3e /* > */ ||
    c === 0x7c /* | */ ||
    c === 0x4e28 /* 丨 */ ||
    c === 0x5b /* [ */ ||
    startsDecoration(c),
  tokenize: (input) => {
    const { content } = input;
    // Markdown's marks before the marker, left in text a crawler saved (`## 一、…`, `- 1.…`, `> （一）…`, `* **1.…**`).
    const mark = markdownMark.exec(content) ?? strayRule(content);
    let from = mark === null ? 0 : mark[0].length;
    // A bookmark pandoc wrote before a heading's text (`# []{#_Toc123 .anchor}一、总体要求`).
    const anchor = pandocAnchor.exec(from === 0 ? content : content.slice(from));
    if (anchor !== null) from += anchor[0].length;
    // A decoration, alone or after a Markdown mark (`### 🎯 一、…`, the headings chat assistants write).
    const decorated = decoration.exec(from === 0 ? content : content.slice(from));
    if (decorated !== null) from += decorated[0].length;
    const opener = wrapperOpener(content.slice(from));
    if (opener === '' && from === 0) return null;
    let at = from + opener.length;
    while (content.charCodeAt(at) === 0x20) at++;
    // (Or inside the wrapper, a WeChat post's bold heading with its icon: `**🔹一、深化…**`.)
    const inside = opener !== '' && decorated === null ? decoration.exec(content.slice(at)) : null;
    if (inside !== null) at += inside[0].length;
    const inner: LineInput = { line: input.line, folded: input.folded, start: input.start + at, end: input.end, content: content.slice(at) };
    const match = matchNumberedMarker(inner);
    const marker = match?.marker;
    if (match === null || match.type !== 'outlineMarker' || marker === undefined || unwrapped.has(marker.style)) return null;
    if (opener !== '' && !content.includes(wrapperClosers[opener] as string, at + marker.length)) return null;
    // `【第1篇】` alone: a piece's label on a page of sample texts (the grammar opens the piece there), no part of a plan
    // (a plan names its parts: `第一篇　发展基础`).
    if (opener === '【' && marker.style === 'part' && content.charAt(at + marker.length - 1 - marker.delimiterLength) === '篇' && content.slice(at + marker.length).trim() === '】') return null;
    // A wrapper around the marker alone (`**3.** 推动…`): its closer is part of the marker as written.
    const end = at + marker.length;
    const closer = opener === '' ? '' : (wrapperClosers[opener] as string);
    const length = closer !== '' && content.startsWith(closer, end) ? end + closer.length : end;
    // (A heading's mark, `### 1. 用户增长`, gives the marker its depth: a level of its own beside a list's `1.` below it.)
    const hashes = mark !== null && mark[0].charCodeAt(0) === 0x23 ? mark[0].trimEnd().length : 0;
    return { ...match, marker: hashes > 0 ? { ...marker, length, heading: hashes } : { ...marker, length } };
  },
});
