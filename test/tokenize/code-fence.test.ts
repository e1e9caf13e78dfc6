// Code blocks fenced in Markdown written as text: their lines are the code's words, no markers.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/tokenize/index.js';
import { splitLines } from '../../src/source/lines.js';

const types = (text: string) => tokenize(splitLines(text)).map((t) => [t.type, t.marker?.number ?? null]);

describe('fenced code blocks', () => {
  it('reads the lines between the fences, and the fences, as paragraphs', () => {
    expect(types(['## 1. Prompt 设计', '```text', '一、角色设定', '1. 只根据参考资料回答。', '```', '## 2. 部署'].join('\n'))).toEqual([
      ['outlineMarker', 1],
      ['paragraph', null],
      ['paragraph', null],
      ['paragraph', null],
      ['paragraph', null],
      ['outlineMarker', 2],
    ]);
  });
  it('closes a fence only with one as long, without a language; `~~~` fences too', () => {
    expect(types(['~~~~', '```bash', '1. 安装依赖', '~~~~', '2. 部署'].join('\n')).map(([type]) => type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'outlineMarker']);
  });
  it('leaves a line that only mentions backticks alone', () => {
    expect(types('1. 用 ``` 包住代码').map(([type]) => type)).toEqual(['outlineMarker']);
  });
});
