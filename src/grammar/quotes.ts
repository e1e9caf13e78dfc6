// A mail quoted in a reply: every line of it starts with `>` (`> -----原始邮件-----`, `> 发件人：…`, `> 一、…`). Its
// lines are the reply's text, not the outline of a document of the file: a plan quoted there has been sent before,
// and its numbering starts after `> `, not at the line's start. (A Markdown quote without a mail's header in it keeps
// its markers: `> （二）加强校园安全管理。` in a crawler's Markdown.)
import type { Token } from '../types.js';

/** A quoted mail's header or the line that introduces it: `> -----原始邮件-----`, `> 发件人：`, `> On … wrote:`. */
const quotedMailHeader = /^(?:> ?)+(?:-{2,} ?(?:原始邮件|Original Message) ?-{2,}|(?:发件人|收件人|抄送|主题|发送时间|日期)[:：]|(?:From|To|Subject|Sent|Date):|在.{1,60}写道[:：]?$|On .{1,100}wrote:$)/;

const isQuoted = (t: Token) => t.content.charCodeAt(0) === 0x3e; /* > */

/**
 * A mail's own header or separator, unquoted (`------------------ 原始邮件 ------------------`, `发件人：…`, `From: …`):
 * the file is a mail, and a quote in it (`> 二、重点工作` / `> 3. …` above the reply's remark) is of the mail answered,
 * its markers no outline either. (Not `抄送：` or `主题：`, which a notice's 版记 and a page's keywords have too.)
 */
const mailHeader = /^(?:-{2,} ?(?:原始邮件|Original Message|Forwarded message) ?-{2,}|(?:发件人|收件人|发送时间)[:：]|(?:From|Sent):|在.{1,60}写道[:：]?$|On .{1,100}wrote:$)/;

/**
 * The tokens with each run of quoted lines that holds a mail's header, or any run in a mail, read as plain text: its
 * markers and titles become paragraphs (the same array when there is none). The text, lines and columns stay as they are.
 */
export function withoutMailQuotes(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | null = null;
  /** Whether the file is a mail (looked for once, at its first quoted line). */
  let isMail: boolean | undefined;
  let i = 0;
  while (i < tokens.length) {
    if (!isQuoted(tokens[i] as Token)) {
      i++;
      continue;
    }
    // A run of quoted lines (blank lines inside it do not end it when a quoted line follows).
    let end = i;
    let mail = false;
    for (let j = i; j < tokens.length; j++) {
      const t = tokens[j] as Token;
      if (t.type === 'blank') continue;
      if (!isQuoted(t)) break;
      end = j + 1;
      if (!mail && quotedMailHeader.test(t.content)) mail = true;
    }
    isMail ??= tokens.some((t) => t.type !== 'blank' && !isQuoted(t) && mailHeader.test(t.content));
    if (mail || isMail) {
      out ??= tokens.slice();
      for (let j = i; j < end; j++) {
        const t = out[j] as Token;
        if (t.type === 'outlineMarker' || t.type === 'titleCandidate') out[j] = { ...t, type: 'paragraph', marker: undefined, kind: undefined };
      }
    }
    i = Math.max(end, i + 1);
  }
  return out ?? tokens;
}
