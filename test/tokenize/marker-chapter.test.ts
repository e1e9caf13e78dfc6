import { markerChapter } from '../../src/tokenize/rules/marker-chapter.js';
import { expectTokens } from '../helpers/expect-tokens.js';

expectTokens(markerChapter, {
  valid: [
    ['第一章 总则', { type: 'outlineMarker', style: 'chapter', number: 1, strength: 'strong', raw: '第一章', delimiter: '', contentColumn: 5 }],
    ['第 1 章 总则', { style: 'chapter', number: 1, strength: 'strong', raw: '第 1 章' }],
    // OCR: a dash for 一, a space inside the numeral
    ['第—章  总  则', { style: 'chapter', number: 1, strength: 'strong', raw: '第—章' }],
    ['第十—条  户外广告设置人应当履行下列义务：', { style: 'article', number: 11, raw: '第十—条' }],
    // OCR: katakana for the numerals' strokes (folded)
    ['第十ニ条 项目完成后形成的结余资金按规定收回。', { style: 'article', number: 12, raw: '第十ニ条' }],
    // OCR: a hyphen for 一, a plus for 十
    ['第-条 为规范预算管理，制定本办法。', { style: 'article', number: 1, raw: '第-条' }],
    ['第二十-条 本办法自印发之日起施行。', { style: 'article', number: 21 }],
    ['第+四条 学校将安全工作纳入教职工年度考核。', { style: 'article', number: 14 }],
    ['第壹章　總則', { style: 'chapter', number: 1, raw: '第壹章' }],
    ['第貳章　會員', { style: 'chapter', number: 2 }],
    ['第十 二条  本办法自发布之日起施行。', { style: 'article', number: 12, raw: '第十 二条' }],
    ['第１章　总则', { style: 'chapter', number: 1, raw: '第１章' }],
    ['第一部分 总体要求', { style: 'part', number: 1, raw: '第一部分' }],
    ['第 三 部 分　重 点 任 务', { style: 'part', number: 3, raw: '第 三 部 分' }],
    ['第二编 分则', { style: 'part', number: 2 }],
    ['第一篇　开启全面建设社会主义现代化新征程', { style: 'part', number: 1, raw: '第一篇' }],
    ['第一节 一般规定', { style: 'section', number: 1 }],
    ['第十二条 本办法自发布之日起施行。', { style: 'article', number: 12, strength: 'strong' }],
    ['第一款', { style: 'clause', number: 1, strength: 'strong' }],
    ['第一章、总则', { style: 'chapter', number: 1, raw: '第一章、', delimiter: '、' }],
    ['第八条之一　新建住宅小区配套建设的燃气设施', { style: 'article', number: 8, strength: 'strong', raw: '第八条之一' }],
    // text right after the number: weak
    ['第三条本办法自发布之日起施行', { style: 'article', number: 3, strength: 'weak' }],
    // OCR or hurried typing: the look-alikes 笫, 弟 and 苐 for 第
    ['笫四章 保障措施', { style: 'chapter', number: 4, strength: 'strong', raw: '笫四章' }],
    ['弟三条 市城市管理执法部门是主管部门。', { style: 'article', number: 3, strength: 'strong', raw: '弟三条' }],
    ['苐一章 总则', { style: 'chapter', number: 1, strength: 'strong', raw: '苐一章' }],
  ],
  invalid: ['第一次会议', '第四本书', '第一节课', '第三条路', '第零章', '第十十章', '第一', '第两章', '次第一章', '第十条、第十一条的规定办理', '第三条至第五条规定的情形', '第二章和第三章所列事项', '第一篇文章发表于', '第一篇章《花开》：情景歌舞、童声合唱', '第三条规定的事项', '第八条之规定', '第二条所列范围对其经办业务进行全面复查。', '第三章第一节所述情形', '第2篇 社区工作计划', '第一篇：2024年学校工作总结', '笫一节课', '弟弟的第一次', '弟一节课'],
});
