import { defineLineRule } from '../define-line-rule.js';
import { delimiterAt } from '../lexicon/chars.js';
import { circledNumber, digitFullStop, keycap } from '../lexicon/numerals.js';


/** `①` … `⑳` (and `㉑` … `㊿`, `❶` `➀` `⓵` …), optionally followed by `、` or `.`; `⒈` … `⒛` as their own style; keycaps `1️⃣` as circled. */
export const markerCircled = defineLineRule({
  name: 'marker-circled',
  description: '`①` … `⑳` (circled numbers), `1️⃣` … `🔟` (keycaps, as circled) and `⒈` … `⒛` (digit full stop)',
  first: (c) => (c >= 0x2460 && c <= 0x249b) || (c >= 0x24eb && c <= 0x24fe) || (c >= 0x2776 && c <= 0x2793) || (c >= 0x3251 && c <= 0x325f) || (c >= 0x32b1 && c <= 0x32bf) || (c >= 0x31 && c <= 0x39) || c === 0xd83d,
  tokenize: ({ content }) => {
    const c = content.charCodeAt(0);
    if ((c >= 0x31 && c <= 0x39) || c === 0xd83d) {
      const k = keycap.exec(content);
      // (`1️⃣号活动已报满`: a number's 号 after it, no item; `1️⃣` alone, a chat's reply to `收到请扣1`, none either.)
      if (k === null || content.charCodeAt(k[0].length) === 0x53f7 /* 号 */ || content.trimEnd().length === k[0].length) return null;
      const delimited = delimiterAt(content, k[0].length);
      return { type: 'outlineMarker', marker: { style: 'circled', number: k[1] === undefined ? 10 : Number(k[1]) * (k[2] === undefined ? 1 : 10) + Number(k[2] ?? 0), length: k[0].length + delimited, delimiterLength: delimited, strength: 'strong' } };
    }
    const first = content[0] ?? '';
    // `①、节约用水`: a comma or dot right after the number is its delimiter, not the start of the title.
    const delimited = delimiterAt(content, 1);
    const circled = circledNumber(first);
    if (circled && content.charCodeAt(1) !== 0x53f7 /* 号: `①号楼` */)
      return { type: 'outlineMarker', marker: { style: 'circled', number: circled, length: 1 + delimited, delimiterLength: delimited, strength: 'strong' } };
    const stop = digitFullStop(first);
    if (stop) return { type: 'outlineMarker', marker: { style: 'digit-full-stop', number: stop, length: 1, delimiterLength: 0, strength: 'strong' } };
    return null;
  },
});
