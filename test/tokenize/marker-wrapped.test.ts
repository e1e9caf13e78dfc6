import { markerWrapped } from '../../src/tokenize/rules/marker-wrapped.js';
import '../../src/tokenize/line-rules.js'; // registers the marker rules tried inside a wrapper
import { expectTokens } from '../helpers/expect-tokens.js';

expectTokens(markerWrapped, {
  valid: [
    // an icon inside the bold, as WeChat posts set their headings
    ['**🔹一、深化医药卫生体制改革**', { style: 'han', number: 1 }],
    ['**一、总体目标**', { type: 'outlineMarker', style: 'han', number: 1, strength: 'strong', raw: '**一、', delimiter: '、' }],
    ['**（一）健全责任体系**', { style: 'han-paren', number: 1, raw: '**（一）' }],
    ['** 3. 加强培训**', { style: 'arabic', number: 3, raw: '** 3.' }],
    ['__二、工作目标__', { style: 'han', number: 2, raw: '__二、' }],
    ['【一、指导思想】', { style: 'han', number: 1, raw: '【一、' }],
    // a decoration typed before the marker
    ['★一、主要工作', { style: 'han', number: 1, strength: 'strong', raw: '★一、' }],
    ['▲ （一）环境整治', { style: 'han-paren', number: 1, raw: '▲ （一）' }],
    ['◆1.清理垃圾。全年清理120吨。', { style: 'arabic', number: 1, raw: '◆1.' }],
    ['👉3.改造小区。', { style: 'arabic', number: 3, raw: '👉3.' }],
    // the symbols and dingbats of an emoji picker, with a variation selector or a space
    ['✨ 一、加强党的建设', { style: 'han', number: 1, raw: '✨ 一、' }],
    ['✅1.新建学校6所。', { style: 'arabic', number: 1, raw: '✅1.' }],
    ['⭐三、守牢安全底线', { style: 'han', number: 3, raw: '⭐三、' }],
    // the emoji of the technical symbols and elsewhere in the basic plane
    ['⏰一、检测时间：7:00开始', { style: 'han', number: 1, raw: '⏰一、' }],
    ['‼️2.请勿聚集', { style: 'arabic', number: 2, raw: '‼️2.' }],
    ['ℹ️（三）注意事项', { style: 'han-paren', number: 3, raw: 'ℹ️（三）' }],
    ['☑️ 2.完成验收。', { style: 'arabic', number: 2, raw: '☑️ 2.' }],
    ['▌一、加强党的建设', { style: 'han', number: 1, raw: '▌一、' }],
    ['【第一章 总则】', { style: 'chapter', number: 1 }],
    ['【第一篇 发展基础】', { style: 'part', number: 1 }],
    ['【二、主要工作】坚持预防为主。', { style: 'han', number: 2, raw: '【二、' }],
    // Markdown's marks left in plain text: a heading's, a list item's or a quote's mark is part of the marker
    ['## 一、坚持党建引领', { style: 'han', number: 1, raw: '## 一、' }],
    ['### （一）深化集团化办学', { style: 'han-paren', number: 1, raw: '### （一）' }],
    // a bookmark pandoc wrote before the heading's text
    ['# []{#_Toc1 .anchor}一、总体要求', { style: 'han', number: 1, raw: '# []{#_Toc1 .anchor}一、' }],
    ['- 1.深化理论武装。', { style: 'arabic', number: 1, raw: '- 1.' }],
    ['* **3.新组建教育集团3个。**实现全覆盖。', { style: 'arabic', number: 3, raw: '* **3.' }],
    ['> （二）加强校园安全管理。', { style: 'han-paren', number: 2, raw: '> （二）' }],
    // a decoration after a Markdown mark (the headings chat assistants write)
    ['### 🎯 一、总体目标', { style: 'han', number: 1, raw: '### 🎯 一、' }],
    ['## ✅ （二）落实责任', { style: 'han-paren', number: 2, raw: '## ✅ （二）' }],
    ['- ★ **3.加强培训**', { style: 'arabic', number: 3, raw: '- ★ **3.' }],
    // a bold closer right after the marker belongs to it
    ['**4.** 推进教师交流轮岗。', { style: 'arabic', number: 4, raw: '**4.**' }],
    ['丨5.推进“一站式”便民服务。', { style: 'arabic', number: 5, raw: '丨5.' }],
  ],
  // No closer later on the line, no numbered marker inside, or a bullet inside.
  invalid: ['**一、总体目标', '【一、指导思想', '**注意**：按时报送', '【通知】本计划自印发之日起执行', '**● 要点**', '*一、总体目标*', '【】', '- 到年底，参与率达到95%。', '* * *', '## 总体要求', '- [一、主要目标](#p1)', '#一、总体要求', '| 1 | 营业收入 |', '● 每月开展一次志愿服务。', '★2024年成绩突出', '✅ 已完成验收', '### 🎯 总体目标',
    // a piece's label alone on its line on a page of sample texts (the grammar opens the piece), no part
    '【第1篇】', '【第二篇】', '【 第3篇 】'],
});
