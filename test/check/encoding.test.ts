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
