// Titles and texts: a node's title is its first paragraph up to the end of its first sentence.
import { describe, expect, it } from 'vitest';
import { joinWrapped, titleOf } from '../../src/grammar/body.js';
import { parse } from '../../src/parse.js';

describe('titleOf', () => {
  it.each([
    ['加强党的建设。全面落实。', '加强党的建设'],
    ['加强党的建设！其余', '加强党的建设'],
    ['加强党的建设？', '加强党的建设'],
    ['加强党的建设；落实责任', '加强党的建设；落实责任'],
    ['加强党的建设', '加强党的建设'],
    ['  前后空格  。', '前后空格'],
    ['', ''],
    ['Half-width stop? yes', 'Half-width stop'],
    // an English question quoted in a Chinese sentence ends nothing
    ['区级研讨课1节，执教Unit 5 Do you have a soccer ball?一课，由何静老师承担。', '区级研讨课1节，执教Unit 5 Do you have a soccer ball?一课，由何静老师承担'],
    ['加强党的建设?其余', '加强党的建设'],
    // `.` `．` typed as a full stop end a title; in numbers, addresses, ellipses and after Latin text they do not.
    ['强化就业政策落实.全面落实稳岗返还政策', '强化就业政策落实'],
    ['加强宣传引导.', '加强宣传引导.'],
    // Beside a `。` a `.` ends nothing: a typo, or text typed in two styles (the conventions end titles at 。！？).
    ['重视作业设计. 我根据要求精心设计分层作业。', '重视作业设计. 我根据要求精心设计分层作业'],
    // A break tag a web page left ends the title when text follows it; at the end it is white space.
    ['聚力城市更新<br/>启动老旧小区改造12个。', '聚力城市更新'],
    ['强化责任落实<br />明确责任人', '强化责任落实'],
    ['指导思想<br>', '指导思想'],
    ['<br/>全年完成投资。', '全年完成投资'],
    ['强化资金保障．2024年安排资金', '强化资金保障'],
    ['强化资金保障． 安排资金', '强化资金保障'],
    ['完善机制（试行）.此后', '完善机制（试行）'],
    ['推动“放管服”改革.“一网通办”', '推动“放管服”改革'],
    ['培训1.5千人次', '培训1.5千人次'],
    ['登录www.gov.cn办理', '登录www.gov.cn办理'],
    ['开展培训等...后续', '开展培训等...后续'],
    ['依照第3.2条执行', '依照第3.2条执行'],
    // a reference's dots part its fields (GB/T 7714), no full stops
    ['谭浩强.C程序设计（第五版）[M].北京：清华大学出版社，2017.', '谭浩强.C程序设计（第五版）[M].北京：清华大学出版社，2017.'],
    ['王敏.课后服务的实践探索[J].教育研究，2023，44(3)：45-52.', '王敏.课后服务的实践探索[J].教育研究，2023，44(3)：45-52.'],
    ['严蔚敏，吴伟民．数据结构．北京：清华大学出版社，2007．', '严蔚敏，吴伟民．数据结构．北京：清华大学出版社，2007．'],
    // a break tag or space entity left as text at the end is white space
    ['指导思想<br>', '指导思想'],
    ['完善投放体系&nbsp;<br/>', '完善投放体系'],
    ['设置投放点位。每500户设置1个投放点。<br>', '设置投放点位'],
    // characters that show nothing are no part of a title
    ['推进信用\u200b监管提质增效。全年抽查500户。', '推进信用监管提质增效'],
    ['开展\u00ad数字化转型', '开展数字化转型'],
  ])('%j → %j', (paragraph, title) => expect(titleOf(paragraph)).toBe(title));
});

describe('node texts', () => {
  it('a node owns its paragraphs (joined with \\n) until the next node; its title comes from the first', () => {
    const r = parse('一、总体要求\n坚持稳中求进。\n深化改革。\n二、重点任务。后文');
    const [a, b] = r.documents[0]?.children ?? [];
    expect([a?.title, a?.text, a?.endLine]).toEqual(['总体要求', '总体要求\n坚持稳中求进。\n深化改革。', 3]);
    expect([b?.title, b?.text]).toEqual(['重点任务', '重点任务。后文']);
  });

  it('the marker is cut from the text, with the space after it', () => {
    const r = parse('\u3000\u3000（一）\u3000加强领导。');
    expect(r.documents[0]?.children[0]).toMatchObject({ marker: '（一）', title: '加强领导', text: '加强领导。' });
  });
});

describe('joinWrapped', () => {
  it('joins Chinese and a number cut in two without a space, Latin words with one', () => {
    expect(joinWrapped('推动全面', '从严治党')).toBe('推动全面从严治党');
    expect(joinWrapped('新增学位1', '2000个')).toBe('新增学位12000个');
    expect(joinWrapped('the school', 'year')).toBe('the school year');
    // curly quotes are full-width in Chinese text: no space between a line that ends with one and the next
    expect(joinWrapped('全面推进医保服务“一站式”', '“一窗通办”“跨省通办”')).toBe('全面推进医保服务“一站式”“一窗通办”“跨省通办”');
    expect(joinWrapped('He said “yes”', '“no” then')).toBe('He said “yes” “no” then');
    expect(joinWrapped('Windows 10', 'Pro')).toBe('Windows 10 Pro');
    expect(joinWrapped('', '甲')).toBe('甲');
  });

  it('joins a time, a range or a Latin word of Chinese text cut by the wrap without a space', () => {
    expect(joinWrapped('工作时间为上午8:', '30至12:00')).toBe('工作时间为上午8:30至12:00');
    expect(joinWrapped('规划期（2021-', '2025年）')).toBe('规划期（2021-2025年）');
    expect(joinWrapped('推广全面质量管理方法（PDC', 'A、品管圈）')).toBe('推广全面质量管理方法（PDCA、品管圈）');
    expect(joinWrapped('见第3.', '2 节')).toBe('见第3.2 节');
    expect(joinWrapped('use the PDCA', 'cycle')).toBe('use the PDCA cycle');
    expect(joinWrapped('步骤如下:', '1')).toBe('步骤如下: 1');
  });

  it('joins a line that starts with a closing mark or a unit without a space', () => {
    expect(joinWrapped('远程评标达60', '%。')).toBe('远程评标达60%。');
    expect(joinWrapped('体温≥37.3', '℃')).toBe('体温≥37.3℃');
    expect(joinWrapped('see Annex (1', '), p. 3')).toBe('see Annex (1), p. 3');
    expect(joinWrapped('the school', 'year, and')).toBe('the school year, and');
  });
});
