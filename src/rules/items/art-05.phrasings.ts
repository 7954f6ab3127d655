import type { RulePhrasings } from '../lexicon/lexicon.types';

/** How people state the facts of art.5's awards (say → facts), run by one test. */
export const ART5_PHRASINGS: readonly RulePhrasings[] = [
  {
    ruleId: 'ip-alliance',
    phrasings: [
      { say: '我们牵头的产业知识产权联盟已经在省知识产权局备案了', facts: { ipAllianceFilingLevel: '省级' } },
      { say: '联盟在国家知识产权局备过案', gap: '备案机关（国家知识产权局）未读作备案层级', facts: { ipAllianceFilingLevel: '国家级' } },
      { say: '省级的', asked: 'ipAllianceFilingLevel', facts: { ipAllianceFilingLevel: '省级' } },
      { say: '知识产权联盟成立了，但是还没备案', facts: { ipAllianceFilingLevel: '未备案' } },
      { say: '联盟只在市市场监管局备了案', facts: { ipAllianceFilingLevel: '市级' } },
      { say: '我们的联盟是在区里备案的', facts: { ipAllianceFilingLevel: '区级' } },
      { say: '聯盟在國家知識產權局備案了', facts: { ipAllianceFilingLevel: '国家级' } },
      { say: '还没有', asked: 'ipAllianceFilingLevel', facts: { ipAllianceFilingLevel: '未备案' } },
      { say: '知识产权联盟备案奖励多少钱', facts: {} },
    ],
  },
];
