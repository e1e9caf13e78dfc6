import { defineLineRule } from '../define-line-rule.js';

const bullet = /^(?:[●■◆◇□○•▪►★☆▶√]|——|-(?= )|\*(?= ))/;

/** `●` `■` `◆` `•` `——` `- ` `* ` at the start of a line: body items unless the document is an outline of them. */
export const markerBullet = defineLineRule({
  name: 'marker-bullet',
  description: '`●` `■` `◆` `•` `——` bullets (nodes only when the document uses them as its outline)',
  tokenize: ({ content }) => {
    const m = bullet.exec(content);
    if (!m || content.length === m[0].length) return null;
    return { type: 'outlineMarker', marker: { style: 'bullet', number: 0, length: m[0].length, delimiterLength: 0, strength: 'bullet' } };
  },
});
