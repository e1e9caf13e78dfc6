import { expect, test } from 'vitest';
import { checkInput, ruleTester } from './rule-tester.js';

ruleTester('encoding');

test('a GB18030 file is not an encoding problem', () => {
  const gb = new Uint8Array([0xd2, 0xbb, 0xa1, 0xa2, 0xd7, 0xdc, 0xcc, 0xe5, 0xd2, 0xaa, 0xc7, 0xf3, 0x0a]); // 一、总体要求
  expect(checkInput(gb).filter((d) => d.code === 'encoding')).toEqual([]);
});

test('error in the config raises the severity', () => {
  const bytes = new Uint8Array([...new TextEncoder().encode('一、总体要求\n1.甲'), 0xff, 0xfe, 0x0a]);
  expect(checkInput(bytes, { rules: { encoding: 'error' }, ignore: [] }).map((d) => [d.code, d.severity, d.line])).toEqual([['encoding', 'error', 2]]);
});

test('control characters (NUL, ESC, DEL, C1) in valid text: one warning per line, naming them; tab, CR and form feed are not', () => {
  // Long enough that two NULs do not make it binary data (the decoder refuses a file of 1 % NUL bytes).
  const text = `一、总体要求\n\u00001.坚持稳中求进。\n2.加强\u001b[31m领导\u0000\u001b。\n\t3.完善制度。\f\r\n4.落实\u007f责任\u009b。\n${'全面推进各项工作落实落地。'.repeat(10)}\n`;
  const found = checkInput(new TextEncoder().encode(text)).filter((d) => d.code === 'encoding');
  expect(found.map((d) => [d.severity, d.line])).toEqual([
    ['warning', 2],
    ['warning', 3],
    ['warning', 5],
  ]);
  expect(found[0]?.message).toContain('U+0000');
  expect(found[1]?.message).toContain('U+001B, U+0000');
  expect(found[2]?.message).toContain('U+007F, U+009B');
});
