import { navigation } from '../../src/tokenize/rules/navigation.js';
import { expectTokens } from '../helpers/expect-tokens.js';

expectTokens(navigation, {
  valid: [
    ['当前位置：首页 > 通知公告', { type: 'noise', kind: 'navigation' }],
    ['您的位置:首页>工作动态', { type: 'noise', kind: 'navigation' }],
    ['首页 > 政务公开 > 计划总结', { type: 'noise', kind: 'navigation' }],
    ['【打印本页】 【关闭窗口】', { type: 'noise', kind: 'navigation' }],
    ['打印 关闭', { type: 'noise', kind: 'navigation' }],
    ['[政府OA] 无障碍版 | rss订阅 | 繁体版', { type: 'noise', kind: 'navigation' }],
    ['设为首页 加入收藏', { type: 'noise', kind: 'navigation' }],
    ['您当前的位置：首页 > 信息公开', { type: 'noise', kind: 'navigation' }],
    ['上一篇：2022年工作总结', { type: 'noise', kind: 'navigation' }],
    ['下一篇：关于做好2023年春季开学工作的通知', { type: 'noise', kind: 'navigation' }],
    ['版权所有：XX市教育局 ICP备12345678号', { type: 'noise', kind: 'navigation' }],
    ['分享到：', { type: 'noise', kind: 'navigation' }],
  ],
  invalid: [
    '一、加强首页建设。',
    '关闭违规校外培训机构。',
    '返回式教学方法的改进与推广应用',
    '当前位置：首页 > 新闻。',
    '2023年工作要点',
    '位置调整后的学校布局规划',
    '上一篇文章的观点值得商榷。',
  ],
});
