import { markerOcrSlip } from '../../src/tokenize/rules/marker-ocr-slip.js';
import { expectTokens } from '../helpers/expect-tokens.js';

expectTokens(markerOcrSlip, {
  valid: [
    ['l．压实党委政府领导责任', { type: 'outlineMarker', style: 'arabic', number: 1, strength: 'weak', raw: 'l．' }],
    ['ll．加强安全宣传教育', { style: 'arabic', number: 11, raw: 'll．' }],
    ['—、2006年主要工作', { style: 'han', number: 1, raw: '—、' }],
    // a space before the delimiter, as the scan spaced it
    ['— 、指导思想', { style: 'han', number: 1, raw: '— 、' }],
    // OCR's hyphen for 一, alone or ending a number past ten; a C for the opening bracket
    ['-、坚持党建引领，筑牢教育发展根基', { style: 'han', number: 1, raw: '-、' }],
    ['(十-)民生实事全面完成', { style: 'han-paren', number: 11, raw: '(十-)' }],
    ['C三）压实全面从严治党责任', { style: 'han-paren', number: 3, raw: 'C三）' }],
    ['C3）加强质量分析', { style: 'arabic-paren', number: 3, raw: 'C3）' }],
    ['十—、加强队伍建设', { style: 'han', number: 11, strength: 'weak', raw: '十—、' }],
    ['二十—、强化组织保障', { style: 'han', number: 21, strength: 'weak' }],
    ['（—）2007年安全目标', { style: 'han-paren', number: 1, raw: '（—）' }],
    ['1O．强化安全培训', { style: 'arabic', number: 10, raw: '1O．' }],
    ['3O、稳慎推进改革', { style: 'arabic', number: 30 }],
    ['（l）组织企业全员自查', { style: 'arabic-paren', number: 1, raw: '（l）' }],
    // a date may open a slipped (l)'s title
    ['（l）9月至10月，开展政策宣传进村入户活动；', { style: 'arabic-paren', number: 1, strength: 'weak', raw: '（l）' }],
    // a capital I beside a digit
    ['I5.优化消费环境。', { style: 'arabic', number: 15, strength: 'weak', raw: 'I5.' }],
    ['1I.推进智慧监管。', { style: 'arabic', number: 11, strength: 'weak' }],
    ['（—）实施责任落实行动', { style: 'han-paren', number: 1, strength: 'weak', raw: '（—）' }],
    ['(—) “三个必须”', { style: 'han-paren', number: 1 }],
    ['—、总体要求', { style: 'han', number: 1, raw: '—、' }],
    ['=、创新治理方式', { style: 'han', number: 2, strength: 'weak', raw: '=、' }],
    // a plus for 十, `=是` for 二是, `S` for 5
    ['+、做好后勤保障工作', { style: 'han', number: 10, strength: 'weak', raw: '+、' }],
    ['（+）优化教育服务', { style: 'han-paren', number: 10, strength: 'weak' }],
    ['=是推进课题研究', { style: 'shi', number: 2, strength: 'paragraph' }],
    ['S、做好后勤服务保障', { style: 'arabic', number: 5, strength: 'weak' }],
    ['（=）强化资金保障', { style: 'han-paren', number: 2, raw: '（=）' }],
    ['1 8.严格落实信息报送制度', { style: 'arabic', number: 18, strength: 'weak', raw: '1 8.' }],
    ['1 0. 全面加强党的建设', { style: 'arabic', number: 10, strength: 'weak', raw: '1 0.' }],
    // a plus for the 十 of a number past ten, spaced or not; a dash for the 一 of 一是
    ['+ 一、从严抓好党风廉政建设', { style: 'han', number: 11, strength: 'weak', raw: '+ 一、' }],
    ['+三、加强队伍建设', { style: 'han', number: 13, strength: 'weak', raw: '+三、' }],
    ['—是稳就业保民生', { style: 'shi', number: 1, strength: 'paragraph' }],
    // a bracket opened and never closed, a space after the number
    ['（3 家校沟通方法与技巧；', { style: 'arabic-paren', number: 3, strength: 'weak', raw: '（3' }],
    ['（二 加强师资队伍建设', { style: 'han-paren', number: 2, strength: 'weak', raw: '（二' }],
    // a hyphen for 一 in brackets, spaced or not
    ['（- ）加强德育队伍建设', { style: 'han-paren', number: 1, strength: 'weak', raw: '（- ）' }],
    ['(-)加强组织领导', { style: 'han-paren', number: 1 }],
    // a circled number as OCR reads it
    ['(D危险化学品领域', { style: 'circled', number: 1, strength: 'weak', raw: '(D' }],
    ['©防溺水教育', { style: 'circled', number: 1, raw: '©' }],
    ['®交通安全教育', { style: 'circled', number: 2, raw: '®' }],
    // angle brackets for round ones
    ['〈二〉提升生活垃圾治理水平', { style: 'han-paren', number: 2, strength: 'weak', raw: '〈二〉' }],
    ['〈3〉加强宣传', { style: 'arabic-paren', number: 3, strength: 'weak' }],
    // ASCII angle brackets typed for round ones
    ['<一>指导思想', { style: 'han-paren', number: 1, strength: 'weak', raw: '<一>' }],
    // a square or tortoise-shell bracket for one half or both
    ['（三〕丰富德育活动', { style: 'han-paren', number: 3, strength: 'weak', raw: '（三〕' }],
    ['〔三〕丰富德育活动', { style: 'han-paren', number: 3, strength: 'weak', raw: '〔三〕' }],
    ['（四]推进家校共育', { style: 'han-paren', number: 4, strength: 'weak' }],
    ['〔2）规范报告流程', { style: 'arabic-paren', number: 2, strength: 'weak' }],
    ['(二〉完善工作机制', { style: 'han-paren', number: 2, strength: 'weak' }],
    ['〈三）强化督查考核', { style: 'han-paren', number: 3, strength: 'weak' }],
  ],
  // No slip (`10.` is marker-arabic's), the letter O first, Latin or a number after, dashes that are dashes.
  invalid: ['10．强化培训', 'O．总体要求', 'l.e. 也就是', '1O．5万元', 'l.2006年', 'lO', '（—）', '——、总体要求', '—— 在全市大会上的讲话', '(ll)', '=、', '1 8.5万人次', '1 8. 5万人次', '+、', '+5分', 'S、M、L三种型号', 'Some text', '1 2 3', '(-)', '(D)', '(Data)', '© 2024 版权所有', 'II.加强管理', '（l）500万元', '（l）9.5万元', '-、', 'C3）500万元', 'C语言）', 'CO2）排放', '(十-)5万元', '〈二〉', '〈1〉2024', '〈〈中华人民共和国〉〉', '（3家校沟通', '（3 ', '（3 500万元', '(0 加强管理', '——是一个好的开始', '+一', '+5、', '[1]地区生产总值按现价计算', '〔2024〕12号', '（三〕', '【三】加强管理'],
});
