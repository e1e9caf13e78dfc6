// A mail quoted in a reply: its markers and titles are the reply's text.
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/source/lines.js';
import { tokenize } from '../../src/tokenize/index.js';
import { withoutMailQuotes } from '../../src/grammar/quotes.js';

const types = (text: string) => withoutMailQuotes(tokenize(splitLines(text))).map((t) => t.type);

describe('withoutMailQuotes', () => {
  it('reads a quoted mail, its header and its numbered lines, as text', () => {
    const text = ['财务部2025年工作计划', '一、工作目标', '', '> -----原始邮件-----', '> 发件人：总经理办公室', '>', '> 各部门：', '> 1. 总结要有数据支撑。', '> 2. 计划要明确目标。', '一、后续'].join('\n');
    // (A lone `>` is a breadcrumb's separator to the tokenizer: noise either way.)
    expect(types(text)).toEqual(['titleCandidate', 'outlineMarker', 'blank', 'paragraph', 'paragraph', 'noise', 'paragraph', 'paragraph', 'paragraph', 'outlineMarker']);
  });

  it('leaves a Markdown quote without a mail in it as it is', () => {
    const tokens = tokenize(splitLines('> （一）加强校园安全管理。\n> （二）落实值班制度。'));
    expect(withoutMailQuotes(tokens)).toBe(tokens);
    expect(tokens.map((t) => t.type)).toEqual(['outlineMarker', 'outlineMarker']);
  });

  it('reads a quote in a mail as text, though the quote has no header of its own', () => {
    const text = ['王磊，你好：', '> 二、重点工作', '> 3. 全年开展安全培训不少于6次。', '频次偏低。', '------------------ 原始邮件 ------------------', '二车间2025年安全生产工作计划', '一、工作目标'].join('\n');
    // (The separator above the mail answered is a separator: noise.)
    expect(types(text)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'noise', 'titleCandidate', 'outlineMarker']);
  });

  it('knows the header lines of English and Chinese mail clients', () => {
    for (const header of ['> From: zhang@example.com', '>> 在 2024年12月16日 10:03，王敏 写道：', '> -----Original Message-----', '> 主题：关于报送计划的通知']) {
      expect(types(`${header}\n> 一、工作目标`)[1], header).toBe('paragraph');
    }
  });
});
