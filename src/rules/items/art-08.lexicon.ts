import type { RuleLexicon } from '../lexicon/lexicon.types';

/** The words of art.8's awards: what says a message is about each. */
export const ART8_LEXICONS: readonly RuleLexicon[] = [
  {
    ruleId: 'patent-transfer',
    topic: ['(专利)?(转让|许可|转化).{0,20}(企业|家)', '成交(金额|额)', '技术转移', '专利转移转化'],
    retrieval: { terms: ['转移转化', '专利转让', '专利许可'], synonyms: [['专利转让', '卖专利', '转让']] },
  },
];
