import type { RulePhrasings } from '../lexicon/lexicon.types';

/** How people state the facts of art.14's awards (say → facts), run by one test. */
export const ART14_PHRASINGS: readonly RulePhrasings[] = [
  {
    ruleId: 'ip-agency-settlement',
    phrasings: [
      {
        say: '我们代理机构在金东设了办事处，运作满一年了，代理授权专利60件，其中发明12件',
        facts: { organizationType: '代理机构', locatedInJindong: true, agencyOperatingMonths: 12, agencyPatentGrantsCount: 60, agencyInventionPatentGrantsCount: 12 },
      },
      { say: '我们代理公司的分支机构在金东开了一年半', facts: { organizationType: '代理机构', locatedInJindong: true, agencyOperatingMonths: 18 } },
      { say: '14个月', asked: 'agencyOperatingMonths', facts: { agencyOperatingMonths: 14 } },
      { say: '代理的专利授权总量有八十件', facts: { agencyPatentGrantsCount: 80 } },
      { say: '代理授权的发明专利有15件', facts: { agencyInventionPatentGrantsCount: 15 } },
      { say: '55件', asked: 'agencyPatentGrantsCount', facts: { agencyPatentGrantsCount: 55 } },
      { say: '发明的9件', asked: 'agencyInventionPatentGrantsCount', facts: { agencyInventionPatentGrantsCount: 9 } },
      { say: '办事处落户金东刚满两年，代理授权总量120件', facts: { locatedInJindong: true, agencyOperatingMonths: 24, agencyPatentGrantsCount: 120 } },
      { say: '在金東設立的代理機構運作了10個月', gap: '“在金东设立的代理机构”未读作申报单位类型', facts: { organizationType: '代理机构', locatedInJindong: true, agencyOperatingMonths: 10 } },
    ],
  },
];
