import type { RuleLexicon } from '../lexicon/lexicon.types';

/** The words of art.8's awards: what says a message is about each. */
export const ART8_LEXICONS: readonly RuleLexicon[] = [
  {
    ruleId: 'patent-transfer',
    topic: ['(专利)?(转让|许可|转化).{0,20}(企业|家)', '成交(金额|额)', '技术转移', '专利转移转化'],
    retrieval: { terms: ['转移转化', '专利转让', '专利许可'], synonyms: [['专利转让', '卖专利', '转让']] },
    english: [
      ['transferred or licen[cs]ed|licen[cs]ed or transferred', '转让或许可'],
      ['transferred', '转让'],
      ['licen[cs]ed', '许可'],
      ['(?:actual )?(?:deal|transaction|contract) (?:value|amount)', '成交额'],
    ],
  },
];
