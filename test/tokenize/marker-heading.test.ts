// marker-heading: a Markdown heading that no numbered marker rule took is its own marker (depth 2–6) or the
// document title (depth 1). The lines are built as source/markdown.ts builds them: `#`s already spaces.
import { describe, expect, it } from 'vitest';
import { markerHeading } from '../../src/tokenize/rules/marker-heading.js';
import { tokenizeLine } from '../../src/tokenize/index.js';
import type { Line } from '../../src/types.js';

const heading = (text: string, depth: number): Line => ({ line: 3, text, eol: '\n', offset: 0, markup: { heading: depth } });

describe('rule marker-heading', () => {
  it('has a description', () => expect(markerHeading.description.length).toBeGreaterThan(10));

  it('makes an unnumbered heading a strong heading marker of length 0, number 0, one path entry per level', () => {
    const token = tokenizeLine(heading('   总体要求', 3));
    expect(token.rule).toBe('marker-heading');
    expect(token.type).toBe('outlineMarker');
    expect(token.marker).toEqual({ style: 'heading', number: 0, path: [0, 0, 0], raw: '', delimiter: '', width: 'none', strength: 'strong', column: 4, contentColumn: 4, heading: 3 });
  });

  it('leaves a numbered heading to the numbered rules (the #s are spaces by then)', () => {
    const numbered: [string, string, number][] = [
      ['   一、总体要求', 'han', 1],
      ['    （二）主要目标', 'han-paren', 2],
      ['   3. 加强队伍建设', 'arabic', 3],
      ['   第一章 总则', 'chapter', 1],
    ];
    for (const [text, style, number] of numbered) {
      const token = tokenizeLine(heading(text, 2));
      expect(token.marker?.style, text).toBe(style);
      expect(token.marker?.number, text).toBe(number);
      expect(token.rule, text).not.toBe('marker-heading');
      expect(token.marker?.heading, text).toBe(2);
    }
  });

  it('makes a depth-1 heading a title candidate', () => {
    const token = tokenizeLine(heading('  学校安全管理', 1));
    expect(token.rule).toBe('marker-heading');
    expect(token.type).toBe('titleCandidate');
  });

  it('ignores lines that are not headings, and empty headings', () => {
    expect(markerHeading.tokenize({ line: { line: 1, text: '总体要求', eol: '', offset: 0 }, folded: '总体要求', start: 0, end: 4, content: '总体要求' })).toBeNull();
    expect(tokenizeLine({ line: 1, text: '总体要求', eol: '', offset: 0 }).rule).not.toBe('marker-heading');
    expect(tokenizeLine(heading('   ', 2)).type).toBe('blank');
  });

  it('lets the rules before it keep their lines (目录 stays a toc heading)', () => {
    expect(tokenizeLine(heading('   目录', 2)).type).toBe('tocHeading');
  });
});
