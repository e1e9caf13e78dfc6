// The lexicon of document kinds: which (folded) lines read like a document's title, and which labels an attachment has.
import { describe, expect, it } from 'vitest';
import { attachmentAlone, attachmentLabel, endingKind, looksLikeTitle } from '../../src/tokenize/lexicon/doc-types.js';
import { fold } from '../../src/tokenize/lexicon/fold.js';

const title = (line: string) => looksLikeTitle(fold(line).trim());

describe('looksLikeTitle', () => {
  it('takes a headline with the whole title in brackets after it, or the bracketed title alone', () => {
    expect(title('守护“舌尖上的安全”　护航高质量发展（德清县市场监督管理局2024年工作总结）')).toBe(true);
    expect(title('（九江城发集团2025年工作计划）')).toBe(true);
    expect(endingKind(fold('深化改革强主业（九江城发集团2024年工作总结）'))).toBe('总结');
  });

  it('leaves brackets without a kind and a year to the remark rules', () => {
    expect(title('（2024—2026年）')).toBe(false);
    expect(title('加强队伍建设（详见工作方案）')).toBe(false);
  });

  it('takes a slogan and a colon before a title with its year, not a field label', () => {
    expect(title('稳中求进　实干争先：红星镇2025年工作计划')).toBe(true);
    expect(title('标题：红星镇2025年工作计划')).toBe(false);
    expect(title('来源：红星镇2025年工作计划')).toBe(false);
  });

  it('takes no purpose clause that opens a preamble, though it ends in a kind', () => {
    expect(title('为深入贯彻落实习近平总书记关于安全生产的重要指示批示')).toBe(false);
    expect(title('为进一步加强全区安全生产工作方案')).toBe(false);
  });

  it('takes `附：` before an attachment\'s title as its label', () => {
    expect(title('附：2026年元旦春节重点走访慰问对象名单')).toBe(true);
  });
});

describe('attachment labels', () => {
  it('reads `附：` with its colon as a label, `附` alone as none', () => {
    expect(attachmentLabel.test(fold('附：2026年慰问对象名单'))).toBe(true);
    expect(attachmentAlone.test(fold('附：'))).toBe(true);
    expect(attachmentAlone.test('附')).toBe(false);
    expect(attachmentLabel.test(fold('附近居民反映强烈'))).toBe(false);
  });
});
