// The ordered list of line rules. The order is the precedence: the first rule that matches a line makes
// its token. Adding a marker style: write rules/<name>.ts, add one line here, add its test.
import { setNumberedMarkerRules, type LineRule } from './define-line-rule.js';
import { blank } from './rules/blank.js';
import { pageNumber } from './rules/page-number.js';
import { separator } from './rules/separator.js';
import { navigation } from './rules/navigation.js';
import { metaLine } from './rules/meta-line.js';
import { tocHeading } from './rules/toc-heading.js';
import { tocEntry } from './rules/toc-entry.js';
import { markerChapter } from './rules/marker-chapter.js';
import { markerHanParen } from './rules/marker-han-paren.js';
import { markerArabicParen } from './rules/marker-arabic-paren.js';
import { markerPadded } from './rules/marker-padded.js';
import { markerDecimal } from './rules/marker-decimal.js';
import { markerArabic } from './rules/marker-arabic.js';
import { markerArabicHalfParen } from './rules/marker-arabic-half-paren.js';
import { markerCircled } from './rules/marker-circled.js';
import { markerShi } from './rules/marker-shi.js';
import { markerHan } from './rules/marker-han.js';
import { markerCapital } from './rules/marker-capital.js';
import { markerOrdinal } from './rules/marker-ordinal.js';
import { markerRoman } from './rules/marker-roman.js';
import { markerOcrSlip } from './rules/marker-ocr-slip.js';
import { markerLatin } from './rules/marker-latin.js';
import { markerWrapped } from './rules/marker-wrapped.js';
import { markerTwice } from './rules/marker-twice.js';
import { markerBullet } from './rules/marker-bullet.js';
import { markerHeading } from './rules/marker-heading.js';
import { title } from './rules/title.js';
import { paragraph } from './rules/paragraph.js';

export const lineRules: readonly LineRule[] = [
  blank,
  pageNumber, // before markers: `- 3 -` and a lone `3`
  separator, // before bullets: `——————` is no item
  navigation,
  metaLine,
  tocHeading,
  tocEntry, // before markers: `一、总体要求……3` is an entry, not a heading
  markerTwice, // before markers: `一、一、` is one marker, not `一、` before the numeral list `一、…`
  markerChapter,
  markerHanParen,
  markerArabicParen,
  markerPadded, // before marker-decimal and marker-arabic: `01.稳就业` is no decimal, and no `1.` item
  markerDecimal, // before marker-arabic: `1.1` is not `1.` followed by `1`
  markerArabic,
  markerArabicHalfParen,
  markerCircled,
  markerShi, // before marker-han: `一是` has no delimiter
  markerHan,
  markerCapital,
  markerOrdinal,
  markerRoman,
  markerOcrSlip, // after every marker of real numerals, before marker-latin: `l．` is 1, not the letter l
  markerLatin,
  markerWrapped, // before bullets: `**一、…**` is no `* ` item
  markerBullet,
  markerHeading, // Markdown input: after every numbered marker (`## 一、…` is `han`), before title
  title,
  paragraph, // fallback, always matches
];

// Inside `**…**` and `【…】`, and after a marker's first copy (`一、一、`): the numbered markers, in the same order.
setNumberedMarkerRules(lineRules.filter((rule) => rule.name.startsWith('marker-') && rule !== markerWrapped && rule !== markerTwice));
