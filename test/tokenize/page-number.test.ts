import { pageNumber } from '../../src/tokenize/rules/page-number.js';
import { expectTokens } from '../helpers/expect-tokens.js';

expectTokens(pageNumber, {
  valid: [
    // a page's number in Chinese, then in English
    ['第 1 页 共 4 页　Page 1 of 4', { type: 'noise', kind: 'page-number' }],
    // a newspaper's jump to the page where the article goes on, and back
    ['（下转第2版）', { type: 'noise', kind: 'page-number' }],
    // `— 1 —` as OCR reads its dashes
    ['一 1 一', { type: 'noise', kind: 'page-number' }],
    ['一12一', { type: 'noise', kind: 'page-number' }],
    ['（上接第1版）', { type: 'noise', kind: 'page-number' }],
    ['(转A3版)', { type: 'noise', kind: 'page-number' }],
    ['- 3 -', { type: 'noise', kind: 'page-number' }],
    ['I', { type: 'noise', kind: 'page-number' }],
    ['iv', { type: 'noise', kind: 'page-number' }],
    // one numeral character, as a standard's 前言 pages print them
    ['Ⅰ', { type: 'noise', kind: 'page-number' }],
    ['Ⅱ', { type: 'noise', kind: 'page-number' }],
    ['- II -', { type: 'noise', kind: 'page-number' }],
    // a slide's or a page's label, as deck exports write it
    ['幻灯片 3', { type: 'noise', kind: 'page-number' }],
    ['Slide 12', { type: 'noise', kind: 'page-number' }],
    ['--- Slide 4 ---', { type: 'noise', kind: 'page-number' }],
    ['=== 第3页 ===', { type: 'noise', kind: 'page-number' }],
    ['【第1页】', { type: 'noise', kind: 'page-number' }],
    // a periodical's page head without its page number, in either order: a running header
    ['清河市人民政府公报　　　　2022年第2期', { type: 'noise', kind: 'running-header' }],
    ['2022年第2期                        清河市人民政府公报', { type: 'noise', kind: 'running-header' }],
    ['教育工作简报　　（总第56期）', { type: 'noise', kind: 'running-header' }],
    ['— 12 —', { type: 'noise', kind: 'page-number' }],
    ['－ 3 －', { type: 'noise', kind: 'page-number' }],
    ['3', { type: 'noise', kind: 'page-number' }],
    ['\u3000\u3000 15', { type: 'noise', kind: 'page-number', column: 4 }],
    ['第 3 页 共 10 页', { type: 'noise', kind: 'page-number' }],
    // a Word footer with one space between its words and the page number
    ['湖南省农业农村厅 第3页', { type: 'noise', kind: 'page-number' }],
    ['湖南省农业农村厅 - 3 -', { type: 'noise', kind: 'page-number' }],
    // the edges of a page a browser printed: the address and the page count, the time of printing and the title
    ['https://www.jiashan.gov.cn/art/2024/3/12/art_1229505_59187340.html                      1/3', { type: 'noise', kind: 'page-number' }],
    ['2024/4/9 15:32                            嘉善县推进紧密型县域医共体建设实施方案', { type: 'noise', kind: 'page-number' }],
    // (apart by one space when the text was taken without the page's layout: the rest is a document's title)
    ['2024/1/15 10:32 武陵县文旅广体局2023年工作总结和2024年工作打算', { type: 'noise', kind: 'page-number' }],
    // (the title with its site's name after an underscore, as a browser's title bar has it)
    ['2023/4/18 09:52 关于印发《隆回县2023年农村人居环境整治提升工作方案》的通知_隆回县人民政府', { type: 'noise', kind: 'page-number' }],
    // a running header that carries its page in words, at either end
    ['清江化工集团安全生产专项整治三年行动实施方案                          第2页', { type: 'noise', kind: 'page-number' }],
    ['第3页　　　　清江化工集团有限公司', { type: 'noise', kind: 'page-number' }],
    ['第3页/共10页', { type: 'noise', kind: 'page-number' }],
    ['共10页 第3页', { type: 'noise', kind: 'page-number' }],
    ['3/10', { type: 'noise', kind: 'page-number' }],
    ['Page 3 of 10', { type: 'noise', kind: 'page-number' }],
    ['·13·', { type: 'noise', kind: 'page-number' }],
    ['• 4 •', { type: 'noise', kind: 'page-number' }],
    // a gazette's page head that carries its page number at one end, apart by a wide gap
    ['清江县人民政府公报　　　　　　·13·', { type: 'noise', kind: 'page-number' }],
    ['·14·　　　　　　2024年第3期', { type: 'noise', kind: 'page-number' }],
    ['- 7 -    XX市教育局文件', { type: 'noise', kind: 'page-number' }],
  ],
  invalid: ['IIII', 'IC', 'VIA', 'ⅡⅢ', '一 1 一 二', '一年一', '转2版', '第三页', '1. 加强领导', '2020年', '第3页内容', '12345', 'page', '- 3 - 加强', '百年党史·百场宣讲', '清江县人民政府公报 ·13·', '合计　　13', '·13·加强统计基础工作', '清河市人民政府公报2022年第2期', '第2期　　工作要点', '详见附件。　　第2页', '第3页　　本表由各单位如实填写。', '幻灯片制作要求', '【第一章】', 'Slide 3 工作回顾', '详见附件。 - 3 -', '各单位要认真填写本表并于月底前报送至区教育局办公室 第3页', 'https://www.gov.cn/art/2024/3/12/art_1.html', '2024/4/9 15:32 召开会议'],
});
