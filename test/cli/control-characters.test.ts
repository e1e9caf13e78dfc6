// Control characters in documents: kept in the output (nothing is dropped) but reported (an `encoding` warning per
// line), and escaped in the text reporters so that an ESC sequence from a document never reaches the terminal.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run } from './check-helpers.js';

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'plan-parse-controls-'));
  writeFileSync(path.join(work, 'nul.txt'), '2024年工作要点\n\u00002024年全市教育工作的总体要求是：坚持立德树人。\n一、加强党的建设\n1.强化理论武装。\n');
  // A table of contents entry holding an OSC title sequence and a colour: toc-mismatch quotes it in its message.
  writeFileSync(path.join(work, 'esc.txt'), '2024年工作要点\n目录\n一、总体要求 1\n二、重点\u001b]0;pwned\u0007\u001b[31m任务 2\n一、总体要求\n内容。\n');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('NUL and other control characters in valid text', () => {
  test('parse keeps the NUL in the output and adds an encoding warning for its line', async () => {
    const r = await run(['nul.txt'], { cwd: work });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { documents: { preamble: string }[]; diagnostics: { code: string; severity: string; line: number }[] };
    expect(JSON.stringify(out.documents)).toContain('\\u00002024年全市教育工作');
    expect(out.diagnostics.filter((d) => d.code === 'encoding').map((d) => [d.severity, d.line])).toEqual([['warning', 2]]);
  });

  test('check reports it as a warning', async () => {
    const r = await run(['check', 'nul.txt', '-r', 'json'], { cwd: work });
    const report = JSON.parse(r.stdout) as { files: { diagnostics: { code: string; line: number }[] }[] };
    expect(report.files[0]?.diagnostics.map((d) => `${d.code}:${d.line}`)).toContain('encoding:2');
    expect(r.code).toBe(0);
  });
});

describe('control characters never reach the terminal through a report', () => {
  test.each(['stylish', 'github', 'json', 'sarif'])('check -r %s escapes them', async (reporter) => {
    const r = await run(['check', 'esc.txt', '-r', reporter], { cwd: work, env: {} });
    expect(r.stdout).toContain('toc-mismatch');
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(r.stdout).toContain('\\u001b]0;pwned\\u0007\\u001b[31m');
  });
});
