import { defineLineRule } from '../define-line-rule.js';
import { edit, fragments } from '../lexicon/chars.js';
import { capitalClass, parseArabic, parseCapitalNumeral, parseHanNumeral } from '../lexicon/numerals.js';
import type { MarkerStyle } from '../../types.js';
import { namesOwnKind } from '../lexicon/doc-types.js';
import { fold } from '../lexicon/fold.js';

const chapter = edit(/^[第笫弟苐]gap((?:[二三四五六七八九]?十)?[—-]|[二三四五六七八九]?\+[一二三四五六七八九]?|han|capital|num)gap(部 ?分|编|篇|章|节|条|款)/)
  .replace('capital', `${capitalClass}{1,3}`)
  .replace('gap', fragments.gap)
  .replace('han', fragments.hanNumeralSpaced)
  .replace('num', fragments.arabicNumber)
  .getRegex();

const capitalFirst = new RegExp(`^${capitalClass}`);

// (`部 分` as letter spacing sets it, `第 一 部 分　发 展 基 础`, is a part too.)
const unitStyle: Record<string, MarkerStyle> = { 部分: 'part', '部 分': 'part', 编: 'part', 篇: 'part', 章: 'chapter', 节: 'section', 条: 'article', 款: 'clause' };

// After `第一节` these make a measure word, not a heading (`第一节课`, `第三条路`).
const measureFollowers = /^(?:课|路|线|腿|船|例|款项|件|次|文章|论文|报道|稿件)/;

const reference = /^ ?(?:[、,，和及与至到或]|或者|以及) ?第/;

/** Words that cite an article, a chapter or a section inside a sentence (`第二条所列范围…`, `第三条规定的期限…`). */
const citedUnit = /^(?:所列|所称|所述|所规定|规定的|之规定|的规定|中的|第[一二三四五六七八九十\d]|[款项](?:规定|的|所|之))/;

/** `之一` after an article's number (`第八条之一　…`): an inserted article's. */
const insertedArticle = /^之[一二三四五六七八九十]{1,3}(?=[ 　、,.:：，．]|$)/;

/** `第一章`, `第 1 章`, `第一部分`, `第 一 部 分`, `第十二条`, `第一节`, `第二编`, `第一篇`, `第一款`. */
export const markerChapter = defineLineRule({
  name: 'marker-chapter',
  description: '`第X编/篇/部分/章/节/条/款` with Chinese or Arabic numerals, spaces allowed inside (`笫` `弟` `苐` for `第`, `-` for 一 and `+` for 十 too)',
  // `笫`, `弟`, `苐` (look-alikes, as OCR and hurried typing leave them) for `第`: `笫四章`, `弟三条` name nothing else.
  first: (c) => c === 0x7b2c /* 第 */ || c === 0x7b2b /* 笫 */ || c === 0x5f1f /* 弟 */ || c === 0x82d0 /* 苐 */,
  tokenize: ({ content }) => {
    const m = chapter.exec(content);
    if (!m) return null;
    // `第+四条`: OCR's plus for 十.
    const numeral = (m[1] ?? '').replace(' ', '').replace('+', '十');
    // `第—章`, `第十—条`, `第-条`, `第二十-条`: OCR's dash or hyphen for 一.
    // `第壹章`, `第貳條`: capital numerals, as Taiwan's charters write them.
    const dashed = numeral.endsWith('—') || numeral.endsWith('-');
    const number = dashed ? (numeral.length === 1 ? 0 : (parseHanNumeral(numeral.slice(0, -1)) ?? 0)) + 1 : /^\d/.test(numeral) ? parseArabic(numeral) : capitalFirst.test(numeral) ? parseCapitalNumeral(numeral) : parseHanNumeral(numeral);
    if (!number) return null;
    // `第八条之一`, `第十条之二`: an article put in between by an amendment, numbered as the one before it.
    const between = m[2] === '条' ? insertedArticle.exec(content.slice(m[0].length)) : null;
    const head = m[0].length + (between?.[0].length ?? 0);
    const rest = content.slice(head);
    if (measureFollowers.test(rest)) return null;
    // `第十条、第十一条的规定…`, `第三条至第五条…`: references to several articles inside a sentence.
    if (reference.test(rest)) return null;
    // `第二条所列范围…`, `第五条规定的…`: one cited inside a sentence, a wrap put it at a line's start.
    if ((m[2] === '条' || m[2] === '章' || m[2] === '节') && citedUnit.test(rest)) return null;
    // `第2篇 社区工作计划`: a piece of a collection of sample texts under its own title, no part of an outline (a plan's
    // parts are named by their matter: `第一篇 开启全面建设新征程`).
    if (m[2] === '篇' && namesOwnKind(fold(rest).replace(/^[ :：、]+/, '').trim())) return null;
    // `第一篇章《花开》：…`: a movement of a gala's programme, 篇章 one word, no part.
    if (m[2] === '篇' && rest.charCodeAt(0) === 0x7ae0 /* 章 */) return null;
    const next = rest.charCodeAt(0);
    // Followed by space, punctuation or nothing: a heading. Followed by text directly: weak (`第三条规定…`).
    const delimited = rest.length === 0 || next === 0x20 || /^[、,.:：，．]/.test(rest);
    const delimiterLength = /^[、,.:：，．]/.test(rest) ? 1 : 0;
    return {
      type: 'outlineMarker',
      marker: {
        style: unitStyle[m[2] ?? ''] ?? 'chapter',
        number,
        length: head + delimiterLength,
        delimiterLength,
        strength: delimited ? 'strong' : 'weak',
      },
    };
  },
});
