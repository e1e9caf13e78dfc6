import { defineLineRule } from '../define-line-rule.js';
import { speechSubtitle } from '../lexicon/doc-types.js';

// (The ballot boxes too, `☐` `☑` `☒`: a to-do list's items, `☐ 编制招标文件（@采购中心）`.)
const bullet = /^(?:[●■◆◇□○•▪►★☆▶√☐☑☒]|——|-(?= )|\*(?= ))/;

/** Boxes and their answers on one line: `□适用 √不适用`, `√是 □否`, `□有 ☑无` (another box after the first answer). */
const tickedAnswer = /^[□√☑☐☒■][^□√☑☐☒■]{1,6}[□√☑☐☒■]/;

/** `●` `■` `◆` `•` `——` `- ` `* ` at the start of a line: body items unless the document is an outline of them. */
export const markerBullet = defineLineRule({
  name: 'marker-bullet',
  description: '`●` `■` `◆` `•` `——` bullets (nodes only when the document uses them as its outline)',
  tokenize: ({ content }) => {
    const m = bullet.exec(content);
    if (!m || content.length === m[0].length) return null;
    // `——在…会议上的讲话` under a speech's title is its subtitle, not an item.
    if (m[0] === '——' && speechSubtitle.test(content)) return null;
    // `□适用 √不适用`, `□是 √否`: a form's answer ticked among its boxes, no item.
    if (m[0] !== '■' && tickedAnswer.test(content)) return null;
    return { type: 'outlineMarker', marker: { style: 'bullet', number: 0, length: m[0].length, delimiterLength: 0, strength: 'bullet' } };
  },
});
