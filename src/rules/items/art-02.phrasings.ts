import type { RulePhrasings } from '../lexicon/lexicon.types';

/** How people state the facts of art.2's awards (say → facts), run by one test. */
export const ART2_PHRASINGS: readonly RulePhrasings[] = [
  {
    ruleId: 'high-value-patents',
    phrasings: [
      { say: '今年新增高价值发明专利12件', facts: { newHighValueInventionPatentsCount: 12 } },
      { say: '我们今年新增的高价值专利有三十二件，去年才新增了9件', facts: { newHighValueInventionPatentsCount: 32 } },
      { say: '今年新加了51件高价值发明专力', facts: { newHighValueInventionPatentsCount: 51 } },
      { say: '8件', asked: 'newHighValueInventionPatentsCount', facts: { newHighValueInventionPatentsCount: 8 } },
      { say: '我们学校今年新增高价值发明专利40件', facts: { organizationType: '高校', newHighValueInventionPatentsCount: 40 } },
      { say: '今年一件高价值发明专利都没新增', facts: { newHighValueInventionPatentsCount: 0 } },
      { say: '高價值發明專利今年新增了15件', facts: { newHighValueInventionPatentsCount: 15 } },
      { say: '研究院这边今年高价值发明专利新增了十件', facts: { organizationType: '科研机构', newHighValueInventionPatentsCount: 10 } },
      { say: '高价值发明专利奖励怎么算的？', facts: {} },
    ],
  },
];
