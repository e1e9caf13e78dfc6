import fc from 'fast-check';
import { expect, test } from 'vitest';
import { isPostHeader, metaKind, metaLine, sourceKeys } from '../../src/tokenize/rules/meta-line.js';
import { expectTokens } from '../helpers/expect-tokens.js';

expectTokens(metaLine, {
  valid: [
    // a newspaper's page line above an article
    ['衡阳日报 2026年1月20日 星期二 第01版：要闻', { type: 'meta', kind: 'source' }],
    ['第A03版：要闻', { type: 'meta', kind: 'source' }],
    ['版次：A03', { type: 'meta', kind: 'source' }],
    // an article's byline in an app: author or account, day and time
    ['周敏  2023年12月29日 17:45 更新', { type: 'meta', kind: 'published' }],
    ['原创 玉林发布 2024年02月06日 18:30 四川', { type: 'meta', kind: 'published' }],
    // (with the author before the account)
    ['原创 小语研习社 小学语文教研圈 2024年03月18日 07:30 江苏', { type: 'meta', kind: 'published' }],
    ['育才小学 2024-09-02 07:30', { type: 'meta', kind: 'published' }],
    // a chat's sender known by their role, the time alone
    ['刘老师（数学） 19:30', { type: 'meta', kind: 'published' }],
    ['陈一诺妈妈 18:52', { type: 'meta', kind: 'published' }],
    ['陈志远  最近编辑 01-05 09:38', { type: 'meta', kind: 'published' }],
    ['只读 · 最近编辑 1月6日 17:22', { type: 'meta', kind: 'published' }],
    ['刘婷 · 4月2日 16:40 更新', { type: 'meta', kind: 'published' }],
    // when a message or a post went out, as a chat or a microblog shows it
    ['2024年7月2日 下午4:18', { type: 'meta', kind: 'published' }],
    ['5月6日 上午8:41', { type: 'meta', kind: 'published' }],
    ['07-03 10:00  来自 微博网页版', { type: 'meta', kind: 'published' }],
    ['06-07 17:35', { type: 'meta', kind: 'published' }],
    // a chat's relative day before the time
    ['昨天 18:20', { type: 'meta', kind: 'published' }],
    ['星期四 下午6:20', { type: 'meta', kind: 'published' }],
    // a post's header with a relative day, a day without its year, or a work app's sender and the time alone
    ['镇农业农村办-孙伟 昨天 19:02', { type: 'meta', kind: 'published' }],
    ['周子睿爸爸  星期五 16:41', { type: 'meta', kind: 'published' }],
    ['行政部-徐静 09:41', { type: 'meta', kind: 'published' }],
    ['URL：http://fmxx.example.cn/art/2022/2/15/art_1203_58812.html', { type: 'meta', kind: 'source' }],
    ['网址：http://www.example.gov.cn/col/col123/index.html', { type: 'meta', kind: 'source' }],
    ['发表时间:2017-03-29', { type: 'meta', kind: 'published' }],
    ['发布时间：2023-02-15 09:30', { type: 'meta', kind: 'published' }],
    ['市教育局 发布日期：2024-01-05', { type: 'meta', kind: 'published' }],
    ['来源：市教育局', { type: 'meta', kind: 'source' }],
    ['信息来源:区教体局', { type: 'meta', kind: 'source' }],
    ['浏览次数：123', { type: 'meta', kind: 'source' }],
    // an information-disclosure table flattened to lines, a key alone when its value is on the next line
    ['索引号：11440300MB2C92071X/2024-01234', { type: 'meta', kind: 'source' }],
    ['名称：某市教育局2024年工作要点', { type: 'meta', kind: 'source' }],
    ['文号：', { type: 'meta', kind: 'source' }],
    ['主题分类', { type: 'meta', kind: 'source' }],
    ['公开方式：主动公开', { type: 'meta', kind: 'source' }],
    // keys padded to the column's width, or bracketed
    ['文　　号：株教发〔2023〕12号', { type: 'meta', kind: 'source' }],
    ['索 引 号：', { type: 'meta', kind: 'source' }],
    ['【标题】', { type: 'meta', kind: 'source' }],
    ['【标题】某市应急管理局', { type: 'meta', kind: 'source' }],
    ['信息索引号：430200/2023-00217　　　信息分类：规范性文件', { type: 'meta', kind: 'source' }],
    ['责任编辑：张三', { type: 'meta', kind: 'source' }],
    ['【来源：宜春日报】', { type: 'meta', kind: 'source' }],
    ['2020年3月20日', { type: 'meta', kind: 'date' }],
    ['2020 年 3 月 20 日', { type: 'meta', kind: 'date' }],
    ['二〇二三年一月十日', { type: 'meta', kind: 'date' }],
    ['二〇二四年一月', { type: 'meta', kind: 'date' }],
    // the zero typed as a circle, a letter or a digit; a signature's 印发
    ['二○○五年三月八日', { type: 'meta', kind: 'date' }],
    ['二ＯＯ八年十二月', { type: 'meta', kind: 'date' }],
    ['二0二四年五月六日', { type: 'meta', kind: 'date' }],
    ['2005年3月8日印发', { type: 'meta', kind: 'date' }],
    // a sample text's placeholder year on a 范文 site
    ['20xx年1月5日', { type: 'meta', kind: 'date' }],
    ['20XX年12月', { type: 'meta', kind: 'date' }],
    ['20XX年X月X日', { type: 'meta', kind: 'date' }],
    // letterhead markings: secrecy, urgency, handling, copy and issue numbers; who signed it off
    ['秘密★1年', { type: 'meta', kind: 'marking' }],
    ['绝密★启用前', { type: 'meta', kind: 'marking' }],
    ['特急', { type: 'meta', kind: 'marking' }],
    ['内部资料　注意保存', { type: 'meta', kind: 'marking' }],
    ['000123　机密★5年　特急', { type: 'meta', kind: 'marking' }],
    ['（总第126期）', { type: 'meta', kind: 'marking' }],
    // an issue of a year's series
    ['〔2022〕第7期', { type: 'meta', kind: 'marking' }],
    // minutes numbered by their meeting
    ['〔2025〕第13次', { type: 'meta', kind: 'marking' }],
    // a standard's cover: classification codes, its code, its kind, its dates
    ['ICS 13.200', { type: 'meta', kind: 'marking' }],
    ['CCS P 40', { type: 'meta', kind: 'marking' }],
    ['DB3609/T 012—2023', { type: 'meta', kind: 'marking' }],
    ['GB/T 29639-2020', { type: 'meta', kind: 'marking' }],
    ['DB5107', { type: 'meta', kind: 'marking' }],
    ['Q/JNRQ-AQ-017—2023', { type: 'meta', kind: 'marking' }],
    ['Q/CSJX 2-205-2023', { type: 'meta', kind: 'marking' }],
    ['清江市地方标准', { type: 'meta', kind: 'marking' }],
    ['中华人民共和国国家标准', { type: 'meta', kind: 'marking' }],
    ['2023-05-10发布　　2023-06-10实施', { type: 'meta', kind: 'marking' }],
    ['签发人：张建国', { type: 'meta', kind: 'source' }],
    ['2024年3月', { type: 'meta', kind: 'date' }],
    ['2023-02-15', { type: 'meta', kind: 'date' }],
    ['2023/2/5 10:30', { type: 'meta', kind: 'date' }],
  ],
  invalid: [
    // a schedule's row: a step and its time, no sender
    '签到 8:30',
    '开幕式 昨天排练 9:00',
    // a record's title field that holds a title: the title rule's (the document's title, its label the header's)
    '【标题】某市应急管理局2023年工作总结和2024年工作思路',
    '标题：某区教育局2022年工作要点　来源：某区教育局　发布时间：2022-07-12',
    '本书第2版出版',
    // a signature's issuer and day (no time), a sentence with a time
    '城关镇人民政府 2024年3月5日',
    '会议定于2024年3月5日 9:30召开',
    '2020年3月20日召开全体会议。',
    '2020年工作要点',
    '二○○五年工作要点',
    '特急情况下启动应急响应',
    '秘密文件管理办法',
    '第3期培训班',
    '123456',
    '来源于群众，服务于群众',
    '3月20日',
    '发布时间为明年一月。',
    '来源：市教育局！', // `！` is folded to `!`: still sentence punctuation
    '名称规范化管理', // a key followed by words, not by a delimiter
    '城市内涝应急处置技术规范',
    '关于执行地方标准的通知',
    'GB/T 29639-2020的规定',
  ],
});

test('metaKind: the first-character dispatch answers as the patterns alone', () => {
  const oracle = (s: string) =>
    /(?:发布|发表|更新|成文|印发|公开|生成)(?:时间|日期)[:： ]/.test(s)
      ? 'published'
      : sourceKeys.some((k) => {
            // the key with its characters apart by spaces, bracketed or followed by a delimiter or the end
            const spaced = [...k].join(' *');
            return new RegExp(`^(?:【${spaced}[】:：]|${spaced}(?:[:： ]|$))`).test(s);
          })
        ? 'source'
        : /^(?:\d{4}|[〇零一二三四五六七八九]{4}) ?年 ?(?:\d{1,2}|[一二三四五六七八九十]{1,3}) ?月(?: ?(?:\d{1,2}|[一二三四五六七八九十]{1,3}) ?日)?$/.test(s) ||
            /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?: \d{1,2}:\d{2}(?::\d{2})?)?$/.test(s)
          ? 'date'
          : null;
  const sources = [...sourceKeys];
  const pieces = [...sources, '【', '】', '发布', '时间', '日期', ':', '：', ' ', '2024', '12', '3', '-', '/', '.', '年', '月', '日', '二〇二四', '十二', '三', '〇', '零', '市教育局', '10:30'];
  for (const s of sources) expect(metaKind(`${s}`), s).toBe('source');
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
      const s = parts.join('');
      expect(metaKind(s)).toBe(oracle(s));
    }),
    { numRuns: 20000 },
  );
});

// A post's header: a name, a day and a time, as a chat log heads each post; not a byline with a source or a sentence.
test.each([
  ['王德明 2024-06-14 07:58', true],
  ['张伟  2024年3月5日 09:12', true],
  ['发布时间：2024-06-14 07:58', false],
  ['2024-06-14 07:58', false],
  ['王德明说，明天 2024-06-14 07:58', false],
])('isPostHeader(%s) → %s', (line, expected) => expect(isPostHeader(line)).toBe(expected));
