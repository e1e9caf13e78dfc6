import { defineLineRule } from '../define-line-rule.js';
import { hasSentenceEnd, isDigit } from '../lexicon/chars.js';

// Dotted leaders then a page number, bare or in brackets: `一、总体要求……………3`, `第一章 总则 .......... 1`, `…要点……（7）`.
const leaders = /(?:\.{3,}|…+|·{3,}|・{3,}|-{4,}|_{4,}|(?:\. ){3,}) *(?:\d{1,4}|\(\d{1,4}\))$/;
// Leaders that run to the line's end, the page number wrapped onto the next line (`第一节 发展成就 ……………` / `1`): longer
// than any ellipsis in a sentence (`等等……`).
const leadersAtEnd = /(?:\.{6,}|…{4,}|·{6,}|・{6,}) *$/;

/** Leaders alone before a page number (`…4`, `……12`, `...5`), a line a wrap cut off an entry. */
const leaderTail = /^(?:\.{2,}|…+|·{2,}|・{2,}) ?\d{1,4}$/;

/** A table-of-contents entry with dotted leaders. */
export const tocEntry = defineLineRule({
  name: 'toc-entry',
  description: 'a table-of-contents entry with dotted leaders and a page number, bare or in brackets (or leaders to the end, the number on the next line)',
  // Only the tail is tested, so a long line costs no more than a short one; most lines end in neither a digit nor a leader.
  tokenize: ({ content }) => {
    const last = content.charCodeAt(content.length - 1);
    // The rest of a leader the wrap cut, with the page number (`2.…工作计划…` / `…4`): the entry's last line.
    if (content.length <= 8 && isDigit(last) && leaderTail.test(content)) return { type: 'tocEntry' };
    if (content.length <= 2) return null;
    if (isDigit(last) || last === 0x29 /* ) */) return leaders.test(content.slice(-48)) ? { type: 'tocEntry' } : null;
    return isLeader(last) && leadersAtEnd.test(content.slice(-48)) && !hasSentenceEnd(content) ? { type: 'tocEntry' } : null;
  },
});

function isLeader(code: number): boolean {
  return code === 0x2e /* . */ || code === 0x2026 /* … */ || code === 0xb7 /* · */ || code === 0x30fb /* ・ */;
}
