// walk.ts helpers shared by the check rules.
import { expect, test } from 'vitest';
import fc from 'fast-check';
import { deviations, markerForm, styleKey } from '../../src/check/walk.js';
import { parse } from '../../src/parse.js';
import type { OutlineNode, PlanDocument } from '../../src/types.js';

const node = (style: OutlineNode['style'], marker: string): OutlineNode => ({ marker, style, number: 1, title: '', text: '', depth: 1, line: 1, endLine: 1, children: [] });

test('styleKey: decimal markers nest by their number of components, a trailing dot not counted', () => {
  expect(styleKey(node('decimal', '1.2'))).toBe('decimal:2');
  expect(styleKey(node('decimal', '1.2.'))).toBe('decimal:2');
  expect(styleKey(node('decimal', '1．2．3'))).toBe('decimal:3');
  expect(styleKey(node('decimal', '1.2.3.4.5.6.7'))).toBe('decimal:7');
  expect(styleKey(node('han', '一、'))).toBe('han');
});

test('styleKey agrees with counting the dots of the marker without its trailing dot, on any marker', () => {
  const reference = (marker: string) => `decimal:${1 + [...marker.replace(/[.．]$/, '')].filter((c) => c === '.' || c === '．').length}`;
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('1', '2', '.', '．', ' ', '、'), maxLength: 12 }), (marker) => {
      expect(styleKey(node('decimal', marker))).toBe(reference(marker));
    }),
    { numRuns: 3000 },
  );
});

test('deviations: the most frequent form is the norm, the first used on a tie; one form deviates nowhere', () => {
  const forms = (text: string) => {
    const document = parse(text).documents[0] as PlanDocument;
    return deviations(document, (n) => markerForm(n.marker).delimiter || null).map((d) => `${d.node.marker}:${d.norm}:${d.example.marker}`);
  };
  expect(forms('一、甲\n二.乙\n')).toEqual(['二.:、:一、']);
  expect(forms('一.甲\n二、乙\n三、丙\n')).toEqual(['一.:、:二、']);
  expect(forms('一、甲\n二、乙\n三、丙\n')).toEqual([]);
  // Styles are counted apart: 1. under 一、 has its own norm.
  expect(forms('一、甲\n1.乙\n2、丙\n3、丁\n二.戊\n三、己\n')).toEqual(['二.:、:一、', '1.:、:2、']);
});
