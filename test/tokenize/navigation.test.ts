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
  ],
  invalid: [
    '一、加强首页建设。',
    '关闭违规校外培训机构。',
    '返回式教学方法的改进与推广应用',
    '当前位置：首页 > 新闻。',
    '2023年工作要点',
  ],
});
