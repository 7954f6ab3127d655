import type { Settings } from '../../config/settings.schema';
import { CorpusService } from '../../corpus/corpus.service';
import { RULES } from '../../rules/rules.registry';
import { asksOverview, composeOverview } from './overview-composer';

describe('overview questions', () => {
  const corpus = new CorpusService({} as Settings);

  it.each([
    ['知识产权这块有哪些补贴可以申请', true],
    ['科研院所能申请什么奖励', true],
    ['都有啥扶持政策', true],
    ['做电机的小企业，能申请点啥', true],
    ['马德里商标注册有哪些补助', false],
    ['专利质押贷款贴息怎么算', false],
  ])('%s → %s', (text, yes) => expect(asksOverview(text)).toBe(yes));

  it('lists every award for an unnamed applicant, grouped by the policy\'s sections, then asks one question', () => {
    const answer = composeOverview('有哪些奖补', corpus);
    for (const r of RULES) expect(answer).toContain(r.title);
    expect(answer).toContain('鼓励知识产权运用');
    expect(answer).toContain('加强知识产权保护');
    expect(answer.match(/请问/g)).toHaveLength(1);
    // The first section has no heading in the text: it is named by its articles, not by an invented title.
    expect(answer).toContain('第1–3条：');
  });

  it('lists only what the kind named may apply for', () => {
    const answer = composeOverview('职业技术学院能申请哪些', corpus);
    expect(answer).toContain('高校可申请的奖补');
    // One article of a section without a heading is named as one: 第2条, not 第2–2条.
    expect(answer).toContain('第2条：');
    expect(answer).not.toMatch(/第(\d+)–\1条/);
    expect(answer).toContain('高校、科研机构专利转移转化奖励');
    expect(answer).not.toContain('专利密集型企业资助');
    const park = composeOverview('管委会有什么奖励可以拿', corpus);
    expect(park).toContain('知识产权服务业集聚发展示范区奖励');
    expect(park).not.toContain('知识产权保险保费补助');
  });

  it('uses the applicant kind told earlier when the question names none', () => {
    expect(composeOverview('还有哪些可以申请', corpus, '科研机构')).toContain('科研机构可申请的奖补');
  });
});
